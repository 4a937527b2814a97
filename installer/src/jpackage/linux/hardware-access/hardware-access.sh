#!/bin/sh
# Installs or removes the udev rule that lets the cashier use serial devices and USB printers without
# root (see 70-michangarrito-pos.rules next to this script). The package's postinst runs "install",
# its prerm "remove". DPKG_ROOT (set by dpkg --root, and by the packaging test) points at another root
# folder; udev is reloaded only on the live system.
set -e

rule=70-michangarrito-pos.rules
rules_dir="${DPKG_ROOT:-}/lib/udev/rules.d"
here=$(cd "$(dirname "$0")" && pwd)

case "$1" in
    install)
        mkdir -p "$rules_dir"
        cp "$here/$rule" "$rules_dir/$rule"
        chmod 644 "$rules_dir/$rule"
        ;;
    remove)
        rm -f "$rules_dir/$rule"
        ;;
    *)
        echo "usage: $0 install|remove" >&2
        exit 2
        ;;
esac

if [ -z "${DPKG_ROOT:-}" ] && command -v udevadm >/dev/null 2>&1; then
    # Apply to devices already plugged in; harmless where udev is not running (containers).
    udevadm control --reload-rules 2>/dev/null || true
    udevadm trigger --action=change --subsystem-match=tty --subsystem-match=usbmisc 2>/dev/null || true
fi
