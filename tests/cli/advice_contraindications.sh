# advice_contraindications: injuries, nerve signs and urgent red flags, and
# what each rules out for its region.
. "$(dirname "$0")/advice_lib.sh"

# A fresh injury (sprain, swelling or sharp pain) after a game of football:
# PRICE and ice, never heat or massage, and not "unexplained".
for flag in sprain swelling sharp; do
    history <<NDJSON
{"kind":"workout","at":"2026-11-19T17:00:00Z","type":"sports","minutes":90,"rpe":7}
{"kind":"soreness","at":"2026-11-19T18:00:00Z","region":"ankles","score":5,"flags":["$flag"]}
{"kind":"soreness","at":"2026-11-19T18:00:00Z","region":"quads","score":5}
NDJSON
    suggest_at "2026-11-20 19:00"
    rule_is ankles ice acute-injury caution
    never ankles bath massage foam-roll stretch warm-up see-clinician
    # The quads of the same game are ordinary soreness: massage, but no warm
    # soak, which would heat the fresh ankle injury too (no heat for 72 h).
    must quads massage
    never quads bath
done

# After acute_hours (72) the injury is no longer fresh: heat is allowed again.
suggest_at "2026-11-23 09:00"
nothing_for ankles  # the log is stale: log again
ok --now "2026-11-23 09:00" sore ankles 4 --json
never ankles ice
must ankles bath
# A joint: no massage or roller on it (the evidence is for sore muscles).
never ankles massage foam-roll

# A severe injury (7 or more with sprain, swelling or sharp) is urgent, and
# urgent care is the only advice for that region.
history <<'NDJSON'
{"kind":"workout","at":"2026-11-20T16:00:00Z","type":"sports","minutes":60,"rpe":8}
{"kind":"soreness","at":"2026-11-20T17:00:00Z","region":"knees","score":8,"flags":["swelling","sharp"]}
NDJSON
suggest_at "2026-11-20 19:00"
rule_is knees urgent-care severe-injury urgent
never knees ice bath massage rest cool-down
json_true 'd["suggestions"][0]["kind"] == "urgent-care"'

# Dark urine with muscle pain: urgent care, first, and nothing else for it.
history <<'NDJSON'
{"kind":"workout","at":"2026-11-19T10:00:00Z","type":"strength","minutes":120,"rpe":9}
{"kind":"soreness","at":"2026-11-20T12:00:00Z","region":"quads","score":7,"flags":["dark-urine"]}
{"kind":"soreness","at":"2026-11-20T12:00:00Z","region":"hamstrings","score":3}
NDJSON
suggest_at "2026-11-20 19:00"
rule_is quads urgent-care dark-urine urgent
never quads rest warm-up bath massage
# Dark urine is a whole-body sign: nothing else for anyone.
nothing_for hamstrings
nothing_for -
json_true 'd["suggestions"][0]["region"] == "quads" and d["suggestions"][0]["kind"] == "urgent-care"'
ok --now "2026-11-20 19:00" suggest
same "$(head -c 6 "$OUT")" "urgent" "urgent advice comes first"
has "quads: stop exercising, drink water, get urgent care now"
ok --now "2026-11-20 19:00" suggest --all
has "quads: stop exercising, drink water and get urgent medical care now"

# Numbness or tingling: nerve signs, so no massage or foam rolling on that
# region, and a check if it lasts; the flag holds for the whole episode.
# Numb skin also gets no heat; tingling skin still feels it.
for flag in numbness tingling; do
    history <<NDJSON
{"kind":"workout","at":"2026-11-18T18:00:00Z","type":"run","minutes":60,"rpe":6}
{"kind":"soreness","at":"2026-11-19T08:00:00Z","region":"calves","score":5,"flags":["$flag"]}
{"kind":"soreness","at":"2026-11-20T08:00:00Z","region":"calves","score":5}
{"kind":"soreness","at":"2026-11-20T08:00:00Z","region":"quads","score":5}
NDJSON
    suggest_at "2026-11-20 19:00"
    rule_is calves avoid "$flag" caution
    never calves massage foam-roll
    must quads massage
    if [ "$flag" = numbness ]; then
        # A bath reaches the numb calves too: no warm soak for them or for
        # the quads (NHS sciatica: no heat on numb skin); massage is local.
        never calves bath
        never quads bath
    else
        must quads bath
        lacks "numb skin"
        # The week's summary says the same of it.
        ok --now "2026-11-20 19:00" summary --json
        json_true '[w["message"] for w in d["warnings"] if w["region"] == "calves"] == ["calves with tingling: no massage on it; a clinician if the tingling lasts"]'
    fi
done

# Numbness in the lower back, or pain radiating into a leg: a compressed
# nerve is possible, see a clinician (warning); still no heat.
history <<'NDJSON'
{"kind":"workout","at":"2026-11-19T18:00:00Z","type":"strength","minutes":60,"rpe":7}
{"kind":"soreness","at":"2026-11-20T08:00:00Z","region":"lower-back","score":5,"flags":["numbness"]}
{"kind":"soreness","at":"2026-11-20T08:00:00Z","region":"hamstrings","score":4,"flags":["radiating"]}
NDJSON
suggest_at "2026-11-20 19:00"
rule_is lower-back see-clinician nerve warning
rule_is hamstrings see-clinician nerve warning
never lower-back bath
json_true 'any("bladder" in s["what"] for s in d["suggestions"] if s["rule"] == "nerve")'

# A sprained back during exercise is not ordinary soreness.
history <<'NDJSON'
{"kind":"workout","at":"2026-11-20T16:00:00Z","type":"strength","minutes":60,"rpe":7}
{"kind":"soreness","at":"2026-11-20T17:00:00Z","region":"lower-back","score":5,"flags":["sprain"]}
NDJSON
suggest_at "2026-11-20 19:00"
rule_is lower-back see-clinician sprained-back warning
must lower-back ice
never lower-back bath massage
# Gone numb, it is seen now, as a numb ankle is (NHS sprains and strains:
# numbness in the injured area), not given PRICE's ice beside "no heat on
# numb skin"; the summary says the same. Numb skin does not feel the cold:
# an ice pack logged on a numb region is spoken against.
history <<'NDJSON'
{"kind":"workout","at":"2026-11-20T16:00:00Z","type":"strength","minutes":60,"rpe":7}
{"kind":"soreness","at":"2026-11-20T17:00:00Z","region":"lower-back","score":5,"flags":["sprain","numbness"]}
{"kind":"soreness","at":"2026-11-20T17:00:00Z","region":"neck","score":4,"flags":["sprain","numbness"]}
NDJSON
suggest_at "2026-11-20 19:00"
rule_is lower-back urgent-care numb-injury urgent
rule_is neck urgent-care numb-injury urgent
never lower-back ice bath massage
never neck ice bath massage
ok --now "2026-11-20 19:00" summary --json
json_true '{w["region"]: w["rule"] for w in d["warnings"]} == {"lower-back": "numb-injury", "neck": "numb-injury"}'
history <<'NDJSON'
{"kind":"workout","at":"2026-11-20T16:00:00Z","type":"run","minutes":60,"rpe":7}
{"kind":"soreness","at":"2026-11-20T17:00:00Z","region":"calves","score":3,"flags":["numbness"]}
NDJSON
ok --now "2026-11-20 19:00" suggest
has "no heat or ice on numb skin"
ok --now "2026-11-20 19:30" did ice 15m calves
has "no heat or ice on numb skin"

# What `did` speaks against is what suggest rules out: a walk, even one for
# the other leg, on a fresh ankle sprain (rest it, keep weight off it); not
# a walk with a sprained shoulder, but a warm bath, which reaches it.
history <<'NDJSON'
{"kind":"workout","at":"2026-11-20T16:00:00Z","type":"sports","minutes":60,"rpe":7}
{"kind":"soreness","at":"2026-11-20T17:00:00Z","region":"ankles","side":"left","score":5,"flags":["sprain"]}
NDJSON
ok --now "2026-11-20 19:30" did walk 20m
has "left ankle: PRICE"
ok --now "2026-11-20 19:31" did walk 20m right calf --json
json_true '[s["rule"] for s in d["advice"]] == ["acute-injury"]'
history <<'NDJSON'
{"kind":"workout","at":"2026-11-20T16:00:00Z","type":"sports","minutes":60,"rpe":7}
{"kind":"soreness","at":"2026-11-20T17:00:00Z","region":"shoulders","side":"right","score":5,"flags":["sprain"]}
NDJSON
ok --now "2026-11-20 19:30" did walk 20m --json
json_true 'd["advice"] == []'
ok --now "2026-11-20 19:31" did bath 20m
has "right shoulder: PRICE"

# Numbness in an injured leg is a reason to go now (NHS sprains and strains:
# numb, discoloured or cold), not PRICE with "no heat on numb skin"; and the
# summary's warning says the same.
history <<'NDJSON'
{"kind":"workout","at":"2026-11-20T16:00:00Z","type":"sports","minutes":60,"rpe":7}
{"kind":"soreness","at":"2026-11-20T17:00:00Z","region":"ankles","side":"left","score":5,"flags":["sprain","numbness"]}
NDJSON
suggest_at "2026-11-20 19:00"
rule_is ankles urgent-care numb-injury urgent
never ankles ice bath massage
ok --now "2026-11-20 19:00" summary --json
json_true '[w["rule"] for w in d["warnings"]] == ["numb-injury"]'

# Two rules for one region that both say no to heat and massage say it once:
# a swollen calf that tingles after a run gets PRICE and the tingling's
# "a clinician if the tingling lasts", not "no heat or massage; no massage
# on it". A sprained back with tingling: the nerve rule's "see a GP or
# physio; no massage ...", then PRICE with only what is left to say ("no
# heat"), and no "a clinician if ..." beside the referral; the summary
# names the nerve rule.
history <<'NDJSON'
{"kind":"workout","at":"2026-11-20T16:00:00Z","type":"run","minutes":60,"rpe":6}
{"kind":"soreness","at":"2026-11-20T17:00:00Z","region":"calves","score":5,"flags":["swelling","tingling"]}
{"kind":"soreness","at":"2026-11-20T17:00:00Z","region":"lower-back","score":5,"flags":["sprain","tingling"]}
NDJSON
ok --now "2026-11-20 19:00" suggest
has "calves: PRICE: rest, ice, compress, elevate; no heat or massage; a clinician if the tingling lasts"
same "$(grep -o 'lower-back: .*' "$OUT")" \
     "lower-back: see a GP or physio; no massage or foam rolling on it; PRICE: rest, ice, compress, elevate; no heat" \
     "no to heat said once"
lacks "no massage on it"
ok --now "2026-11-20 19:00" summary --json
json_true '{w["region"]: w["rule"] for w in d["warnings"]} == {"calves": "acute-injury", "lower-back": "nerve"}'

# recov sore: the advice for what was just logged, a warning on stderr for
# a red flag, exit status 0.
ok --now "2026-11-20 19:00" sore lower-back 5 --flag tingling
has "logged #"
has "lower-back: see a GP or physio"
err_has "recov: warning: lower-back: see a GP or physio; no massage or foam rolling on it, because "

# After a run, numbness in the back is still not "a sore muscle [that] needs
# a longer warm-up": no warm-up advice beside "see a clinician".
export RECOV_DB="$WORK/after-run.db"
ok --now "2026-11-18 10:00" log run 45m --rpe 6
ok --now "2026-11-20 10:00" sore lower-back 5 --flag numbness
has "lower-back: see a GP or physio"
lacks "warm up"
ok --now "2026-11-20 10:05" suggest --all
has "is not muscle soreness"
lacks "warm up"
lacks "a sore muscle"
unset RECOV_DB
ok --now "2026-11-20 19:00" sore ankles 7 --flag sprain --json
json_true '[s["kind"] for s in d["advice"]] == ["urgent-care"] and d["entries"][0]["score"] == 7'
err_has "recov: warning: ankles: have it seen today (urgent care or A&E), because "
# Radiating pain is not kept from heat: the NHS's advice for sciatica is hot
# or cold packs. Only what presses on the nerve is ruled out, and a warm
# soak for the soreness of the ride is said beside the referral.
history < <(
    workouts cycle 120 7 2026-11-19T07:00
    soreness lower-back 2026-11-20T08:00=5,radiating
)
suggest_at "2026-11-20 09:00"
rule_is lower-back see-clinician nerve warning
must lower-back bath
never lower-back massage foam-roll
ok --now "2026-11-20 09:00" suggest
has "lower-back: see a GP or physio; no massage or foam rolling on it; also a warm soak"
lacks "no heat"
# Numb skin is: the numbness line stands beside the referral, and no region
# gets a warm soak.
history < <(
    workouts cycle 120 7 2026-11-19T07:00
    soreness lower-back 2026-11-20T08:00=5,numbness
    soreness quads 2026-11-20T08:00=5
)
suggest_at "2026-11-20 09:00"
rule_is lower-back see-clinician nerve warning
json_true '"numbness" in [s["rule"] for s in d["suggestions"] if s["region"] == "lower-back"]'
never quads bath
ok --now "2026-11-20 09:00" suggest
has "lower-back: see a GP or physio; no massage or foam rolling on it; no heat or ice on numb skin"
lacks "warm soak"
# Shins swollen with nothing to explain it: no heat on them, and none by a
# warm soak for the calves after a ride, which reaches the shins too.
history < <(
    workouts cycle 90 6 2026-11-18T07:00
    soreness calves 2026-11-19T08:00=4 2026-11-20T08:00=4
    soreness shins 2026-11-20T08:00=5,swelling
)
suggest_at "2026-11-20 09:00"
rule_is shins see-clinician unexplained-swelling warning
never calves bath
must calves massage
finish
