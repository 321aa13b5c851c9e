#!/usr/bin/env python3
"""The real app, offscreen, against the reference server on a random port, driven as a user
would through `vaultlink --drive` (real mouse and key events on the real QML pages): link through
the QR picture the server renders, chosen in the image picker, unlock, search, open a record,
copy its password and see the clipboard cleared after the (shortened) delay, and the vault lock
itself after the (shortened) idle time. The same picture shown to the stand-in camera is read
from its frames; a picture of another QR code is refused with its reason.

    PYTHONPATH=tests/integration python3 tests/integration/app/test_app.py \\
        --app PATH/vaultlink --cli PATH/vaultlink-cli --server PATH/vaultlink-server
"""
import os
import time

import e2e
from e2e import CLIPBOARD_SECONDS, DEMO_PASSWORDS, IDLE_SECONDS, App, qr_encode


def field(record, key):
    return next((f["value"] for f in record["fields"] if f["key"] == key), "")


class AppWalkthrough(e2e.CliTestCase):

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
        app.do("type", "passwordField", DEMO_PASSWORDS["alice"])
        app.do("click", "linkButton")
        app.until_visible("unlockButton", 120)   # linked and synced; unlock it now

        app.unlock(DEMO_PASSWORDS["alice"])
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
    e2e.main(app=True)
