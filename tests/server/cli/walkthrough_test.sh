#!/usr/bin/env bash
# End-to-end check of vaultlink-server as an administrator uses it. Usage: walkthrough_test.sh BIN
set -euo pipefail
BIN=$1
WORK=$(mktemp -d)
SERVER_PID=
cleanup() {
    [ -n "$SERVER_PID" ] && kill "$SERVER_PID" 2>/dev/null && wait "$SERVER_PID" 2>/dev/null
    rm -rf "$WORK"
}
trap cleanup EXIT
DATA=$WORK/data
passed=0
failed=0
check() { # check NAME CONDITION-COMMAND...
    local name=$1
    shift
    if "$@"; then passed=$((passed + 1)); echo "ok   $name"; else failed=$((failed + 1)); echo "FAIL $name"; fi
}
spki_pin_of() { # PEM on stdin -> sha256/<base64> via openssl only
    openssl x509 -pubkey -noout | openssl pkey -pubin -outform der | openssl dgst -sha256 -binary | base64
}

# Every subcommand documents itself.
for cmd in init run seed user database unit record device events link-code pin settings; do
    check "$cmd --help" bash -c "'$BIN' $cmd --help | grep -q -- '--help'"
done
check "no command is a usage error" bash -c "'$BIN' >/dev/null 2>&1; [ \$? -eq 64 ]"
check "unknown command is a usage error" bash -c "'$BIN' frobnicate >/dev/null 2>&1; [ \$? -eq 64 ]"

"$BIN" init --data "$DATA" --demo > "$WORK/init.txt"
check "init prints the demo users" grep -q "demo user carol" "$WORK/init.txt"
check "key file is private" bash -c "[ \$(stat -c %a '$DATA/server.key') = 600 ]"
before=$(sha256sum "$DATA/store.db" | cut -d' ' -f1)
check "init twice is refused" bash -c "'$BIN' init --data '$DATA' >/dev/null 2>&1; [ \$? -eq 64 ]"
check "and changes nothing" bash -c "[ \$(sha256sum '$DATA/store.db' | cut -d' ' -f1) = $before ]"

PIN=$("$BIN" pin --data "$DATA")
OPENSSL_PIN="sha256/$(spki_pin_of < "$DATA/server.crt")"
check "pin matches openssl's SPKI hash" [ "$PIN" = "$OPENSSL_PIN" ]

URI=$("$BIN" link-code --data "$DATA" --user alice --database Demo --out "$WORK/link.png" 2>/dev/null)
DECODED=$(zbarimg --quiet --raw "$WORK/link.png" 2>/dev/null)
check "QR decodes (zbarimg) to the printed payload" [ "$DECODED" = "$URI" ]
check "payload is a vaultlink link" bash -c "[[ '$URI' == vaultlink://link\?v=1\&* ]]"
PAYLOAD_PIN=$(python3 -c 'import sys,urllib.parse as u; print(u.parse_qs(u.urlsplit(sys.argv[1]).query)["pin"][0])' "$URI")
check "payload pin is the certificate pin" [ "$PAYLOAD_PIN" = "$PIN" ]
TOKEN=$(python3 -c 'import sys,urllib.parse as u; print(u.parse_qs(u.urlsplit(sys.argv[1]).query)["token"][0])' "$URI")
check "unknown user is refused" bash -c "'$BIN' link-code --data '$DATA' --user nobody --database Demo --out '$WORK/x.png' >/dev/null 2>&1; [ \$? -eq 65 ]"

check "seed adds records" bash -c "'$BIN' seed --data '$DATA' --database Demo --user alice --records 2000 | grep -q 'seeded 2000 records'"
check "seed refuses a bad count" bash -c "'$BIN' seed --data '$DATA' --database Demo --user alice --records lots >/dev/null 2>&1; [ \$? -eq 64 ]"
check "password never from arguments" bash -c "'$BIN' user add --data '$DATA' --name pat >/dev/null 2>&1; [ \$? -eq 64 ]"
check "user add reads the password from stdin" bash -c "echo 'pat-pass-1' | '$BIN' user add --data '$DATA' --name pat --password-stdin --mobile on | grep -q 'added user pat'"
check "unit grant takes the delete right" bash -c "'$BIN' unit grant --data '$DATA' --database Demo --name IT --user pat --rights read,delete | grep -q 'unit IT: pat read=1 add=0 edit=0 delete=1'"
check "unit grant refuses an unknown right" bash -c "'$BIN' unit grant --data '$DATA' --database Demo --name IT --user pat --rights read,purge >/dev/null 2>&1; [ \$? -eq 64 ]"

"$BIN" run --data "$DATA" --listen 127.0.0.1:0 > "$WORK/run.txt" 2> "$WORK/run.log" &
SERVER_PID=$!
for _ in $(seq 100); do grep -q '^listening on' "$WORK/run.txt" 2>/dev/null && break; sleep 0.1; done
PORT=$(sed -n 's/^listening on https:\/\/127.0.0.1:\([0-9]*\)$/\1/p' "$WORK/run.txt")
check "server reports its port" [ -n "$PORT" ]
BASE="https://localhost:$PORT"
CURL=(curl -sS --max-time 20 --cacert "$DATA/server.crt" --resolve "localhost:$PORT:127.0.0.1")

PRESENTED=$(openssl s_client -connect "127.0.0.1:$PORT" -servername localhost </dev/null 2>/dev/null | spki_pin_of)
check "served certificate has the printed pin" [ "sha256/$PRESENTED" = "$PIN" ]
check "TLS 1.2 is accepted" bash -c "openssl s_client -connect 127.0.0.1:$PORT -tls1_2 </dev/null >/dev/null 2>&1"
# Security level 0 lets this client offer TLS 1.1, so only the server can refuse it.
check "TLS 1.1 is refused" bash -c "! openssl s_client -connect 127.0.0.1:$PORT -tls1_1 -cipher DEFAULT:@SECLEVEL=0 </dev/null >/dev/null 2>&1"
check "info over verified HTTPS" bash -c "$(printf '%q ' "${CURL[@]}") '$BASE/api/v1/info' | grep -q '\"apiVersion\":1'"
check "without the pinned CA, verification fails" bash -c "! curl -sS --max-time 10 --resolve localhost:$PORT:127.0.0.1 '$BASE/api/v1/info' >/dev/null 2>&1"

redeem() { "${CURL[@]}" -H 'Content-Type: application/json' -d "{\"token\":\"$TOKEN\"}" "$BASE/api/v1/link-codes/redeem"; }
check "QR token redeems once" bash -c "$(declare -f redeem); CURL=($(printf '%q ' "${CURL[@]}")); BASE=$BASE; TOKEN=$TOKEN; redeem | grep -q '\"username\":\"alice\"'"
check "and then is used" bash -c "$(declare -f redeem); CURL=($(printf '%q ' "${CURL[@]}")); BASE=$BASE; TOKEN=$TOKEN; redeem | grep -q '\"code\":\"link-code-used\"'"
check "link code URL follows the served port" bash -c "'$BIN' link-code --data '$DATA' --user alice --database Demo --out '$WORK/l2.png' 2>/dev/null | grep -q 'server=https%3A%2F%2Flocalhost%3A$PORT'"

login() { "${CURL[@]}" -H 'Content-Type: application/json' -d "{\"database\":$1,\"username\":\"$2\",\"password\":\"$3\",\"device\":{\"id\":\"cli-test\",\"name\":\"t\"}}" "$BASE/api/v1/auth/login"; }
LOGIN_DEF="$(declare -f login); CURL=($(printf '%q ' "${CURL[@]}")); BASE=$BASE"
check "alice logs in" bash -c "$LOGIN_DEF; login 1 alice alice-demo-2026 | grep -q accessToken"
check "bob lacks the mobile right" bash -c "$LOGIN_DEF; login 1 bob bob-demo-2026 | grep -q '\"code\":\"mobile-right-missing\"'"
check "carol is asked for a second factor" bash -c "$LOGIN_DEF; login 1 carol carol-demo-2026 | grep -q '\"code\":\"mfa-required\"'"
check "Archive has mobile sync off" bash -c "$LOGIN_DEF; login 2 alice alice-demo-2026 | grep -q '\"code\":\"mobile-sync-disabled\"'"

# The audit trail: a wrong password, a phone revoked by the administrator and told twice.
login 1 alice not-alices-password > /dev/null
login_on() { "${CURL[@]}" -H 'Content-Type: application/json' -d "{\"database\":1,\"username\":\"alice\",\"password\":\"alice-demo-2026\",\"device\":{\"id\":\"$1\",\"name\":\"Audit phone\"}}" "$BASE/api/v1/auth/login"; }
ACCESS=$(login_on audit-phone | python3 -c 'import json,sys; print(json.load(sys.stdin)["accessToken"])')
"$BIN" device revoke --data "$DATA" --device audit-phone --user alice > /dev/null
for _ in 1 2; do "${CURL[@]}" -H "Authorization: Bearer $ACCESS" "$BASE/api/v1/session" > "$WORK/revoked.json"; done
check "a revoked phone hears device-revoked" grep -q '"code":"device-revoked"' "$WORK/revoked.json"
"$BIN" events --data "$DATA" --json > "$WORK/events.json"
events_py() { # events_py PYTHON-EXPRESSION over e (the events --json array), true or false
    python3 -c "import json,sys; e=json.load(open(sys.argv[1])); sys.exit(0 if ($1) else 1)" "$WORK/events.json"
}
check "events --json parses, with every member" events_py "len(e) >= 6 and all(set(x) == {'id','at','kind','user','device','database','detail'} for x in e)"
check "the phone's events, wipe ordered once" events_py "[x['kind'] for x in e if x['device'] and x['device']['id'] == 'audit-phone'] == ['device-linked','login','device-revoked','wipe-ordered']"
check "the revocation was the administrator's" events_py "any(x['kind'] == 'device-revoked' and x['detail'] == {'by':'admin'} and x['user'] == 'alice' for x in e)"
check "a login names its method, device and database" events_py "any(x['kind'] == 'login' and x['detail']['method'] == 'password' and x['device'] == {'id':'audit-phone','name':'Audit phone'} and x['database'] == 'Demo' for x in e)"
check "the failed login has its reason" events_py "any(x['kind'] == 'login-failed' and x['user'] == 'alice' and x['detail']['reason'] == 'bad-credentials' for x in e)"
check "and never the password" bash -c "! grep -q not-alices-password '$WORK/events.json'"
check "a login refused by policy leaves no event" bash -c "[ -z \"\$('$BIN' events --data '$DATA' --user bob)\" ]"
check "events --user shows only that user's" bash -c "'$BIN' events --data '$DATA' --user carol | awk -F'\t' '\$3 != \"carol\" { bad = 1 } END { exit bad || NR == 0 }'"
check "events --device shows only that device's" bash -c "[ \$('$BIN' events --data '$DATA' --device audit-phone | cut -f4 | sort -u) = audit-phone ]"
check "a plain line: time, kind, user, device, key=value" bash -c "'$BIN' events --data '$DATA' --user alice | grep -qP '^\d{4}-\d\d-\d\dT[\d:.]+Z\tlogin-failed\talice\tcli-test\tdatabase=Demo .*reason=bad-credentials'"
ALL=$(wc -l < <("$BIN" events --data "$DATA"))
REVOKED_AT=$(python3 -c "import json,sys; print([x['at'] for x in json.load(open(sys.argv[1])) if x['kind'] == 'device-revoked'][0])" "$WORK/events.json")
check "events --since a relative time" bash -c "[ \$('$BIN' events --data '$DATA' --since 1h | wc -l) -eq $ALL ]"
check "events --since an absolute time" bash -c "'$BIN' events --data '$DATA' --since '$REVOKED_AT' | head -1 | grep -q \"^$REVOKED_AT.device-revoked\""
check "events --since the future is empty" bash -c "[ -z \"\$('$BIN' events --data '$DATA' --since 2999-01-01T00:00:00Z)\" ]"
check "events --limit keeps the newest" bash -c "[ \"\$('$BIN' events --data '$DATA' --limit 2)\" = \"\$('$BIN' events --data '$DATA' | tail -2)\" ]"
check "events --since 0s is empty" bash -c "[ -z \"\$('$BIN' events --data '$DATA' --since 0s)\" ]"
check "a bad --since is a usage error" bash -c "out=\$('$BIN' events --data '$DATA' --since yesterday 2>&1 >/dev/null); [ \$? -eq 64 ] && [[ \$out == 'usage error: --since'* ]]"
check "settings show the new ones" bash -c "'$BIN' settings --data '$DATA' | grep -q '^wipe-on-logout=off' && '$BIN' settings --data '$DATA' | grep -q '^event-retention-days=180'"

"$BIN" database set --data "$DATA" --name Demo --mobile-sync off > /dev/null
check "admin change applies to the running server" bash -c "$LOGIN_DEF; login 1 alice alice-demo-2026 | grep -q '\"code\":\"mobile-sync-disabled\"'"
"$BIN" settings --data "$DATA" --set web-services=off > /dev/null
check "web services off refuses the API" bash -c "$(printf '%q ' "${CURL[@]}") '$BASE/api/v1/info' | grep -q web-services-disabled"
check "device list shows the linked device" bash -c "'$BIN' device list --data '$DATA' | grep -q cli-test"
check "request log has no secrets" bash -c "! grep -q -e alice-demo-2026 -e '$TOKEN' '$WORK/run.log'"

kill -TERM "$SERVER_PID"
wait "$SERVER_PID" && status=0 || status=$?
SERVER_PID=
check "SIGTERM stops the server cleanly" [ "$status" -eq 0 ]
check "and it says so" grep -q '^stopped' "$WORK/run.txt"

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
