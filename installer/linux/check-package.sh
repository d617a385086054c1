#!/usr/bin/env bash
# Checks a built .deb before anyone installs it: its desktop entry passes desktop-file-validate, it names GTK 3
# among its dependencies, and it carries the pom's version. Run by ./mvnw -Pinstaller package on Linux.
# Usage: installer/linux/check-package.sh FOLDER VERSION   (checks FOLDER/practice-workbook_VERSION*.deb)
set -euo pipefail
folder=$1 version=$2
deb=$(find "$folder" -maxdepth 1 -name "practice-workbook_${version}[-_]*.deb" | head -n 1)
if [ -z "$deb" ]; then
  echo "check-package: no practice-workbook_${version}*.deb in $folder" >&2
  exit 1
fi

if ! command -v desktop-file-validate >/dev/null; then
  echo "check-package: desktop-file-validate is missing; install it with: apt-get install desktop-file-utils" >&2
  exit 1
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
dpkg-deb --extract "$deb" "$work/root"
dpkg-deb --control "$deb" "$work/control"

desktop=$(find "$work/root" -type f -name '*.desktop')
if [ -z "$desktop" ]; then
  echo "check-package: $deb has no desktop entry, so the program would not be in the applications menu" >&2
  exit 1
fi
# desktop-file-validate prints hints too; any line it prints is treated as a failure, so the entry stays clean.
report=$(desktop-file-validate "$desktop" 2>&1) || true
if [ -n "$report" ]; then
  echo "check-package: the desktop entry $(basename "$desktop") does not pass desktop-file-validate:" >&2
  echo "$report" >&2
  exit 1
fi
if ! grep -q '^Depends:.*\blibgtk-3-0\b' "$work/control/control"; then
  echo "check-package: $deb does not depend on libgtk-3-0, which JavaFX needs to open a window" >&2
  exit 1
fi
if ! grep -Eq "^Version: ${version//./\\.}(-|$)" "$work/control/control"; then
  echo "check-package: $deb has $(grep '^Version:' "$work/control/control"), not the pom's version $version" >&2
  exit 1
fi
echo "check-package: $(basename "$deb") is good: desktop entry valid, depends on GTK 3, version $version"
