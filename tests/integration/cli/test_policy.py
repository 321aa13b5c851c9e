#!/usr/bin/env python3
"""The administrator's limits: a revoked device loses its copy and its profile; a withdrawn
mobile right, mobile sync switched off or web services switched off stop syncing (exit 5) but
keep the copy readable."""
import os
import time

import e2e
from e2e import OK, POLICY, USAGE


class PolicyTest(e2e.CliTestCase):

    def link(self, cli, name):
        return self.assertExit(cli.run("link", self.server.url, "--database", "Demo", "--user",
                                       "alice", "--name", name, "--pin", self.server.pin,
                                       "--json", password="alice-demo-2026"), OK)

    def assertStillReadable(self, cli, expected):
        self.assertRecordsEqual(self.cli_records(cli), expected, "the copy after a refusal")

    def test_device_revocation(self):
        cli = self.new_cli()
        self.link(cli, "revoked")
        mirror = cli.mirror_path("revoked")
        self.assertTrue(os.path.exists(mirror))
        device = cli.device_id()
        listed = self.server.admin("device", "list")
        line = next((l for l in listed.splitlines() if l.startswith(device + "\t")), "")
        self.assertIn("\talice\t", line, listed)
        self.assertIn("vaultlink-cli", line, "the device name tells the administrator what it is")
        out = self.server.admin("device", "revoke", "--device", device, "--user", "alice")
        self.assertIn("revoked 1 device", out)

        result = cli.run("sync", "--json")
        self.assertExit(result, POLICY, "device-revoked")
        # Machine-readable: the error's JSON and nothing else (no warning of Qt's about a lock
        # file whose folder entry went with the mirror).
        self.assertEqual(len(result.err.splitlines()), 1, str(result))
        self.assertFalse(os.path.exists(mirror), f"the mirror is still there: {mirror}")
        leftovers = [f for f in cli.mirror_files() if os.path.basename(f).startswith(
            os.path.basename(mirror)[:-3])]
        self.assertEqual(leftovers, [], "no journal or resync file is left either")
        profiles = self.assertExit(cli.run("profiles", "--json", stdin_password=False), OK)
        self.assertEqual(profiles.json(), [])
        self.assertEqual(cli.profiles_file(), [])
        self.assertExit(cli.run("list", "--json"), USAGE, "profile-unknown")

        # Its logins are refused the same way, until the administrator activates it again.
        relink = cli.run("link", self.server.url, "--database", "Demo", "--user", "alice",
                         "--name", "again", "--pin", self.server.pin, "--json",
                         password="alice-demo-2026")
        self.assertExit(relink, POLICY, "device-revoked")
        self.assertEqual(cli.profiles_file(), [])
        self.server.admin("device", "activate", "--device", device, "--user", "alice")
        self.link(cli, "again")

    def test_withdrawn_mobile_right(self):
        cli = self.new_cli()
        self.link(cli, "rights")
        expected = self.server.records("alice")
        self.server.admin("user", "set", "--name", "alice", "--mobile", "off")
        try:
            self.assertExit(cli.run("sync", "--json"), POLICY, "mobile-right-missing")
            self.assertStillReadable(cli, expected)
        finally:
            self.server.admin("user", "set", "--name", "alice", "--mobile", "on")
        # The session survived: no new login is needed once the right is back.
        result = self.assertExit(cli.run("sync", "--json"), OK).json()
        self.assertFalse(result["loggedIn"], result)

    def test_mobile_sync_switched_off(self):
        cli = self.new_cli()
        self.link(cli, "dbswitch")
        expected = self.server.records("alice")
        self.server.admin("database", "set", "--name", "Demo", "--mobile-sync", "off")
        try:
            self.assertExit(cli.run("sync", "--json"), POLICY, "mobile-sync-disabled")
            self.assertStillReadable(cli, expected)
        finally:
            self.server.admin("database", "set", "--name", "Demo", "--mobile-sync", "on")
        self.assertExit(cli.run("sync", "--json"), OK)

    def test_web_services_switched_off(self):
        cli = self.new_cli()
        self.link(cli, "websvc")
        expected = self.server.records("alice")
        self.server.settings(web_services="off")
        try:
            self.assertExit(cli.run("sync", "--json"), POLICY, "web-services-disabled")
            other = self.new_cli()
            self.assertExit(other.run("link", self.server.url, "--database", "Demo", "--user",
                                      "alice", "--name", "x", "--pin", self.server.pin,
                                      "--json", password="alice-demo-2026"),
                            POLICY, "web-services-disabled")
            self.assertEqual(other.profiles_file(), [])
        finally:
            self.server.settings(web_services="on")
        self.assertStillReadable(cli, expected)
        self.assertExit(cli.run("sync", "--json"), OK)


    def test_offline_too_long(self):
        """Reading a copy that has not reached the server for longer than the policy's
        maxOfflineSeconds is refused (exit 5) until a sync succeeds again; setting the device's
        clock back (faketime) opens nothing, not even to a time before the last sync."""
        cli = self.new_cli()
        self.link(cli, "offline")
        self.server.settings(max_offline_seconds=5)
        try:
            before_sync = time.strftime("@%Y-%m-%d %H:%M:%S", time.localtime(time.time() - 60))
            self.assertExit(cli.run("sync", "--json"), OK)  # takes the new policy
            self.assertExit(cli.run("list", "--json"), OK)
            self.assertExit(cli.run("list", "--json", clock="+10s"), POLICY, "offline-too-long")
            self.assertExit(cli.run("list", "--json"), POLICY, "offline-too-long")
            self.assertExit(cli.run("show", "1", "--json", clock=before_sync), POLICY,
                            "offline-too-long")
        finally:
            self.server.settings(max_offline_seconds=259200)
        self.assertExit(cli.run("sync", "--json"), OK)
        self.assertExit(cli.run("list", "--json"), OK)


if __name__ == "__main__":
    e2e.main()
