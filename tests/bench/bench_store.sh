#!/usr/bin/env bash
# The store benchmark of issue 5, end to end:
#   1. khulasa_bench_store builds a profile with ARTICLES articles (half Arabic) through the refresh
#      path and reports the insert rate, search p50/p95 (Arabic, English) and list query times;
#   2. khulasa_bench_articlelist scrolls every view of that profile to its end and reports the
#      longest store query run on the UI thread;
#   3. the app is started on that profile under Xvfb: time until the main window (with the
#      article list, loaded before the window shows) is mapped, and the app's peak memory.
#   tests/bench/bench_store.sh [BUILD_DIR] [ARTICLES] [RUNS]
# Needs (GUI part): xvfb xdotool time. Reuses WORK/khulasa.db when it exists (WORK: $KHULASA_BENCH_WORK or a temp dir).
set -euo pipefail
build_dir="${1:-build}"
articles="${2:-100000}"
runs="${3:-30}"
work="${KHULASA_BENCH_WORK:-$(mktemp -d)}"
mkdir -p "$work/profile"
db="$work/profile/khulasa.db"

echo "== store ($articles articles, $db)"
"$build_dir/tests/bench/khulasa_bench_store" "$db" "$articles" "$runs"

if [ -x "$build_dir/tests/bench/khulasa_bench_articlelist" ]; then
    echo "== article list (UI-thread queries)"
    QT_QPA_PLATFORM=offscreen "$build_dir/tests/bench/khulasa_bench_articlelist" "$db"
fi

app="$build_dir/khulasa"
if [ -x "$app" ] && command -v Xvfb >/dev/null && command -v xdotool >/dev/null; then
    echo "== app start-up with this profile"
    display=":$((RANDOM % 500 + 200))"
    Xvfb "$display" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
    xvfb_pid=$!
    trap 'kill $xvfb_pid 2>/dev/null || true' EXIT
    sleep 1
    export DISPLAY="$display" QTWEBENGINE_DISABLE_SANDBOX=1
    printf 'run\twindow_ms\tpeak_rss_mb\n'
    for run in 1 2 3; do
        start=$(date +%s%N)
        /usr/bin/time -v -o "$work/time-$run.txt" "$app" --profile "$work/profile" --no-refresh >/dev/null 2>&1 &
        pid=$!
        xdotool search --sync --onlyvisible --name '^(Khulasa|خلاصة)' >/dev/null
        mapped=$(date +%s%N)
        sleep 3
        pkill -TERM -P "$pid" -x khulasa || true
        wait "$pid" 2>/dev/null || true
        rss_kb=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$work/time-$run.txt")
        printf '%s\t%d\t%d\n' "$run" $(( (mapped - start) / 1000000 )) $(( rss_kb / 1024 ))
    done
fi
