# config_example: config/recov.ini documents every key with its true default.
. "$(dirname "$0")/lib.sh"
EXAMPLE="$RECOV_SOURCE/config/recov.ini"

# Every key recov knows is documented in the example as "; key = default".
ok config show --json
python3 - "$OUT" "$EXAMPLE" <<'PY' && pass || fail "config/recov.ini misses or misstates keys"
import json, re, sys
shown = json.load(open(sys.argv[1]))
text = open(sys.argv[2]).read()
missing = [k for k in shown["keys"]
           if not re.search(r"^; %s = %s$" % (re.escape(k["key"]), re.escape(k["value"])),
                            text, re.M)]
for k in missing:
    print("missing or wrong default: [%s] %s = %s" % (k["section"], k["key"], k["value"]))
sys.exit(1 if missing else 0)
PY

# Uncommenting every example line gives a valid file that changes no value
# (apart from the extra example alias it shows).
sed -E 's/^; ([a-z_-]+ = .*)$/\1/; s/^; (\[workout\.[a-z]+\])$/\1/' "$EXAMPLE" >"$WORK/all.ini"
ok --config "$WORK/all.ini" config check
same "$(cat "$ERR")" "" "uncommented example must not warn"
has "ok"
defaults=$("$RECOV" config show --json | python3 -c 'import json,sys; print(json.dumps([(k["key"],k["value"]) for k in json.load(sys.stdin)["keys"]]))')
uncommented=$("$RECOV" --config "$WORK/all.ini" config show --json | python3 -c 'import json,sys; print(json.dumps([(k["key"],k["value"]) for k in json.load(sys.stdin)["keys"]]))')
same "$uncommented" "$defaults" "example values must equal the built-in defaults"
types=$("$RECOV" --config "$WORK/all.ini" config show --json | python3 -c 'import json,sys; d=json.load(sys.stdin); print(sorted((t["type"],t["rpe"],tuple(t["regions"])) for t in d["workout_types"]))')
builtin=$("$RECOV" config show --json | python3 -c 'import json,sys; d=json.load(sys.stdin); print(sorted((t["type"],t["rpe"],tuple(t["regions"])) for t in d["workout_types"]))')
same "$types" "$builtin" "example workout types must equal the built-in ones"
finish
