#!/usr/bin/python3
"""notify_server: a fake org.freedesktop.Notifications server for the tests.

Owns the name on the session bus of the test (dbus-run-session) and appends
every Notify call to a file as one JSON object a line: app_name, icon,
summary, body, actions, urgency (the hint's byte, or null), timeout, id,
replaces_id, hints (the string hints: desktop-entry, category, image-path).
A replaced notice keeps its id, as the specification asks.

  --record FILE   where calls go (required)
  --closes FILE   where CloseNotification calls go: one id a line
  --ready FILE    created once the name is owned
  --freeze        never reply to any call (a hung server); SIGUSR1 toggles
  --freeze-notify answer GetCapabilities but never Notify
  --delay SECONDS answer Notify this late (a slow server)
  --absent        connect to the bus but never own the name
  --replace       take the name over from a server that already owns it
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
        self.shown = set()

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
        if self.frozen or self.args.freeze_notify:
            if self.args.freeze_notify:
                self.record(self.call(0, app_name, replaces_id, icon, summary, body,
                                      actions, hints, timeout))
            return
        if replaces_id and int(replaces_id) in self.shown:
            nid = int(replaces_id)
        else:
            self.next_id += 1
            nid = self.next_id
        self.shown.add(nid)
        self.record(self.call(nid, app_name, replaces_id, icon, summary, body, actions,
                              hints, timeout))
        if self.args.delay:
            GLib.timeout_add(int(self.args.delay * 1000), lambda: reply(dbus.UInt32(nid)))
        else:
            reply(dbus.UInt32(nid))
        if self.args.invoke and self.args.invoke in actions:
            GLib.timeout_add(300, self.invoke, nid)

    @staticmethod
    def call(nid, app_name, replaces_id, icon, summary, body, actions, hints, timeout):
        urgency = hints.get("urgency")
        return {
            "id": nid, "app_name": str(app_name), "icon": str(icon),
            "summary": str(summary), "body": str(body),
            "actions": [str(a) for a in actions],
            "urgency": int(urgency) if urgency is not None else None,
            "timeout": int(timeout), "replaces_id": int(replaces_id),
            "hints": {str(k): str(v) for k, v in hints.items()
                      if isinstance(v, dbus.String)},
        }

    def invoke(self, nid):
        self.ActionInvoked(dbus.UInt32(nid), self.args.invoke)
        self.shown.discard(nid)
        self.NotificationClosed(dbus.UInt32(nid), dbus.UInt32(2))
        return False

    @dbus.service.method(NAME, in_signature="u", out_signature="")
    def CloseNotification(self, nid):
        if self.args.closes:
            with open(self.args.closes, "a", encoding="utf-8") as f:
                f.write("%d\n" % int(nid))
        if int(nid) not in self.shown:
            raise dbus.exceptions.DBusException(
                "no such notification", name="org.freedesktop.Notifications.Error")
        self.shown.discard(int(nid))
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
    p.add_argument("--closes")
    p.add_argument("--freeze", action="store_true")
    p.add_argument("--freeze-notify", action="store_true")
    p.add_argument("--delay", type=float)
    p.add_argument("--replace", action="store_true")
    p.add_argument("--absent", action="store_true")
    p.add_argument("--no-actions", action="store_true")
    p.add_argument("--invoke")
    args = p.parse_args()

    dbus.mainloop.glib.DBusGMainLoop(set_as_default=True)
    bus = dbus.SessionBus()
    server = Server(bus, args)
    name = None
    if not args.absent:
        name = dbus.service.BusName(NAME, bus, do_not_queue=True, allow_replacement=True,
                                    replace_existing=args.replace)
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
