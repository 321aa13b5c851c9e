#!/usr/bin/env python3
"""Crash safety of the first sync: 20,000 records; `link` and then `sync` are killed (SIGKILL)
right after their 1st and 3rd page (of 5,000 records, feed format 2); the next `sync` resumes
where the last one stopped and ends with exactly the server's records and content. A second link
by QR text is killed after its 3rd page and completed the same way."""
import re

import e2e
from e2e import OK

SEEDED = 20000
PAGE = 5000  # the CLI asks for pages of 5000, the server's default maximum


class CrashDuringFirstSyncTest(e2e.CliTestCase):

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.seed_output = cls.server.seed(SEEDED)
        cls._server_records = None

    @classmethod
    def server_records(cls):
        if cls._server_records is None:
            cls._server_records = cls.server.records("alice")
        return cls._server_records

    def progress_count(self, lines):
        return len([l for l in lines if re.match(r"^(re)?synchronized \d+ of \d+", l)])

    def finish_and_compare(self, cli, name, pages_done):
        total = SEEDED + 60
        result = self.assertExit(cli.run("sync", "--json"), OK)
        report = result.json()
        self.assertTrue(report["verified"])
        self.assertEqual(report["records"], total, str(result))
        # Resumed, not started over: at least `pages_done` pages were kept.
        self.assertLessEqual(report["upserts"], total - pages_done * PAGE,
                             f"the sync after the kills fetched too much; it did not resume\n"
                             f"{result}")
        self.assertFalse(report["fullResync"], str(result))
        self.assertRecordsEqual(self.cli_records(cli), self.server_records(),
                                f"profile {name} after the kills")
        leftovers = [f for f in cli.mirror_files() if not f.endswith(".db") or
                     f.endswith(".resync.db")]
        self.assertEqual(leftovers, [], "no journal or resync file is left behind")
        outcome = self.assertMirrorIntact(cli, name, total)
        return outcome

    def test_link_and_syncs_killed_then_resumed(self):
        self.assertIn(f"seeded {SEEDED} records", self.seed_output)
        cli = self.new_cli()
        self.run_and_kill(cli, ["link", self.server.url, "--database", "Demo", "--user", "alice",
                                "--name", "crash", "--pin", self.server.pin],
                          after_lines=1, password="alice-demo-2026")
        # The profile was registered before its first sync.
        profiles = self.assertExit(cli.run("profiles", "--json", stdin_password=False), OK)
        self.assertEqual([p["name"] for p in profiles.json()], ["crash"], str(profiles))
        # A partial copy is readable in the meantime.
        partial = self.assertExit(cli.run("list", "--json"), OK).json()
        self.assertGreaterEqual(len(partial), PAGE)

        self.run_and_kill(cli, ["sync"], after_lines=2)   # 3 pages of 5 in all
        partial = self.assertExit(cli.run("list", "--json"), OK).json()
        self.assertGreaterEqual(len(partial), 3 * PAGE)
        self.assertEqual(len({r["id"] for r in partial}), len(partial))

        outcome = self.finish_and_compare(cli, "crash", pages_done=3)
        if outcome != "ok":
            self.skipTest(f"records compared; integrity_check {outcome}")

    def test_qr_link_killed_then_synced(self):
        uri = self.server.link_code(f"{self.workdir}/crash-code.png")
        cli = self.new_cli()
        self.run_and_kill(cli, ["link", "--qr-text", uri, "--name", "qr-crash"], after_lines=3,
                          password="alice-demo-2026")
        outcome = self.finish_and_compare(cli, "qr-crash", pages_done=3)
        if outcome != "ok":
            self.skipTest(f"records compared; integrity_check {outcome}")


if __name__ == "__main__":
    e2e.main()
