#!/usr/bin/env bash
# Builds the .deb, installs it with apt-get as a person would, and runs the installed program's command line:
# `practice-workbook --version` and `practice-workbook packs list` must both work. For CI on Debian, as root; fails
# on the first thing that does not work.
set -euo pipefail
cd "$(dirname "$0")/../.."

# What jpackage needs to make a .deb (fakeroot, dpkg-deb, objcopy), what the build's check uses
# (desktop-file-validate), and Xvfb for the build's training run of the AOT cache.
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends fakeroot dpkg-dev binutils desktop-file-utils xvfb xauth >/dev/null

started=$SECONDS
./mvnw -q -Pinstaller package -DskipTests
echo "install-and-run: the installer took $((SECONDS - started)) s to build"

deb=$(ls target/installer/practice-workbook_*.deb)
echo "install-and-run: $(basename "$deb"), $(du -m "$deb" | cut -f1) MB"
# --reinstall: the same version may already be installed from an earlier run, and that copy must not be tested.
apt-get install -y -qq --reinstall "./$deb" >/dev/null

expected="Practice Workbook $(dpkg-query -W -f='${Version}' practice-workbook)"
version=$(practice-workbook --version)
if [ "$version" != "$expected" ]; then
  echo "install-and-run: 'practice-workbook --version' printed '$version', not '$expected'" >&2
  exit 1
fi
workbook=$(mktemp -d)/ci-workbook
packs=$(practice-workbook --workbook "$workbook" packs list)
if ! grep -q '^capacity ' <<<"$packs"; then
  echo "install-and-run: 'practice-workbook packs list' did not list the bundled packs:" >&2
  echo "$packs" >&2
  exit 1
fi
# The AOT cache trained at build time must still be usable where the package put it (an unusable one is ignored).
if ! JAVA_TOOL_OPTIONS=-Xlog:aot practice-workbook --version 2>&1 | grep -q 'Using AOT-linked classes: true'; then
  echo "install-and-run: the installed program does not use its AOT cache; see JAVA_TOOL_OPTIONS=-Xlog:aot practice-workbook --version" >&2
  exit 1
fi
# The installed program must open its window too (a module jlink left out shows only there), under Xvfb: once to make
# a workbook, then again as most starts are. Its first frame is printed for the record, never judged: CI machines are
# shared, and a timed check would fail on a busy one (installer/linux/startup-benchmark.sh measures it properly).
probe=$(mktemp -d)
trap 'rm -rf "$probe"' EXIT
start_window() {
  # 5 minutes at most: a window that never sees its workbook open must fail CI, not hang it.
  XDG_DATA_HOME="$probe/data" xvfb-run -a -s "-screen 0 1280x800x24" \
    timeout 300 practice-workbook --workbook "$probe/workbook" --startup-probe 2>&1
}
if ! first=$(start_window) || ! second=$(start_window) || ! grep -q '^first-frame-ms: ' <<<"$second"; then
  echo "install-and-run: the installed program did not open its window and workbook:" >&2
  echo "${first:-}${second:-}" >&2
  exit 1
fi
echo "install-and-run: the installed program opened its window and workbook; $(grep '^first-frame-ms: ' <<<"$second") (load average $(cut -d' ' -f1 /proc/loadavg))"
echo "install-and-run: the installed practice-workbook runs: '$version', and packs list shows $(($(wc -l <<<"$packs") - 1)) packs; its AOT cache is in use"
