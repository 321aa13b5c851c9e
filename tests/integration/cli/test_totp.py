#!/usr/bin/env python3
"""A user with a second factor (carol, TOTP): the code is computed here from her secret, as an
authenticator app does (RFC 6238)."""
import e2e
from e2e import AUTH, OK


class TotpTest(e2e.CliTestCase):

    def link_carol(self, cli, *otp):
        return cli.run("link", self.server.url, "--database", "Demo", "--user", "carol",
                       "--name", "carol", "--pin", self.server.pin, "--json", *otp,
                       password="carol-demo-2026")

    def test_second_factor(self):
        secret = self.server.carol_secret
        self.assertTrue(secret,
                        f"init printed no TOTP secret for carol:\n{self.server.init_output}")
        cli = self.new_cli(password="carol-demo-2026")

        # Without a code: the server's challenge is reported, nothing is created.
        self.assertExit(self.link_carol(cli), AUTH, "mfa-required")
        self.assertEqual(cli.profiles_file(), [])

        # A wrong code.
        self.assertExit(self.link_carol(cli, "--otp", e2e.wrong_totp(secret)), AUTH,
                        "mfa-failed")
        self.assertEqual(cli.profiles_file(), [])

        # The current code (the server accepts one step either side of its clock).
        linked = self.assertExit(self.link_carol(cli, "--otp", e2e.totp(secret)), OK)

        # What carol sees, fetched by another device of hers (with the next step's code, as
        # one code works once).
        server_records = self.server.records("carol")
        self.assertEqual(linked.json()["records"], len(server_records))
        self.assertRecordsEqual(self.cli_records(cli), server_records, "carol after link")

        # The session carries on without a second factor.
        synced = self.assertExit(cli.run("sync", "--json"), OK).json()
        self.assertFalse(synced["loggedIn"])
        self.assertEqual(synced["records"], len(server_records))


if __name__ == "__main__":
    e2e.main()
