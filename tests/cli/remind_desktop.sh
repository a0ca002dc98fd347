#!/usr/bin/env bash
# remind_desktop: recov installs as a desktop citizen: an entry, an icon, a unit tied to the session.
source "$(dirname "$0")/lib.sh"

# Install the build into a scratch prefix, as a package would.
cmake --install "$(dirname "$RECOV")" --prefix "$WORK/inst" >"$WORK/install.log" 2>&1 ||
    fail "cmake --install failed: $(tail -5 "$WORK/install.log")"
entry="$WORK/inst/share/applications/recov.desktop"
icon="$WORK/inst/share/icons/hicolor/scalable/apps/recov.svg"
unit="$WORK/inst/lib/systemd/user/recov-remind.service"

# The desktop entry: what per-application notification settings hang on
# (the notices' desktop-entry hint names it), valid, and not a menu item.
[ -f "$entry" ] && pass || fail "no recov.desktop installed"
desktop-file-validate "$entry" >"$WORK/validate" 2>&1 && pass ||
    fail "recov.desktop invalid: $(cat "$WORK/validate")"
grep -qx "X-GNOME-UsesNotifications=true" "$entry" && pass || fail "no X-GNOME-UsesNotifications"
grep -qx "NoDisplay=true" "$entry" && pass || fail "recov.desktop shows in menus"
grep -qx "Icon=recov" "$entry" && pass || fail "recov.desktop names no icon"

# The icon the notices and the entry name: a scalable SVG in hicolor.
python3 -c 'import sys, xml.etree.ElementTree as E
r = E.parse(sys.argv[1]).getroot()
sys.exit(0 if r.tag == "{http://www.w3.org/2000/svg}svg" and r.get("viewBox") else 1)' "$icon" &&
    pass || fail "no scalable SVG icon at $icon"

# The daemon's unit lives and dies with the graphical session.
grep -qx "PartOf=graphical-session.target" "$unit" && pass || fail "unit not PartOf the session"
grep -q "^After=graphical-session.target" "$unit" && pass || fail "unit not After the session"
grep -qx "WantedBy=graphical-session.target" "$unit" && pass || fail "unit not wanted by the session"
grep -q "^ExecStart=/.*/bin/recov remind daemon$" "$unit" && pass ||
    fail "unit does not start the installed recov: $(grep ExecStart "$unit")"
finish
