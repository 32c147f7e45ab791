#!/usr/bin/env bash
# The oldest Python the plugin supports (3.9, QGIS 3.22-3.28 on Windows/macOS bundles) with the
# RANGES of requirements-plugin.txt, checked by hand (not part of CI: no QGIS 3.22+ build for
# Python 3.9 is reachable here, so it runs tests/core, the QGIS-free science, 380 tests):
#
#   sudo bash scripts/check_py39.sh            # NumPy 1 (newest 1.x), then NumPy 2
#
# Debian 11 "bullseye" (Python 3.9.2) by debootstrap, cached beside the matrix chroots in
# ${ECOECON_CHROOT_DIR:-/var/cache/ecoecon/chroots}/bullseye-py39; the packages come from PyPI
# as binary wheels only (what a user's pip would get; pyamg 5.x has no source build there
# without a C++ compiler). The checkout's tracked files are copied in, ../shared is mounted
# read-only beside them. Needs root.
set -euo pipefail
REPO=$(cd "$(dirname "$0")/.." && pwd)
CACHE=${ECOECON_CHROOT_DIR:-/var/cache/ecoecon/chroots}
C=$CACHE/bullseye-py39
[ "$(id -u)" = 0 ] || { echo "check_py39.sh: needs root (debootstrap, chroot)" >&2; exit 2; }
if [ ! -e "$C/.ecoecon-base" ]; then
  rm -rf "$C"; mkdir -p "$C"
  debootstrap --variant=minbase --include=python3,python3-venv,ca-certificates bullseye "$C" \
    "${ECOECON_DEBIAN_MIRROR:-http://deb.debian.org/debian}"
  touch "$C/.ecoecon-base"
fi
cp /etc/resolv.conf "$C/etc/resolv.conf"
[ -f /etc/pip.conf ] && cp /etc/pip.conf "$C/etc/pip.conf"
cp /etc/ssl/certs/ca-certificates.crt "$C/etc/ssl/certs/ca-certificates.crt" 2>/dev/null || true
cleanup() {
  umount "$C/w/shared" 2>/dev/null || true
  umount "$C/proc" 2>/dev/null || true
}
trap cleanup EXIT
mountpoint -q "$C/proc" || mount -t proc proc "$C/proc"
rm -rf "$C/w/main"; mkdir -p "$C/w/main" "$C/w/shared"
(cd "$REPO" && git ls-files -z | xargs -0 tar -c) | tar -x -C "$C/w/main"
if [ -d "$REPO/../shared" ]; then mount --bind -o ro "$REPO/../shared" "$C/w/shared"; fi
[ -x "$C/opt/venv/bin/python" ] || chroot "$C" /usr/bin/python3 -m venv /opt/venv
ranges=$(grep -vE '^\s*(#|$)' "$REPO/requirements-plugin.txt" | tr '\n' ' ')
status=0
for np in "numpy<2" "numpy>=2,<2.1"; do
  # shellcheck disable=SC2086
  chroot "$C" /opt/venv/bin/pip install -q --only-binary :all: "setuptools>=61" wheel \
    "$np" $ranges pytest
  echo "== Python $(chroot "$C" /opt/venv/bin/python -c 'import sys, numpy; print(sys.version.split()[0], "NumPy", numpy.__version__)')"
  chroot "$C" /bin/sh -c 'cd /w/main && /opt/venv/bin/python -m pytest -q -p no:cacheprovider tests/core' \
    | tail -n 1 || status=1
done
exit $status
