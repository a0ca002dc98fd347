#!/usr/bin/python3
"""notify_server: a fake org.freedesktop.Notifications server for the tests.

Owns the name on the session bus of the test (dbus-run-session) and appends
every Notify call to a file as one JSON object a line: app_name, icon,
summary, body, actions, urgency (the hint's byte, or null), timeout, id.

  --record FILE   where calls go (required)
  --ready FILE    created once the name is owned
  --freeze        never reply to any call (a hung server); SIGUSR1 toggles
  --absent        connect to the bus but never own the name
  --no-actions    do not advertise the "actions" capability
  --invoke ACTION emit ActionInvoked(id, ACTION) shortly after each Notify
                  that offered it (a user pressing the button)

Run with /usr/bin/python3 (Debian's python3-dbus and python3-gi).
"""
import argparse
import json
import signal
import sys

import dbus
import dbus.mainloop.glib
import dbus.service
from gi.repository import GLib

NAME = "org.freedesktop.Notifications"
PATH = "/org/freedesktop/Notifications"


class Server(dbus.service.Object):
    def __init__(self, bus, args):
        super().__init__(bus, PATH)
        self.args = args
        self.frozen = args.freeze
        self.next_id = 0

    def record(self, call):
        with open(self.args.record, "a", encoding="utf-8") as f:
            f.write(json.dumps(call) + "\n")

    @dbus.service.method(NAME, in_signature="", out_signature="as",
                         async_callbacks=("reply", "error"))
    def GetCapabilities(self, reply, error):
        if self.frozen:
            return
        caps = ["body", "icon-static"]
        if not self.args.no_actions:
            caps.append("actions")
        reply(caps)

    @dbus.service.method(NAME, in_signature="", out_signature="ssss",
                         async_callbacks=("reply", "error"))
    def GetServerInformation(self, reply, error):
        if not self.frozen:
            reply("recov-test", "recov", "1.0", "1.2")

    @dbus.service.method(NAME, in_signature="susssasa{sv}i", out_signature="u",
                         async_callbacks=("reply", "error"))
    def Notify(self, app_name, replaces_id, icon, summary, body, actions, hints,
               timeout, reply, error):
        if self.frozen:
            return
        self.next_id += 1
        nid = self.next_id
        urgency = hints.get("urgency")
        self.record({
            "id": nid, "app_name": str(app_name), "icon": str(icon),
            "summary": str(summary), "body": str(body),
            "actions": [str(a) for a in actions],
            "urgency": int(urgency) if urgency is not None else None,
            "timeout": int(timeout),
        })
        reply(dbus.UInt32(nid))
        if self.args.invoke and self.args.invoke in actions:
            GLib.timeout_add(300, self.invoke, nid)

    def invoke(self, nid):
        self.ActionInvoked(dbus.UInt32(nid), self.args.invoke)
        self.NotificationClosed(dbus.UInt32(nid), dbus.UInt32(2))
        return False

    @dbus.service.method(NAME, in_signature="u", out_signature="")
    def CloseNotification(self, nid):
        self.NotificationClosed(nid, dbus.UInt32(3))

    @dbus.service.signal(NAME, signature="us")
    def ActionInvoked(self, nid, action):
        pass

    @dbus.service.signal(NAME, signature="uu")
    def NotificationClosed(self, nid, reason):
        pass


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--record", required=True)
    p.add_argument("--ready")
    p.add_argument("--freeze", action="store_true")
    p.add_argument("--absent", action="store_true")
    p.add_argument("--no-actions", action="store_true")
    p.add_argument("--invoke")
    args = p.parse_args()

    dbus.mainloop.glib.DBusGMainLoop(set_as_default=True)
    bus = dbus.SessionBus()
    server = Server(bus, args)
    name = None
    if not args.absent:
        name = dbus.service.BusName(NAME, bus, do_not_queue=True)
    loop = GLib.MainLoop()

    def toggle():
        server.frozen = not server.frozen
        return True

    GLib.unix_signal_add(GLib.PRIORITY_DEFAULT, signal.SIGUSR1, toggle)
    GLib.unix_signal_add(GLib.PRIORITY_DEFAULT, signal.SIGTERM, loop.quit)
    if args.ready:
        open(args.ready, "w").close()
    loop.run()
    del name
    return 0


if __name__ == "__main__":
    sys.exit(main())
