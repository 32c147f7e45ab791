#!/usr/bin/env bash
# Set-up for a fresh Debian 12 machine, idempotent and quick when everything is there:
#   1. Debian packages: QGIS 3.22 (python3-qgis, qgis-providers, qgis for qgis_process.bin),
#      Xvfb for the desktop smoke test, pyqt5-dev-tools / qttools5-dev-tools (pylupdate5,
#      lrelease) for the translations, grass-core (r.cost, the cost-distance reference),
#      a CJK font (fonts-wqy-microhei) so screenshots of the Chinese dialogs are legible.
#   2. .venv made from /usr/bin/python3 with --system-site-packages (so the QGIS and GDAL
#      bindings are visible) and the pinned requirements.txt (numpy < 2).
#   3. The zh_CN translation compiled with lrelease into i18n/ecoecon_zh_CN.qm.
set -euo pipefail
cd "$(dirname "$0")/.."

APT_PKGS="python3-qgis qgis-providers qgis python3-venv python3-pip xvfb xauth \
pyqt5-dev-tools qttools5-dev-tools grass-core fonts-wqy-microhei"
missing=""
for p in $APT_PKGS; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing="$missing $p"
done
if [ -n "$missing" ]; then
  echo "setup: installing Debian packages:$missing"
  SUDO=""; [ "$(id -u)" = 0 ] || SUDO=sudo
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends $missing
fi

if [ ! -x .venv/bin/python ]; then
  echo "setup: creating .venv"
  /usr/bin/python3 -m venv --system-site-packages .venv
fi
want=$(sha256sum requirements.txt | cut -d' ' -f1)
if [ "$(cat .venv/.requirements.sha 2>/dev/null || true)" != "$want" ]; then
  echo "setup: installing Python packages (requirements.txt)"
  .venv/bin/python -m pip install -q --disable-pip-version-check --upgrade pip
  .venv/bin/python -m pip install -q --disable-pip-version-check -r requirements.txt
  echo "$want" > .venv/.requirements.sha
fi

qm=i18n/ecoecon_zh_CN.qm
if [ ! -f "$qm" ] || [ -n "$(find i18n/zh_CN -name '*.ts' -newer "$qm" 2>/dev/null)" ]; then
  lrelease -silent i18n/zh_CN/*.ts -qm "$qm"
fi

# The offline test of the in-QGIS package installer installs from a local wheelhouse (outside
# the repository, ~/.cache/ecoecon/wheelhouse); filled once, skipped with a note when offline.
.venv/bin/python scripts/wheelhouse.py >/dev/null \
  || echo "setup: the wheelhouse could not be filled (offline?); the installer test will skip"
