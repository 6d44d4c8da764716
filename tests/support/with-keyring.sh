#!/bin/sh
# Runs a command against a real Secret Service: an unlocked gnome-keyring in a throw-away HOME.
# Meant to be started inside `dbus-run-session --` so the keyring lives on a private bus.
# The keyring is unlocked before anything asks for it: a locked one would wait on an invisible prompt.
set -u
HOME="$(mktemp -d)"
XDG_DATA_HOME="$HOME/.local/share"
XDG_RUNTIME_DIR="$HOME/run"
mkdir -p "$XDG_DATA_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
export HOME XDG_DATA_HOME XDG_RUNTIME_DIR
eval "$(printf 'khulasa-test' | gnome-keyring-daemon --unlock --components=secrets)"
export GNOME_KEYRING_CONTROL
"$@"
status=$?
# The daemon leaves with the private bus when dbus-run-session ends it.
[ -n "${GNOME_KEYRING_PID:-}" ] && kill "$GNOME_KEYRING_PID" 2>/dev/null
rm -rf "$HOME"
exit $status
