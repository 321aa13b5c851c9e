#!/usr/bin/env bash
# Runs the product's main job on this machine: builds, creates demo data under .demo/, starts
# the reference server on https://localhost:8443, prints how to link to it (address, TLS pin,
# demo users, QR code), then opens the app to link to it, and keeps serving until Ctrl-C. With
# --headless (or no display) a walk-through with vaultlink-cli runs in the terminal instead.
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
cmake --build --preset dev --target vaultlink-server vaultlink-cli vaultlink > /dev/null
SERVER=build/dev/bin/vaultlink-server
DATA=.demo/server
mkdir -p .demo

# Demo data of an older version (without a user per second factor) is made again.
if [ -f "$DATA/store.db" ] && ! "$SERVER" user list --data "$DATA" 2>/dev/null | grep -q '^ivan'; then
    echo "== the demo data in $DATA is older than this version: making it again"
    rm -rf "$DATA"
fi
if [ ! -f "$DATA/store.db" ]; then
    echo "== creating demo data in $DATA"
    "$SERVER" init --data "$DATA" --demo --public-url "https://localhost:$PORT" > .demo/credentials.txt
    # Long enough to scan at leisure during a demo; production keeps the 5-minute default.
    "$SERVER" settings --data "$DATA" --set link-code-seconds=1800 > /dev/null
    # hank's security key: a STAND-IN key file made here with openssl (what a key keeps inside),
    # its public key registered for him. The CLI and the app use it when
    # VAULTLINK_SECURITY_KEY_STAND_IN names the file.
    openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -out .demo/hank-private.pem 2> /dev/null
    openssl pkey -in .demo/hank-private.pem -pubout -out .demo/hank-public.pem
    CREDENTIAL=$(head -c 16 /dev/urandom | base64 | tr '+/' '-_' | tr -d '=')
    python3 - "$CREDENTIAL" > .demo/hank-key.json <<'PY'
import json, sys
print(json.dumps({"credentialId": sys.argv[1], "algorithm": "ES256", "signCount": 0,
                  "privateKey": open(".demo/hank-private.pem").read(), "userVerifying": False}))
PY
    chmod 600 .demo/hank-key.json .demo/hank-private.pem
    "$SERVER" mfa fido-add --data "$DATA" --user hank --key-name "Stand-in key" \
        --credential-id "$CREDENTIAL" --algorithm ES256 --public-key .demo/hank-public.pem > /dev/null
fi
# Biometrics may stand in for the password and the second factor when a session has ended; in
# the app, idle sessions end after two minutes so that this can be seen (the default is a day).
if [ "$HEADLESS" -eq 0 ]; then IDLE_END=120; else IDLE_END=86400; fi
"$SERVER" settings --data "$DATA" --set device-login=both \
    --set session-timeout-seconds=$IDLE_END > /dev/null

if (exec 3<>"/dev/tcp/127.0.0.1/$PORT") 2>/dev/null; then
    echo "port $PORT is already in use; stop what listens there or pass --port N" >&2
    exit 69
fi

# Changes the administrator makes from the command line are noticed every quarter of a second, so
# that an open app shows them within a second (API changes are told at once anyway).
start_server() {
    "$SERVER" run --data "$DATA" --listen "127.0.0.1:$PORT" --public-url "https://localhost:$PORT" \
        --notice-poll-ms 250 > .demo/server.out 2>> .demo/server.log &
    SERVER_PID=$!
    for _ in $(seq 100); do grep -q '^listening' .demo/server.out 2>/dev/null && break; sleep 0.1; done
    if ! grep -q '^listening' .demo/server.out; then
        echo "the server did not start:" >&2
        cat .demo/server.log >&2
        exit 70
    fi
}
stop_server() { kill "$SERVER_PID" 2>/dev/null; wait "$SERVER_PID" 2>/dev/null || true; }
: > .demo/server.log
start_server
trap stop_server EXIT

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

CLI=build/dev/bin/vaultlink-cli
CLIENT=.demo/client
rm -rf "$CLIENT"
URL="https://localhost:$PORT"
# The client's KDF is calibrated to about half a second per unlock on this machine.
step() { printf '\n$ %s\n' "$*" | sed "s#$CLI#vaultlink-cli#; s#--data-dir $CLIENT ##"; }
quoted() { local text; printf -v text '%q ' "$@"; echo "${text% }"; } # as a shell reads it back
cli() { step vaultlink-cli "$(quoted "$@")"; "$CLI" --data-dir "$CLIENT" "$@" || echo "(exit code $?)"; }
with_password() { local pw=$1; shift; step "echo *** |" vaultlink-cli "$(quoted "$@")"; \
    echo "$pw" | "$CLI" --data-dir "$CLIENT" --password-stdin "$@" || echo "(exit code $?)"; }
totp_now() {
    python3 - "$1" <<'PY'
import base64, hashlib, hmac, struct, sys, time
key = base64.b32decode(sys.argv[1])
mac = hmac.new(key, struct.pack(">Q", int(time.time()) // 30), hashlib.sha1).digest()
o = mac[-1] & 15
print("%06d" % ((struct.unpack(">I", mac[o:o + 4])[0] & 0x7FFFFFFF) % 1000000))
PY
}

if [ "$HEADLESS" -eq 0 ]; then
    # The app, on a data folder of its own: link by QR code from its image picker.
    URI=$("$SERVER" link-code --data "$DATA" --user alice --database Demo --out .demo/link-qr.png 2>/dev/null)
    # A record of a unit (every Demo user with a right on the unit sees it) to change live.
    LIVE_ID=$(python3 - "$DATA/store.db" <<'PY'
import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
print(db.execute("SELECT r.id FROM records r JOIN databases d ON d.id = r.database_id "
                 "WHERE d.name = 'Demo' AND r.deleted = 0 AND r.unit_id IS NOT NULL "
                 "ORDER BY r.id LIMIT 1").fetchone()[0])
PY
)
    cat <<TXT

== the app
Vaultlink opens now (data in .demo/app). Every second factor can be tried from its Link page by
hand (address and pin below): dave (PIN 2468), erin (push: approve it on the Account page's
"Sign-in requests"), frank (phone call: press 1 there), gina (a choice), hank (the stand-in key),
ivan (directory account: user CORP\ivan). To link alice:
  "Open image…" → link-qr.png (the picker opens in .demo; alice, database Demo; single use,
  valid 30 minutes), password alice-demo-2026, then unlock with the same password, search and
  copy. Or type the address https://localhost:$PORT with the key pin $PIN.
Biometrics (a stand-in here: the keys in your desktop keyring, a dialog for the sensor):
  Settings → "Unlock with the sensor stand-in", the password, Confirm; lock; "Unlock with the
  sensor stand-in", Confirm. This demo server ends sessions idle for two minutes: wait, then
  "Synchronize now" — the stand-in asks "Sign in to the server", and the app signs in again
  without the password (the server's device-login setting is "both").
Live changes: with alice's vault open, change a record on the server and watch the list follow
within a second (the app listens on the server's change notices while it is open):
  $SERVER record set --data $DATA --database Demo --id $LIVE_ID --field "name=Changed live"
Leaving: minimise the window and the vault locks at once (Settings → "Lock when the app leaves
the screen": 30 s to 5 min of grace); restore it and the Unlock page is there. The vault's menu
→ "Lock, sign out or remove…" says in a line what each does. What happened, as the
administrator sees it:
  $SERVER events --data $DATA --user alice
TXT
    # Started in .demo so that its image picker opens where the link code is.
    (cd .demo && VAULTLINK_DATA_DIR="$PWD/app" VAULTLINK_SECURITY_KEY_STAND_IN="$PWD/hank-key.json" \
        ../build/dev/bin/vaultlink) ||
        echo "(the app exited with $?)"
    echo
    echo "The server keeps running; press Ctrl-C to stop it."
    wait "$SERVER_PID"
    exit 0
fi
echo
echo "== walk-through with vaultlink-cli (data in $CLIENT)"
cli databases "$URL" --pin "$PIN"
with_password alice-demo-2026 link "$URL" --database Demo --user alice --name "Alice at Demo" --pin "$PIN"
with_password alice-demo-2026 list --tab IT
with_password alice-demo-2026 search shop
FIRST=$(echo alice-demo-2026 | "$CLI" --data-dir "$CLIENT" --password-stdin search shop | head -1 | cut -f1)
with_password alice-demo-2026 show "$FIRST"
with_password alice-demo-2026 sync

echo
echo "== what users are told when something is wrong"
cli databases "$URL"
with_password wrong-password list
with_password bob-demo-2026 link "$URL" --database Demo --user bob --name bob --pin "$PIN"
with_password alice-demo-2026 link "$URL" --database Archive --user alice --name archive --pin "$PIN"
cli link --qr-text "https://example.com/not-a-link-code" --name other

echo
echo "== carol answers her second factor"
with_password carol-demo-2026 link "$URL" --database Demo --user carol --name carol --pin "$PIN"
SECRET=$(grep -o 'secret=[A-Z2-7]*' .demo/credentials.txt | cut -d= -f2)
with_password carol-demo-2026 link "$URL" --database Demo --user carol --name carol --pin "$PIN" --otp "$(totp_now "$SECRET")"

echo
echo "== every other second factor"
with_password dave-demo-2026 link "$URL" --database Demo --user dave --name dave --pin "$PIN" --otp 2468
# The administrator stands in for erin's phone app and frank's telephone: each answers the
# sign-in request as soon as it appears.
answer_when_asked() {
    local user=$1; shift
    for _ in $(seq 100); do
        local id
        id=$("$SERVER" mfa pending --data "$DATA" --user "$user" | cut -f1 | head -1)
        if [ -n "$id" ]; then
            echo "   (the administrator's stand-in: vaultlink-server mfa $* for request $id)"
            "$SERVER" mfa "$1" "$id" "${@:2}" --data "$DATA" > /dev/null
            return
        fi
        sleep 0.2
    done
}
answer_when_asked erin approve & ANSWERING=$!
with_password erin-demo-2026 link "$URL" --database Demo --user erin --name erin --pin "$PIN"
wait "$ANSWERING"
answer_when_asked frank answer-call --key 1 & ANSWERING=$!
with_password frank-demo-2026 link "$URL" --database Demo --user frank --name frank --pin "$PIN" --mfa phone
wait "$ANSWERING"
with_password gina-demo-2026 link "$URL" --database Demo --user gina --name gina --pin "$PIN" --mfa fido
with_password gina-demo-2026 link "$URL" --database Demo --user gina --name gina --pin "$PIN" --mfa pin --otp 1357
step "VAULTLINK_SECURITY_KEY_STAND_IN=.demo/hank-key.json vaultlink-cli link ... --user hank --mfa fido"
echo hank-demo-2026 | VAULTLINK_SECURITY_KEY_STAND_IN=.demo/hank-key.json "$CLI" --data-dir "$CLIENT" \
    --password-stdin link "$URL" --database Demo --user hank --name hank --pin "$PIN" --mfa fido || echo "(exit code $?)"
with_password ivan-demo-2026 link "$URL" --database Demo --user ivan --name ivan --pin "$PIN"
with_password ivan-demo-2026 link "$URL" --database Demo --user 'CORP\ivan' --name ivan --pin "$PIN"

echo
echo "== linking by QR code (the image the Account page shows)"
"$SERVER" link-code --data "$DATA" --user alice --database Demo --out .demo/walkthrough-qr.png > /dev/null
with_password alice-demo-2026 link --qr .demo/walkthrough-qr.png --name "Alice by QR"
with_password alice-demo-2026 link --qr .demo/walkthrough-qr.png --name "Alice again"
cli profiles

echo
echo "== writing, offline first: two devices of alice (\"Alice at Demo\" and \"Alice by QR\")"
A=(--profile "Alice at Demo")
B=(--profile "Alice by QR")
# The server's demo data stays between runs (.demo/server): each run writes a record of its own.
ROUTER="Demo router $(date +%H:%M:%S)"
with_password alice-demo-2026 add "${A[@]}" --form login --field "name=$ROUTER" --field username=admin --generate password
with_password alice-demo-2026 sync "${A[@]}"
echo
echo "-- the server stops; the change is made and kept on the device"
stop_server
with_password alice-demo-2026 edit "${A[@]}" "$ROUTER" --field "notes=changed while offline"
with_password alice-demo-2026 sync "${A[@]}" --timeout 3
with_password alice-demo-2026 pending "${A[@]}"
echo
echo "-- the server is back"
start_server
with_password alice-demo-2026 sync "${A[@]}"
with_password alice-demo-2026 sync "${B[@]}"
with_password alice-demo-2026 show "${B[@]}" "$ROUTER"
echo
echo "-- a conflict on purpose: both devices change the user name"
with_password alice-demo-2026 edit "${A[@]}" "$ROUTER" --field username=root
with_password alice-demo-2026 edit "${B[@]}" "$ROUTER" --field username=superuser
with_password alice-demo-2026 sync "${A[@]}"
with_password alice-demo-2026 sync "${B[@]}"
with_password alice-demo-2026 conflicts "${B[@]}"
with_password alice-demo-2026 conflicts "${B[@]}" --resolve "$ROUTER" username keep-local
with_password alice-demo-2026 sync "${B[@]}"
with_password alice-demo-2026 sync "${A[@]}"
with_password alice-demo-2026 show "${A[@]}" "$ROUTER"

echo
echo "== biometric unlock (a stand-in here: keys in a keyring, \"y\" typed for the sensor)"
biometric_walkthrough() {
    # The stand-in's confirmation, like the password, from the next line of --password-stdin.
    answer() { local answers=$1; shift; step "printf '$answers' |" vaultlink-cli "$(quoted "$@")"
        printf "$answers" | "$CLI" --data-dir "$CLIENT" "$@" 2>&1 || echo "(exit code $?)"; }
    local A=(--profile "Alice at Demo")
    answer 'alice-demo-2026\ny\n' biometrics enable "${A[@]}" --password-stdin
    answer 'y\n' list "${A[@]}" --tab IT --biometric --password-stdin
    answer 'y\n' sync "${A[@]}" --biometric --password-stdin
    echo
    echo "-- the server ends the session (refresh tokens live one second for a moment)"
    "$SERVER" settings --data "$DATA" --set refresh-token-seconds=1 > /dev/null
    answer 'y\n' sync "${A[@]}" --biometric --password-stdin
    "$SERVER" settings --data "$DATA" --set refresh-token-seconds=604800 > /dev/null
    sleep 2
    echo "-- signed in again: the key signs the server's challenge behind the prompt"
    answer 'y\ny\n' sync "${A[@]}" --biometric --password-stdin
    answer '' biometrics status "${A[@]}"
}
export CLI CLIENT SERVER DATA
export -f biometric_walkthrough step quoted
# The stand-in keeps its keys in the desktop's secret service; without a session bus, in a
# keyring of its own for this walk-through.
if [ -n "${DBUS_SESSION_BUS_ADDRESS:-}" ]; then
    bash -c biometric_walkthrough
else
    tests/integration/keyring/with_keyring.sh bash -c biometric_walkthrough
fi

echo
echo "== the administrator's audit trail: what alice's devices did (the last ten events)"
step vaultlink-server events --user alice --limit 10
"$SERVER" events --data "$DATA" --user alice --limit 10 || echo "(exit code $?)"

URI=$("$SERVER" link-code --data "$DATA" --user alice --database Demo --out .demo/link-qr.png 2>/dev/null)
cat <<TXT

== link by QR code
.demo/link-qr.png (alice, database Demo; single use, valid 30 minutes) carries:
$URI

The server keeps running; press Ctrl-C to stop it.
TXT
wait "$SERVER_PID"
