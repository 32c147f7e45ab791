#!/usr/bin/env bash
# Set-up of the test environment on Debian 12 "bookworm" (QGIS 3.22), Debian 13 "trixie"
# (QGIS 3.40) or Debian unstable "sid" (QGIS 3.44); idempotent and quick when all is there.
# The same script runs on the host and inside the chroots of the test matrix (scripts/chroot.sh).
#   1. Debian packages: QGIS (python3-qgis, qgis-providers, qgis for qgis_process), Xvfb for the
#      desktop smoke test, pyqt5-dev-tools / qttools5-dev-tools (pylupdate5, lrelease) for the
#      translations, grass-core (r.cost, the cost-distance reference). On trixie and sid also the
#      science stack as Debian builds it for that Python (NumPy 2, SciPy, scikit-image, POT,
#      PuLP, statsmodels, ... - what a user of that QGIS gets from apt).
#   2. A venv (.venv, or $ECOECON_VENV) made from /usr/bin/python3 with --system-site-packages
#      (so the QGIS and GDAL bindings and Debian's packages are visible) and requirements.txt,
#      pinned by constraints/<codename>.txt. pip installs only what Debian does not provide at a
#      pinned version (on bookworm: everything, NumPy stays < 2 for Debian 12's GDAL).
#      A CJK font (fonts-wqy-microhei) so screenshots of the Chinese dialogs are legible.
#   3. The zh_CN translation compiled with lrelease into i18n/ecoecon_zh_CN.qm.
# ECOECON_TARGET overrides the detected codename (bookworm, trixie or sid).
set -euo pipefail
cd "$(dirname "$0")/.."

detect_target() {
  if [ -n "${ECOECON_TARGET:-}" ]; then echo "$ECOECON_TARGET"; return; fi
  local code=""
  code=$(. /etc/os-release 2>/dev/null && echo "${VERSION_CODENAME:-}")
  case "$code" in
    bookworm|trixie) echo "$code" ;;
    *) if grep -q sid /etc/debian_version 2>/dev/null; then echo sid; else echo "${code:-unknown}"; fi ;;
  esac
}
TARGET=$(detect_target)
CONSTRAINTS=constraints/$TARGET.txt
if [ ! -f "$CONSTRAINTS" ]; then
  echo "setup: no $CONSTRAINTS - this set-up knows Debian 12 (bookworm), 13 (trixie) and" \
       "unstable (sid); set ECOECON_TARGET to the nearest of them" >&2
  exit 1
fi
VENV=${ECOECON_VENV:-.venv}

APT_PKGS="python3-qgis qgis-providers qgis python3-venv python3-pip xvfb xauth \
pyqt5-dev-tools qttools5-dev-tools grass-core fonts-wqy-microhei"
# Debian 13 and unstable: the science stack from Debian (built for their Python 3.13+ / NumPy 2);
# pip adds only what Debian lacks (constraints/<codename>.txt). Debian's python3-pulp needs
# coinor-cbc for its CBC solver.
case "$TARGET" in
  bookworm) ;;
  *) APT_PKGS="$APT_PKGS python3-numpy python3-scipy python3-skimage python3-pot python3-pulp \
coinor-cbc python3-highspy python3-statsmodels python3-pandas python3-pytest python3-sklearn \
python3-networkx python3-mapclassify python3-setuptools" ;;
esac

missing=""
for p in $APT_PKGS; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing="$missing $p"
done
if [ -n "$missing" ]; then
  echo "setup ($TARGET): installing Debian packages:$missing"
  SUDO=""; [ "$(id -u)" = 0 ] || SUDO=sudo
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq -o DPkg::Lock::Timeout=600 \
    --no-install-recommends $missing \
    > /tmp/ecoecon-apt.log 2>&1 || { tail -n 40 /tmp/ecoecon-apt.log >&2; exit 1; }
fi

want=$(cat requirements.txt requirements-plugin.txt "$CONSTRAINTS" | sha256sum | cut -d' ' -f1)
# ECOECON_VENV_CACHE (a folder outside the checkout; scripts/test.sh sets it for the host when
# it may write /var/cache/ecoecon): a checkout without its venv links it to the cached venv of
# the same requirements, made there once (a fresh clone then needs no pip run)
if [ -n "${ECOECON_VENV_CACHE:-}" ] && [ ! -e "$VENV" ] && [ ! -L "$VENV" ] \
   && mkdir -p "$ECOECON_VENV_CACHE" 2>/dev/null && [ -w "$ECOECON_VENV_CACHE" ]; then
  cached="$ECOECON_VENV_CACHE/$TARGET-${want:0:16}"
  exec 9> "$ECOECON_VENV_CACHE/.lock"
  flock 9   # one set-up at a time makes or completes a cached venv
  if [ ! -x "$cached/bin/python" ]; then
    echo "setup ($TARGET): creating the cached venv $cached"
    /usr/bin/python3 -m venv --system-site-packages "$cached"
  fi
  ln -s "$cached" "$VENV"
  # the three newest cached venvs stay
  for old in $(ls -1dt "$ECOECON_VENV_CACHE"/"$TARGET"-* 2>/dev/null | tail -n +4); do
    [ "$old" = "$cached" ] || rm -rf "$old"
  done
fi
if [ ! -x "$VENV/bin/python" ]; then
  echo "setup ($TARGET): creating $VENV"
  mkdir -p "$(dirname "$VENV")"
  /usr/bin/python3 -m venv --system-site-packages "$VENV"
fi
if [ "$(cat "$VENV/.ecoecon-setup.sha" 2>/dev/null || true)" != "$want" ]; then
  echo "setup ($TARGET): installing Python packages (requirements.txt, $CONSTRAINTS)"
  pip=("$VENV/bin/python" -m pip install -q --disable-pip-version-check)
  [ "$TARGET" = bookworm ] && "${pip[@]}" --upgrade pip
  "${pip[@]}" -r requirements.txt -c "$CONSTRAINTS"
  "$VENV/bin/python" -m pip check --disable-pip-version-check >/dev/null 2>&1 \
    || echo "setup ($TARGET): note: pip check reports conflicts (Debian's packages?):" \
         "$("$VENV/bin/python" -m pip check 2>&1 | head -n 5)" >&2
  echo "$want" > "$VENV/.ecoecon-setup.sha"
fi
exec 9>&-  # (the cache's lock, if taken)

qm=i18n/ecoecon_zh_CN.qm
if [ ! -f "$qm" ] || [ -n "$(find i18n/zh_CN -name '*.ts' -newer "$qm" 2>/dev/null)" ]; then
  # into a file of its own, then renamed: the matrix's set-ups may run at once on one checkout
  lrelease -silent i18n/zh_CN/*.ts -qm "$qm.$$.tmp" && mv -f "$qm.$$.tmp" "$qm"
fi

# The offline test of the in-QGIS package installer installs from a local wheelhouse (outside
# the repository, ~/.cache/ecoecon/wheelhouse); filled once, skipped with a note when offline.
"$VENV/bin/python" scripts/wheelhouse.py >/dev/null \
  || echo "setup: the wheelhouse could not be filled (offline?); the installer test will skip"
