"""The reference server (`vaultlink-server`) as a separate process: its data folder and admin
commands, the running server, and what it holds as seen from another device."""
import os
import queue
import re
import signal
import subprocess
import threading
import time
import urllib.parse

from .api import Api
from .env import child_env, config, die_with_parent

# The demo users `vaultlink-server init --demo` creates (published in the README on purpose).
DEMO_PASSWORDS = {name: f"{name}-demo-2026" for name in
                  ("alice", "bob", "carol", "dave", "erin", "frank", "gina", "hank", "ivan")}


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
        command = [config.server] + list(args) + (["--data", self.data] if data else [])
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
    def start(self, listen="127.0.0.1:0", timeout=120, extra_args=(), env=None):
        """Runs the server; `listen` 127.0.0.1:PORT restarts it on the port it had; `extra_args`
        go to `run`, `env` into its environment."""
        self.port = self.pin = None
        log = open(self.log_path, "ab")
        command = [config.server, "run", "--data", self.data, "--listen", listen]
        command += list(extra_args)
        self.proc = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=log,
                                     env=child_env(env), text=True, preexec_fn=die_with_parent)
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

