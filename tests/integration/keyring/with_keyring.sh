#!/usr/bin/env bash
# Runs a command with a secret service of its own: a private D-Bus session and a GNOME keyring
# unlocked with a throw-away password, gone when the command ends. The desktop's biometric
# stand-in keeps its keys there (platform/desktop/stand_in_biometrics.h).
#   with_keyring.sh COMMAND [ARGS...]
set -euo pipefail
HOME_DIR=$(mktemp -d)
trap 'rm -rf "$HOME_DIR"' EXIT
export HOME="$HOME_DIR" XDG_DATA_HOME="$HOME_DIR/data" XDG_RUNTIME_DIR="$HOME_DIR/run"
mkdir -p "$XDG_DATA_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
exec dbus-run-session -- bash -c '
    eval "$(printf "throw-away" | gnome-keyring-daemon --unlock --components=secrets 2>/dev/null)"
    export GNOME_KEYRING_CONTROL
    exec "$@"' with_keyring "$@" 2> >(grep -v "Failed to set fd limit" >&2)
