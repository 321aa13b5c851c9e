#!/usr/bin/env python3
"""Terminal walk-through of linking a phone to the demo server, over verified HTTPS.

Stands in for the command-line client until it exists: it speaks only the documented API
(docs/api.md) and prints what a user would see. Usage: demo_walkthrough.py BASE_URL CERT PIN
"""
import base64, hashlib, hmac, json, re, ssl, struct, sys, time, urllib.error, urllib.request

BASE, CERT, PIN = sys.argv[1], sys.argv[2], sys.argv[3]
TLS = ssl.create_default_context(cafile=CERT)  # chain and host name are verified
CREDENTIALS = dict(re.findall(r"^demo user (\S+) password (\S+)", open(".demo/credentials.txt").read(), re.M))
TOTP_SECRET = (re.findall(r"secret=([A-Z2-7]+)", open(".demo/credentials.txt").read()) or [""])[0]


def call(method, path, body=None, token=None):
    request = urllib.request.Request(BASE + path, method=method,
                                     data=json.dumps(body).encode() if body is not None else None)
    if body is not None:
        request.add_header("Content-Type", "application/json")
    if token:
        request.add_header("Authorization", "Bearer " + token)
    try:
        with urllib.request.urlopen(request, context=TLS, timeout=30) as reply:
            data = reply.read()
            return reply.status, json.loads(data) if data else {}
    except urllib.error.HTTPError as error:
        return error.code, json.loads(error.read() or b"{}")


def login(user, database, password=None):
    return call("POST", "/api/v1/auth/login", {"database": database, "username": user,
                "password": password or CREDENTIALS[user],
                "device": {"id": "demo-walkthrough", "name": "Demo phone"}})


def totp(secret_b32, at=None):
    key = base64.b32decode(secret_b32 + "=" * (-len(secret_b32) % 8))
    digest = hmac.new(key, struct.pack(">Q", int((at or time.time()) // 30)), hashlib.sha1).digest()
    offset = digest[-1] & 15
    return "%06d" % ((struct.unpack(">I", digest[offset:offset + 4])[0] & 0x7FFFFFFF) % 1000000)


def field(record, key):
    return next((f["value"] for f in record["fields"] if f["key"] == key), "")


def step(text):
    print("\n• " + text)


status, info = call("GET", "/api/v1/info")
step(f"Connect to {BASE} (certificate pinned as {PIN[:20]}…)")
print(f"  {info['name']}, API v{info['apiVersion']}")

status, listing = call("GET", "/api/v1/databases")
demo_id = next(d["id"] for d in listing["databases"] if d["name"] == "Demo")
archive_id = next(d["id"] for d in listing["databases"] if d["name"] == "Archive")
step("Choose a database")
for d in listing["databases"]:
    print(f"  {d['name']:<10} mobile synchronization {'on' if d['mobileSync'] else 'OFF'}")

step("Log in as alice to Demo")
status, grant = login("alice", demo_id)
token = grant["accessToken"]
status, session = call("GET", "/api/v1/session", token=token)
print(f"  welcome, {session['user']['displayName']}; units: " +
      ", ".join(u["name"] for u in session["units"]))
policy = session["policy"]
print(f"  server limits: offline for at most {policy['maxOfflineSeconds'] // 3600} h, "
      f"session idle timeout {policy['sessionTimeoutSeconds'] // 3600} h")

step("First sync")
cursor, records, pages, total = "", {}, 0, None
while True:
    status, page = call("GET", f"/api/v1/changes?limit=25&cursor={cursor}", token=token)
    pages += 1
    for r in page["records"]:
        records[r["id"]] = r
    cursor, total = page["cursor"], page["total"]
    if not page["more"]:
        break
acc = bytearray(32)
for r in records.values():
    for i, b in enumerate(hashlib.sha256(f"{r['id']}:{r['sequence']}".encode()).digest()):
        acc[i] ^= b
complete = total["count"] == len(records) and total["digest"] == acc.hex()
print(f"  {len(records)} records in {pages} pages; mirror complete: {'yes' if complete else 'NO'}")

step('Search "GitHub"')
hits = [r for r in records.values() if "github" in field(r, "name").lower()]
for r in hits[:5]:
    where = "personal" if r["personal"] else "unit " + next(u["name"] for u in session["units"] if u["id"] == r["unit"])
    print(f"  {field(r, 'name'):<28} {field(r, 'username') or '-':<16} ••••••••  ({where})")
print(f"  {len(hits)} match(es)")

step("What others see when something is not allowed")
for user, db, password in (("bob", demo_id, None), ("alice", archive_id, None), ("alice", demo_id, "guess")):
    status, problem = login(user, db, password)
    print(f"  {user:<6} → {problem.get('detail')}  [{problem.get('code')}]")

step("carol uses an authenticator app")
status, challenge = login("carol", demo_id)
print(f"  server asks: {challenge['detail']} (methods: {', '.join(m['type'] for m in challenge['methods'])})")
status, grant2 = call("POST", "/api/v1/auth/mfa", {"transaction": challenge["transaction"],
                      "method": "totp", "response": {"code": totp(TOTP_SECRET)}})
print("  code accepted; logged in" if status == 200 else f"  refused: {grant2.get('detail')}")

step("Link by QR code (what scanning does)")
status, code = call("POST", "/api/v1/link-codes", {}, token=token)
status, target = call("POST", "/api/v1/link-codes/redeem", {"token": code["token"]})
print(f"  code for {target['username']} @ {target['database']['name']} on {target['server']}")
status, again = call("POST", "/api/v1/link-codes/redeem", {"token": code["token"]})
print(f"  scanning it twice → {again['detail']}")

call("POST", "/api/v1/auth/logout", token=token)
step("Logged out")
