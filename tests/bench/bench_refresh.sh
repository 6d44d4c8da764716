#!/usr/bin/env bash
# Refresh benchmark of khulasa-cli beside newsboat on the shared corpus (500 feeds x 50 items,
# local server with 20 ms latency): cold refresh into an empty profile, then unchanged (all 304).
#   tests/bench/bench_refresh.sh [BUILD_DIR] [RUNS]
# Uses ../shared/bench (read-only) through a writable copy in $BENCH_WORK (default /tmp/khulasa-bench);
# its setup.sh installs newsboat and the other peers from Debian (root or sudo needed).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
build="$(cd "${1:-$here/build}" && pwd)"
runs="${2:-3}"
shared="${KHULASA_SHARED:-$here/../shared}/bench"
work="${BENCH_WORK:-/tmp/khulasa-bench}"
[ -x "$build/khulasa-cli" ] || { echo "no khulasa-cli in $build" >&2; exit 2; }
if [ ! -d "$work/bench" ]; then
    mkdir -p "$work" && cp -r "$shared" "$work/bench" && chmod -R u+w "$work/bench"
fi
cd "$work/bench"
command -v newsboat >/dev/null || ./setup.sh
[ -f corpus/feeds.opml ] || ./gen_corpus.py
KHULASA_BIN="$build" ./bench_refresh.sh -n "$runs" khulasa newsboat-4threads newsboat
echo "results: $work/bench/results (newest folder)"
