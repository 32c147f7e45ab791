#!/usr/bin/env bash
# Debian chroots for the test matrix (QGIS 3.40 on Debian 13 "trixie", QGIS 3.44 on Debian
# unstable "sid"), built with debootstrap and cached OUTSIDE the repository.
#
#   scripts/chroot.sh build TARGET      make sure the chroot of TARGET is complete (idempotent)
#   scripts/chroot.sh run TARGET CMD..  run CMD (bash -c) in the checkout inside the chroot
#   scripts/chroot.sh shell TARGET      an interactive shell there
#   scripts/chroot.sh clean TARGET      delete the cached chroot
#   scripts/chroot.sh root TARGET       print where the chroot lives
#   scripts/chroot.sh deps -            install debootstrap on this machine if missing
#
# TARGET is a Debian suite: trixie or sid. Needs root (debootstrap, chroot, mount --bind).
#
# Cache: ${ECOECON_CHROOT_DIR:-/var/cache/ecoecon/chroots}/TARGET. Two stamp files say how far
# a chroot got: .ecoecon-base (debootstrap finished; holds suite and mirror - a different one
# rebuilds from nothing) and .ecoecon-ready (scripts/setup.sh finished inside; holds the hash of
# setup.sh, requirements*.txt and constraints/TARGET.txt - when they change, setup.sh runs again
# and installs what the new lists add; it is idempotent). A half-built chroot has no stamp and
# is rebuilt.
#
# Inside, the checkout is bind-mounted at /src/<name of the checkout> and ../shared beside it
# (the tests' reference data) at /src/shared, read-only; the test environment is the venv
# /opt/ecoecon/venv (ECOECON_VENV), made by scripts/setup.sh with the system site packages.
# Where `mount --bind` is not allowed, the working tree is copied into the chroot instead.
# Mounts are made in a mount namespace of the command's own (unshare), so concurrent runs do not
# see each other's; where that is refused, in the shared one. They are undone on every exit.
#
# Mirror: ECOECON_DEBIAN_MIRROR, else the Debian mirror of this machine's apt sources, else
# http://deb.debian.org/debian.
set -euo pipefail

REPO=$(cd "$(dirname "$0")/.." && pwd)
CACHE=${ECOECON_CHROOT_DIR:-/var/cache/ecoecon/chroots}
VENV_IN=/opt/ecoecon/venv

die() { echo "chroot.sh: $*" >&2; exit 1; }
log() { echo "chroot.sh: $*" >&2; }

mirror() {
  if [ -n "${ECOECON_DEBIAN_MIRROR:-}" ]; then echo "$ECOECON_DEBIAN_MIRROR"; return; fi
  local m
  m=$( { cat /etc/apt/sources.list.d/*.sources 2>/dev/null | awk '/^URIs:/{print $2}';
         cat /etc/apt/sources.list /etc/apt/sources.list.d/*.list 2>/dev/null |
           awk '$1=="deb"{for(i=2;i<=NF;i++) if($i ~ /^(http|https|file):/){print $i; break}}'; } |
       grep -E '/debian/?$' | head -n1 || true)
  echo "${m:-http://deb.debian.org/debian}"
}

ready_hash() {
  local t=$1
  cat "$REPO/scripts/setup.sh" "$REPO"/requirements*.txt "$REPO/constraints/$t.txt" \
    2>/dev/null | sha256sum | cut -d' ' -f1
}

ensure_debootstrap() {
  command -v debootstrap >/dev/null && return
  log "installing debootstrap"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq -o DPkg::Lock::Timeout=600 \
    --no-install-recommends debootstrap \
    >/dev/null
}

build_base() {
  local t=$1 root="$CACHE/$1" m want
  m=$(mirror)
  want="suite=$t mirror=$m variant=minbase"
  if [ "$(cat "$root/.ecoecon-base" 2>/dev/null || true)" = "$want" ]; then return; fi
  ensure_debootstrap
  log "$t: debootstrap from $m (a minute or two)"
  remove_tree "$root" "$root.tmp"
  mkdir -p "$CACHE"
  debootstrap --variant=minbase --include=ca-certificates "$t" "$root.tmp" "$m" \
    > "$CACHE/$t.debootstrap.log" 2>&1 \
    || { tail -n 30 "$CACHE/$t.debootstrap.log" >&2; die "$t: debootstrap failed"; }
  # no services start inside the chroot
  printf '#!/bin/sh\nexit 101\n' > "$root.tmp/usr/sbin/policy-rc.d"
  chmod +x "$root.tmp/usr/sbin/policy-rc.d"
  # keep the chroot lean: no documentation, no man pages
  cat > "$root.tmp/etc/dpkg/dpkg.cfg.d/01-ecoecon-nodoc" <<'EOF'
path-exclude=/usr/share/doc/*
path-include=/usr/share/doc/*/copyright
path-exclude=/usr/share/man/*
path-exclude=/usr/share/info/*
EOF
  echo 'APT::Install-Recommends "false";' > "$root.tmp/etc/apt/apt.conf.d/01-ecoecon-norecommends"
  # a mirror may be a frozen snapshot whose Release files are past their Valid-Until date
  echo 'Acquire::Check-Valid-Until "false";' > "$root.tmp/etc/apt/apt.conf.d/01-ecoecon-snapshot"
  echo "$want" > "$root.tmp/.ecoecon-base"
  mv "$root.tmp" "$root"
}

# --- mounts ----------------------------------------------------------------------------------
MOUNTED=()
umount_all() {  # $1: chroot root; unmounts everything below it, deepest first
  local root=$1 p
  for p in $(awk -v r="$root/" 'index($2, r)==1 {print $2}' /proc/mounts | sort -r); do
    umount "$p" 2>/dev/null || umount -l "$p" 2>/dev/null || true
  done
}
remove_tree() {  # rm -rf a chroot, refusing while anything is still mounted below it (a bind
  # mount of the checkout is the same file system: rm would delete the user's files)
  local d
  for d in "$@"; do
    [ -e "$d" ] || continue
    umount_all "$d"
    if awk -v r="$d/" 'index($2, r)==1 {found=1} END {exit !found}' /proc/mounts; then
      die "$d still has mounts below it; unmount them, then retry"
    fi
    rm -rf --one-file-system "$d"
  done
}
cleanup() { [ -n "${ROOT_MOUNTED:-}" ] && umount_all "$ROOT_MOUNTED"; return 0; }
trap cleanup EXIT
trap 'exit 130' INT TERM

SRC_IN=""
mount_all() {  # $1: target; bind-mounts /proc /dev /sys, the checkout and ../shared
  local t=$1 root="$CACHE/$1" name shared
  ROOT_MOUNTED=$root
  umount_all "$root"
  mount -t proc proc "$root/proc"
  mount --rbind /dev "$root/dev" && mount --make-rslave "$root/dev"
  mount -t sysfs sysfs "$root/sys" 2>/dev/null || true
  mkdir -p "$root/tmp" && chmod 1777 "$root/tmp"
  cp -L /etc/resolv.conf "$root/etc/resolv.conf" 2>/dev/null || true
  name=$(basename "$REPO")
  SRC_IN=/src/$name
  mkdir -p "$root$SRC_IN" "$root/src/shared"
  if mount --bind "$REPO" "$root$SRC_IN" 2>/dev/null; then
    :
  else
    log "$t: mount --bind refused; copying the working tree into the chroot"
    mountpoint -q "$root$SRC_IN" && die "$root$SRC_IN is a mount point; not copying over it"
    rm -rf --one-file-system "$root$SRC_IN" && mkdir -p "$root$SRC_IN"
    tar -C "$REPO" --exclude=./.venv --exclude=./.git -cf - . | tar -C "$root$SRC_IN" -xf -
  fi
  shared=$(cd "$REPO/.." && pwd)/shared
  if [ -d "$shared" ]; then
    mount --bind "$shared" "$root/src/shared" 2>/dev/null \
      && mount -o remount,bind,ro "$root/src/shared" 2>/dev/null \
      || { [ -n "$(ls -A "$root/src/shared" 2>/dev/null)" ] || cp -a "$shared/." "$root/src/shared/"; }
  fi
}

trust_host_cas() {  # the host's own CA certificates (e.g. a TLS-inspecting proxy) for pip
  local root="$CACHE/$1" f changed=""
  [ -d /usr/local/share/ca-certificates ] || return 0
  mkdir -p "$root/usr/local/share/ca-certificates"
  for f in /usr/local/share/ca-certificates/*.crt; do
    [ -f "$f" ] || continue
    cmp -s "$f" "$root/usr/local/share/ca-certificates/$(basename "$f")" && continue
    cp "$f" "$root/usr/local/share/ca-certificates/" && changed=1
  done
  [ -z "$changed" ] || chroot "$root" update-ca-certificates >/dev/null 2>&1 || true
}

in_chroot() {  # $1: target, rest: bash -c command run in the checkout
  local t=$1; shift
  chroot "$CACHE/$t" /usr/bin/env -i HOME=/root TERM="${TERM:-dumb}" LANG=C.UTF-8 \
    PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
    DEBIAN_FRONTEND=noninteractive CI="${CI:-}" ECOECON_VENV=$VENV_IN \
    PIP_CERT=/etc/ssl/certs/ca-certificates.crt PIP_DISABLE_PIP_VERSION_CHECK=1 \
    ${PIP_INDEX_URL:+PIP_INDEX_URL="$PIP_INDEX_URL"} \
    ECOECON_SKIP_APT_UPDATE="${ECOECON_SKIP_APT_UPDATE:-}" \
    bash -c "cd '$SRC_IN' && $*"
}

build() {
  local t=$1 root="$CACHE/$1" want
  [ "$(id -u)" = 0 ] || die "needs root (debootstrap, chroot, mount)"
  [ -f "$REPO/constraints/$t.txt" ] || die "no constraints/$t.txt: unknown target '$t'"
  build_base "$t"
  want=$(ready_hash "$t")
  if [ "$(cat "$root/.ecoecon-ready" 2>/dev/null || true)" = "$want" ]; then return; fi
  rm -f "$root/.ecoecon-ready"
  mount_all "$t"
  trust_host_cas "$t"
  log "$t: scripts/setup.sh inside the chroot (Debian packages, venv)"
  in_chroot "$t" "bash scripts/setup.sh"
  chroot "$root" apt-get clean   # the downloaded .deb files (about 0.6 GB)
  echo "$want" > "$root/.ecoecon-ready"
  umount_all "$root"; ROOT_MOUNTED=""
}

private_mounts() {  # "$@": re-run this script in a mount namespace of its own, where one exists
  # Its mounts (/proc, /dev, /sys, the checkout) are then invisible outside and vanish with it:
  # runs of several checkouts or versions at the same time (scripts/test.sh runs the chroots
  # in parallel) never unmount each other's. Without unshare: the shared namespace, as before.
  [ -z "${ECOECON_CHROOT_NS:-}" ] || return 0
  command -v unshare >/dev/null 2>&1 || return 0
  unshare -m --propagation private true 2>/dev/null || return 0
  ECOECON_CHROOT_NS=1 exec unshare -m --propagation private bash "$REPO/scripts/chroot.sh" "$@"
}

main() {
cmd=${1:-}; t=${2:-}
[ -n "$cmd" ] && [ -n "$t" ] || die "usage: chroot.sh build|run|shell|clean TARGET [CMD...]"
case "$cmd" in build|run|shell) private_mounts "$@" ;; esac
case "$cmd" in
  deps) ensure_debootstrap ;;
  build) build "$t" ;;
  base) build_base "$t" ;;
  root) echo "$CACHE/$t" ;;
  run)
    shift 2
    build "$t"
    mount_all "$t"
    in_chroot "$t" "$*"
    ;;
  shell)
    build "$t"; mount_all "$t"
    chroot "$CACHE/$t" /bin/bash -c "cd '$SRC_IN' && exec bash -i"
    ;;
  clean)
    remove_tree "$CACHE/$t" "$CACHE/$t.tmp"
    ;;
  *) die "unknown command $cmd" ;;
esac
}

main "$@"
