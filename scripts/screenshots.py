#!/usr/bin/env python3
"""Drives the real app (`vaultlink --drive`) through its main pages and grabs each one; used by
scripts/screenshots.sh. Reuses the end-to-end tests' server and app drivers."""
import argparse
import os
import time

import e2e  # tests/integration/e2e, on PYTHONPATH (set by scripts/screenshots.sh)


def main():
    parser = argparse.ArgumentParser()
    for name in ("--app", "--cli", "--server", "--out"):
        parser.add_argument(name, required=True)
    # offscreen renders with Qt Quick's software renderer, which draws no Material shadows; under
    # an X server (xvfb-run) the app renders with OpenGL as on a desktop.
    parser.add_argument("--platform", default="offscreen")
    args = parser.parse_args()
    e2e.config.server, e2e.config.cli, e2e.config.app = args.server, args.cli, args.app
    out = os.path.abspath(args.out)
    os.makedirs(out, exist_ok=True)
    workdir = e2e.make_workdir("screenshots")
    server = e2e.Server(workdir)
    server.start()
    app = None
    try:
        png = os.path.join(workdir, "link-qr.png")
        server.link_code(png)
        quiet = {"security": {"idleLockSeconds": 0}}  # no lock while the pictures are taken
        app = e2e.App(workdir, png, platform=args.platform, settings=quiet)
        shot = lambda name: app.do("grab", os.path.join(out, name + ".png"))  # noqa: E731
        app.until_visible("scanButton")
        shot("link")
        app.do("click", "scanButton")
        app.until_visible("linkButton")
        shot("link-code")
        app.do("type", "passwordField", e2e.DEMO_PASSWORDS["alice"])
        app.do("click", "linkButton")
        app.until_visible("unlockButton", 120)
        shot("unlock")
        app.unlock(e2e.DEMO_PASSWORDS["alice"])
        app.until_visible("record_0")
        shot("vault")
        # The desktop's stand-in for the phones' autofill.
        app.do("click", "menuButton")
        app.until_visible("autofillButton")
        app.do("click", "autofillButton")
        app.until_visible("autofillAddress")
        app.do("type", "autofillAddress", "https://staging.shopify.example/login")
        app.do("click", "autofillFind")
        app.until_visible("autofillMatch_0")
        shot("autofill")
        app.do("click", "backButton")
        app.until_visible("searchField")
        app.do("type", "searchField", "shop")
        app.until_visible("record_0")
        shot("search")
        app.do("click", "record_0")
        app.until_visible("recordPage")
        shot("record")

        # Writing: the record edited here while another device changes the same field, which
        # makes a conflict to review after the sync; then a new record's choices.
        name = app.do("get", "recordPage", "title")
        edited = next(r for r in server.records().values()
                      if e2e.field_map(r)["name"]["value"] == name)
        app.do("click", "editButton")
        app.until_visible("editorPage")
        app.do("clear", "field_username")
        app.do("type", "field_username", "lena.changed-here")
        shot("editor")
        server.api().patch(server.observer_token(), edited["id"], username="lena.changed-there")
        app.do("click", "saveButton")
        app.until_visible("recordPage")
        app.do("click", "backButton")
        app.do("click", "menuButton")
        app.until_visible("syncButton")
        app.do("click", "syncButton")
        app.until_visible("reviewButton", 120)
        app.do("click", "reviewButton")
        app.until_visible("conflictsPage")
        shot("conflicts")
        app.do("click", "keepServers_0")  # the pictures after these show no conflict
        app.do("click", "backButton")
        app.do("click", "newRecordButton")
        app.until_visible("newRecordPage")
        shot("new-record")
        app.do("click", "backButton")
        app.do("click", "menuButton")
        app.until_visible("settingsButton")
        app.do("click", "settingsButton")
        app.until_visible("settingsPage")
        shot("settings")
        # Biometric unlock with the desktop's stand-in (keys in the keyring scripts/screenshots.sh
        # gives it): turned on with the password, then the Unlock page offers it.
        app.do("click", "biometricSwitch")
        app.until_visible("passwordField")
        app.do("type", "passwordField", e2e.DEMO_PASSWORDS["alice"])
        app.do("key", "Return")
        app.until_visible("standInConfirm")
        time.sleep(1)  # the dialog's opening transition
        shot("stand-in-sensor")
        app.do("click", "standInConfirm")
        while app.do("get", "biometricSwitch", "checked") != "true":
            time.sleep(0.1)
        app.do("click", "backButton")
        app.do("click", "lockButton")
        app.until_visible("profilesPage")
        shot("profiles")
        app.do("click", "profile_0")
        app.until_visible("biometricButton")
        shot("unlock-biometric")
        app.close()

        # The same user again, in the dark theme.
        dark = {**quiet, "appearance": {"theme": 2}}
        app = e2e.App(workdir, data=app.data, platform=args.platform, settings=dark)
        app.until_visible("profileList")
        app.do("click", "profile_0")
        app.until_visible("unlockButton")
        app.unlock(e2e.DEMO_PASSWORDS["alice"])
        app.until_visible("record_0")
        shot("vault-dark")
        app.do("click", "record_0")
        app.until_visible("recordPage")
        shot("record-dark")
        print(f"screenshots written to {out}")
    finally:
        if app:
            app.close()
        server.stop()
        e2e.remove_tree(workdir)


if __name__ == "__main__":
    main()
