#!/usr/bin/env python3
"""Refresh-token rotation across separate CLI runs, and a copied refresh token (the server
revokes the session on reuse; the CLI logs in again with the password and says why)."""
import os
import shutil

import harness
from harness import OK


class TokenRotationTest(harness.CliTestCase):

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.cli = cls.new_cli()
        cls.linked = cls.cli.run("link", cls.server.url, "--database", "Demo", "--user",
                                 "alice", "--name", "tok", "--pin", cls.server.pin, "--json",
                                 password="alice-demo-2026")

    def sync(self):
        return self.assertExit(self.cli.run("sync", "--json"), OK)

    def test_rotation_and_reuse(self):
        self.assertExit(self.linked, OK)
        # Each run spends the stored refresh token and stores the new one.
        for run in range(2):
            result = self.sync()
            self.assertFalse(result.json()["loggedIn"], f"run {run + 1} logged in again\n{result}")
            self.assertNotIn("copied", result.err)

        # A copy of the data folder (with the refresh token) taken now...
        copy = os.path.join(self.workdir, "copy-of-data")
        shutil.copytree(self.cli.data_dir, copy)
        # ...goes stale when the original syncs and rotates the token.
        result = self.sync()
        self.assertFalse(result.json()["loggedIn"])
        # Restoring the copy presents the spent token again: the server sees token reuse and
        # revokes the session; the CLI logs in with the password and warns.
        shutil.rmtree(self.cli.data_dir)
        shutil.copytree(copy, self.cli.data_dir)
        result = self.sync()
        answer = result.json()
        self.assertTrue(answer["loggedIn"], f"expected a new login\n{result}")
        self.assertTrue(answer["verified"])
        notice = [l for l in result.err.splitlines() if not l.startswith("synchronized")]
        self.assertTrue(any("copied" in l or "used twice" in l for l in notice),
                        f"no notice about the reused token on stderr\n{result}")
        self.assertEqual(answer["records"], len(self.server.records("alice")))

        # The new session rotates normally again.
        result = self.sync()
        self.assertFalse(result.json()["loggedIn"], str(result))
        self.assertNotIn("copied", result.err)

    def test_sync_with_wrong_password_keeps_the_session(self):
        """A wrong local password stops before anything reaches the server."""
        result = self.cli.run("sync", "--json", password="not-the-password")
        self.assertExit(result, harness.AUTH, "wrong-password")
        # The stored session still works without a new login.
        self.assertFalse(self.sync().json()["loggedIn"])


if __name__ == "__main__":
    harness.main()
