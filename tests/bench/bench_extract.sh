#!/bin/bash
# Full-article extraction benchmark (issue 7: a 500 KB page in under 20 ms), on one pinned CPU.
#   tests/bench/bench_extract.sh [BUILD_DIR] [RUNS] [PAGE.html URL]
# Without a page, khulasa_bench_extract builds a ~500 KB Arabic news page from the fixtures.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
build=${1:-$here/../../build}
runs=${2:-201}
bench=$build/tests/bench/khulasa_bench_extract
[ -x "$bench" ] || { echo "no $bench: cmake --build $build --target khulasa_bench_extract" >&2; exit 1; }
shift $(( $# > 2 ? 2 : $# ))
exec taskset -c 0 "$bench" "$@" --runs "$runs"
