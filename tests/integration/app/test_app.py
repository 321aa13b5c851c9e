#!/usr/bin/env python3
"""The real app, offscreen, against the reference server on a random port, driven as a user
would through `vaultlink --drive` (real mouse and key events on the real QML pages): link through
the QR picture the server renders, chosen in the image picker, unlock, search, open a record,
copy its password and see the clipboard cleared after the (shortened) delay, and the vault lock
itself after the (shortened) idle time. The same picture shown to the stand-in camera is read
from its frames; a picture of another QR code is refused with its reason."""
import configparser
import os
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "cli"))
import harness  # noqa: E402
import qr_encode  # noqa: E402

APP = None
CLIPBOARD_SECONDS = 2
IDLE_SECONDS = 8


def field(record, key):
    return next((f["value"] for f in record["fields"] if f["key"] == key), "")


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
        env = harness.cli_env()
        env.update(QT_QPA_PLATFORM=platform, VAULTLINK_DATA_DIR=self.data,
                   VAULTLINK_STAND_IN_CAMERA=camera_picture)
        self.log_path = os.path.join(self.data, "app.log")
        self.proc = subprocess.Popen([APP, "--drive"], stdin=subprocess.PIPE,
                                     stdout=subprocess.PIPE, stderr=open(self.log_path, "ab"),
                                     text=True, env=env, preexec_fn=harness.die_with_parent)

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


class AppWalkthrough(harness.CliTestCase):

    def test_link_by_qr_unlock_search_copy_and_lock(self):
        png = os.path.join(self.workdir, "link-qr.png")
        self.server.link_code(png)
        records = self.server.records("alice")
        names = [field(r, "name").lower() for r in records.values()]
        # A record with a password and a name that is in no other record's name.
        wanted = next(r for r in records.values()
                      if field(r, "password")
                      and sum(field(r, "name").lower() in n for n in names) == 1)

        app = App(self.workdir)
        self.addCleanup(app.close)
        app.until_visible("openImage")
        app.do("click", "openImage")
        app.pick_file(png)
        app.until_visible("linkButton")          # the code was read: password and name next
        app.do("type", "passwordField", harness.DEMO_PASSWORDS["alice"])
        app.do("click", "linkButton")
        app.until_visible("unlockButton", 120)   # linked and synced; unlock it now

        app.unlock(harness.DEMO_PASSWORDS["alice"])
        app.do("wait", "recordList", "count", str(len(records)), "20000")

        app.do("type", "searchField", field(wanted, "name"))
        app.do("wait", "recordList", "count", "1", "5000")
        app.do("click", "record_0")
        app.until_visible("copy_password")
        app.do("click", "copy_password")
        copied_at = time.monotonic()
        self.assertEqual(app.do("clipboard"), field(wanted, "password"))
        while app.do("clipboard") != "":
            self.assertLess(time.monotonic() - copied_at, CLIPBOARD_SECONDS + 5,
                            "the copied password stayed on the clipboard")
            time.sleep(0.1)
        self.assertGreaterEqual(time.monotonic() - copied_at, CLIPBOARD_SECONDS - 1)

        # Untouched, the vault locks itself and the profile list comes back.
        app.until_visible("profilesPage", IDLE_SECONDS + 20)
        self.assertEqual(app.do("visible", "recordPage"), "false")
        self.assertEqual(app.do("visible", "vaultPage"), "false")

    def test_the_camera_reads_the_code_from_its_frames(self):
        png = os.path.join(self.workdir, "link-qr.png")
        self.server.link_code(png)
        app = App(self.workdir, png)             # the stand-in camera shows the server's PNG
        self.addCleanup(app.close)
        app.until_visible("scanButton")
        app.do("click", "scanButton")
        app.until_visible("linkButton")
        self.assertEqual(app.do("visible", "viewfinder"), "false", "the camera kept running")

    def test_a_picture_of_another_code_is_refused_with_its_reason(self):
        png = os.path.join(self.workdir, "wifi.png")
        with open(png, "wb") as f:
            f.write(qr_encode.qr_png("WIFI:T:WPA;S:office;P:secret;;"))
        app = App(self.workdir)
        self.addCleanup(app.close)
        app.until_visible("openImage")
        app.do("click", "openImage")
        app.pick_file(png)
        app.until_visible("linkError")
        message = app.do("get", "linkError", "message")
        self.assertIn("Wi-Fi", message)
        self.assertNotIn("secret", message)
        self.assertEqual(app.do("visible", "linkButton"), "false")


if __name__ == "__main__":
    args = []
    rest = iter(sys.argv[1:])
    for arg in rest:
        if arg == "--app":
            APP = next(rest)
        else:
            args.append(arg)
    sys.argv = [sys.argv[0]] + args
    harness.main()
