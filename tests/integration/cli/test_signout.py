#!/usr/bin/env python3
"""`vaultlink-cli signout` under the server's two policies: by default the session ends on the
server and the copy stays (readable with the server away; the next sync logs in again with the
password); with `wipe-on-logout` on, the profile and its copy are deleted. The server's audit
trail has a `logout` for the device each time, with the `wipe` it was told."""
import json
import os

import e2e
from e2e import OK, USAGE


class SignOutTest(e2e.CliTestCase):

    def events(self, device, kind, after=0):
        listed = json.loads(self.server.admin("events", "--user", "alice", "--device", device,
                                              "--json", "--limit", "1000"))
        return [e for e in listed if e["kind"] == kind and e["id"] > after]

    def last_event_id(self):
        listed = json.loads(self.server.admin("events", "--json", "--limit", "1"))
        return listed[-1]["id"] if listed else 0

    def test_the_copy_stays_by_default_and_the_next_sync_logs_in_again(self):
        cli = self.new_cli()
        self.link(cli, name="kept")
        device = cli.device_id()
        records = self.server.records("alice")
        mark = self.last_event_id()

        result = self.assertExit(cli.run("signout", "--json"), OK)
        self.assertEqual(result.json(), {"profile": "kept", "signedOut": True,
                                         "copyDeleted": False, "serverTold": True}, str(result))
        self.assertEqual([e["detail"] for e in self.events(device, "logout", after=mark)],
                         [{"wipe": False}])
        self.assertEqual([p["name"] for p in cli.profiles_file()], ["kept"])
        self.assertTrue(os.path.exists(cli.mirror_path("kept")))

        # Readable with the server away.
        port = self.server.port
        self.server.stop()
        try:
            self.assertRecordsEqual(self.cli_records(cli), records, "the copy after signing out")
        finally:
            self.server.start(listen=f"127.0.0.1:{port}")

        # The tokens are gone: the next sync logs in with the password, the one after resumes.
        result = self.assertExit(cli.run("sync", "--json"), OK)
        self.assertTrue(result.json()["loggedIn"], str(result))
        logins = self.events(device, "login", after=mark)
        self.assertEqual([e["detail"]["method"] for e in logins], ["password"], logins)
        result = self.assertExit(cli.run("sync", "--json"), OK)
        self.assertFalse(result.json()["loggedIn"], str(result))
        self.assertRecordsEqual(self.cli_records(cli), records, "the copy after signing in again")

    def test_the_copy_is_deleted_when_the_server_requires_it(self):
        self.server.settings(wipe_on_logout="on")
        self.addCleanup(self.server.settings, wipe_on_logout="off")
        cli = self.new_cli()
        self.link(cli, name="wiped")   # the policy comes with the link's first sync
        device = cli.device_id()
        mirror = cli.mirror_path("wiped")
        self.assertTrue(os.path.exists(mirror))
        mark = self.last_event_id()

        result = self.assertExit(cli.run("signout", "--json"), OK)
        self.assertEqual(result.json(), {"profile": "wiped", "signedOut": True,
                                         "copyDeleted": True, "serverTold": True}, str(result))
        self.assertEqual([e["detail"] for e in self.events(device, "logout", after=mark)],
                         [{"wipe": True}])
        self.assertEqual(cli.profiles_file(), [])
        self.assertEqual([f for f in cli.mirror_files() if f.startswith(mirror[:-3])], [],
                         "the mirror (or a file of it) is still there")
        self.assertExit(cli.run("list", "--json"), USAGE, "profile-unknown")


if __name__ == "__main__":
    e2e.main()
