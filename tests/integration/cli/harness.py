"""Shared fixtures of the vaultlink-cli integration tests (standard library only).

The tests run the real reference server (`vaultlink-server run`) on a random loopback port over
TLS and drive the real `vaultlink-cli` as a user would. They check the server side on their own:
through the API over HTTPS verified against the server's certificate file (never CERT_NONE), or
through `vaultlink-server` admin commands.

Each test module is a script:

    python3 test_x.py --cli PATH/vaultlink-cli --server PATH/vaultlink-server [unittest args]

(or with VAULTLINK_CLI / VAULTLINK_SERVER in the environment). VAULTLINK_TEST_KEEP=1 keeps the
temporary folders (server data, CLI data, logs) for a look after a failure.
"""
import base64
import hashlib
import hmac
import json
import os
import queue
import re
import shutil
import signal
import socket
import ssl
import struct
import subprocess
import sys
import tempfile
import threading
import time
import unittest
import urllib.error
import urllib.parse
import urllib.request

HERE = os.path.dirname(os.path.abspath(__file__))

CLI = os.environ.get("VAULTLINK_CLI", "")
SERVER = os.environ.get("VAULTLINK_SERVER", "")
KEEP = os.environ.get("VAULTLINK_TEST_KEEP") == "1"

# Exit codes of vaultlink-cli (src/cli/exit_codes.h).
OK, SERVER_ERROR, USAGE, AUTH, NETWORK, POLICY, LOCAL_DATA, LINK_CODE = range(8)

DEMO_PASSWORDS = {"alice": "alice-demo-2026", "bob": "bob-demo-2026", "carol": "carol-demo-2026"}
# The password of the local profiles the tests create (it protects the mirror's key).
LOCAL_PASSWORD = "alice-demo-2026"

OBSERVER_DEVICE = "integration-observer"


def main():
    """Entry point of every test module: takes --cli/--server, then runs unittest."""
    global CLI, SERVER
    argv = [sys.argv[0]]
    args = iter(sys.argv[1:])
    for arg in args:
        if arg == "--cli":
            CLI = next(args)
        elif arg == "--server":
            SERVER = next(args)
        else:
            argv.append(arg)
    for name, path in (("vaultlink-cli", CLI), ("vaultlink-server", SERVER)):
        if not path or not os.access(path, os.X_OK):
            sys.exit(f"{name} binary not given or not executable: {path!r} "
                     f"(pass --cli/--server or set VAULTLINK_CLI/VAULTLINK_SERVER)")
    unittest.main(argv=argv, verbosity=2)


def child_env(extra=None):
    """Environment for the binaries: the KDF at its minimum cost, no proxy, no stray data dir."""
    env = {k: v for k, v in os.environ.items()
           if k.lower() not in ("http_proxy", "https_proxy", "all_proxy", "no_proxy")
           and k != "VAULTLINK_DATA_DIR"}
    env["VAULTLINK_KDF_MS"] = "1"
    env.setdefault("QT_LOGGING_RULES", "vaultlink.server.http.info=true")
    if extra:
        env.update(extra)
    return env


def cli_env():
    """As child_env, for vaultlink-cli. Under AddressSanitizer its leak check is off in these
    end-to-end runs only: Qt's TLS backend frees a connection's OpenSSL state on its HTTP thread,
    and a process that exits right after a request sometimes ends before that thread has done so
    (about 1 run in 25 here). The core's own leaks are checked by the unit and integration test
    binaries, which run with the leak check on."""
    env = child_env()
    options = env.get("ASAN_OPTIONS", "")
    env["ASAN_OPTIONS"] = (options + ":" if options else "") + "detect_leaks=0"
    return env


def die_with_parent():
    """preexec_fn: the child gets SIGKILL when the test process dies (Linux), so that a test
    killed by ctest's timeout leaves no server running."""
    if sys.platform.startswith("linux"):
        try:
            import ctypes
            ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
        except (OSError, AttributeError):
            pass


def make_workdir(tag):
    return tempfile.mkdtemp(prefix=f"vaultlink-cli-it-{tag}-")


def remove_tree(path):
    if KEEP:
        sys.stderr.write(f"(kept {path})\n")
        return
    shutil.rmtree(path, ignore_errors=True)


# ------------------------------------------------------------------------------------------
# TOTP (RFC 6238: HMAC-SHA1, 6 digits, 30 s), as an authenticator app computes it.

def totp(secret_b32, step=None):
    key = base64.b32decode(secret_b32 + "=" * (-len(secret_b32) % 8), casefold=True)
    if step is None:
        step = int(time.time()) // 30
    digest = hmac.new(key, struct.pack(">Q", step), hashlib.sha1).digest()
    offset = digest[-1] & 15
    return "%06d" % ((struct.unpack(">I", digest[offset:offset + 4])[0] & 0x7FFFFFFF) % 1000000)


def wrong_totp(secret_b32):
    """A code that matches none of the steps around now."""
    now = int(time.time()) // 30
    taken = {totp(secret_b32, s) for s in range(now - 3, now + 4)}
    code = 123456
    while "%06d" % code in taken:
        code += 1
    return "%06d" % code


# ------------------------------------------------------------------------------------------
# The feed digest (docs/api.md §7.9), to check what the server itself reports.

def set_digest(records):
    acc = bytearray(32)
    for r in records:
        for i, b in enumerate(hashlib.sha256(f"{r['id']}:{r['sequence']}".encode()).digest()):
            acc[i] ^= b
    return acc.hex()


# ------------------------------------------------------------------------------------------
# The server API, over HTTPS verified against the server's own certificate file.

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


# ------------------------------------------------------------------------------------------
# The reference server as a separate process.

class Server:
    """A `vaultlink-server` data folder, and the server running on it."""

    def __init__(self, workdir, demo=True, init_args=(), name="server"):
        self.workdir = workdir
        self.data = os.path.join(workdir, name)
        self.log_path = os.path.join(workdir, name + ".log")
        self.proc = None
        self.port = None
        self.pin = None
        self._observer = {}
        args = ["init", "--data", self.data] + (["--demo"] if demo else []) + list(init_args)
        self.init_output = self.admin(*args, data=False)
        self.cert = os.path.join(self.data, "server.crt")
        self.passwords = dict(re.findall(r"^demo user (\S+) password (\S+)", self.init_output,
                                         re.M))
        found = re.search(r"TOTP for carol: (otpauth://\S+)", self.init_output)
        self.carol_secret = None
        if found:
            query = urllib.parse.urlsplit(found.group(1)).query
            self.carol_secret = urllib.parse.parse_qs(query)["secret"][0]

    # --- admin command line -------------------------------------------------------------
    def admin(self, *args, data=True, stdin=None, expect=0):
        """Runs `vaultlink-server ARGS [--data DIR]`; returns stdout; fails on another code."""
        command = [SERVER] + list(args) + (["--data", self.data] if data else [])
        done = subprocess.run(command, input=stdin, capture_output=True, text=True,
                              env=child_env(), timeout=600)
        if expect is not None and done.returncode != expect:
            raise AssertionError(f"{' '.join(command)} exited {done.returncode} (expected "
                                 f"{expect})\nstdout: {done.stdout}\nstderr: {done.stderr}")
        return done.stdout if expect == 0 else done

    def settings(self, **values):
        args = ["settings"]
        for key, value in values.items():
            args += ["--set", f"{key.replace('_', '-')}={value}"]
        return self.admin(*args)

    def seed(self, records, user="alice", database="Demo"):
        return self.admin("seed", "--database", database, "--user", user, "--records",
                          str(records))

    def link_code(self, png_path, user="alice", database="Demo"):
        return self.admin("link-code", "--user", user, "--database", database, "--out",
                          png_path).strip()

    # --- the running server -------------------------------------------------------------
    def start(self, listen="127.0.0.1:0", timeout=120):
        """Runs the server; `listen` 127.0.0.1:PORT restarts it on the port it had."""
        self.port = self.pin = None
        log = open(self.log_path, "ab")
        self.proc = subprocess.Popen([SERVER, "run", "--data", self.data, "--listen", listen],
                                     stdout=subprocess.PIPE, stderr=log, env=child_env(),
                                     text=True, preexec_fn=die_with_parent)
        log.close()
        lines = queue.Queue()

        def pump(stream):
            for line in stream:
                lines.put(line.rstrip("\n"))
            lines.put(None)

        threading.Thread(target=pump, args=(self.proc.stdout,), daemon=True).start()
        deadline = time.monotonic() + timeout
        seen = []
        while self.pin is None:
            try:
                line = lines.get(timeout=max(0.1, deadline - time.monotonic()))
            except queue.Empty:
                line = None
            if line is None or time.monotonic() > deadline:
                self.stop()
                raise RuntimeError(f"server did not start: {seen}\n{self.log_tail()}")
            seen.append(line)
            m = re.match(r"^listening on https://(\S+):(\d+)$", line)
            if m:
                self.host, self.port = m.group(1), int(m.group(2))
            m = re.match(r"^pin (sha256/\S+)$", line)
            if m:
                self.pin = m.group(1)
        if self.port is None:
            raise RuntimeError(f"no 'listening on' line: {seen}")
        return self

    def stop(self):
        if self.proc is None:
            return
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        if self.proc.stdout:
            self.proc.stdout.close()
        self.proc = None
        self._observer.clear()

    @property
    def running(self):
        return self.proc is not None and self.proc.poll() is None

    @property
    def url(self):
        return f"https://{self.host}:{self.port}"

    def log_tail(self, lines=30):
        try:
            with open(self.log_path, errors="replace") as f:
                return "".join(f.readlines()[-lines:])
        except OSError:
            return ""

    def api(self):
        return Api(self.url, self.cert)

    # --- what the server holds, seen from another device ---------------------------------
    def observer_token(self, user="alice"):
        """An access token of a separate device of `user` (kept and refreshed as needed)."""
        grant = self._observer.get(user)
        if grant and grant["_at"] + 200 > time.monotonic():
            return grant["accessToken"]
        api = self.api()
        if grant:
            status, fresh = api.call("POST", "/auth/refresh",
                                     {"refreshToken": grant["refreshToken"]})
            grant = fresh if status == 200 else None
        if not grant:
            secret = self.carol_secret if user == "carol" else None
            grant = api.login(user, DEMO_PASSWORDS[user], otp_secret=secret,
                              otp_step=(int(time.time()) // 30) + 1 if secret else None)
        grant["_at"] = time.monotonic()
        self._observer[user] = grant
        return grant["accessToken"]

    def records(self, user="alice"):
        """The records `user` sees now, from the API (count and digest checked)."""
        return self.api().all_records(self.observer_token(user))


def free_port():
    """A loopback port nobody listens on (bound, then released)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class SilentListener:
    """A loopback TCP port that accepts connections and never answers (a hung server)."""

    def __init__(self):
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(16)
        self.port = self.sock.getsockname()[1]
        self.held = []
        self._stop = False
        self.thread = threading.Thread(target=self._accept, daemon=True)
        self.thread.start()

    def _accept(self):
        self.sock.settimeout(0.2)
        while not self._stop:
            try:
                conn, _ = self.sock.accept()
                self.held.append(conn)
            except OSError:
                continue

    def close(self):
        self._stop = True
        self.thread.join(2)
        for conn in self.held:
            conn.close()
        self.sock.close()


# ------------------------------------------------------------------------------------------
# Certificates made with the openssl tool, to give `vaultlink-server init --cert/--key`.

def make_certificate(folder, san, start, end, common_name="localhost", key=None):
    """A self-signed server certificate (P-256, like the server's own) for the names in `san`
    ("DNS:x,IP:y"), valid from `start` to `end` (YYYYMMDDHHMMSSZ); with `key`, for that key
    (a renewal). Returns (certificate path, key path)."""
    os.makedirs(folder)
    csr, cert = os.path.join(folder, "req.csr"), os.path.join(folder, "cert.pem")
    config = os.path.join(folder, "ca.cnf")
    with open(config, "w") as f:
        f.write(f"""[ ca ]
default_ca = test_ca
[ test_ca ]
database = {folder}/index.txt
new_certs_dir = {folder}
serial = {folder}/serial
default_md = sha256
policy = any
unique_subject = no
x509_extensions = server_ext
[ any ]
commonName = supplied
[ server_ext ]
subjectAltName = {san}
basicConstraints = critical,CA:FALSE
keyUsage = critical,digitalSignature
extendedKeyUsage = serverAuth
subjectKeyIdentifier = hash
""")
    open(os.path.join(folder, "index.txt"), "w").close()
    with open(os.path.join(folder, "serial"), "w") as f:
        f.write("01\n")

    def run(*args):
        subprocess.run(args, check=True, capture_output=True)

    subject = f"/O=Vaultlink test/CN={common_name}"
    if key is None:
        key = os.path.join(folder, "key.pem")
        run("openssl", "req", "-new", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256",
            "-nodes", "-keyout", key, "-out", csr, "-subj", subject)
    else:
        run("openssl", "req", "-new", "-key", key, "-out", csr, "-subj", subject)
    run("openssl", "ca", "-batch", "-notext", "-config", config, "-selfsign", "-keyfile", key,
        "-in", csr, "-out", cert, "-startdate", start, "-enddate", end)
    return cert, key


# ------------------------------------------------------------------------------------------
# The command-line client.

class CliResult:
    def __init__(self, args, returncode, stdout, stderr):
        self.args, self.rc, self.out, self.err = args, returncode, stdout, stderr

    def json(self):
        return json.loads(self.out)

    def error(self):
        """The {"code", "message"} object --json prints on stderr, or None."""
        for line in reversed(self.err.splitlines()):
            line = line.strip()
            if line.startswith("{"):
                try:
                    return json.loads(line)["error"]
                except (ValueError, KeyError, TypeError):
                    continue
        return None

    @property
    def code(self):
        error = self.error()
        return error.get("code") if error else None

    def progress(self):
        return [l for l in self.err.splitlines()
                if re.match(r"^(re)?synchronized \d+ of \d+ records$", l)]

    def __str__(self):
        return (f"$ vaultlink-cli {' '.join(self.args)}\nexit {self.rc}\n--- stdout\n"
                f"{self.out[-3000:]}\n--- stderr\n{self.err[-3000:]}")


class Cli:
    """vaultlink-cli with one data folder; the password always goes through --password-stdin."""

    def __init__(self, data_dir, password=LOCAL_PASSWORD):
        self.data_dir = data_dir
        self.password = password

    def command(self, args, stdin_password=True):
        argv = [CLI] + list(args) + ["--data-dir", self.data_dir]
        if stdin_password:
            argv.append("--password-stdin")
        return argv

    def run(self, *args, password=None, stdin_password=True, timeout=300, stdin=None):
        """Runs the CLI to the end. `password` (default: this folder's) goes to stdin."""
        if stdin is None and stdin_password:
            stdin = (self.password if password is None else password) + "\n"
        argv = self.command(args, stdin_password)
        done = subprocess.run(argv, input=stdin, capture_output=True, text=True,
                              env=cli_env(), timeout=timeout, preexec_fn=die_with_parent)
        return CliResult(list(args), done.returncode, done.stdout, done.stderr)

    def start(self, *args, password=None):
        """Starts the CLI with stderr to read line by line (crash tests)."""
        argv = self.command(args)
        proc = subprocess.Popen(argv, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, text=True, env=cli_env(),
                                preexec_fn=die_with_parent)
        proc.stdin.write((self.password if password is None else password) + "\n")
        proc.stdin.close()
        return proc

    # --- files of the data folder ---------------------------------------------------------
    def profiles_file(self):
        path = os.path.join(self.data_dir, "profiles.json")
        if not os.path.exists(path):
            return []
        with open(path) as f:
            return json.load(f)["profiles"]

    def device_id(self):
        with open(os.path.join(self.data_dir, "device.json")) as f:
            return json.load(f)["deviceId"]

    def mirror_files(self):
        folder = os.path.join(self.data_dir, "mirrors")
        if not os.path.isdir(folder):
            return []
        return sorted(os.path.join(folder, n) for n in os.listdir(folder))

    def mirror_path(self, profile_name):
        for p in self.profiles_file():
            if p["name"] == profile_name:
                return os.path.join(self.data_dir, "mirrors", p["id"] + ".db")
        raise KeyError(profile_name)


# ------------------------------------------------------------------------------------------
# Looking into a mirror independently: the data key is unwrapped from profiles.json with the
# password (scrypt from hashlib, AES-256-GCM through the openssl tool), then the sqlcipher shell
# opens the file with it. Needs the `sqlcipher` and `openssl` tools.

def sqlcipher_available():
    return shutil.which("sqlcipher") is not None and shutil.which("openssl") is not None


def mirror_key(profile, password):
    kdf = profile["kdf"]
    assert kdf["algorithm"] == "scrypt", kdf
    kek = hashlib.scrypt(password.encode(), salt=base64.b64decode(kdf["salt"]),
                         n=1 << kdf["logN"], r=kdf["r"], p=kdf["p"],
                         maxmem=2 * 128 * kdf["r"] * (1 << kdf["logN"]) + (1 << 24), dklen=32)
    wrap = profile["passwordWrap"]
    assert wrap["cipher"] == "aes-256-gcm", wrap
    nonce = base64.b64decode(wrap["nonce"])
    assert len(nonce) == 12
    # GCM's keystream is CTR from nonce||00000002; the tag is not checked here, but a wrong key
    # cannot open the SQLCipher file, so a mistake shows.
    done = subprocess.run(["openssl", "enc", "-d", "-aes-256-ctr", "-nosalt", "-K", kek.hex(),
                           "-iv", nonce.hex() + "00000002"],
                          input=base64.b64decode(wrap["ciphertext"]), capture_output=True,
                          check=True)
    return done.stdout


def sqlcipher_query(path, key, sql):
    script = (f"PRAGMA key = \"x'{key.hex()}'\";\nPRAGMA cipher_page_size = 4096;\n"
              f".bail on\n{sql}\n")
    done = subprocess.run(["sqlcipher", "-batch", path], input=script, capture_output=True,
                          text=True, timeout=300)
    return done.returncode, done.stdout, done.stderr


# ------------------------------------------------------------------------------------------
# Base classes and assertions.

def field_map(record):
    return {f["key"]: f for f in record["fields"]}


class CliTestCase(unittest.TestCase):
    """Gives each class a work folder and a demo server (unless SERVER_DEMO is None)."""

    SERVER_DEMO = True
    START_SERVER = True

    @classmethod
    def setUpClass(cls):
        cls.workdir = make_workdir(cls.__name__)
        cls.addClassCleanup(remove_tree, cls.workdir)
        cls.server = None
        if cls.SERVER_DEMO is not None:
            cls.server = Server(cls.workdir, demo=cls.SERVER_DEMO)
            cls.addClassCleanup(cls.server.stop)
            if cls.START_SERVER:
                cls.server.start()
        cls._dirs = 0

    @classmethod
    def new_cli(cls, password=LOCAL_PASSWORD):
        cls._dirs += 1
        path = os.path.join(cls.workdir, f"cli{cls._dirs}")
        os.makedirs(path)
        return Cli(path, password)

    # --- the CLI's answers ------------------------------------------------------------------
    def assertExit(self, result, rc, code=None):
        msg = f"\n{result}"
        if self.server is not None and rc != result.rc:
            msg += f"\n--- server log\n{self.server.log_tail(15)}"
        self.assertEqual(result.rc, rc, f"wrong exit code{msg}")
        if code is not None:
            self.assertEqual(result.code, code, f"wrong error code{msg}")
        if rc == OK:
            self.assertIsNone(result.error(), f"an error was printed although it succeeded{msg}")
        return result

    def link(self, cli, name="main", user="alice", password=None, extra=(), json_out=True):
        pw = password or DEMO_PASSWORDS[user]
        args = ["link", self.server.url, "--database", "Demo", "--user", user, "--name", name,
                "--pin", self.server.pin] + list(extra) + (["--json"] if json_out else [])
        result = cli.run(*args, password=pw)
        self.assertExit(result, OK)
        return result

    def cli_records(self, cli, *extra, reveal=True):
        args = ["list", "--json", "--fields"] + (["--reveal"] if reveal else []) + list(extra)
        result = self.assertExit(cli.run(*args), OK)
        records = result.json()
        self.assertIsInstance(records, list, str(result))
        by_id = {}
        for r in records:
            self.assertNotIn(r["id"], by_id, f"record {r['id']} listed twice")
            by_id[r["id"]] = r
        return by_id

    def assertRecordsEqual(self, cli_records, server_records, what=""):
        """Same ids; each record and each of its fields equal, member by member."""
        missing = sorted(set(server_records) - set(cli_records))
        extra = sorted(set(cli_records) - set(server_records))
        self.assertFalse(missing or extra,
                         f"{what}: ids differ: {len(missing)} missing from the CLI "
                         f"(e.g. {missing[:10]}), {len(extra)} the server does not have "
                         f"(e.g. {extra[:10]}); CLI {len(cli_records)}, server "
                         f"{len(server_records)}")
        problems = []
        for rid in sorted(server_records):
            theirs, ours = server_records[rid], cli_records[rid]
            for member in sorted(set(theirs) | set(ours)):
                if member == "fields":
                    continue
                if theirs.get(member, "<absent>") != ours.get(member, "<absent>"):
                    problems.append(f"record {rid} {member}: server {theirs.get(member)!r}, "
                                    f"CLI {ours.get(member, '<absent>')!r}")
            their_keys = [f["key"] for f in theirs["fields"]]
            our_keys = [f["key"] for f in ours.get("fields", [])]
            if their_keys != our_keys:
                problems.append(f"record {rid} field order: server {their_keys}, CLI {our_keys}")
            ours_by_key = field_map(ours) if "fields" in ours else {}
            for field in theirs["fields"]:
                mine = ours_by_key.get(field["key"], {})
                for member in sorted(set(field) | set(mine)):
                    if field.get(member, "<absent>") != mine.get(member, "<absent>"):
                        problems.append(f"record {rid} field {field['key']} {member}: server "
                                        f"{field.get(member, '<absent>')!r}, CLI "
                                        f"{mine.get(member, '<absent>')!r}")
            if len(problems) > 40:
                break
        self.assertFalse(problems, f"{what}: {len(problems)}+ differences:\n" +
                         "\n".join(problems[:40]))

    def run_and_kill(self, cli, args, after_lines, pattern=r"^(re)?synchronized \d+ of \d+",
                     password=None, limit=600):
        """Starts the CLI, reads its stderr line by line and kills it (SIGKILL) right after the
        `after_lines`-th line matching `pattern`. Returns the stderr lines seen."""
        proc = cli.start(*args, password=password)
        watchdog = threading.Timer(limit, proc.kill)
        watchdog.start()
        seen, matched = [], 0
        try:
            for line in proc.stderr:
                seen.append(line.rstrip("\n"))
                if re.match(pattern, line):
                    matched += 1
                    if matched == after_lines:
                        proc.send_signal(signal.SIGKILL)
                        break
        finally:
            watchdog.cancel()
            proc.stderr.close()
            proc.stdout.close()
            rc = proc.wait()
        self.assertEqual(matched, after_lines,
                         f"vaultlink-cli {' '.join(args)} ended (exit {rc}) after {matched} "
                         f"progress lines, before the kill point {after_lines}:\n" +
                         "\n".join(seen[-20:]))
        self.assertEqual(rc, -signal.SIGKILL, "the process was killed")
        return seen

    def assertMirrorIntact(self, cli, profile_name, expected_count=None):
        """PRAGMA integrity_check on the mirror with the sqlcipher shell (skipped without it)."""
        if not sqlcipher_available():
            return "skipped: no sqlcipher shell"
        profile = next(p for p in cli.profiles_file() if p["name"] == profile_name)
        key = mirror_key(profile, cli.password)
        path = cli.mirror_path(profile_name)
        rc, out, err = sqlcipher_query(path, key, "PRAGMA integrity_check;\n"
                                                  "SELECT count(*) FROM records;")
        lines = [l for l in out.splitlines() if l.strip()]
        self.assertEqual(rc, 0, f"sqlcipher failed on {path}: {err}{out}")
        self.assertGreaterEqual(len(lines), 2, f"sqlcipher said: {out!r} {err!r}")
        self.assertEqual(lines[-2], "ok", f"integrity_check of {path}: {out}")
        if expected_count is not None:
            self.assertEqual(int(lines[-1]), expected_count, "rows in the records table")
        return "ok"
