#!/usr/bin/env bash
# Takes the README's screenshots from the real counter app on a virtual display: a fresh shop through the
# first-run assistant (with the sample catalog), a sale by scans and search, the payment with change, the
# day's reports and the corte de caja. Needs the built app (./mvnw -q -DskipTests package) and, on Debian/Ubuntu:
#   apt-get install xvfb xdotool imagemagick libgtk-3-0 libxtst6 libxxf86vm1 libgl1 fonts-dejavu-core
# Usage: docs/screenshots/take-screenshots.sh [output dir, default docs/screenshots]
# SHOT_SIZE=1024x768 takes them at another screen size (the window is made that size and put at the top left).
# SHOT_DISPLAY=93 is the X display number used; SHOT_KEEP=1 keeps the app's data, UI trace and log. The output
# dir is made if missing.
#
# Waits instead of fixed sleeps: the app runs with -Dpos.ui.trace=<file> and appends a line for each focus change
# ("focus search"), each text change in the focused field ("text search=huevo") and a few states ("sale lines=4",
# "printer test printed", "reports loaded", "backoffice reports"); before each key the script waits for the line
# that says the app got there, and before each shot for the app's "drawn" line (the two short pauses left say
# why). A line that does not come within SHOT_STEP_TIMEOUT seconds (default 60) stops the script with a message
# naming the step, the trace's last lines and the app's log, and no shot is taken (SHOT_START_TIMEOUT, default
# 300 s, is for the app's window to appear).
set -euo pipefail
cd "$(dirname "$0")/../.."
out=${1:-docs/screenshots}
mkdir -p "$out" # import cannot write into a missing dir, and set -e then ends the script before any shot
display=:${SHOT_DISPLAY:-93}
data=$(mktemp -d)
size=${SHOT_SIZE:-1280x800}
limit=${SHOT_STEP_TIMEOUT:-60}
trace=$data/ui-trace.txt
Xvfb "$display" -screen 0 "${size}x24" -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
app=
keep=${SHOT_KEEP:-} # set (or on a failure): the app's data dir with the trace and the log stays for a look
trap 'kill $app $xvfb 2>/dev/null; [ -n "$keep" ] || rm -rf "$data"' EXIT
export DISPLAY=$display POS_DATA_DIR=$data
java --enable-native-access=ALL-UNNAMED -Dprism.order=sw -Dpos.ui.trace="$trace" -cp 'desktop-pos/target/app/*' \
    mx.michangarrito.pos.Main >"$data/app.log" 2>&1 &
app=$!

step=starting
seen=0 # trace lines already matched: each wait looks only at what came after
fail() {
    echo "take-screenshots: FAILED at step '$step': $1" >&2
    echo "--- last lines of the UI trace ---" >&2
    tail -n 15 "$trace" >&2 2>/dev/null || echo "(no trace written)" >&2
    echo "--- last lines of the app's log ---" >&2
    tail -n 15 "$data/app.log" >&2 || true
    echo "(the whole trace and log stay in $data)" >&2
    keep=1
    exit 1
}
# await LINE...: waits until every LINE (whole trace lines, in any order) came after the last matched one.
await() {
    local deadline=$((SECONDS + limit)) start=$seen last n want
    while :; do
        last=$start
        for want in "$@"; do
            n=$(tail -n +"$((start + 1))" "$trace" 2>/dev/null | grep -n -x -F -m1 -- "$want" | cut -d: -f1) || true
            if [ -z "$n" ]; then last=; break; fi
            [ $((start + n)) -gt "$last" ] && last=$((start + n))
        done
        if [ -n "$last" ]; then seen=$last; return 0; fi
        kill -0 "$app" 2>/dev/null || fail "the app ended (waiting for: $*)"
        [ $SECONDS -lt $deadline ] || fail "no '$*' in the UI trace within $limit s"
        sleep 0.1
    done
}
keys() { for k in "$@"; do xdotool key "$k"; done; }
typed() { xdotool type --delay 40 "$1"; }
# field ID TEXT [SHOWN]: waits for the focus on field ID, types TEXT, waits until the field holds it (SHOWN for a
# PIN, which the trace shows as stars), then Enter.
field() {
    step="type '$2' into $1"
    await "focus $1"
    if [ -n "$2" ]; then typed "$2"; await "text $1=${3:-$2}"; fi
    keys Return
}
# rung TEXT: a barcode or a name typed into the sale's search box, then Enter. Enter goes a little after the last
# character shows in the box: the app takes a run of keys closed by Enter within 30 ms of each other for a scanner
# burst, and on a loaded machine the last few characters alone can come that close together (they were then rung
# up as a code of their own). With the pause the search box's Enter rings the text up: a whole barcode as a scan,
# a name as its only search result.
rung() {
    step="ring up '$1'"
    xdotool type --delay 20 "$1"
    await "text search=$1"
    sleep 0.1
    keys Return
}
# shot NAME: the state is reached (awaited just before); Scroll Lock, which the app does not use, asks it for a
# "drawn" line once the frames it had to draw are on the window, so the shot is not of an older frame.
shot() {
    step="draw the $1 screen"
    keys Scroll_Lock
    await drawn
    import -window root "$out/$1.png"
}

step="the window appears"
# The app's start gets longer than a step: on a 2-core machine loaded with other work it took over 2 minutes.
deadline=$((SECONDS + ${SHOT_START_TIMEOUT:-300}))
until window=$(xdotool search --onlyvisible --name MiChangarrito 2>/dev/null | head -1) && [ -n "$window" ]; do
    kill -0 "$app" 2>/dev/null || fail "the app ended"
    [ $SECONDS -lt $deadline ] || fail "no MiChangarrito window within ${SHOT_START_TIMEOUT:-300} s"
    sleep 0.5
done
# The app opens a 1280×800 window centred on the screen: on a smaller screen it starts off the top left edge,
# so it is moved to the corner as well as resized (without a window manager nothing else places it).
if [ "$size" != 1280x800 ]; then
    xdotool windowsize "$window" "${size%x*}" "${size#*x}"
    xdotool windowmove "$window" 0 0
fi
step="the window gets the keyboard"
xdotool windowfocus "$window"
await "window focused"

# First run: shop, type abarrotes, address, no RFC, IVA 16 %, ticket header and footer, the demo printer (F5
# prints its test ticket, shown beside the form), owner Lupita with PIN 4321, sample catalog; then the shift with
# a $500 float.
field business-name "Abarrotes Lupita"
step="leave the type of business as abarrotes"; await "focus shop-type"; keys Return
field shop-address "Av. Juarez 12, Centro"
field shop-rfc ""
step="leave the IVA zone as it is"; await "focus tax-zone"; keys Return
field ticket-header "Abierto de 7 a 22"
field ticket-footer "Gracias por su compra"
step="printer test print"; await "focus printer-choice"; keys F5; await "printer test printed"; keys Return
field owner-name "Lupita"
field owner-pin 4321 '****'
field owner-pin-again 4321 '****'
field float 500 # the shop is made (owner, settings, sample catalog): the shift opens with a $500 float
step="the sale screen"; await "focus search"

# A sale: two Coca-Colas and milk by barcode, bread and ham by name (ham asks for its weight).
rung 7500001000014; await "sale lines=1"
rung 7500001000014; await "sale lines=1" # the second Coca-Cola adds to the first line
rung 7500001000021; await "sale lines=2"
rung "pan bla"; await "sale lines=3"
rung jamon; field prompt-field 0.350
step="the ham in the cart"; await "sale lines=4" "focus search"
step="search huevo"; typed "huevo"; await "text search=huevo"
sleep 0.3 # the results come 60 ms after the last key (SearchBox.PAUSE); nothing is traced for them
shot sale
# The payment: Escape clears the search, F12 opens the payment, $200 cash; the change shows once it is stored.
step="open the payment"; keys Escape; await "text search="; keys F12
field pay-amount 200
step="the sale is stored"; await "focus pay-next" "sale lines=0"
shot payment
# Reports: Enter closes the payment, Escape the ticket's picture; the back office (F11), third section (Ctrl+3),
# once the catalog's filter has the focus (a Ctrl+3 sent just before that was seen to get lost).
step="back to the sale"; keys Return; await "focus search"; keys Escape
step="the back office"; keys F11; await "backoffice catalog" "focus catalog-filter"
step="the reports"; keys ctrl+3; await "backoffice reports" "reports loaded"
sleep 1.5 # the chart draws its points in an animation (about a second) that no state reports
shot reports
# Corte: $673.50 expected; count $500 + $100 + $50 + $20 + $2 + $1 and leave the 50 centavos out.
step="back to the sale"; keys Escape; await "focus search"
step="the corte"; keys F8
for count in B1000: B500:1 B200: B100:1 B50:1 P20:1 M10: M5: M2:1 M1:1; do
    field "count-${count%%:*}" "${count#*:}"
done
step="the counted cash"; await "focus count-C50"
shot corte
[ -z "$keep" ] || echo "the app's data, UI trace and log: $data"
echo "screenshots in $out"
