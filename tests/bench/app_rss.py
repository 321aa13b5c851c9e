#!/usr/bin/env python3
"""The desktop app's memory for scripts/bench.sh: the real app (QML pages, the view-models, the
vault) offscreen on a linked profile, driven as the end-to-end tests drive it (`--drive`: real
mouse and key events, one command on stdin, one answer on stdout; tests/integration/e2e/app.py),
under GNU time for its peak RSS.

  app_rss.py APP DATADIR profiles
      Starts the app on DATADIR, waits for the profiles page, quits: the baseline.
  app_rss.py APP DATADIR vault [--term TERM] [--hits N]
      Starts the app on DATADIR, opens the first profile, unlocks it with the password (first
      line of stdin), waits for the vault's list to show its rows, then searches TERM (typed
      into the search field, as a user would) and waits for the list to show the hits (N of
      them when given), then quits.

Prints "name value unit" lines: app_<mode>_rss (GNU time's maximum RSS of the whole run, MB),
app_<mode>_hwm (the process's VmHWM just before quitting, MB), app_<mode>_start (start until the
profiles page, ms); for the vault also app_vault_unlock (the Unlock button until the list shows
rows, KDF and the vault's first sync's start included, ms), app_vault_rows, app_vault_search
(the term typed until the list shows the hits, ms) and app_vault_hits. Exit status 1, with the
app's log on stderr, if the app could not be driven.
"""

import argparse
import os
import subprocess
import sys
import tempfile
import time


class Driven:
    def __init__(self, app, data):
        env = {k: v for k, v in os.environ.items()
               if k.lower() not in ("http_proxy", "https_proxy", "all_proxy", "no_proxy")}
        env.update(QT_QPA_PLATFORM="offscreen", VAULTLINK_DATA_DIR=data)
        self.time_file = tempfile.NamedTemporaryFile(prefix="app-time-", delete=False).name
        self.log_path = os.path.join(data, "app-bench.log")
        self.started = time.monotonic()
        self.proc = subprocess.Popen(
            ["/usr/bin/time", "-f", "%M", "-o", self.time_file, app, "--drive"],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=open(self.log_path, "ab"),
            text=True, env=env)

    def do(self, *words):
        self.proc.stdin.write(" ".join(words) + "\n")
        self.proc.stdin.flush()
        answer = self.proc.stdout.readline().rstrip("\n")
        if not answer.startswith("ok"):
            raise RuntimeError(f"{' '.join(words)}: {answer or 'the app ended'}")
        return answer[3:]

    def until(self, condition, timeout, what):
        deadline = time.monotonic() + timeout
        while not condition():
            if time.monotonic() > deadline:
                raise RuntimeError(f"{what} did not happen within {timeout} s")
            time.sleep(0.02)

    def visible(self, name):
        return self.do("visible", name) == "true"

    def app_pid(self):
        """The app under GNU time: time's only child."""
        try:
            with open(f"/proc/{self.proc.pid}/task/{self.proc.pid}/children") as f:
                return int(f.read().split()[0])
        except (OSError, IndexError, ValueError):
            return None

    def hwm_mb(self):
        pid = self.app_pid()
        try:
            with open(f"/proc/{pid}/status") as f:
                for line in f:
                    if line.startswith("VmHWM:"):
                        return int(line.split()[1]) / 1024
        except (OSError, TypeError):
            pass
        return None

    def quit(self):
        """Quits the app; answers GNU time's maximum RSS in MB."""
        try:
            self.do("quit")
        except (RuntimeError, OSError):
            pass
        try:
            self.proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
            return None
        try:
            with open(self.time_file) as f:
                lines = [line for line in f.read().split("\n") if line.strip().isdigit()]
            return int(lines[-1]) / 1024 if lines else None
        finally:
            os.unlink(self.time_file)

    def log_tail(self):
        with open(self.log_path, errors="replace") as log:
            return "".join(log.readlines()[-30:])


def figure(name, value, unit):
    if value is not None:
        print(f"{name} {value:.0f} {unit}" if unit == "count" else f"{name} {value:.1f} {unit}")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("app")
    parser.add_argument("data")
    parser.add_argument("mode", choices=["profiles", "vault"])
    parser.add_argument("--term")
    parser.add_argument("--hits", type=int)
    args = parser.parse_args()
    password = sys.stdin.readline().rstrip("\r\n") if args.mode == "vault" else ""

    app = Driven(args.app, args.data)
    mode = args.mode
    try:
        app.until(lambda: app.visible("profile_0"), 60, "the profiles page")
        figure(f"app_{mode}_start", 1000 * (time.monotonic() - app.started), "ms")
        if mode == "vault":
            app.do("click", "profile_0")
            app.until(lambda: app.visible("unlockButton"), 30, "the unlock page")
            app.do("type", "passwordField", password)
            start = time.monotonic()
            app.do("click", "unlockButton")
            app.until(lambda: app.visible("recordList")
                      and int(app.do("get", "recordList", "count") or 0) > 0, 120,
                      "the vault's list with rows")
            figure("app_vault_unlock", 1000 * (time.monotonic() - start), "ms")
            rows = int(app.do("get", "recordList", "count"))
            figure("app_vault_rows", rows, "count")
            if args.term:
                start = time.monotonic()
                app.do("type", "searchField", args.term)
                if args.hits is not None:
                    app.until(lambda: int(app.do("get", "recordList", "count")) == args.hits,
                              30, f"the list showing {args.hits} hits")
                else:  # the list changed, and stayed so for half a second
                    app.until(lambda: int(app.do("get", "recordList", "count")) != rows, 30,
                              "the list showing the hits")
                searched = time.monotonic()
                hits = int(app.do("get", "recordList", "count"))
                while time.monotonic() - searched < 0.5:
                    now = int(app.do("get", "recordList", "count"))
                    if now != hits:
                        hits, searched = now, time.monotonic()
                    time.sleep(0.02)
                figure("app_vault_search", 1000 * (searched - start), "ms")
                figure("app_vault_hits", hits, "count")
        figure(f"app_{mode}_hwm", app.hwm_mb(), "MB")
    except (RuntimeError, OSError, ValueError) as error:
        app.quit()
        sys.stderr.write(f"app_rss.py ({mode}): {error}\napp log:\n{app.log_tail()}")
        sys.exit(1)
    rss = app.quit()
    if rss is None:
        sys.stderr.write(f"app_rss.py ({mode}): no maximum RSS from GNU time\n")
        sys.exit(1)
    figure(f"app_{mode}_rss", rss, "MB")


if __name__ == "__main__":
    main()
