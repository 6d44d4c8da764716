#!/usr/bin/env bash
# Sync benchmark: khulasa-cli against the test Google Reader API server (tests/sync) on 127.0.0.1.
#   tests/bench/bench_sync.sh [BUILD_DIR] [RUNS] [FEEDS] [ITEMS]
# Each run: a fresh profile and a fresh server with FEEDS subscriptions (default 500) and ITEMS items
# (default 10000); times the first sync (target < 10 s) and then a sync with nothing new (< 1 s).
# The password lives in a throw-away gnome-keyring on a private D-Bus session, as in the tests.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
build="$(cd "${1:-$here/build}" && pwd)"
runs="${2:-3}"
feeds="${3:-500}"
items="${4:-10000}"
cli="$build/khulasa-cli"
server_bin="$build/tests/sync/khulasa_greader_server"
[ -x "$cli" ] && [ -x "$server_bin" ] || { echo "build khulasa-cli and khulasa_greader_server in $build first" >&2; exit 2; }

if [ -z "${KHULASA_BENCH_IN_KEYRING:-}" ]; then
    export KHULASA_BENCH_IN_KEYRING=1
    exec dbus-run-session -- sh "$here/tests/support/with-keyring.sh" bash "$0" "$build" "$runs" "$feeds" "$items"
fi

seconds() { date +%s.%N; }
for run in $(seq 1 "$runs"); do
    profile="$(mktemp -d)"
    fifo="$profile.url"
    "$server_bin" bench secret "$feeds" "$items" > "$fifo" &
    server=$!
    for _ in $(seq 1 100); do [ -s "$fifo" ] && break; sleep 0.05; done
    url="$(head -n1 "$fifo")"
    echo secret | "$cli" --profile "$profile" account add --type greader --url "$url" --user bench > /dev/null
    t0=$(seconds); "$cli" --profile "$profile" sync > /dev/null; t1=$(seconds)
    "$cli" --profile "$profile" sync > /dev/null; t2=$(seconds)
    count=$("$cli" --profile "$profile" list articles --json | grep -o '"guid"' | wc -l)
    printf 'run %d: first sync of %d items in %d feeds: %.2f s; sync with nothing new: %.3f s (%d articles stored)\n' \
        "$run" "$items" "$feeds" "$(awk "BEGIN{print $t1 - $t0}")" "$(awk "BEGIN{print $t2 - $t1}")" "$count"
    kill "$server"; wait "$server" 2>/dev/null || true
    rm -rf "$profile" "$fifo"
done
