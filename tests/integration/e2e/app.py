"""The real app (`vaultlink --drive`) as the end-to-end test and scripts/screenshots.py drive it:
real mouse and key events on the real QML pages, one command on stdin, one answer on stdout."""
import configparser
import os
import subprocess
import tempfile
import time

from .env import cli_env, config, die_with_parent

# Written into each new data folder's settings, so that the test sees the clipboard cleared and
# the vault locked within seconds instead of the defaults' minutes.
CLIPBOARD_SECONDS = 2
IDLE_SECONDS = 8


class App:
    """`vaultlink --drive` on its own data folder; one command, one answer."""

    def __init__(self, workdir, camera_picture="", data=None, platform="offscreen", settings=None):
        """A new data folder in workdir, or `data` again (a second run of the same user);
        `settings` ({group: {key: value}}) are written into its settings file first."""
        self.data = data or tempfile.mkdtemp(prefix="app-", dir=workdir)
        ini = configparser.ConfigParser(interpolation=None)
        ini.optionxform = str
        ini.read(os.path.join(self.data, "settings.ini"))
        wanted = {"security": {"clipboardSeconds": CLIPBOARD_SECONDS,
                               "idleLockSeconds": IDLE_SECONDS}}
        for group, values in {**wanted, **(settings or {})}.items():
            ini.setdefault(group, {})
            for key, value in values.items():
                ini[group][key] = str(value)
        with open(os.path.join(self.data, "settings.ini"), "w") as out:
            ini.write(out, space_around_delimiters=False)
        env = cli_env()
        env.update(QT_QPA_PLATFORM=platform, VAULTLINK_DATA_DIR=self.data,
                   VAULTLINK_STAND_IN_CAMERA=camera_picture)
        self.log_path = os.path.join(self.data, "app.log")
        self.proc = subprocess.Popen([config.app, "--drive"], stdin=subprocess.PIPE,
                                     stdout=subprocess.PIPE, stderr=open(self.log_path, "ab"),
                                     text=True, env=env, preexec_fn=die_with_parent)

    def do(self, *words):
        self.proc.stdin.write(" ".join(words) + "\n")
        self.proc.stdin.flush()
        answer = self.proc.stdout.readline().rstrip("\n")
        if not answer.startswith("ok"):
            raise AssertionError(f"{' '.join(words)}: {answer or 'the app ended'}\n"
                                 f"{self.log_tail()}")
        return answer[3:]

    def until_visible(self, name, timeout=60):
        deadline = time.monotonic() + timeout
        while self.do("visible", name) != "true":
            if time.monotonic() > deadline:
                raise AssertionError(f"{name} never became visible\n{self.log_tail()}")
            time.sleep(0.1)

    def pick_file(self, path):
        """In the image picker (Qt's own file dialog), as a keyboard user: Ctrl+L, the path,
        Return."""
        self.until_visible("fileDialogListView")
        self.do("key", "Ctrl+L")
        self.do("keys", path)
        self.do("key", "Return")

    def unlock(self, password):
        """On the unlock page: the password, Unlock, and the vault's list."""
        self.do("type", "passwordField", password)
        self.do("click", "unlockButton")
        self.until_visible("recordList")

    def log_tail(self):
        with open(self.log_path, errors="replace") as log:
            return "app log:\n" + "".join(log.readlines()[-30:])

    def close(self):
        if self.proc.poll() is None:
            try:
                self.do("quit")
                self.proc.wait(timeout=20)
            except (AssertionError, OSError, subprocess.TimeoutExpired):
                self.proc.kill()
                self.proc.wait()
