#!/usr/bin/env bash
# Start-up benchmark of the desktop app under Xvfb: time from launch until the main window is
# mapped, and peak memory of the app process (/usr/bin/time -v), over RUNS launches with a fresh
# profile each time (first run: welcome article and default feeds; no refresh, so no network).
#   tests/bench/app_startup.sh [BUILD_DIR] [RUNS]
# Needs: xvfb xdotool time (Debian packages).
set -euo pipefail
build_dir="${1:-build}"
runs="${2:-5}"
app="$build_dir/khulasa"
[ -x "$app" ] || { echo "no app at $app" >&2; exit 2; }
for tool in Xvfb xdotool /usr/bin/time; do command -v "$tool" >/dev/null || { echo "missing $tool" >&2; exit 2; }; done

display=":$((RANDOM % 500 + 200))"
Xvfb "$display" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
xvfb_pid=$!
work="$(mktemp -d)"
trap 'kill $xvfb_pid 2>/dev/null; rm -rf "$work"' EXIT
sleep 1
export DISPLAY="$display" QTWEBENGINE_DISABLE_SANDBOX=1

printf 'run\twindow_ms\tpeak_rss_mb\n'
for run in $(seq 1 "$runs"); do
    profile="$work/profile-$run"
    start=$(date +%s%N)
    /usr/bin/time -v -o "$work/time-$run.txt" "$app" --profile "$profile" --no-refresh >/dev/null 2>&1 &
    pid=$!
    xdotool search --sync --onlyvisible --name '^(Khulasa|خلاصة)' >/dev/null
    mapped=$(date +%s%N)
    sleep 3 # let the first article list and the empty pane settle before measuring memory
    pkill -TERM -P "$pid" -x khulasa || true
    wait "$pid" 2>/dev/null || true
    rss_kb=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$work/time-$run.txt")
    printf '%s\t%d\t%d\n' "$run" $(( (mapped - start) / 1000000 )) $(( rss_kb / 1024 ))
done
