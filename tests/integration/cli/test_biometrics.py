#!/usr/bin/env python3
"""Biometric unlock with the desktop's stand-in, as a user scripts it: the keys in a keyring of
the test's own (run through tests/integration/keyring/with_keyring.sh), a line "y" on stdin
standing in for the sensor. Enabling needs the password; then the vault opens without it; a
cancel changes nothing; the keyring entry removed (what a new enrolment does on a phone) turns
biometrics off with its own message, and only the password turns them on again; disable."""
import json
import os
import subprocess

import e2e
from e2e import AUTH, DEMO_PASSWORDS, OK, USAGE

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


if __name__ == "__main__":
    e2e.main()
