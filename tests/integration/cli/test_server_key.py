#!/usr/bin/env python3
"""The pin follows the server's key, not its certificate: a renewed certificate for the same key
keeps working without linking again; a new key is refused (exit 4, pin-mismatch) while the local
copy stays readable, until the original key is back."""
import os
import shutil

import e2e
from e2e import NETWORK, OK


class ServerKeyTest(e2e.CliTestCase):

    def restart_with(self, cert_path, key_path):
        port = self.server.port
        self.server.stop()
        shutil.copyfile(cert_path, os.path.join(self.server.data, "server.crt"))
        shutil.copyfile(key_path, os.path.join(self.server.data, "server.key"))
        self.server.start(listen=f"127.0.0.1:{port}")
        self.assertEqual(self.server.port, port)

    def test_renewal_and_key_change(self):
        cli = self.new_cli()
        self.assertExit(cli.run("link", self.server.url, "--database", "Demo", "--user", "alice",
                                "--name", "keyed", "--pin", self.server.pin), OK)
        expected = self.server.records("alice")
        original_pin = self.server.pin
        saved = os.path.join(self.workdir, "original-key")
        os.makedirs(saved)
        for name in ("server.crt", "server.key"):
            shutil.copyfile(os.path.join(self.server.data, name), os.path.join(saved, name))
        key = os.path.join(saved, "server.key")

        with self.subTest("renewed certificate, same key"):
            renewed, _ = e2e.make_certificate(os.path.join(self.workdir, "renewed"),
                                              "DNS:localhost,IP:127.0.0.1",
                                              "20200101000000Z", "20991231000000Z", key=key)
            self.restart_with(renewed, key)
            self.assertEqual(self.server.pin, original_pin, "same key, same pin")
            result = self.assertExit(cli.run("sync", "--json"), OK)
            self.assertFalse(result.json()["loggedIn"])

        with self.subTest("new key"):
            other_cert, other_key = e2e.make_certificate(
                os.path.join(self.workdir, "new-key"), "DNS:localhost,IP:127.0.0.1",
                "20200101000000Z", "20991231000000Z")
            self.restart_with(other_cert, other_key)
            self.assertNotEqual(self.server.pin, original_pin)
            self.assertExit(cli.run("sync", "--json"), NETWORK, "pin-mismatch")
            self.assertRecordsEqual(self.cli_records(cli), expected, "copy kept after refusal")

        with self.subTest("original key back"):
            self.restart_with(os.path.join(saved, "server.crt"), key)
            self.assertEqual(self.server.pin, original_pin)
            result = self.assertExit(cli.run("sync", "--json"), OK)
            self.assertFalse(result.json()["loggedIn"], "the session survived the refusal")


if __name__ == "__main__":
    e2e.main()
