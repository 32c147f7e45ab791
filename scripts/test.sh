#!/usr/bin/env bash
# The whole test suite on every QGIS of the matrix (extra arguments go to each pytest run):
#   host    this machine after scripts/setup.sh (Debian 12: QGIS 3.22, Python 3.11, NumPy 1)
#   trixie  a Debian 13 chroot: QGIS 3.40, Python 3.13, NumPy 2 (scripts/chroot.sh)
#   sid     a Debian unstable chroot: QGIS 3.44 LTR, Python 3.14, NumPy 2
# plus the Qt 6 readiness check (scripts/check_qt6.py). Fails when any of them fails and prints
# each version's counts, then one line `matrix: N passed, N failed, N skipped` (summed).
# ECOECON_MATRIX chooses the versions (default "host trixie sid"; "host" alone needs no root).
# The chroots need root; they are cached in ${ECOECON_CHROOT_DIR:-/var/cache/ecoecon/chroots}.
set -uo pipefail
cd "$(dirname "$0")/.."
main() {  # (the whole script is read before it runs: safe to edit during a run)
MATRIX=${ECOECON_MATRIX:-host trixie sid}
LOGS=$(mktemp -d "${TMPDIR:-/tmp}/ecoecon-matrix.XXXXXX")
T0=$(date +%s)
SUDO=""
chroots=""
for v in $MATRIX; do [ "$v" = host ] || chroots="$chroots $v"; done
if [ -n "$chroots" ] && [ "$(id -u)" != 0 ]; then
  if sudo -n true 2>/dev/null; then SUDO="sudo -n"; else
    echo "test.sh: the chroots ($chroots ) need root; run as root, or ECOECON_MATRIX=host" >&2
    exit 2
  fi
fi
pyargs=""
for a in "$@"; do pyargs="$pyargs $(printf '%q' "$a")"; done
minutes() { awk -v s="$1" 'BEGIN{printf "%.1f", s/60}'; }

# The chroots build (or check their stamps) in the background while the host's suite runs:
# downloads and unpacking overlap the tests.
QGIS_VERSION="from qgis.core import Qgis; print(Qgis.version().split(\"-\")[0])"
QV=""
declare -gA BUILD_PID
# debootstrap first, alone: the host's apt must not run twice at once
[ -z "$chroots" ] || $SUDO bash scripts/chroot.sh deps - || echo "test.sh: no debootstrap" >&2
for v in $chroots; do
  $SUDO bash scripts/chroot.sh build "$v" > "$LOGS/build-$v.log" 2>&1 &
  BUILD_PID[$v]=$!
done

status=0
declare -gA LINE
counts() {  # $1 version $2 junit xml $3 pytest exit code $4 seconds
  local c
  c=$(python3 - "$2" <<'EOF' 2>/dev/null
import sys
import xml.etree.ElementTree as ET
r = ET.parse(sys.argv[1]).getroot()
s = r if r.tag == "testsuite" else r.find("testsuite")
t, f, e, k = (int(s.get(a, 0)) for a in ("tests", "failures", "errors", "skipped"))
print(t - f - e - k, f + e, k)
EOF
) || c="0 1 0"
  set -- "$1" "$2" "$3" "$4" $c
  local verdict=ok
  if [ "$3" != 0 ]; then verdict="FAILED (pytest exit $3)"; status=1; fi
  LINE[$1]="$1${QV:+ (QGIS $QV)}: $5 passed, $6 failed, $7 skipped, $(minutes "$4") min - $verdict"
  echo "${LINE[$1]}"
  P=$((P + $5)); F=$((F + $6)); S=$((S + $7))
  [ "$3" != 0 ] && [ "$6" = 0 ] && F=$((F + 1))
  return 0
}
P=0; F=0; S=0

LINE[qt6]="qt6 check: not run"
LINE[house]="lint + core without QGIS: not run (arguments given)"
qt6_check() {  # the Qt 6 readiness check with a Python that has the QGIS bindings: "$@"
  echo "== Qt 6 readiness (scripts/check_qt6.py)"
  if "$@"; then LINE[qt6]="qt6 check: ok"; else
    LINE[qt6]="qt6 check: FAILED"; status=1; F=$((F + 1)); fi
}

for v in $MATRIX; do
  t=$(date +%s)
  if [ "$v" = host ]; then
    echo "== host: $(. /etc/os-release; echo "$PRETTY_NAME")"
    if bash scripts/setup.sh; then
      QV=$(.venv/bin/python -c "$QGIS_VERSION" 2>/dev/null || true)
      qt6_check .venv/bin/python scripts/check_qt6.py
      if [ -z "$pyargs" ]; then  # the whole run only: lint, and tests/core without QGIS or GDAL
        echo "== lint (scripts/lint.sh) and tests/core without QGIS (scripts/test_core_noqgis.sh)"
        if bash scripts/lint.sh && bash scripts/test_core_noqgis.sh; then
          LINE[house]="lint + core without QGIS: ok"
        else
          LINE[house]="lint + core without QGIS: FAILED"; status=1; F=$((F + 1))
        fi
      fi
      eval "QT_QPA_PLATFORM=offscreen .venv/bin/python -m pytest" \
        "--junitxml=$LOGS/junit-host.xml $pyargs"
      rc=$?
    else
      echo "host: set-up failed"; rc=3
    fi
    counts host "$LOGS/junit-host.xml" "$rc" $(( $(date +%s) - t ))
    continue
  fi
  echo "== $v (chroot): waiting for its build"
  if ! wait "${BUILD_PID[$v]}"; then
    cat "$LOGS/build-$v.log"
    echo "$v: chroot build failed"
    counts "$v" /nonexistent 4 $(( $(date +%s) - t ))
    continue
  fi
  cat "$LOGS/build-$v.log"
  [ "${LINE[qt6]}" != "qt6 check: not run" ] \
    || qt6_check $SUDO bash scripts/chroot.sh run "$v" "python3 scripts/check_qt6.py"
  root=$($SUDO bash scripts/chroot.sh root "$v")
  $SUDO rm -f "$root/tmp/ecoecon-junit.xml"
  QV=$($SUDO bash scripts/chroot.sh run "$v" "python3 -c '$QGIS_VERSION'" 2>/dev/null || true)
  echo "$v: QGIS $QV, $($SUDO bash scripts/chroot.sh run "$v" "python3 -V" 2>&1)"
  $SUDO bash scripts/chroot.sh run "$v" \
    "QT_QPA_PLATFORM=offscreen \$ECOECON_VENV/bin/python -m pytest" \
    "--junitxml=/tmp/ecoecon-junit.xml $pyargs"
  rc=$?
  cp "$root/tmp/ecoecon-junit.xml" "$LOGS/junit-$v.xml" 2>/dev/null || true
  counts "$v" "$LOGS/junit-$v.xml" "$rc" $(( $(date +%s) - t ))
done

echo
echo "== matrix summary ($(minutes $(( $(date +%s) - T0 ))) min in all)"
echo "${LINE[qt6]}"
echo "${LINE[house]}"
for v in $MATRIX; do echo "${LINE[$v]}"; done
echo "matrix: $P passed, $F failed, $S skipped"
rm -rf "$LOGS"
exit $status
}

main "$@"
