#!/usr/bin/env bash
# Packaging: install into a temporary prefix and build a tiny program against
# the exported CMake package; check the man page and the bash completion are
# installed; build the Debian package and, as root, install it with dpkg, run
# /usr/bin/opgavesnit --version, find its man page, and remove it again.
# Uses the main build in build/ (tools/check.sh builds it first).
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$PWD
tmp=$(mktemp -d)
installed=""
cleanup() {
  if [ -n "$installed" ]; then dpkg -r opgavesnit >/dev/null 2>&1 || true; fi
  rm -rf "$tmp"
}
trap cleanup EXIT
say() { echo "package: $*" >&2; }
jobs=$(nproc 2>/dev/null || echo 2)

# 1. cmake --install into a prefix; find_package(opgavesnit) from outside.
cmake --install build --prefix "$tmp/prefix" >/dev/null
for f in bin/opgavesnit include/opgavesnit/load/loader.h include/opgavesnit/plan/plan.h share/man/man1/opgavesnit.1.gz \
         share/bash-completion/completions/opgavesnit; do
  [ -e "$tmp/prefix/$f" ] || { say "not installed: $f"; exit 1; }
done
# Private headers (beside a stage's sources) and the yaml-cpp edge stay out.
for f in "$tmp"/prefix/include/opgavesnit/*/*_internal.h "$tmp"/prefix/include/opgavesnit/plan/planner.h \
         "$tmp"/prefix/include/opgavesnit/plan/pair_graph.h "$tmp"/prefix/include/opgavesnit/yaml; do
  [ ! -e "$f" ] || { say "an internal header was installed: $f"; exit 1; }
done
for f in opgavesnitConfig.cmake opgavesnitConfigVersion.cmake opgavesnitTargets.cmake libopgavesnit_core.a libopgavesnit_load.a \
         libopgavesnit_plan.a libopgavesnit_report.a; do
  [ -n "$(find "$tmp/prefix" -name "$f")" ] || { say "not installed: $f"; exit 1; }
done
"$tmp/prefix/bin/opgavesnit" --version
cmake -S tests/package/consumer -B "$tmp/consumer" -DCMAKE_PREFIX_PATH="$tmp/prefix" \
  -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build "$tmp/consumer" -j "$jobs" >/dev/null
"$tmp/consumer/consumer"
say "installed into a prefix; a program built against find_package(opgavesnit) runs"

# 2. The man page renders (when man is there).
if command -v man >/dev/null; then
  man -l "$tmp/prefix/share/man/man1/opgavesnit.1.gz" 2>/dev/null | grep -q "opgavesnit import csv" \
    || { say "the man page does not render or lacks a command"; exit 1; }
fi

# 3. cpack -G DEB, with the dependencies dpkg-shlibdeps finds.
(cd build && cpack -G DEB -B "$tmp/deb" >/dev/null)
deb=$(ls "$tmp"/deb/opgavesnit_*.deb)
dpkg-deb -f "$deb" Package Version Depends >&2
dpkg-deb -f "$deb" Depends | grep -q "libyaml-cpp" || { say "Depends lacks libyaml-cpp"; exit 1; }
dpkg-deb -c "$deb" >"$tmp/contents"
for f in usr/bin/opgavesnit usr/share/man/man1/opgavesnit.1.gz \
         usr/share/bash-completion/completions/opgavesnit usr/include/opgavesnit/plan/plan.h; do
  grep -q "\./$f\$" "$tmp/contents" || { say "not in the package: /$f"; exit 1; }
done
say "built $(basename "$deb")"

# 4. dpkg -i (as root only: CI is root; a developer's machine is left alone).
if [ "$(id -u)" -ne 0 ]; then
  say "not root: skipping dpkg -i"
  exit 0
fi
if dpkg-query -W -f='${Status}' opgavesnit 2>/dev/null | grep -q "install ok installed"; then
  say "opgavesnit is already installed from a package: skipping dpkg -i, not touching it"
  exit 0
fi
installed=yes
dpkg -i "$deb" >/dev/null
/usr/bin/opgavesnit --version
/usr/bin/opgavesnit validate "$root/examples/quick-start"
# Minimal images exclude /usr/share/man from dpkg (path-exclude); then the
# package listing above is the check.
if [ -e /usr/share/man/man1/opgavesnit.1.gz ] && command -v man >/dev/null; then
  man -w opgavesnit
fi
dpkg -r opgavesnit >/dev/null
installed=""
[ ! -e /usr/bin/opgavesnit ] || { say "/usr/bin/opgavesnit is still there after dpkg -r"; exit 1; }
say "dpkg -i, opgavesnit --version from /usr/bin, dpkg -r: ok"
