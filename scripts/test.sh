#!/usr/bin/env bash
# The whole test suite on every QGIS of the matrix (extra arguments go to each pytest run):
#   host    this machine after scripts/setup.sh (Debian 12: QGIS 3.22, Python 3.11, NumPy 1)
#   trixie  a Debian 13 chroot: QGIS 3.40, Python 3.13, NumPy 2 (scripts/chroot.sh)
#   sid     a Debian unstable chroot: QGIS 3.44 LTR, Python 3.14, NumPy 2
# plus the Qt 6 readiness check (scripts/check_qt6.py), lint and tests/core without QGIS. Fails
# when any of them fails and prints each version's counts and minutes, then one line
# `matrix: N passed, N failed, N skipped` (summed).
# ECOECON_MATRIX chooses the versions (default "host trixie sid"; "host" alone needs no root).
# The chroots need root; they are cached in ${ECOECON_CHROOT_DIR:-/var/cache/ecoecon/chroots}.
#
# The versions run AT THE SAME TIME (each suite is one Python process; on 2 cores three of them
# keep both busy through each other's waits for subprocesses, QGIS and Xvfb): the chroots build
# or check their stamps and then run their suites in the background while the host's runs,
# each into a log of its own that is printed when it ends; the host's lint and tests/core
# without QGIS run beside the host's suite. Nothing of one run is visible to another: each
# chroot has its own /tmp, mounts in a namespace of its own (scripts/chroot.sh), Xvfb picks a
# free display (tests/helpers.py run_in_xvfb), pytest-qgis a temporary profile.
# ECOECON_SERIAL=1 runs everything one after the other (the logs then stream as they come).
# On the host, tests/core runs once, without QGIS, GDAL and the optional packages, beside the
# host's suite; the host's suite then runs only those tests of tests/core that skipped there
# (scripts/junit_skipped.py), so each test runs on the host's Python once, with what it needs.
set -uo pipefail
cd "$(dirname "$0")/.."
main() {  # (the whole script is read before it runs: safe to edit during a run)
MATRIX=${ECOECON_MATRIX:-host trixie sid}
SERIAL=${ECOECON_SERIAL:-}
LOGS=$(mktemp -d "${TMPDIR:-/tmp}/ecoecon-matrix.XXXXXX")
TOKEN=$(basename "$LOGS")
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
# phase NAME SECONDS: a line of the summary's timing table
phase() { echo "$1 $2" >> "$LOGS/phases"; }
QGIS_VERSION="from qgis.core import Qgis; print(Qgis.version().split(\"-\")[0])"
case " $MATRIX " in *" host "*) has_host=1 ;; *) has_host="" ;; esac

# debootstrap first, alone: the host's apt must not run twice at once
if [ -n "$chroots" ]; then
  $SUDO bash scripts/chroot.sh deps - || echo "test.sh: no debootstrap" >&2
fi

# --- one chroot version: build (or check the stamps), then its whole run in ONE chroot session
run_chroot() {  # $1 version; writes $LOGS/$1.result: "rc seconds QGIS-version"
  local v=$1 t t1 root rc qv first=$2
  t=$(date +%s)
  echo "== $v (chroot): build or check"
  if ! $SUDO bash scripts/chroot.sh build "$v"; then
    echo "$v: chroot build failed"
    echo "4 $(( $(date +%s) - t )) -" > "$LOGS/$v.result"
    return
  fi
  t1=$(date +%s)
  phase "$v:build-check" $((t1 - t))
  root=$($SUDO bash scripts/chroot.sh root "$v")
  # the run's own files inside the chroot's /tmp (another run of another checkout may be there)
  local tag="/tmp/ecoecon-$TOKEN"
  {
    echo "set -u"
    echo "echo \"$v: QGIS \$(python3 -c '$QGIS_VERSION' | tee $tag.qv), \$(python3 -V 2>&1)\""
    if [ -n "$first" ] && [ -z "$has_host" ]; then  # the Qt 6 check needs one QGIS: this one
      echo "echo '== Qt 6 readiness (scripts/check_qt6.py)'"
      echo "python3 scripts/check_qt6.py || echo failed > $tag.qt6"
    fi
    echo "QT_QPA_PLATFORM=offscreen \$ECOECON_VENV/bin/python -m pytest" \
         "--junitxml=$tag.junit.xml $pyargs"
  } | $SUDO tee "$root$tag.sh" > /dev/null
  $SUDO bash scripts/chroot.sh run "$v" "bash $tag.sh"
  rc=$?
  qv=$(cat "$root$tag.qv" 2>/dev/null || true)
  cp "$root$tag.junit.xml" "$LOGS/junit-$v.xml" 2>/dev/null || true
  [ ! -e "$root$tag.qt6" ] || echo failed > "$LOGS/qt6-failed"
  [ -n "$first" ] && [ -z "$has_host" ] && echo ran > "$LOGS/qt6-ran"
  $SUDO rm -f "$root$tag".*
  phase "$v:suite" $(( $(date +%s) - t1 ))
  echo "$rc $(( $(date +%s) - t )) ${qv:--}" > "$LOGS/$v.result"
}
declare -gA JOB
first=1
if [ -z "$SERIAL" ]; then
  for v in $chroots; do
    run_chroot "$v" "$first" > "$LOGS/$v.log" 2>&1 &
    JOB[$v]=$!
    first=""
  done
fi

# --- the host: set-up, then the Qt 6 check + lint + tests/core without QGIS beside the suite
run_host() {  # writes $LOGS/host.result
  local t t1 rc side_pid qv
  t=$(date +%s)
  echo "== host: $(. /etc/os-release; echo "$PRETTY_NAME")"
  # the host's venv: cached outside the checkout by its requirements' hash where
  # /var/cache/ecoecon may be written (a fresh clone then links it; scripts/setup.sh)
  if ! ECOECON_VENV_CACHE="${ECOECON_VENV_CACHE-/var/cache/ecoecon/venvs}" \
       bash scripts/setup.sh; then
    echo "host: set-up failed"
    echo "3 $(( $(date +%s) - t )) -" > "$LOGS/host.result"
    return
  fi
  t1=$(date +%s)
  phase host:setup $((t1 - t))
  qv=$(.venv/bin/python -c "$QGIS_VERSION" 2>/dev/null || true)
  side() {  # the checks beside the host's suite, into a log printed after it
    local s
    s=$(date +%s)
    echo "== Qt 6 readiness (scripts/check_qt6.py)"
    .venv/bin/python scripts/check_qt6.py || echo failed > "$LOGS/qt6-failed"
    echo ran > "$LOGS/qt6-ran"
    phase host:qt6-check $(( $(date +%s) - s ))
    [ -z "$pyargs" ] || return 0  # the whole run only: lint, and tests/core without QGIS/GDAL
    s=$(date +%s)
    echo "== lint (scripts/lint.sh)"
    bash scripts/lint.sh || echo failed > "$LOGS/house-failed"
    phase host:lint $(( $(date +%s) - s ))
    s=$(date +%s)
    echo "== tests/core without QGIS (scripts/test_core_noqgis.sh)"
    bash scripts/test_core_noqgis.sh --junitxml="$LOGS/junit-noqgis.xml" \
      || echo failed > "$LOGS/house-failed"
    phase host:core-noqgis $(( $(date +%s) - s ))
    echo ran > "$LOGS/house-ran"
  }
  if [ -n "$SERIAL" ]; then side; else side > "$LOGS/host-side.log" 2>&1 & side_pid=$!; fi
  t1=$(date +%s)
  # the whole run: tests/core ran without QGIS beside this suite (the side checks); here only
  # those of its tests that skipped there, after it (scripts/junit_skipped.py)
  local core=""
  [ -n "$pyargs" ] || core="--ignore=tests/core"
  echo "== host: QGIS $qv, the whole suite${core:+ (tests/core: see below)}"
  eval "QT_QPA_PLATFORM=offscreen .venv/bin/python -m pytest" \
    "--junitxml=$LOGS/junit-host.xml $core $pyargs"
  rc=$?
  phase host:suite $(( $(date +%s) - t1 ))
  if [ -z "$SERIAL" ]; then wait "$side_pid"; cat "$LOGS/host-side.log"; fi
  if [ -n "$core" ]; then
    t1=$(date +%s)
    local again="tests/core"
    if [ ! -e "$LOGS/house-failed" ] && .venv/bin/python scripts/junit_skipped.py \
         "$LOGS/junit-noqgis.xml" "$LOGS/core-again.txt"; then
      again="@$LOGS/core-again.txt"
      echo "== host: the $(wc -l < "$LOGS/core-again.txt") tests of tests/core that skipped" \
           "without QGIS or the optional packages"
    else
      echo "== host: tests/core (its run without QGIS failed)"
      rm -f "$LOGS/junit-noqgis.xml"
    fi
    if [ "$again" != "@$LOGS/core-again.txt" ] || [ -s "$LOGS/core-again.txt" ]; then
      QT_QPA_PLATFORM=offscreen .venv/bin/python -m pytest \
        --junitxml="$LOGS/junit-host-core.xml" "$again" || rc=1
    fi
    phase host:core-skipped-again $(( $(date +%s) - t1 ))
  fi
  echo "$rc $(( $(date +%s) - t )) ${qv:--}" > "$LOGS/host.result"
}
[ -z "$has_host" ] || run_host

status=0
P=0; F=0; S=0
declare -gA LINE
counts() {  # $1 version: its line from $LOGS/$1.result and its junit xml
  local v=$1 rc secs qv c
  read -r rc secs qv < "$LOGS/$v.result" 2>/dev/null || { rc=5; secs=0; qv=-; }
  # the host: its suite, the tests of tests/core it ran again, and tests/core without QGIS
  # (whose skips ran again: not counted as skipped)
  c=$(python3 - "$LOGS/junit-$v.xml" "$LOGS/junit-$v-core.xml" \
        "$( [ "$v" = host ] && echo "$LOGS/junit-noqgis.xml")" <<'EOF' 2>/dev/null
import os
import sys
import xml.etree.ElementTree as ET
P = F = K = 0
for i, path in enumerate(sys.argv[1:]):
    if i and not os.path.exists(path):
        continue
    r = ET.parse(path).getroot()
    s = r if r.tag == "testsuite" else r.find("testsuite")
    t, f, e, k = (int(s.get(a, 0)) for a in ("tests", "failures", "errors", "skipped"))
    P, F, K = P + t - f - e - k, F + f + e, K + (k if i < 2 else 0)
print(P, F, K)
EOF
) || c="0 1 0"
  set -- $c
  local verdict=ok
  if [ "$rc" != 0 ]; then verdict="FAILED (exit $rc)"; status=1; fi
  [ "$qv" = - ] && qv=""
  LINE[$v]="$v${qv:+ (QGIS $qv)}: $1 passed, $2 failed, $3 skipped, $(minutes "$secs") min - $verdict"
  P=$((P + $1)); F=$((F + $2)); S=$((S + $3))
  [ "$rc" != 0 ] && [ "$2" = 0 ] && F=$((F + 1))
  return 0
}
for v in $chroots; do
  if [ -n "$SERIAL" ]; then
    run_chroot "$v" "$first"
    first=""
  else
    wait "${JOB[$v]}"
    cat "$LOGS/$v.log"
  fi
done
for v in $MATRIX; do counts "$v"; done

LINE[qt6]="qt6 check: not run"
if [ -e "$LOGS/qt6-failed" ]; then LINE[qt6]="qt6 check: FAILED"; status=1; F=$((F + 1))
elif [ -e "$LOGS/qt6-ran" ]; then LINE[qt6]="qt6 check: ok"; fi
LINE[house]="lint + core without QGIS: not run (arguments given, or no host)"
if [ -e "$LOGS/house-failed" ]; then
  LINE[house]="lint + core without QGIS: FAILED"; status=1; F=$((F + 1))
elif [ -e "$LOGS/house-ran" ]; then LINE[house]="lint + core without QGIS: ok"; fi

echo
echo "== matrix summary ($(minutes $(( $(date +%s) - T0 ))) min in all," \
     "$( [ -n "$SERIAL" ] && echo "one after the other" || echo "versions at the same time"))"
echo "phases (minutes):$(awk '{printf " %s %.1f;", $1, $2/60}' "$LOGS/phases" 2>/dev/null)"
echo "${LINE[qt6]}"
echo "${LINE[house]}"
for v in $MATRIX; do echo "${LINE[$v]}"; done
echo "matrix: $P passed, $F failed, $S skipped"
rm -rf "$LOGS"
exit $status
}

main "$@"
