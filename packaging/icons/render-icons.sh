#!/bin/sh
# Regenerates the hicolor PNGs from the SVG sources (run after editing an icon; the PNGs are committed).
# 16-24 px come from the simplified small-size drawing, the rest from the main icon.
# Needs rsvg-convert (Debian: librsvg2-bin).
set -eu
cd "$(dirname "$0")"
for size in 16 22 24 32 48 64 128 256 512; do
    src=org.khulasa.Khulasa.svg
    [ "$size" -le 24 ] && src=org.khulasa.Khulasa-small.svg
    mkdir -p "$size"
    rsvg-convert --width "$size" --height "$size" --format png "$src" --output "$size/org.khulasa.Khulasa.png"
done
cp org.khulasa.Khulasa.svg ../../resources/icons/khulasa.svg
