#!/usr/bin/env python3
"""The real app, offscreen, against the reference server on a random port, driven as a user
would through `vaultlink --drive` (real mouse and key events on the real QML pages): link through
the QR picture the server renders, chosen in the image picker, unlock, search, open a record,
copy its password and see the clipboard cleared after the (shortened) delay, and the vault lock
itself after the (shortened) idle time. The same picture shown to the stand-in camera is read
from its frames; a picture of another QR code is refused with its reason. Records are written in
the app offline first: created, changed while the server is down, sent when it is back, and a
conflict with another device's change resolved on the Conflicts page; the server's records are
read through the API to check each step. Biometric unlock with the desktop's stand-in (its keys in
the keyring of tests/integration/keyring/with_keyring.sh, which runs this file): turned on with
the password, the vault opens without it, and a session the server ended is signed in again
behind the stand-in's prompt. The second-factor dialog, for a user with push, PIN and TOTP: a
push waited for and stopped (the server's request withdrawn), a push denied on the server's admin
command line, then the PIN instead.

    PYTHONPATH=tests/integration python3 tests/integration/app/test_app.py \\
        --app PATH/vaultlink --cli PATH/vaultlink-cli --server PATH/vaultlink-server
"""
import json
import os
import time

import e2e
from e2e import CLIPBOARD_SECONDS, DEMO_PASSWORDS, IDLE_SECONDS, App, qr_encode


def field(record, key):
    return next((f["value"] for f in record["fields"] if f["key"] == key), "")


def until(condition, timeout, what):
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"{what} did not happen within {timeout} s")
        time.sleep(0.1)


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

    def link_and_unlock(self, app):
        """The first steps of a user: the link code's picture, the password, unlock."""
        png = os.path.join(self.workdir, "link-qr.png")
        self.server.link_code(png)
        app.until_visible("openImage")
        app.do("click", "openImage")
        app.pick_file(png)
        app.until_visible("linkButton")
        app.do("type", "passwordField", DEMO_PASSWORDS["alice"])
        app.do("click", "linkButton")
        app.until_visible("unlockButton", 120)
        app.unlock(DEMO_PASSWORDS["alice"])

    def sync(self, app):
        """"Synchronize now" from the vault's menu; answers what the vault then says of it."""
        app.do("click", "menuButton")
        app.until_visible("syncButton")
        app.do("click", "syncButton")
        until(lambda: not app.do("get", "syncStatus", "text").startswith("Synchronizing"), 120,
              "the end of the sync")
        return app.do("get", "pushLine", "text") if app.do("visible", "pushLine") == "true" else ""

    def confirm_stand_in(self, app):
        """The stand-in's question in place of the sensor, answered yes."""
        app.until_visible("standInConfirm", 30)
        app.do("click", "standInConfirm")

    def test_biometric_unlock_and_signing_in_again_without_the_password(self):
        app = App(self.workdir, settings={"security": {"idleLockSeconds": 0}})
        self.addCleanup(app.close)
        self.link_and_unlock(app)
        app.do("click", "menuButton")
        app.until_visible("settingsButton")
        app.do("click", "settingsButton")
        app.until_visible("biometricSwitch")
        app.do("click", "biometricSwitch")
        app.until_visible("passwordField")  # the dialog's
        app.do("type", "passwordField", DEMO_PASSWORDS["alice"])
        app.do("key", "Return")
        self.confirm_stand_in(app)
        until(lambda: app.do("get", "biometricSwitch", "checked") == "true", 30,
              "biometric unlock turned on")
        app.do("click", "backButton")
        self.sync(app)  # the device-login key goes to the server

        app.do("click", "lockButton")
        app.until_visible("profilesPage")
        app.do("click", "profile_0")
        app.until_visible("biometricButton")
        app.do("click", "biometricButton")
        self.confirm_stand_in(app)
        app.until_visible("recordList")

        # The server ends the session (its refresh tokens live a second) and takes the device
        # key in place of the password.
        self.server.settings(refresh_token_seconds=1)
        try:
            self.sync(app)
        finally:
            self.server.settings(refresh_token_seconds=604800)
        time.sleep(2.5)
        self.server.settings(device_login="both")
        try:
            app.do("click", "menuButton")
            app.until_visible("syncButton")
            app.do("click", "syncButton")
            self.confirm_stand_in(app)  # "Sign in to the server"
            until(lambda: not app.do("get", "syncStatus", "text").startswith("Synchronizing"),
                  120, "the end of the sync")
            if app.do("visible", "syncError") == "true":
                self.fail(app.do("get", "syncError", "message"))
            self.assertIn("/auth/device-login 200", self.server.log_tail(60))
        finally:
            self.server.settings(device_login="none")

    def edit_field(self, app, name, value):
        app.do("clear", "field_" + name)
        app.do("type", "field_" + name, value)

    def test_write_offline_first_sync_and_resolve_a_conflict(self):
        name = "Written in the app"
        # No idle lock: a sync against a stopped server waits out its retries without input.
        # No automatic sync: the conflict below needs the app not to hear of the other device's
        # change before it writes its own (live, it would sync first and no conflict arise).
        app = App(self.workdir, settings={"security": {"idleLockSeconds": 0},
                                          "sync": {"automatic": 2}})
        self.addCleanup(app.close)
        self.link_and_unlock(app)
        count = len(self.server.records("alice"))
        app.do("wait", "recordList", "count", str(count), "20000")

        # A new record: the name is required before it can be saved; Ctrl+S saves.
        app.do("click", "newRecordButton")
        app.until_visible("newRecordPage")
        self.assertEqual(app.do("visible", "place_0"), "true")   # Personal
        app.do("click", "form_login")
        app.do("click", "continueButton")
        app.until_visible("editorPage")
        self.assertEqual(app.do("get", "saveButton", "enabled"), "false")
        self.assertEqual(app.do("get", "problem_name", "text"), "A record needs a name.")
        app.do("type", "field_name", name)
        app.do("type", "field_username", "app-user")
        app.do("type", "field_password", "first-Secret-42")
        self.assertTrue(app.do("get", "strength_password", "text"))
        app.do("key", "Ctrl+S")
        app.until_visible("recordPage")                       # shown at once
        self.assertEqual(app.do("get", "changeState", "text"),
                         "Changed on this device; not sent to the server yet.")
        app.do("click", "backButton")
        app.do("type", "searchField", name)
        app.do("wait", "recordList", "count", "1", "5000")
        self.assertEqual(app.do("visible", "pending_0"), "true")
        self.assertIn("1 change waits to be sent", app.do("get", "syncStatus", "text"))

        self.assertEqual(self.sync(app), "Sent 1 change.")
        self.assertEqual(app.do("visible", "pending_0"), "false")
        made = [r for r in self.server.records("alice").values() if field(r, "name") == name]
        self.assertEqual(len(made), 1)
        record_id = made[0]["id"]
        self.assertEqual((field(made[0], "username"), field(made[0], "password")),
                         ("app-user", "first-Secret-42"))

        # Changed with the server down: saved at once, the old password in the record's history.
        port = self.server.port
        self.server.stop()
        app.do("click", "record_0")
        app.until_visible("editButton")
        app.do("click", "editButton")
        app.until_visible("editorPage")
        self.edit_field(app, "username", "offline-user")
        self.edit_field(app, "password", "second-Secret-43")
        app.do("click", "saveButton")
        app.until_visible("recordPage")
        self.assertEqual(app.do("get", "history_0", "text"), "••••••••")
        app.do("click", "revealHistory_0")
        self.assertEqual(app.do("get", "history_0", "text"), "first-Secret-42")
        app.do("click", "backButton")
        self.assertEqual(app.do("visible", "pending_0"), "true")
        self.assertEqual(self.sync(app), "")                   # no server: it fails, keeps all
        self.assertEqual(app.do("visible", "syncError"), "true")
        self.assertIn("1 change waits to be sent", app.do("get", "syncStatus", "text"))

        self.server.start(listen=f"127.0.0.1:{port}")
        self.assertEqual(self.sync(app), "Sent 1 change.")
        self.assertEqual(app.do("visible", "syncError"), "false")
        now = self.server.records("alice")[record_id]
        self.assertEqual((field(now, "username"), field(now, "password")),
                         ("offline-user", "second-Secret-43"))

        # Another device changes the user name; the app changes it too, differently.
        self.server.api().patch(self.server.observer_token("alice"), record_id,
                                username="from-another-device")
        app.do("click", "record_0")
        app.until_visible("editButton")
        app.do("click", "editButton")
        app.until_visible("editorPage")
        self.edit_field(app, "username", "from-the-app")
        app.do("click", "saveButton")
        app.until_visible("recordPage")
        app.do("click", "backButton")
        self.assertEqual(self.sync(app), "1 new conflict to review.")
        self.assertEqual(app.do("visible", "noted_0"), "true")
        self.assertEqual(app.do("get", "attentionLine", "text"), "⚠ 1 conflict to review")
        self.assertEqual(field(self.server.records("alice")[record_id], "username"),
                         "from-another-device")

        # Resolved on the Conflicts page: both values, when and where; mine kept and sent.
        app.do("click", "reviewButton")
        app.until_visible("conflictsPage")
        self.assertEqual(app.do("get", "mine_0", "text"), "from-the-app")
        self.assertEqual(app.do("get", "theirs_0", "text"), "from-another-device")
        self.assertIn("this device", app.do("get", "mine_0Where", "text"))
        self.assertIn("integration test observer", app.do("get", "theirs_0Where", "text"))
        app.do("click", "keepMine_0")
        app.until_visible("nothingWaits")
        app.do("click", "backButton")
        self.assertEqual(app.do("visible", "attention"), "false")
        self.assertEqual(self.sync(app), "Sent 1 change.")
        self.assertEqual(field(self.server.records("alice")[record_id], "username"),
                         "from-the-app")
        self.assertEqual(app.do("visible", "noted_0"), "false")
        self.assertEqual(app.do("visible", "pending_0"), "false")

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

    def test_a_push_stopped_then_denied_and_the_pin_chosen_in_the_second_factor_dialog(self):
        # gina's methods in the server's order: push, PIN, TOTP. Linked from her link code: the
        # Link page's database list has no objectName the driver could click.
        png = os.path.join(self.workdir, "gina-link-qr.png")
        self.server.link_code(png, user="gina")

        def pending():
            return json.loads(self.server.admin("mfa", "pending", "--user", "gina", "--json"))

        def one_request():
            until(pending, 30, "gina's sign-in request on the server")
            requests = pending()
            self.assertEqual(len(requests), 1, requests)
            self.assertEqual((requests[0]["user"], requests[0]["method"]), ("gina", "push"))
            return requests[0]

        app = App(self.workdir)
        self.addCleanup(app.close)
        app.until_visible("openImage")
        app.do("click", "openImage")
        app.pick_file(png)
        app.until_visible("linkButton")
        app.do("type", "passwordField", DEMO_PASSWORDS["gina"])
        app.do("click", "linkButton")

        # The dialog offers her three methods, the server's first chosen; a push takes no code.
        app.until_visible("method_push", 30)
        self.assertEqual(app.do("visible", "method_pin"), "true")
        self.assertEqual(app.do("visible", "method_totp"), "true")
        self.assertEqual(app.do("get", "method_push", "checked"), "true")
        self.assertEqual(app.do("visible", "secondFactorCode"), "false")
        self.assertEqual(app.do("visible", "secondFactorRetry"), "false")

        # Waiting for the push, stopped: the server's request is withdrawn, the dialog asks again.
        app.do("click", "secondFactorContinue")
        app.until_visible("secondFactorWaiting", 30)
        self.assertIn("Approve the sign-in on", app.do("get", "secondFactorWaiting", "text"))
        self.assertIn("second", app.do("get", "secondFactorTimeLeft", "text"))
        one_request()
        app.do("click", "secondFactorStop")
        app.until_visible("method_push", 30)
        self.assertEqual(app.do("get", "secondFactorRetry", "message"),
                         "The sign-in was cancelled.")
        until(lambda: pending() == [], 10, "the stopped push withdrawn on the server")

        # Pushed again and denied on the server: asked again, and told so.
        app.do("click", "secondFactorContinue")
        app.until_visible("secondFactorWaiting", 30)
        self.server.admin("mfa", "deny", str(one_request()["id"]))
        app.until_visible("method_push", 30)
        self.assertEqual(app.do("get", "secondFactorRetry", "message"), "The sign-in was denied.")
        self.assertEqual(pending(), [])

        # The PIN instead: its field, Continue only once it is long enough, Return sends it.
        app.do("click", "method_pin")
        app.until_visible("secondFactorCode")
        self.assertEqual(app.do("get", "secondFactorContinue", "enabled"), "false")
        app.do("type", "secondFactorCode", "1357")
        self.assertEqual(app.do("get", "secondFactorContinue", "enabled"), "true")
        app.do("key", "Return")
        app.until_visible("unlockButton", 120)   # linked and synced
        self.assertEqual(app.do("visible", "method_pin"), "false", "the dialog stayed open")
        self.assertEqual(app.do("visible", "linkError"), "false")
        with open(os.path.join(app.data, "profiles.json")) as f:
            profiles = json.load(f)["profiles"]
        self.assertEqual([p["lastMfaMethod"] for p in profiles], ["pin"])


if __name__ == "__main__":
    e2e.main(app=True)
