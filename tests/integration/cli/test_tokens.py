#!/usr/bin/env python3
"""Refresh-token rotation across separate CLI runs, and a copied refresh token (the server
revokes the session on reuse; the CLI logs in again with the password and says why)."""
import os
import shutil
import time

import e2e
from e2e import OK


class TokenRotationTest(e2e.CliTestCase):

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
        self.assertExit(result, e2e.AUTH, "wrong-password")
        # The stored session still works without a new login.
        self.assertFalse(self.sync().json()["loggedIn"])


    def test_expired_sessions_log_in_again(self):
        """An ended session (refresh token past its lifetime, idle timeout) is replaced by a
        login with the password; the copy is kept."""
        cli = self.new_cli()
        self.assertExit(cli.run("link", self.server.url, "--database", "Demo", "--user", "alice",
                                "--name", "expiry", "--pin", self.server.pin), OK)
        with self.subTest("refresh token expired"):
            # Lifetimes are fixed when a token is issued: get one issued under a 1 s lifetime.
            self.server.settings(refresh_token_seconds=1)
            try:
                self.assertFalse(cli.run("sync", "--json").json()["loggedIn"])
            finally:
                self.server.settings(refresh_token_seconds=604800)
            time.sleep(2.5)
            result = self.assertExit(cli.run("sync", "--json"), OK)
            self.assertTrue(result.json()["loggedIn"], str(result))
            result = self.assertExit(cli.run("sync", "--json"), OK)
            self.assertFalse(result.json()["loggedIn"], str(result))
        with self.subTest("idle timeout"):
            # Evaluated with the setting in force at each request; 4 s leaves the new session
            # time for its own requests.
            self.server.settings(session_timeout_seconds=4)
            try:
                time.sleep(6)
                result = self.assertExit(cli.run("sync", "--json"), OK)
                self.assertTrue(result.json()["loggedIn"], str(result))
            finally:
                self.server.settings(session_timeout_seconds=86400)
            result = self.assertExit(cli.run("sync", "--json"), OK)
            self.assertFalse(result.json()["loggedIn"], str(result))

    def test_concurrent_syncs(self):
        """Two syncs of one profile at the same time (say a scheduled one and the user's): the
        API forbids two refreshes at once, so the CLI must serialize them. Neither may fail on a
        locked file, and neither may trip the server's token-reuse alarm."""
        cli = self.new_cli()
        self.assertExit(cli.run("link", self.server.url, "--database", "Demo", "--user", "alice",
                                "--name", "twice", "--pin", self.server.pin), OK)
        problems = []
        for round_ in range(3):
            procs = [cli.start("sync", "--json") for _ in range(2)]
            for proc in procs:
                out, err = proc.stdout.read(), proc.stderr.read()
                proc.wait()
                result = e2e.CliResult(["sync", "--json"], proc.returncode, out, err)
                if result.rc != OK:
                    problems.append(f"round {round_ + 1}: exit {result.rc} {result.code}: "
                                    f"{result.error()}")
                elif result.json()["loggedIn"] or "copied" in err:
                    problems.append(f"round {round_ + 1}: the session was lost and the CLI "
                                    f"logged in again (stderr: {err.strip()!r})")
        self.assertFalse(problems, "concurrent syncs of one profile:\n" + "\n".join(problems))


if __name__ == "__main__":
    e2e.main()
