# deb: builds the Debian package as a packager would (an optimised build,
# `cpack -G DEB`) and checks what a Debian user gets: lintian without error
# or unexplained warning, the files at FHS paths, stripped and hardened
# binaries, units that name /usr/bin and pass systemd-analyze verify.
# Usage: deb.sh SOURCE_DIR
set -u
SRC=${1:?usage: deb.sh SOURCE_DIR}
WORK=$(mktemp -d "${TMPDIR:-/tmp}/recov-deb.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
FAILS=0
PASSES=0
fail() { echo "FAIL: $*" >&2; FAILS=$((FAILS + 1)); }
pass() { PASSES=$((PASSES + 1)); }
check() { if eval "$1"; then pass; else fail "$2"; fi; }

B="$WORK/build"
cmake -S "$SRC" -B "$B" -DCMAKE_BUILD_TYPE=Release -DRECOV_TESTS=OFF -DRECOV_WERROR=ON \
    >"$WORK/configure.log" 2>&1 || { cat "$WORK/configure.log"; exit 1; }
cmake --build "$B" -j2 >"$WORK/build.log" 2>&1 || { cat "$WORK/build.log"; exit 1; }
(cd "$B" && cpack -G DEB) >"$WORK/cpack.log" 2>&1 || { cat "$WORK/cpack.log"; exit 1; }
DEB=$(ls "$B"/recov_*_*.deb)
check '[ -f "$DEB" ]' "no .deb in $B"

# lintian: no error, and no warning that is not overridden with a reason.
lintian --fail-on error,warning --no-tag-display-limit "$DEB" >"$WORK/lintian" 2>&1
check '[ $? -eq 0 ]' "lintian: $(cat "$WORK/lintian")"
check '! grep -E "^(E|W):" "$WORK/lintian"' "lintian: $(grep -E '^(E|W):' "$WORK/lintian")"
# Every override is justified by a comment right above it.
awk '/^[^#]/ && prev !~ /^#/ { bad = bad $0 "\n" } { prev = $0 } END { printf "%s", bad }' \
    "$SRC/packaging/debian/recov.lintian-overrides" >"$WORK/unexplained"
check '[ ! -s "$WORK/unexplained" ]' "overrides without a reason: $(cat "$WORK/unexplained")"

# The files, at their FHS and Debian paths.
dpkg-deb -c "$DEB" | awk '{ print $6 }' | sed 's|^\./|/|' >"$WORK/contents"
for path in /usr/bin/recov /usr/bin/recov-remind \
            /usr/share/man/man1/recov.1.gz /usr/share/man/man1/recov-remind.1.gz \
            /usr/share/man/man5/recov.ini.5.gz /usr/share/man/man7/recov-dates.7.gz \
            /usr/share/bash-completion/completions/recov \
            /usr/share/zsh/vendor-completions/_recov \
            /usr/share/fish/vendor_completions.d/recov.fish \
            /usr/lib/systemd/user/recov-remind.service \
            /usr/lib/systemd/user/recov-remind-run.service \
            /usr/lib/systemd/user/recov-remind-run.timer \
            /usr/share/doc/recov/copyright /usr/share/doc/recov/changelog.Debian.gz \
            /usr/share/doc/recov/json.md /usr/share/doc/recov/advice.md \
            /usr/share/doc/recov/summary.md /usr/share/doc/recov/examples/recov.ini \
            /usr/share/lintian/overrides/recov; do
    check 'grep -qxF "$path" "$WORK/contents"' "not in the package: $path"
done
check '! grep -q "^/usr/local" "$WORK/contents"' "files under /usr/local: $(grep /usr/local "$WORK/contents")"
dpkg-deb -c "$DEB" | awk '$2 != "root/root" { print }' >"$WORK/owners"
check '[ ! -s "$WORK/owners" ]' "files not owned by root: $(cat "$WORK/owners")"

# What the package installs.
X="$WORK/root"
dpkg-deb -x "$DEB" "$X"
check '"$X/usr/bin/recov" --version | grep -qx "recov [0-9.]*"' "the packaged recov does not run"
for bin in recov recov-remind; do
    f="$X/usr/bin/$bin"
    check 'file "$f" | grep -q ", stripped"' "$bin is not stripped"
    check 'readelf -h "$f" | grep -q "DYN"' "$bin is not PIE"
    check 'readelf -l "$f" | grep -q GNU_RELRO' "$bin has no RELRO"
    check 'readelf -d "$f" | grep -q "BIND_NOW"' "$bin is not BIND_NOW"
    check 'nm -D "$f" | grep -q __stack_chk_fail' "$bin has no stack protector"
    check 'nm -D "$f" | grep -q "__[a-z]*_chk"' "$bin has no fortified calls"
done
for unit in recov-remind.service recov-remind-run.service; do
    check 'grep -qE "^ExecStart=/usr/bin/recov remind (run|daemon)$" "$X/usr/lib/systemd/user/$unit"' \
        "$unit does not start /usr/bin/recov: $(grep ExecStart "$X/usr/lib/systemd/user/$unit")"
done
check 'zcat "$X/usr/share/doc/recov/changelog.Debian.gz" | head -1 | grep -qF "recov ($(dpkg-deb -f "$DEB" Version))"' \
    "the changelog's version is not the package's"
for page in "$X"/usr/share/man/man*/*.gz; do
    zcat "$page" | mandoc -T lint >"$WORK/mandoc" 2>&1
    check '[ ! -s "$WORK/mandoc" ]' "mandoc -T lint $(basename "$page"): $(cat "$WORK/mandoc")"
done

# Libraries loaded with dlopen, out of dpkg-shlibdeps' sight: named by hand.
for dep in "libxml2 (>= 2.9)" "libsodium23 (>= 1.0.18)" "zlib1g (>= 1:1.2)"; do
    check 'dpkg-deb -f "$DEB" Depends | grep -qF "$dep"' \
        "Depends lacks $dep (recov loads it on first use): $(dpkg-deb -f "$DEB" Depends)"
done
# ...and not linked: every command would map them before main().
check '! readelf -d "$X/usr/bin/recov" | grep -qE "NEEDED.*(libxml2|libsodium|libz)\."' \
    "recov links a library it should load on first use: $(readelf -d "$X/usr/bin/recov" | grep NEEDED)"
# apt would install it here: every dependency can be met.
apt-get install --simulate --no-install-recommends "$DEB" >"$WORK/apt" 2>&1
check '[ $? -eq 0 ] && grep -q "^Inst recov " "$WORK/apt"' "apt-get install --simulate: $(tail -5 "$WORK/apt")"

# Installed to another prefix, the units name that prefix; systemd accepts
# them (with their manual pages found).
I="$WORK/inst/usr"
cmake --install "$B" --prefix "$I" >"$WORK/install.log" 2>&1
check 'grep -q "^ExecStart=$I/bin/recov remind daemon$" "$I/lib/systemd/user/recov-remind.service"' \
    "the installed unit does not name $I/bin"
mkdir -m 0700 "$WORK/runtime"
(cd "$I/lib/systemd/user" && MANPATH="$I/share/man" XDG_RUNTIME_DIR="$WORK/runtime" \
    systemd-analyze verify --user ./recov-remind.service ./recov-remind-run.service \
    ./recov-remind-run.timer) >"$WORK/verify" 2>&1
check '[ $? -eq 0 ] && [ ! -s "$WORK/verify" ]' "systemd-analyze verify: $(cat "$WORK/verify")"
# The sandbox leaves little exposed (systemd rates 0 to 10, lower is safer).
for unit in recov-remind.service recov-remind-run.service; do
    XDG_RUNTIME_DIR="$WORK/runtime" systemd-analyze security --offline=true --user \
        "$I/lib/systemd/user/$unit" >"$WORK/security" 2>&1
    score=$(sed -n 's/.*Overall exposure level for [^:]*: \([0-9.]*\).*/\1/p' "$WORK/security")
    check 'awk -v s="$score" "BEGIN { exit !(s != \"\" && s <= 3.0) }"' \
        "$unit: exposure '$score': $(grep '✗' "$WORK/security")"
done

echo "$PASSES passed, $FAILS failed"
[ "$FAILS" -eq 0 ]
