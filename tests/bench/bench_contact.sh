#!/bin/bash
# Contact discovery cost: `khulasa-cli discover-contact` on generated home pages of the size the app
# reads (2 MB: a news front page with 8 000 article cards, a chat widget's settings, footer links),
# on a hostile page (400 000 nested elements, which the nesting bound cuts short) and on a small
# 60 KB page (a typical front page). Prints the median wall time of RUNS runs each.
#
#   tests/bench/bench_contact.sh [-n RUNS] [-b BUILD_DIR]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
src=$(cd "$here/../.." && pwd)
RUNS=7 BUILD=${KHULASA_BUILD:-$src/build}
while [ $# -gt 0 ]; do
    case $1 in
        -n) RUNS=$2; shift 2 ;;
        -b) BUILD=$2; shift 2 ;;
        -h|--help) sed -n '2,8p' "$0"; exit 0 ;;
        *) echo "unknown argument $1" >&2; exit 2 ;;
    esac
done
CLI=$BUILD/khulasa-cli
[ -x "$CLI" ] || { echo "no $CLI: build the project first" >&2; exit 1; }
work=$(mktemp -d "${TMPDIR:-/tmp}/khulasa-bench-contact.XXXXXX")
trap 'rm -rf "$work"' EXIT

python3 - "$work" "$src/tests/data/contact/joinchat.html" <<'PY'
import sys
work, fixture = sys.argv[1], sys.argv[2]
widget = open(fixture, encoding="utf-8").read()
head, body = widget.split("<body>", 1)
def page(cards):
    card = ('<div class="card"><a href="/news/{i}/">خبر رقم {i}: ارتفاع أسعار النفط ٣٪ في تعاملات الأحد</a>'
            '<span class="date">2026-11-29</span><p>سعر البرميل 82.5 دولار ورقم الطلب 2026112{i}.</p></div>\n')
    return head + "<body>" + "".join(card.format(i=i) for i in range(cards)) + body
open(f"{work}/front-2mb.html", "w", encoding="utf-8").write(page(8000))
open(f"{work}/front-60kb.html", "w", encoding="utf-8").write(page(230))
open(f"{work}/nested.html", "w").write("<html><body>" + "<div><b>" * 200000 + "</body></html>")
PY

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
for page in front-60kb front-2mb nested; do
    file=$work/$page.html
    size=$(stat -c %s "$file")
    times=$(for _ in $(seq "$RUNS"); do
        start=$(date +%s%N)
        "$CLI" discover-contact "$file" --url https://alwaha.example/ --json > "$work/out.json"
        echo $(( ($(date +%s%N) - start) / 1000000 ))
    done | median)
    channels=$(python3 -c "import json,sys; print(len(json.load(open(sys.argv[1]))['channels']))" "$work/out.json")
    printf '%-11s %9d bytes  median %5d ms  (%d runs, %d channels found)\n' "$page" "$size" "$times" "$RUNS" "$channels"
done
