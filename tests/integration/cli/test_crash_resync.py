#!/usr/bin/env python3
"""Crash safety of a full resync. The server is restored from an older backup, so the CLI's
cursor is ahead of the server's history (cursor-unknown) and the next sync rebuilds the copy
beside the old one. Killed (SIGKILL) after its 3rd page, the old copy is still there for the
user; the next sync finishes the rebuild from where it stopped and ends with exactly the
server's records."""
import os
import shutil

import e2e
from e2e import OK

SEEDED = 20000
PAGE = 1000


class CrashDuringFullResyncTest(e2e.CliTestCase):

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.server.seed(SEEDED)
        cls.cli = cls.new_cli()
        cls.linked = cls.cli.run("link", cls.server.url, "--database", "Demo", "--user",
                                 "alice", "--name", "resync", "--pin", cls.server.pin, "--json",
                                 password="alice-demo-2026", timeout=900)

    def restart(self):
        self.server.start(listen=f"127.0.0.1:{self.port}")
        self.assertEqual(self.server.port, self.port)

    def test_killed_resync_resumes(self):
        self.assertExit(self.linked, OK)
        total = SEEDED + 60
        self.assertEqual(self.linked.json()["records"], total)
        self.port = self.server.port

        # A backup of the server, taken while it is stopped.
        backup = os.path.join(self.workdir, "server-backup")
        self.server.stop()
        shutil.copytree(self.server.data, backup)
        self.restart()
        at_backup = self.server.records("alice")

        # One more change, which the CLI receives: its cursor moves past the backup.
        api, token = self.server.api(), self.server.observer_token("alice")
        changed = next(r for r in at_backup.values() if r["personal"] and r["form"] == "login")
        api.patch(token, changed["id"], password="lost-with-the-restore")
        report = self.assertExit(self.cli.run("sync", "--json"), OK).json()
        self.assertEqual(report["upserts"], 1, report)
        held = self.cli_records(self.cli)

        # The administrator restores the backup.
        self.server.stop()
        shutil.rmtree(self.server.data)
        shutil.copytree(backup, self.server.data)
        self.restart()

        seen = self.run_and_kill(self.cli, ["sync"], after_lines=3,
                                 pattern=r"^resynchronized \d+ of \d+")
        self.assertFalse([l for l in seen if l.startswith("synchronized ")],
                         "a full resync reports 'resynchronized' lines")
        mirror = self.cli.mirror_path("resync")
        self.assertTrue(os.path.exists(mirror), "the old copy is kept during a resync")

        # Meanwhile the old copy is what the user reads: complete, and not yet changed.
        self.assertRecordsEqual(self.cli_records(self.cli), held,
                                "the old copy during an interrupted resync")

        result = self.assertExit(self.cli.run("sync", "--json"), OK)
        report = result.json()
        self.assertTrue(report["fullResync"], str(result))
        self.assertEqual(report["records"], total)
        self.assertLessEqual(report["upserts"], total - 3 * PAGE,
                             f"the resync started over instead of resuming\n{result}")
        after = self.server.records("alice")
        self.assertRecordsEqual(after, at_backup, "the restored server (test premise)")
        self.assertRecordsEqual(self.cli_records(self.cli), after, "after the resumed resync")
        self.assertNotEqual(e2e.field_map(after[changed["id"]])["password"]["value"],
                            "lost-with-the-restore")
        leftovers = [f for f in self.cli.mirror_files() if not f.endswith(".db") or
                     f.endswith(".resync.db")]
        self.assertEqual(leftovers, [], "no resync file or journal is left behind")
        outcome = self.assertMirrorIntact(self.cli, "resync", total)
        if outcome != "ok":
            self.skipTest(f"records compared; integrity_check {outcome}")


if __name__ == "__main__":
    e2e.main()
