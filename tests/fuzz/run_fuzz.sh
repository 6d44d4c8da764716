#!/bin/bash
# Runs one libFuzzer target for a while, niced, with its seeds and dictionary; findings are kept
# (fork mode: the run goes on after a crash) in WORK/artifacts, the log in WORK/TARGET.log.
#
#   tests/fuzz/run_fuzz.sh TARGET SECONDS [FUZZ_BUILD_DIR] [WORK_DIR]
#   TARGET: feedparser | sanitizer | dateparser | extractor
#
# Build first: CXX=clang++ cmake -S tests/fuzz -B FUZZ_BUILD_DIR -G Ninja && cmake --build FUZZ_BUILD_DIR
# A finding, once fixed, is minimised (TARGET -minimize_crash=1 -runs=10000 FILE) and committed under
# tests/fuzz/regressions/TARGET/, where tst_fuzz_replay (CTest) replays it on every build.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
target=${1:?target}; seconds=${2:?seconds}
build=${3:-$here/../../../build-fuzz}
work=${4:-$(mktemp -d "${TMPDIR:-/tmp}/khulasa-fuzz.XXXXXX")}
mkdir -p "$work/corpus-$target" "$work/artifacts"
case $target in
    feedparser) seeds=("$here/../data/feeds" "$here/regressions/feedparser") ;;
    sanitizer) seeds=("$here/seeds/sanitizer" "$here/../data/feeds" "$here/regressions/sanitizer") ;;
    dateparser) seeds=("$here/seeds/dateparser" "$here/regressions/dateparser") ;;
    extractor) seeds=("$here/../data/pages") ;;
    *) echo "unknown target $target" >&2; exit 2 ;;
esac
for s in "${seeds[@]}"; do find "$s" -type f -exec cp {} "$work/corpus-$target/" \; ; done
echo "fuzzing $target for $seconds s; log: $work/$target.log"
nice -n 19 "$build/fuzz_$target" -max_total_time="$seconds" -rss_limit_mb=2048 -fork=1 -ignore_crashes=1 \
    -artifact_prefix="$work/artifacts/$target-" -dict="$here/feed.dict" "$work/corpus-$target" \
    >"$work/$target.log" 2>&1 || true
grep -E '^#[0-9]+' "$work/$target.log" | tail -1
ls "$work/artifacts" | grep "^$target-" || echo "no findings"
