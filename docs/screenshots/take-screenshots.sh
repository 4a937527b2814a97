#!/usr/bin/env bash
# Takes the README's screenshots from the real counter app on a virtual display: a fresh shop through the
# first-run assistant (with the sample catalog), a sale by scans and search, the payment with change, the
# day's reports and the corte de caja. Needs the built app (./mvnw -q -DskipTests package) and, on Debian/Ubuntu:
#   apt-get install xvfb xdotool imagemagick libgtk-3-0 libxtst6 libxxf86vm1 libgl1 fonts-dejavu-core
# Usage: docs/screenshots/take-screenshots.sh [output dir, default docs/screenshots]
# SHOT_SIZE=1024x768 takes them at another screen size (the window is made that size and put at the top left).
# The output dir is made if missing.
set -euo pipefail
cd "$(dirname "$0")/../.."
out=${1:-docs/screenshots}
mkdir -p "$out" # import cannot write into a missing dir, and set -e then ends the script before any shot
display=:${SHOT_DISPLAY:-93}
data=$(mktemp -d)
size=${SHOT_SIZE:-1280x800}
Xvfb "$display" -screen 0 "${size}x24" -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
export DISPLAY=$display POS_DATA_DIR=$data
java --enable-native-access=ALL-UNNAMED -Dprism.order=sw -cp 'desktop-pos/target/app/*' mx.michangarrito.pos.Main \
    >"$data/app.log" 2>&1 &
app=$!
trap 'kill $app $xvfb 2>/dev/null; rm -rf "$data"' EXIT

for _ in $(seq 120); do xdotool search --name MiChangarrito >/dev/null 2>&1 && break; sleep 0.5; done
window=$(xdotool search --name MiChangarrito | head -1)
# The app opens a 1280×800 window centred on the screen: on a smaller screen it starts off the top left edge,
# so it is moved to the corner as well as resized (without a window manager nothing else places it).
if [ "$size" != 1280x800 ]; then
    xdotool windowsize "$window" "${size%x*}" "${size#*x}"
    xdotool windowmove "$window" 0 0
fi
xdotool windowfocus "$window"
sleep 2
keys() { for k in "$@"; do xdotool key "$k"; sleep 0.25; done; }
typed() { xdotool type --delay 60 "$1"; sleep 0.3; }
scanned() { xdotool type --delay 2 "$1"; xdotool key Return; sleep 0.6; }

# First run: shop, type abarrotes, address, no RFC, IVA 16 %, ticket header and footer, the demo printer (F5
# prints its test ticket, shown beside the form), owner Lupita with PIN 4321, sample catalog; then the shift with
# a $500 float.
typed "Abarrotes Lupita"; keys Return Return
typed "Av. Juarez 12, Centro"; keys Return Return Return
typed "Abierto de 7 a 22"; keys Return
typed "Gracias por su compra"; keys Return F5
sleep 2
keys Return
typed "Lupita"; keys Return; typed "4321"; keys Return; typed "4321"; keys Return
sleep 4
typed "500"; keys Return
sleep 2
# A sale: two Coca-Colas and milk by barcode, bread and ham by name (ham asks for its weight).
scanned 7500001000014; scanned 7500001000014; scanned 7500001000021
typed "pan bla"; keys Return
typed "jamon"; keys Return; typed "0.350"; keys Return
typed "huevo"
sleep 1
import -window root "$out/sale.png"
keys Escape F12; typed "200"; keys Return
sleep 2
import -window root "$out/payment.png"
# Reports: the back office (F11), third section (Ctrl+3), today's sales; Escape back to the sale.
keys Return Escape F11 ctrl+3
sleep 2
import -window root "$out/reports.png"
keys Escape
sleep 1
# Corte: $673.50 expected; count $500 + $100 + $50 + $20 + $2 + $1 and leave the 50 centavos out.
keys F8 Return
for n in 1 "" 1 1 1 "" "" 1 1; do [ -n "$n" ] && typed "$n"; keys Return; done
sleep 1
import -window root "$out/corte.png"
echo "screenshots in $out"
