#!/usr/bin/env bash
# Runs the product's main job on this machine: builds, creates demo data under .demo/, starts
# the reference server on https://localhost:8443, prints how to link to it (address, TLS pin,
# demo users, QR code), then walks through linking as a user would and keeps serving until
# Ctrl-C. With --headless (or no display) the walk-through runs in the terminal.
#   scripts/demo.sh [--headless] [--port N]
set -euo pipefail
cd "$(dirname "$0")/.."

HEADLESS=0
PORT=8443
while [ $# -gt 0 ]; do
    case "$1" in
        --headless) HEADLESS=1 ;;
        --port) PORT=$2; shift ;;
        -h|--help) sed -n '2,7p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "unknown option: $1 (see --help)" >&2; exit 64 ;;
    esac
    shift
done
[ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] || HEADLESS=1

scripts/deps.sh
echo "== building"
cmake --preset dev > /dev/null
cmake --build --preset dev --target vaultlink-server > /dev/null
SERVER=build/dev/bin/vaultlink-server
DATA=.demo/server
mkdir -p .demo

if [ ! -f "$DATA/store.db" ]; then
    echo "== creating demo data in $DATA"
    "$SERVER" init --data "$DATA" --demo --public-url "https://localhost:$PORT" > .demo/credentials.txt
    # Long enough to scan at leisure during a demo; production keeps the 5-minute default.
    "$SERVER" settings --data "$DATA" --set link-code-seconds=1800 > /dev/null
fi

if (exec 3<>"/dev/tcp/127.0.0.1/$PORT") 2>/dev/null; then
    echo "port $PORT is already in use; stop what listens there or pass --port N" >&2
    exit 69
fi

"$SERVER" run --data "$DATA" --listen "127.0.0.1:$PORT" --public-url "https://localhost:$PORT" \
    > .demo/server.out 2> .demo/server.log &
SERVER_PID=$!
trap 'kill $SERVER_PID 2>/dev/null; wait $SERVER_PID 2>/dev/null' EXIT
for _ in $(seq 100); do grep -q '^listening' .demo/server.out 2>/dev/null && break; sleep 0.1; done
if ! grep -q '^listening' .demo/server.out; then
    echo "the server did not start:" >&2
    cat .demo/server.log >&2
    exit 70
fi

PIN=$("$SERVER" pin --data "$DATA")
cat <<TXT

== Vaultlink reference server
address      https://localhost:$PORT   (self-signed certificate: $DATA/server.crt)
TLS pin      $PIN
account page https://localhost:$PORT/account
log          .demo/server.log

== demo users (database "Demo" has mobile sync on, "Archive" off)
TXT
grep -E '^(demo user|  TOTP)' .demo/credentials.txt | sed 's/^demo user /  /'

if [ "$HEADLESS" -eq 0 ]; then
    echo
    echo "(The desktop app arrives with the client; until then the walk-through runs here.)"
fi
echo
echo "== walk-through (what a user linking a phone sees)"
python3 scripts/demo_walkthrough.py "https://localhost:$PORT" "$DATA/server.crt" "$PIN"

URI=$("$SERVER" link-code --data "$DATA" --user alice --database Demo --out .demo/link-qr.png 2>/dev/null)
cat <<TXT

== link by QR code
.demo/link-qr.png (alice, database Demo; single use, valid 30 minutes) carries:
$URI

The server keeps running; press Ctrl-C to stop it.
TXT
wait "$SERVER_PID"
