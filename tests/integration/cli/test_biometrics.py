#!/usr/bin/env python3
"""Biometric unlock with the desktop's stand-in, as a user scripts it: the keys in a keyring of
the test's own (run through tests/integration/keyring/with_keyring.sh), a line "y" on stdin
standing in for the sensor. Enabling needs the password; then the vault opens without it; a
cancel changes nothing; the keyring entry removed (what a new enrolment does on a phone) turns
biometrics off with its own message, and only the password turns them on again; disable.
When the server has ended the session, biometrics sign in again in place of the password and the
second factor, as far as the server's policy lets them."""
import json
import os
import subprocess
import time

import e2e
from e2e import AUTH, DEMO_PASSWORDS, OK, POLICY, USAGE

SERVICE = "Vaultlink biometric stand-in"


class BiometricsTest(e2e.CliTestCase):

    def keyring_entry(self, alias):
        found = subprocess.run(["secret-tool", "lookup", "server", SERVICE, "user", alias],
                               capture_output=True)
        return found.returncode == 0 and len(found.stdout) > 0

    def status(self, cli):
        return self.assertExit(cli.run("biometrics", "status", "--json", stdin=""), OK).json()

    def test_stand_in(self):
        cli = self.new_cli()
        self.link(cli, password=DEMO_PASSWORDS["alice"])
        password = DEMO_PASSWORDS["alice"]
        expected = self.server.records("alice")
        with open(os.path.join(cli.data_dir, "profiles.json")) as f:
            alias = "vaultlink.biometric." + json.load(f)["profiles"][0]["id"]

        with self.subTest("off at first"):
            self.assertEqual(self.status(cli)["enabled"], False)
            self.assertExit(cli.run("list", "--json", "--biometric", stdin="y\n"), USAGE,
                            "biometric-off")

        with self.subTest("enable takes the password, then the confirmation"):
            self.assertExit(cli.run("biometrics", "enable", "--json", stdin="wrong\ny\n"), AUTH,
                            "wrong-password")
            self.assertFalse(self.keyring_entry(alias))
            self.assertExit(
                cli.run("biometrics", "enable", "--json", stdin=password + "\nn\n"), AUTH,
                "biometric-cancelled")
            self.assertEqual(self.status(cli)["enabled"], False)
            self.assertExit(
                cli.run("biometrics", "enable", "--json", stdin=password + "\ny\n"), OK)
            status = self.status(cli)
            self.assertEqual((status["enabled"], status["usable"], status["sensor"]),
                             (True, True, "stand-in"))
            self.assertTrue(self.keyring_entry(alias))
            with open(os.path.join(cli.data_dir, "profiles.json")) as f:
                self.assertNotIn(password, f.read())

        with self.subTest("unlocked without the password"):
            records = self.assertExit(
                cli.run("list", "--json", "--fields", "--reveal", "--biometric", stdin="y\n"),
                OK).json()
            self.assertRecordsEqual({r["id"]: r for r in records}, expected)

        with self.subTest("a cancel changes nothing"):
            self.assertExit(cli.run("list", "--json", "--biometric", stdin="n\n"), AUTH,
                            "biometric-cancelled")
            self.assertEqual(self.status(cli)["enabled"], True)
            self.assertExit(cli.run("list", "--json", "--biometric", stdin="y\n"), OK)

        with self.subTest("the keyring entry gone: turned off, the password turns it on again"):
            subprocess.run(["secret-tool", "clear", "server", SERVICE, "user", alias], check=True)
            self.assertExit(cli.run("list", "--json", "--biometric", stdin="y\n"), AUTH,
                            "biometric-invalidated")
            self.assertEqual(self.status(cli)["enabled"], False)
            self.assertExit(cli.run("list", "--json", "--biometric", stdin="y\n"), USAGE,
                            "biometric-off")
            self.assertExit(
                cli.run("biometrics", "enable", "--json", stdin=password + "\ny\n"), OK)
            self.assertExit(cli.run("list", "--json", "--biometric", stdin="y\n"), OK)

        with self.subTest("the device key goes to the server with the next sync"):
            self.assertExit(cli.run("sync", "--biometric", stdin="y\n"), OK)
            self.assertTrue(self.status(cli)["deviceKeyRegistered"])

        with self.subTest("the server forbids biometric unlock: gone at the next contact"):
            self.server.settings(biometric_unlock="off")
            result = self.assertExit(cli.run("sync", "--biometric", stdin="y\n"), OK)
            self.assertIn("does not allow biometric unlock", result.err)
            self.assertEqual(self.status(cli)["enabled"], False)
            self.assertFalse(self.keyring_entry(alias))
            self.server.settings(biometric_unlock="on")
            self.assertExit(
                cli.run("biometrics", "enable", "--json", stdin=password + "\ny\n"), OK)

        with self.subTest("disable"):
            self.assertExit(cli.run("biometrics", "disable", stdin=""), OK)
            self.assertEqual(self.status(cli)["enabled"], False)
            self.assertFalse(self.keyring_entry(alias))
            self.assertExit(cli.run("list", "--json", "--biometric", stdin="y\n"), USAGE,
                            "biometric-off")

        with self.subTest("unlinking forgets the keys"):
            self.assertExit(
                cli.run("biometrics", "enable", "--json", stdin=password + "\ny\n"), OK)
            self.assertTrue(self.keyring_entry(alias))
            self.assertExit(cli.run("unlink", "--biometric", stdin="y\n"), OK)
            self.assertFalse(self.keyring_entry(alias))

    def end_session(self, cli):
        """The server ends the CLI's session: its next refresh token lives one second."""
        self.server.settings(refresh_token_seconds=1)
        try:
            synced = self.assertExit(cli.run("sync", "--json", "--biometric", stdin="y\n"), OK)
            self.assertFalse(synced.json()["loggedIn"])
        finally:
            self.server.settings(refresh_token_seconds=604800)
        time.sleep(2.5)

    def test_device_login(self):
        """carol has a second factor; her device signs in again without her password and
        without the code where the server allows it."""
        secret = self.server.carol_secret
        password = DEMO_PASSWORDS["carol"]
        cli = self.new_cli(password=password)
        linked = self.assertExit(cli.run("link", self.server.url, "--database", "Demo", "--user",
                                         "carol", "--name", "carol", "--pin", self.server.pin,
                                         "--otp", e2e.totp(secret), "--json"), OK)
        self.assertExit(
            cli.run("biometrics", "enable", "--json", stdin=password + "\ny\n"), OK)
        self.end_session(cli)  # this sync registers the device key
        self.assertTrue(self.status(cli)["deviceKeyRegistered"])
        try:
            with self.subTest("switched off (the default): refused, the password is named"):
                result = self.assertExit(cli.run("sync", "--json", "--biometric", stdin="y\n"),
                                         POLICY, "device-login-disabled")
                self.assertIn("without --biometric", result.err)

            with self.subTest("both: neither the password nor the code"):
                self.server.settings(device_login="both")
                synced = self.assertExit(
                    cli.run("sync", "--json", "--biometric", stdin="y\ny\n"), OK)
                self.assertEqual((synced.json()["loggedIn"], synced.json()["deviceLogin"]),
                                 (True, True))
                self.assertIn("signed in again with biometrics", synced.err)
                self.assertEqual(synced.json()["records"], linked.json()["records"])

            with self.subTest("password: the code is still asked for"):
                self.end_session(cli)
                self.server.settings(device_login="password")
                self.assertExit(cli.run("sync", "--json", "--biometric", stdin="y\ny\n"), AUTH,
                                "mfa-required")
                # Each code works once: the link's was this step's (or the one before).
                code = e2e.totp(secret, int(time.time()) // 30 + 1)
                synced = self.assertExit(
                    cli.run("sync", "--json", "--biometric", "--otp", code, stdin="y\ny\n"), OK)
                self.assertTrue(synced.json()["deviceLogin"])

            with self.subTest("second-factor: the password with biometrics, no code"):
                self.end_session(cli)
                self.server.settings(device_login="second-factor")
                self.assertExit(cli.run("sync", "--json", "--biometric", stdin="y\n"), AUTH,
                                "device-login-needs-password")
                synced = self.assertExit(cli.run("sync", "--json", stdin=password + "\ny\n"), OK)
                self.assertTrue(synced.json()["deviceLogin"])

            with self.subTest("a cancelled prompt signs nothing in and changes nothing"):
                self.end_session(cli)
                self.server.settings(device_login="both")
                self.assertExit(cli.run("sync", "--json", "--biometric", stdin="y\nn\n"), AUTH,
                                "biometric-cancelled")
                self.assertTrue(self.status(cli)["enabled"])
                self.assertExit(cli.run("sync", "--json", "--biometric", stdin="y\ny\n"), OK)
        finally:
            self.server.settings(device_login="none")


if __name__ == "__main__":
    e2e.main()
