#!/usr/bin/python3
"""screensaver: a fake org.freedesktop.ScreenSaver for the reminder tests.

Owns the name on the test's session bus and answers GetActive (is the
screen locked) and GetSessionIdleTime (seconds idle). SIGUSR1 toggles the
lock and emits ActiveChanged(locked), as a desktop does.

  --ready FILE    created once the name is owned
  --locked        start locked
  --idle SECONDS  what GetSessionIdleTime answers (default 0)

Run with /usr/bin/python3 (Debian's python3-dbus and python3-gi).
"""
import argparse
import signal
import sys

import dbus
import dbus.mainloop.glib
import dbus.service
from gi.repository import GLib

NAME = "org.freedesktop.ScreenSaver"
PATH = "/org/freedesktop/ScreenSaver"


class Saver(dbus.service.Object):
    def __init__(self, bus, args):
        super().__init__(bus, PATH)
        self.locked = args.locked
        self.idle = args.idle

    @dbus.service.method(NAME, in_signature="", out_signature="b")
    def GetActive(self):
        return self.locked

    @dbus.service.method(NAME, in_signature="", out_signature="u")
    def GetSessionIdleTime(self):
        return dbus.UInt32(self.idle)

    @dbus.service.signal(NAME, signature="b")
    def ActiveChanged(self, active):
        pass

    def toggle(self):
        self.locked = not self.locked
        self.ActiveChanged(self.locked)
        return True


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--ready")
    p.add_argument("--locked", action="store_true")
    p.add_argument("--idle", type=int, default=0)
    args = p.parse_args()
    dbus.mainloop.glib.DBusGMainLoop(set_as_default=True)
    bus = dbus.SessionBus()
    saver = Saver(bus, args)
    name = dbus.service.BusName(NAME, bus, do_not_queue=True)
    loop = GLib.MainLoop()
    GLib.unix_signal_add(GLib.PRIORITY_DEFAULT, signal.SIGUSR1, saver.toggle)
    GLib.unix_signal_add(GLib.PRIORITY_DEFAULT, signal.SIGTERM, loop.quit)
    if args.ready:
        open(args.ready, "w").close()
    loop.run()
    del name
    return 0


if __name__ == "__main__":
    sys.exit(main())
