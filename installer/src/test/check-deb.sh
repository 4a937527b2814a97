#!/usr/bin/env bash
# Checks the .deb that BuildInstallers.java built the way a counter PC would meet it: its control file, its
# contents and maintainer scripts (dpkg-deb), then, unpacked into a temporary root, the packaged launcher
# run with --version (with an AOT cache also under -XX:AOTMode=on: the cache must be usable) and --self-test
# in an empty environment (no DISPLAY, no JAVA_HOME), and the udev rule installed into and removed from a
# scratch root. Run by `./mvnw -Pinstaller verify` on Linux.
#
# usage: check-deb.sh <folder with the .deb> <Maven version that --version must print> [aot: true|false]
set -euo pipefail

out=${1:?usage: check-deb.sh <folder with the .deb> <version> [true|false]}
version=${2:?usage: check-deb.sh <folder with the .deb> <version> [true|false]}
aot=${3:-false}   # true: the package must carry an AOT cache its launchers' JVM accepts (decision 0023)
app=/opt/michangarrito-pos
max_bytes=$((60 * 1000 * 1000))

fail() { echo "check-deb: FAILED: $*" >&2; exit 1; }
ok() { echo "check-deb: ok   $*"; }

command -v dpkg-deb >/dev/null || fail "dpkg-deb is missing (apt install dpkg)"
shopt -s nullglob
debs=("$out"/*.deb)
[ "${#debs[@]}" -eq 1 ] || fail "expected exactly one .deb in $out, found ${#debs[@]}"
deb=${debs[0]}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# --- size
size=$(stat -c %s "$deb")
[ "$size" -lt "$max_bytes" ] || fail "$deb is $size bytes, over the 60 MB target"
ok "size $(awk "BEGIN {printf \"%.1f\", $size / 1e6}") MB (< 60 MB): $(basename "$deb")"

# --- control file
field() { dpkg-deb -f "$deb" "$1"; }
[ "$(field Package)" = michangarrito-pos ] || fail "Package is '$(field Package)'"
[[ "$(field Version)" =~ ^[0-9]+(\.[0-9]+){0,2}-[01]$ ]] || fail "Version '$(field Version)' is not <numeric>-<0|1>"
[ "$(field Architecture)" = amd64 ] || fail "Architecture is '$(field Architecture)'"
depends=$(field Depends)
for dep in libgtk-3-0 libgl1 libxxf86vm1 libxtst6 xdg-utils; do
    grep -Eq "(^|[ ,])$dep([ ,]|$)" <<<"$depends" || fail "Depends lacks $dep: $depends"
done
ok "control: $(field Package) $(field Version), depends on the GTK/GL libraries JavaFX needs"

# --- contents
listing=$(dpkg-deb -c "$deb" | awk '{ $1=$2=$3=$4=$5=""; sub(/^ +/, ""); print }')
for path in "bin/MiChangarrito POS" bin/michangarrito lib/runtime/lib/server/libjvm.so lib/runtime/release \
    "lib/app/MiChangarrito POS.cfg" lib/hardware-access/70-michangarrito-pos.rules \
    lib/hardware-access/hardware-access.sh lib/michangarrito-pos-MiChangarrito_POS.desktop; do
    grep -Fxq "./opt/michangarrito-pos/$path" <<<"$listing" || fail "missing $app/$path"
done
grep -Eq "^\./opt/michangarrito-pos/lib/app/desktop-pos-.*\.jar$" <<<"$listing" || fail "the desktop-pos jar is missing"
outside=$(grep -Ev '^\./$|^\./opt/$|^\./opt/michangarrito-pos/' <<<"$listing" || true)
[ -z "$outside" ] || fail "files outside $app (the app must not own anything else): $outside"
ok "contents: launchers, bundled runtime, app jars, desktop entries and udev rule, all under $app"

# --- maintainer scripts
dpkg-deb -e "$deb" "$work/control"
grep -q "xdg-desktop-menu install $app/lib/michangarrito-pos-MiChangarrito_POS.desktop" "$work/control/postinst" \
    || fail "postinst does not install the menu entry"
sed -n '/configure)/,/;;/p' "$work/control/postinst" | grep -q "hardware-access.sh install" \
    || fail "postinst does not install the udev rule on configure"
sed -n '/remove|upgrade|deconfigure)/,/;;/p' "$work/control/prerm" | grep -q "hardware-access.sh remove" \
    || fail "prerm does not remove the udev rule"
for script in postinst prerm; do sh -n "$work/control/$script" || fail "$script has a syntax error"; done
ok "maintainer scripts: menu entry and udev rule installed on configure, rule removed on remove/upgrade"

# --- unpacked app
root="$work/root"
dpkg-deb -x "$deb" "$root"
desktop="$root$app/lib/michangarrito-pos-MiChangarrito_POS.desktop"
grep -qx 'Categories=Office;Finance;' "$desktop" || fail "menu category: $(grep Categories "$desktop")"
grep -qx "Exec=\"$app/bin/MiChangarrito POS\"" "$desktop" || fail "desktop Exec: $(grep Exec "$desktop")"
grep -qx 'NoDisplay=true' "$root$app/lib/michangarrito-pos-michangarrito.desktop" || fail "the command-line launcher shows in the menu"
cfg="$root$app/lib/app/MiChangarrito POS.cfg"
options=(--enable-native-access=ALL-UNNAMED -XX:CompileThresholdScaling=4 -Xmx1g)
[ "$aot" != true ] || options+=('-XX:AOTCache=$APPDIR/pos.aot' '-Xlog:aot*=off')
for option in "${options[@]}"; do
    grep -qxF "java-options=$option" "$cfg" || fail "launcher config lacks $option"
    grep -qxF "java-options=$option" "$root$app/lib/app/michangarrito.cfg" || fail "michangarrito.cfg lacks $option"
done
modules=$(sed -n 's/^MODULES="\(.*\)"/\1/p' "$root$app/lib/runtime/release")
for module in java.base java.sql java.desktop jdk.localedata jdk.unsupported; do
    grep -qw "$module" <<<"$modules" || fail "runtime lacks $module: $modules"
done
for module in jdk.compiler jdk.jshell jdk.jpackage; do
    ! grep -qw "$module" <<<"$modules" || fail "runtime carries $module, it should be jlinked to what the app needs"
done
ok "desktop entry in Office;Finance, launcher JVM options, jlinked runtime ($(wc -w <<<"$modules") modules)"

# The launcher as an installer runs it: no display, no Java of the machine, an empty data folder (Java
# takes the home folder from the user database, not from HOME, so POS_DATA_DIR keeps the test off ~).
data="$work/data"
run() { env -i PATH=/usr/bin:/bin HOME="$work/home" LANG=C.UTF-8 POS_DATA_DIR="$data" "$@"; }
touch "$work/before-launch"
printed=$(run "$root$app/bin/MiChangarrito POS" --version) || fail "--version exited with $?"
[ "$printed" = "MiChangarrito POS $version" ] || fail "--version printed '$printed'"
printed=$(run "$root$app/bin/michangarrito" --version) || fail "michangarrito --version exited with $?"
[ "$printed" = "MiChangarrito POS $version" ] || fail "michangarrito --version printed '$printed'"
ok "--version without a display: $printed"

# The AOT cache (decision 0023), unpacked where the package puts it: -XX:AOTMode=on makes the JVM stop with
# "Unable to use AOT cache" when it cannot use it (another runtime, other module options).
[ "$aot" != true ] || for launcher in "MiChangarrito POS" michangarrito; do
    [ -f "$root$app/lib/app/pos.aot" ] || fail "the AOT cache $app/lib/app/pos.aot is missing"
    printed=$(run JAVA_TOOL_OPTIONS=-XX:AOTMode=on "$root$app/bin/$launcher" --version 2>"$work/aot.log") \
        || fail "$launcher does not accept its AOT cache:"$'\n'"$(cat "$work/aot.log")"
    [ "$printed" = "MiChangarrito POS $version" ] || fail "$launcher with -XX:AOTMode=on printed '$printed'"
done
[ "$aot" != true ] || ok "AOT cache $(du -m "$root$app/lib/app/pos.aot" | cut -f1) MB accepted by the bundled runtime (-XX:AOTMode=on) from both launchers"

report=$(run "$root$app/bin/MiChangarrito POS" --self-test 2>"$work/self-test.log") \
    || fail "--self-test exited with $? on a new counter:"$'\n'"$report"$'\n'"$(cat "$work/self-test.log")"
echo "$report" | sed 's/^/check-deb:      | /'
grep -qx 'RESULTADO: OK' <<<"$report" || fail "--self-test did not report OK"
grep -q "^\[OK\]    Java: .* en $root$app/lib/runtime$" <<<"$report" || fail "the launcher did not use the bundled runtime"
[ -f "$data/pos.mv.db" ] || fail "the database is not in the data folder $data"
[ -z "$(find "$root" -newer "$work/before-launch")" ] || fail "--self-test wrote inside the install folder"
report=$(run "$root$app/bin/michangarrito" --self-test 2>/dev/null) || fail "a second --self-test (existing data) failed"
grep -q 'Esquema: versión' <<<"$report" && ! grep -q 'base de datos nueva' <<<"$report" \
    || fail "the second --self-test did not find the existing database: $report"
ok "--self-test without a display: exit 0, database in the data folder (outside $app), found again on a second run"

touch "$work/not-a-folder"
set +e
report=$(data="$work/not-a-folder" && run "$root$app/bin/MiChangarrito POS" --self-test 2>/dev/null)
exit_code=$?
set -e
[ "$exit_code" -eq 1 ] || fail "--self-test on an unusable data folder exited with $exit_code, not 1"
grep -q '^\[FALLA\] Carpeta de datos' <<<"$report" || fail "the failing --self-test did not name the data folder: $report"
ok "--self-test on an unusable data folder: exit 1, names the folder"

# --- udev rule, installed and removed the way postinst/prerm do it, into a scratch root
sysroot="$work/sysroot"
DPKG_ROOT="$sysroot" sh "$root$app/lib/hardware-access/hardware-access.sh" install
rule="$sysroot/lib/udev/rules.d/70-michangarrito-pos.rules"
cmp -s "$rule" "$root$app/lib/hardware-access/70-michangarrito-pos.rules" || fail "udev rule not installed"
for kernel in ttyUSB ttyACM ttyS rfcomm; do
    grep -q "SUBSYSTEM==\"tty\", KERNEL==\"$kernel\[0-9\]\*\", TAG+=\"uaccess\"" "$rule" || fail "no uaccess rule for $kernel"
done
grep -q 'SUBSYSTEM=="usbmisc", KERNEL=="lp\[0-9\]\*", TAG+="uaccess"' "$rule" || fail "no uaccess rule for /dev/usb/lp*"
DPKG_ROOT="$sysroot" sh "$root$app/lib/hardware-access/hardware-access.sh" remove
[ ! -e "$rule" ] || fail "udev rule left behind after remove"
ok "udev rule (ttyUSB, ttyACM, ttyS, rfcomm, usb lp → uaccess) installed and removed"

echo "check-deb: all checks passed for $(basename "$deb")"
