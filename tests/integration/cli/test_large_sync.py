#!/usr/bin/env python3
"""1,000 seeded records: the CLI's copy equals the server's, field by field, and the offline
reads (tabs, search) select what the server's data says they should."""
import e2e
from e2e import OK, USAGE

SEEDED = 1000


class LargeSyncTest(e2e.CliTestCase):

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.seed_output = cls.server.seed(SEEDED)
        cls.cli = cls.new_cli()
        cls.linked = cls.cli.run("link", cls.server.url, "--database", "Demo", "--user",
                                 "alice", "--name", "big", "--pin", cls.server.pin, "--json",
                                 password="alice-demo-2026")
        cls.server_records = cls.server.records("alice")
        token = cls.server.observer_token("alice")
        cls.units = {u["name"]: u["id"] for u in
                     cls.server.api().call("GET", "/session", token=token, expect=200)[1]["units"]}

    def test_seeded(self):
        self.assertIn(f"seeded {SEEDED} records", self.seed_output)
        self.assertEqual(len(self.server_records), SEEDED + 60)

    def test_link_reports_every_record(self):
        self.assertExit(self.linked, OK)
        n = len(self.server_records)
        self.assertEqual(self.linked.json()["records"], n)
        progress = self.linked.progress()
        self.assertTrue(progress, str(self.linked))
        self.assertEqual(progress[-1], f"synchronized {n} of {n} records")
        counts = [int(l.split()[1]) for l in progress]
        self.assertEqual(counts, sorted(counts), "progress goes forward")

    def test_every_field_equals_the_server(self):
        self.assertRecordsEqual(self.cli_records(self.cli), self.server_records,
                                "list --json --fields --reveal")

    def test_tabs(self):
        personal = self.cli_records(self.cli, "--tab", "personal")
        self.assertEqual(sorted(personal),
                         sorted(i for i, r in self.server_records.items() if r["personal"]))
        for unit, unit_id in self.units.items():
            with self.subTest(unit=unit):
                listed = self.cli_records(self.cli, "--tab", unit)
                self.assertEqual(sorted(listed), sorted(i for i, r in self.server_records.items()
                                                        if r["unit"] == unit_id))
        self.assertExit(self.cli.run("list", "--tab", "No Such Unit", "--json"), USAGE,
                        "tab-unknown")

    def test_search(self):
        def matches(record, term):
            f = e2e.field_map(record)
            texts = [f["name"]["value"], f.get("username", {}).get("value", ""),
                     f.get("url", {}).get("value", "")] + list(f["tags"]["value"])
            return any(term.casefold() in t.casefold() for t in texts)

        # A term from a real record name, and one in other case.
        name = e2e.field_map(next(iter(self.server_records.values())))["name"]["value"]
        for term in (name.split()[0], name.split()[0].upper(), "zzzz-no-match"):
            with self.subTest(term=term):
                result = self.assertExit(self.cli.run("search", term, "--json"), OK)
                got = sorted(r["id"] for r in result.json())
                expected = sorted(i for i, r in self.server_records.items() if matches(r, term))
                self.assertEqual(got, expected, f"search {term!r}")

    def test_second_sync_changes_nothing(self):
        result = self.assertExit(self.cli.run("sync", "--json"), OK).json()
        self.assertEqual(result["upserts"], 0)
        self.assertEqual(result["removals"], 0)
        self.assertEqual(result["records"], len(self.server_records))
        self.assertFalse(result["fullResync"])
        self.assertTrue(result["verified"])

    def test_mirror_integrity(self):
        outcome = self.assertMirrorIntact(self.cli, "big", len(self.server_records))
        if outcome != "ok":
            self.skipTest(outcome)


if __name__ == "__main__":
    e2e.main()
