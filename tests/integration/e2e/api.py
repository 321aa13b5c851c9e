"""The server's API over HTTPS, verified against the server's own certificate file (never
CERT_NONE): how the tests see what the server holds, independently of the client under test."""
import hashlib
import json
import ssl
import urllib.error
import urllib.parse
import urllib.request

from .otp import totp

# The device id under which the tests' own logins (Server.observer_token) appear on the server.
OBSERVER_DEVICE = "integration-observer"


# The feed digest (docs/api.md §7.9), to check what the server itself reports.
def set_digest(records):
    acc = bytearray(32)
    for r in records:
        for i, b in enumerate(hashlib.sha256(f"{r['id']}:{r['sequence']}".encode()).digest()):
            acc[i] ^= b
    return acc.hex()


class ApiError(Exception):
    def __init__(self, status, problem):
        super().__init__(f"HTTP {status}: {problem}")
        self.status = status
        self.problem = problem
        self.code = problem.get("code") if isinstance(problem, dict) else None


class Api:
    def __init__(self, base_url, cafile):
        self.base = base_url.rstrip("/")
        self.tls = ssl.create_default_context(cafile=cafile)  # chain and host name verified
        self.tls.check_hostname = True
        self.tls.verify_mode = ssl.CERT_REQUIRED

    def call(self, method, path, body=None, token=None, expect=None):
        data = json.dumps(body).encode() if body is not None else None
        request = urllib.request.Request(self.base + "/api/v1" + path, method=method, data=data)
        if data is not None:
            request.add_header("Content-Type", "application/json")
        if token:
            request.add_header("Authorization", "Bearer " + token)
        try:
            with urllib.request.urlopen(request, context=self.tls, timeout=120) as reply:
                raw = reply.read()
                status, answer = reply.status, (json.loads(raw) if raw else {})
        except urllib.error.HTTPError as error:
            raw = error.read()
            try:
                answer = json.loads(raw) if raw else {}
            except ValueError:
                answer = {"raw": raw.decode(errors="replace")}
            status = error.code
        wanted = expect if isinstance(expect, tuple) else (expect,)
        if expect is not None and status not in wanted:
            raise ApiError(status, answer)
        return status, answer

    def database_id(self, name):
        _, listing = self.call("GET", "/databases", expect=200)
        return next(d["id"] for d in listing["databases"] if d["name"].lower() == name.lower())

    def login(self, user, password, database="Demo", device=OBSERVER_DEVICE, otp_secret=None,
              otp_step=None):
        """A token grant for `device`; answers carol's second factor when given her secret."""
        status, answer = self.call("POST", "/auth/login", {
            "database": self.database_id(database), "username": user, "password": password,
            "device": {"id": device, "name": "integration test observer"}})
        if status == 401 and answer.get("code") == "mfa-required" and otp_secret:
            status, answer = self.call("POST", "/auth/mfa", {
                "transaction": answer["transaction"], "method": "totp",
                "response": {"code": totp(otp_secret, otp_step)}})
        if status != 200:
            raise ApiError(status, answer)
        return answer

    def feed(self, token, cursor="", limit=1000):
        """Every page from `cursor`: (records by id, removed ids, last page)."""
        records, removed, page = {}, set(), None
        while True:
            query = urllib.parse.urlencode({"cursor": cursor, "limit": limit})
            _, page = self.call("GET", "/changes?" + query, token=token, expect=200)
            for r in page["records"]:
                records[r["id"]] = r
                removed.discard(r["id"])
            for i in page["removed"]:
                records.pop(i, None)
                removed.add(i)
            cursor = page["cursor"]
            if not page["more"]:
                return records, removed, page

    def all_records(self, token):
        """The records the token's user sees now, proven complete by count and digest."""
        records, _, last = self.feed(token)
        assert last["total"]["count"] == len(records), "server feed count mismatch"
        assert last["total"]["digest"] == set_digest(records.values()), "server digest mismatch"
        return records

    def record(self, token, record_id):
        return self.call("GET", f"/records/{record_id}", token=token, expect=200)[1]

    def patch(self, token, record_id, **values):
        current = {f["key"]: f for f in self.record(token, record_id)["fields"]}
        changes = [{"key": k, "value": v, "baseRevision": current[k]["revision"]}
                   for k, v in values.items()]
        return self.call("PATCH", f"/records/{record_id}", {"changes": changes}, token=token,
                         expect=200)[1]


