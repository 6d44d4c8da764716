#!/bin/bash
# Parse throughput of khulasa-cli beside the peers, measured in the same run, on the shared bench's
# corpus (issue 3): python3-feedparser, Qt's QXmlStreamReader (buffer and streaming), pugixml.
#
#   tests/bench/bench_parse.sh [-n RUNS] [-b BUILD_DIR] [--no-setup]
#
# BUILD_DIR (default: ../build beside the source tree) must hold khulasa-cli, and
# tests/bench/khulasa_bench_parse for the per-stage split. The shared bench folder is read-only:
# it is copied to a temporary folder first, set up there (setup.sh needs root for apt-get; with
# --no-setup only the C++ anchors are built) and its corpus generated (~8 s).
# Output: the bench's own summary tables (one pinned CPU, then both CPUs for khulasa-cli and
# feedparser), then the stage split and the 500-small-feeds figures, all from this one run.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
src=$(cd "$here/../.." && pwd)
RUNS=5 BUILD=${KHULASA_BUILD:-$src/../build} SETUP=1
while [ $# -gt 0 ]; do
    case $1 in
        -n) RUNS=$2; shift 2 ;;
        -b) BUILD=$2; shift 2 ;;
        --no-setup) SETUP=0; shift ;;
        -h|--help) sed -n '2,14p' "$0"; exit 0 ;;
        *) echo "unknown argument $1" >&2; exit 2 ;;
    esac
done
BUILD=$(cd "$BUILD" && pwd)
CLI=$BUILD/khulasa-cli
[ -x "$CLI" ] || CLI=$BUILD/src/cli/khulasa-cli
STAGES=${KHULASA_BENCH_STAGES:-$BUILD/tests/bench/khulasa_bench_parse}
[ -x "$CLI" ] || { echo "no $CLI: build the project first" >&2; exit 1; }
SHARED=${SHARED_BENCH:-$src/../shared/bench}
[ -d "$SHARED" ] || { echo "no shared bench at $SHARED (set SHARED_BENCH)" >&2; exit 1; }

work=$(mktemp -d "${TMPDIR:-/tmp}/khulasa-bench.XXXXXX")
trap 'rm -rf "$work"' EXIT
cp -r "$SHARED" "$work/bench"
chmod -R u+w "$work/bench"
cd "$work/bench"
if [ "$SETUP" = 1 ]; then
    ./setup.sh >"$work/setup.log" 2>&1 || { echo "setup.sh failed, see below" >&2; tail -20 "$work/setup.log" >&2; exit 1; }
else
    ./parse/build.sh >"$work/setup.log" 2>&1
fi
./gen_corpus.py >"$work/corpus.log" 2>&1
BIG=$work/bench/corpus/big/big.xml

# The CLI's JSON goes to /dev/null: written in full, but not kept 5 times in the results folder.
cat >"$work/khulasa-parse.sh" <<WRAP
#!/bin/sh
exec "$CLI" parse "\$1" >/dev/null
WRAP
chmod +x "$work/khulasa-parse.sh"

echo "== big feed, one pinned CPU (the bench's default), $RUNS runs; ratios to feedparser"
RATIO_TO=feedparser ./bench_parse.sh -n "$RUNS" --only pugixml,qt6-xmlstream,qt6-xmlstream-device,feedparser,khulasa \
    khulasa="$work/khulasa-parse.sh" >"$work/one-cpu.log" 2>&1 || true
cat "$(ls -d results/*-parse | tail -1)/summary.md"
echo
echo "== big feed, both CPUs (khulasa-cli sanitises on a second thread), $RUNS runs"
BENCH_CPU=0,1 RATIO_TO=feedparser ./bench_parse.sh -n "$RUNS" --only feedparser,khulasa \
    khulasa="$work/khulasa-parse.sh" >"$work/two-cpu.log" 2>&1 || true
cat "$(ls -d results/*-parse | tail -1)/summary.md"

if [ -x "$STAGES" ]; then
    echo
    echo "== khulasa stages on the big feed (in-process, median of $RUNS)"
    "$STAGES" "$BIG" "$RUNS"
    echo
    echo "== the 500 small feeds (in-process, every file, median of 3)"
    "$STAGES" "$work/bench/corpus/feeds" 3
    /usr/bin/python3 - "$work/bench/corpus/feeds" <<'PY'
import glob, sys, time
import feedparser
files = sorted(f for f in glob.glob(sys.argv[1] + '/*') if f.endswith(('.xml', '.json')))
data = [open(f, 'rb').read() for f in files]
t0 = time.perf_counter()
for d in data:
    feedparser.parse(d)
s = time.perf_counter() - t0
n = sum(map(len, data))
print("feedparser  %8.1f MB/s  (%.3f s, %d feeds, %.1f MB)" % (n / 1e6 / s, s, len(files), n / 1e6))
PY
else
    echo "(no $STAGES: add add_subdirectory(bench) to tests/CMakeLists.txt for the stage split)"
fi
