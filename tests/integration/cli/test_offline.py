#!/usr/bin/env python3
"""With the server stopped, the local copy still answers list, search and show (with the
password); sync fails with a network error and changes nothing."""
import os
import shutil

import e2e
from e2e import AUTH, NETWORK, OK, USAGE


class OfflineTest(e2e.CliTestCase):

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.cli = cls.new_cli()
        cls.linked = cls.cli.run("link", cls.server.url, "--database", "Demo", "--user",
                                 "alice", "--name", "away", "--pin", cls.server.pin, "--json",
                                 password="alice-demo-2026")
        cls.server_records = cls.server.records("alice")
        cls.server.stop()

    def setUp(self):
        self.assertExit(self.linked, OK)

    def test_list(self):
        self.assertFalse(self.server.running)
        self.assertRecordsEqual(self.cli_records(self.cli), self.server_records, "offline list")
        plain = self.assertExit(self.cli.run("list"), OK)
        self.assertEqual(len([l for l in plain.out.splitlines() if l.strip()]),
                         len(self.server_records))

    def test_search(self):
        record = next(r for r in self.server_records.values()
                      if e2e.field_map(r).get("username", {}).get("value"))
        user = e2e.field_map(record)["username"]["value"]
        result = self.assertExit(self.cli.run("search", user, "--json"), OK)
        self.assertIn(record["id"], [r["id"] for r in result.json()])
        none = self.assertExit(self.cli.run("search", "no-record-has-this-text-4711", "--json"),
                               OK)
        self.assertEqual(none.json(), [])

    def test_show_reveal(self):
        record = next(r for r in self.server_records.values()
                      if any(f["type"] == "password" and f["value"] for f in r["fields"]))
        fields = e2e.field_map(record)
        secret = next(f["value"] for f in record["fields"] if f["type"] == "password" and
                      f["value"])
        shown = self.assertExit(self.cli.run("show", str(record["id"]), "--reveal"), OK)
        self.assertIn(secret, shown.out)
        self.assertIn(fields["name"]["value"], shown.out)
        as_json = self.assertExit(self.cli.run("show", str(record["id"]), "--reveal", "--json"),
                                  OK).json()
        self.assertEqual(as_json, record)
        # By exact name, when the name is unique.
        names = [e2e.field_map(r)["name"]["value"] for r in self.server_records.values()]
        unique = next(r for r in self.server_records.values()
                      if names.count(e2e.field_map(r)["name"]["value"]) == 1)
        by_name = self.assertExit(self.cli.run("show", e2e.field_map(unique)["name"]["value"],
                                               "--json", "--reveal"), OK).json()
        self.assertEqual(by_name["id"], unique["id"])

    def test_wrong_password_offline(self):
        self.assertExit(self.cli.run("list", "--json", password="wrong-password-1"), AUTH,
                        "wrong-password")

    def test_sync_fails_and_keeps_the_copy(self):
        result = self.cli.run("sync", "--json", timeout=120)
        self.assertExit(result, NETWORK, "connection-refused")
        self.assertRecordsEqual(self.cli_records(self.cli), self.server_records,
                                "list after the failed sync")


    def test_unlink_offline(self):
        """Unlinking without the server deletes the local copy and says the server was not told."""
        copy = e2e.Cli(os.path.join(self.workdir, "unlink-copy"))
        shutil.copytree(self.cli.data_dir, copy.data_dir)
        result = self.assertExit(copy.run("unlink", timeout=120), OK)
        self.assertIn("could not be told", result.err)
        self.assertEqual(copy.profiles_file(), [])
        self.assertEqual([f for f in copy.mirror_files() if f.endswith(".db")], [])
        self.assertExit(copy.run("list", "--json"), USAGE, "profile-unknown")


if __name__ == "__main__":
    e2e.main()
