#!/usr/bin/env bash
# Makes every icon file from practice-workbook.svg: the PNGs, the Windows .ico and the macOS .icns.
# Run it after changing the SVG, and commit what it writes; the build only reads the results.
# Needs Debian's librsvg2-bin (rsvg-convert), icoutils (icotool) and icnsutils (png2icns):
#   apt-get install librsvg2-bin icoutils icnsutils
set -euo pipefail
cd "$(dirname "$0")"

for tool in rsvg-convert icotool png2icns; do
  if ! command -v "$tool" >/dev/null; then
    echo "icons/build.sh: $tool is missing; install it with: apt-get install librsvg2-bin icoutils icnsutils" >&2
    exit 1
  fi
done

name=practice-workbook
sizes=(16 32 48 64 128 256 512)
mkdir -p png
for size in "${sizes[@]}"; do
  rsvg-convert --width "$size" --height "$size" --output "png/$name-$size.png" "$name.svg"
done

# Windows: the small sizes as bitmaps, 256 px as a PNG inside the file (how Windows Vista and later expect it).
icotool --create --output "$name.ico" \
  png/$name-16.png png/$name-32.png png/$name-48.png png/$name-64.png png/$name-128.png \
  --raw=png/$name-256.png

# macOS: the sizes the .icns format has slots for (it has none for 64 px).
png2icns "$name.icns" \
  png/$name-16.png png/$name-32.png png/$name-48.png png/$name-128.png png/$name-256.png png/$name-512.png >/dev/null

echo "icons/build.sh: wrote png/$name-{$(IFS=,; echo "${sizes[*]}")}.png, $name.ico and $name.icns"
