#!/usr/bin/env python3
"""Incremental sync after changes on the server: field edits and a new record (API, as alice
from another device), a deletion (admin), a withdrawn and a restored unit read right (admin),
and a compacted history (full resync). After each `sync` the CLI holds exactly the server's
records, and its --json report counts the upserts and removals the feed brought."""
import e2e
from e2e import OK


class IncrementalSyncTest(e2e.CliTestCase):

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.cli = cls.new_cli()
        cls.linked = cls.cli.run("link", cls.server.url, "--database", "Demo", "--user",
                                 "alice", "--name", "inc", "--pin", cls.server.pin, "--json",
                                 password="alice-demo-2026")
        token = cls.server.observer_token("alice")
        cls.units = {u["name"]: u["id"] for u in
                     cls.server.api().call("GET", "/session", token=token, expect=200)[1]["units"]}

    def sync(self, *extra):
        result = self.assertExit(self.cli.run("sync", "--json", *extra), OK)
        return result.json()

    def assertSameAsServer(self, what):
        server_records = self.server.records("alice")
        self.assertRecordsEqual(self.cli_records(self.cli), server_records, what)
        return server_records

    def test_changes_in_order(self):
        self.assertExit(self.linked, OK)
        api, token = self.server.api(), self.server.observer_token("alice")
        before = self.assertSameAsServer("after link")

        # 1. Edits and a creation through the API.
        it_record = next(r for r in before.values() if r["unit"] == self.units["IT"] and
                         r["form"] == "login")
        personal = next(r for r in before.values() if r["personal"])
        api.patch(token, it_record["id"], password="changed-by-test-1", notes="edited on server")
        api.patch(token, personal["id"], name="Renamed by the integration test")
        _, created = api.call("POST", "/records", {
            "form": "login", "unit": None, "clientRef": "integration-test-new",
            "fields": {"name": "Created by test Café Zürich", "username": "alice",
                       "password": "pw-new", "tags": ["it-test", "x"]}}, token=token,
            expect=201)
        report = self.sync()
        self.assertEqual((report["upserts"], report["removals"]), (3, 0), report)
        self.assertFalse(report["fullResync"])
        after = self.assertSameAsServer("after edits")
        self.assertEqual(report["records"], len(after))
        self.assertEqual(e2e.field_map(after[it_record["id"]])["password"]["revision"], 2)
        shown = self.assertExit(self.cli.run("show", str(created["id"]), "--reveal", "--json"),
                                OK).json()
        self.assertEqual(shown, after[created["id"]])
        # Search ignores case, also beyond ASCII, and whatever Unicode normal form is typed.
        for term in ("ZÜRICH", "zu\u0308rich", "CAFÉ", "IT-TEST"):
            with self.subTest(search=term):
                found = self.assertExit(self.cli.run("search", term, "--json"), OK).json()
                self.assertIn(created["id"], [r["id"] for r in found], f"search {term!r}")
        by_name = self.assertExit(self.cli.run("show", "Renamed by the integration test",
                                               "--json"), OK).json()
        self.assertEqual(by_name["id"], personal["id"])

        # 2. A deletion by the administrator.
        victim = next(r for r in after.values() if r["unit"] == self.units["IT"] and
                      r["id"] != it_record["id"])
        self.server.admin("record", "delete", "--database", "Demo", "--id", str(victim["id"]))
        report = self.sync()
        self.assertEqual((report["upserts"], report["removals"]), (0, 1), report)
        after = self.assertSameAsServer("after a deletion")
        self.assertNotIn(victim["id"], after)
        self.assertExit(self.cli.run("show", str(victim["id"]), "--json"), e2e.USAGE,
                        "record-unknown")

        # 3. alice loses her rights on Marketing: its records go away.
        marketing = sorted(i for i, r in after.items() if r["unit"] == self.units["Marketing"])
        self.assertTrue(marketing, "the demo gives alice records in Marketing")
        self.server.admin("unit", "revoke", "--database", "Demo", "--name", "Marketing",
                          "--user", "alice")
        report = self.sync()
        self.assertEqual((report["upserts"], report["removals"]), (0, len(marketing)), report)
        after = self.assertSameAsServer("after the Marketing right was withdrawn")
        self.assertFalse(set(marketing) & set(after))
        tab = self.cli.run("list", "--tab", "Marketing", "--json")
        # The tab is gone, or at least empty.
        if tab.rc == OK:
            self.assertEqual(tab.json(), [], str(tab))
        else:
            self.assertExit(tab, e2e.USAGE, "tab-unknown")

        # 4. ...and gets read back: they come back as upserts.
        self.server.admin("unit", "grant", "--database", "Demo", "--name", "Marketing",
                          "--user", "alice", "--rights", "read,add")
        report = self.sync()
        self.assertEqual((report["upserts"], report["removals"]), (len(marketing), 0), report)
        after = self.assertSameAsServer("after the Marketing right was restored")
        self.assertEqual(sorted(self.cli_records(self.cli, "--tab", "Marketing")), marketing)

        # 5. Nothing changed: nothing to do.
        report = self.sync()
        self.assertEqual((report["upserts"], report["removals"]), (0, 0), report)

        # 6. --repair on a sound copy: verified, no rebuild.
        report = self.sync("--repair")
        self.assertTrue(report["verified"])
        self.assertFalse(report["fullResync"], report)

    def test_feed_page_max_below_the_cli_page_size(self):
        """The administrator may lower feed-page-max (docs/server.md); syncing still works."""
        self.server.settings(feed_page_max=100)
        try:
            result = self.cli.run("sync", "--json")
            self.assertExit(result, OK)
        finally:
            self.server.settings(feed_page_max=1000)

    def test_full_resync_after_compaction(self):
        """After `database compact` the stored cursor is unknown; the CLI rebuilds its copy from
        an empty cursor. With more records than one page (1,000) the rebuild pages too."""
        self.server.seed(1000)
        report = self.sync()
        self.assertEqual(report["upserts"], 1000, report)
        api, token = self.server.api(), self.server.observer_token("alice")
        record = next(r for r in self.server.records("alice").values() if r["personal"] and
                      r["form"] == "login")
        api.patch(token, record["id"], password="changed-before-compaction")
        self.server.admin("database", "compact", "--name", "Demo")
        report = self.sync()
        self.assertTrue(report["fullResync"], report)
        self.assertTrue(report["resyncReason"], report)
        after = self.assertSameAsServer("after a full resync")
        self.assertEqual(report["records"], len(after))
        self.assertEqual(e2e.field_map(after[record["id"]])["password"]["value"],
                         "changed-before-compaction")
        mirrors = [f for f in self.cli.mirror_files() if f.endswith(".db")]
        self.assertEqual(len(mirrors), 1, f"the resync file is gone: {self.cli.mirror_files()}")


if __name__ == "__main__":
    e2e.main()
