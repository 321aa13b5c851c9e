"""vaultlink-cli as a user runs it: one data folder each, its exit codes, its answers."""
import json
import os
import re
import subprocess

from .env import cli_env, config, die_with_parent

# Exit codes of vaultlink-cli (src/cli/exit_codes.h).
(OK, SERVER_ERROR, USAGE, AUTH, NETWORK, POLICY, LOCAL_DATA, LINK_CODE, NOT_ALLOWED,
 CHANGES_WAITING) = range(10)

# The password of the local profiles the tests create (it protects the mirror's key).
LOCAL_PASSWORD = "alice-demo-2026"


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
        argv = [config.cli] + list(args) + ["--data-dir", self.data_dir]
        if stdin_password:
            argv.append("--password-stdin")
        return argv

    def run(self, *args, password=None, stdin_password=True, timeout=300, stdin=None,
            clock=None, extra_env=None):
        """Runs the CLI to the end. `password` (default: this folder's) goes to stdin. `clock`
        sets the time the CLI reads, as faketime(1) takes it ("@2026-01-02 03:04:05", "+2d"):
        the device's clock moved for this one command."""
        if stdin is None and stdin_password:
            stdin = (self.password if password is None else password) + "\n"
        argv = self.command(args, stdin_password)
        env = cli_env()
        env.update(extra_env or {})
        if clock is not None:
            argv = ["faketime", "-f", clock] + argv
            # libfaketime is preloaded ahead of a sanitizer build's runtime.
            env["ASAN_OPTIONS"] = env.get("ASAN_OPTIONS", "") + ":verify_asan_link_order=0"
        done = subprocess.run(argv, input=stdin, capture_output=True, text=True,
                              env=env, timeout=timeout, preexec_fn=die_with_parent)
        return CliResult(list(args), done.returncode, done.stdout, done.stderr)

    def start(self, *args, password=None, extra_env=None):
        """Starts the CLI with stderr to read line by line (crash tests)."""
        argv = self.command(args)
        env = cli_env()
        env.update(extra_env or {})
        proc = subprocess.Popen(argv, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, text=True, env=env,
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


