#!/usr/bin/env python3
"""Refused logins end with their documented exit codes (3 authentication, 5 policy, 2 usage), and
damaged local files with exit 6, left exactly as they were."""
import hashlib
import os
import shutil

import e2e
from e2e import AUTH, LOCAL_DATA, OK, POLICY, USAGE
from e2e.mirror import mirror_key, sqlcipher_available, sqlcipher_query


def sha256_of(path):
    with open(path, "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()


class LoginAndLocalErrorsTest(e2e.CliTestCase):

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.cli = cls.new_cli()
        cls.linked = cls.cli.run("link", cls.server.url, "--database", "Demo", "--user",
                                 "alice", "--name", "local", "--pin", cls.server.pin, "--json",
                                 password="alice-demo-2026")

    def linked_profile(self):
        self.assertExit(self.linked, OK)

    def link(self, user, password, database="Demo"):
        cli = self.new_cli()
        result = cli.run("link", self.server.url, "--database", database, "--user", user,
                         "--name", "x", "--pin", self.server.pin, "--json", password=password)
        self.assertEqual(cli.profiles_file(), [], f"a refused link left a profile\n{result}")
        self.assertEqual([f for f in cli.mirror_files() if f.endswith(".db")], [],
                         f"a refused link left a mirror\n{result}")
        return result

    def test_wrong_server_password(self):
        self.assertExit(self.link("alice", "not-alices-password"), AUTH, "bad-credentials")

    def test_unknown_user(self):
        self.assertExit(self.link("nobody-here", "whatever-1"), AUTH, "bad-credentials")

    def test_user_without_mobile_right(self):
        self.assertExit(self.link("bob", "bob-demo-2026"), POLICY, "mobile-right-missing")

    def test_database_with_mobile_sync_off(self):
        self.assertExit(self.link("alice", "alice-demo-2026", "Archive"), POLICY,
                        "mobile-sync-disabled")

    def test_unknown_database(self):
        self.assertExit(self.link("alice", "alice-demo-2026", "No Such Database"), USAGE,
                        "database-unknown")

    def test_throttled_logins(self):
        self.server.admin("user", "add", "--name", "olga", "--password-stdin",
                          stdin="olga-pass-2026\n")
        self.server.settings(free_login_attempts=1, throttle_base_ms=120000)
        try:
            self.assertExit(self.link("olga", "wrong-pass-1"), AUTH, "bad-credentials")
            # Throttled now, even with the right password.
            result = self.assertExit(self.link("olga", "olga-pass-2026"), AUTH,
                                     "login-throttled")
            self.assertRegex(result.error()["message"], r"\d+ seconds")
        finally:
            self.server.settings(free_login_attempts=3, throttle_base_ms=1000)

    def copy_of_data(self, name):
        path = os.path.join(self.workdir, name)
        shutil.copytree(self.cli.data_dir, path)
        return e2e.Cli(path)

    def test_wrong_local_password(self):
        self.linked_profile()
        self.assertExit(self.cli.run("list", "--json", password="not-the-password"), AUTH,
                        "wrong-password")
        self.assertExit(self.cli.run("show", "1", "--json", password="not-the-password"), AUTH,
                        "wrong-password")

    def test_corrupt_mirror_is_reported_and_left_alone(self):
        self.linked_profile()
        page = 4096
        for number, args in enumerate((["list", "--json"],
                                       ["list", "--json", "--fields", "--reveal"],
                                       ["search", "a", "--json"])):
            with self.subTest(command=" ".join(args)):
                # Each command gets its own damaged copy, so that one failure does not hide
                # another.
                damaged = self.copy_of_data(f"damaged-mirror-{number}")
                mirror = damaged.mirror_path("local")
                size = os.path.getsize(mirror)
                self.assertGreaterEqual(size, 8 * page, f"mirror unexpectedly small: {size}")
                with open(mirror, "r+b") as f:
                    # 32 bytes in the middle of every page of the middle half of the file.
                    for start in range((size // 4) // page * page, 3 * size // 4, page):
                        f.seek(start + page // 2)
                        f.write(os.urandom(32))
                before = sha256_of(mirror)
                result = damaged.run(*args)
                self.assertEqual(result.rc, LOCAL_DATA, str(result))
                self.assertTrue((result.code or "").startswith("mirror-"), str(result))
                self.assertTrue(os.path.exists(mirror))
                self.assertEqual(sha256_of(mirror), before,
                                 f"'{' '.join(args)}' changed the damaged file\n{result}")

    def records_page_middle(self, cli, profile_name):
        """The middle of the records table's root page: every read of the records passes there.
        (The middle of the file was a record page while records were stored as their JSON; in the
        compact mirror it may be an index that `list` never reads.)"""
        if not sqlcipher_available():
            self.skipTest("no sqlcipher shell to find the records' page")
        profile = next(p for p in cli.profiles_file() if p["name"] == profile_name)
        rc, out, err = sqlcipher_query(cli.mirror_path(profile_name),
                                       mirror_key(profile, cli.password),
                                       "SELECT rootpage FROM sqlite_master WHERE name = 'records';")
        self.assertEqual(rc, 0, err)
        page = int([line for line in out.splitlines() if line.strip()][-1])
        return (page - 1) * 4096 + 2048

    def test_repair_rebuilds_a_damaged_mirror_from_the_server(self):
        # Asked explicitly ("fix sync errors"), the damaged file is replaced by a verified copy.
        self.linked_profile()
        damaged = self.copy_of_data("repaired-mirror")
        mirror = damaged.mirror_path("local")
        at = self.records_page_middle(damaged, "local")
        with open(mirror, "r+b") as f:
            f.seek(at)
            f.write(os.urandom(64))
        self.assertEqual(damaged.run("list", "--json").rc, LOCAL_DATA)
        result = damaged.run("sync", "--repair", "--json")
        self.assertEqual(result.rc, 0, str(result))
        report = result.json()
        self.assertTrue(report["fullResync"], str(result))
        self.assertIn("integrity", report["resyncReason"])
        listed = damaged.run("list", "--json")
        self.assertEqual(listed.rc, 0, str(listed))
        again = damaged.run("sync", "--repair", "--json").json()
        self.assertTrue(again["integrityChecked"])
        self.assertFalse(again["fullResync"])

    def test_plain_sync_rebuilds_a_damaged_mirror(self):
        # The reviewers' case: one byte flipped in the middle. A plain sync said "verified" and
        # left the file as it was; it must find the damage and rebuild, and say so.
        self.linked_profile()
        damaged = self.copy_of_data("flipped-byte")
        mirror = damaged.mirror_path("local")
        at = self.records_page_middle(damaged, "local")
        with open(mirror, "r+b") as f:
            f.seek(at)
            byte = f.read(1)
            f.seek(at)
            f.write(bytes([byte[0] ^ 0x01]))
        self.assertExit(damaged.run("list", "--json"), LOCAL_DATA, "mirror-corrupt")
        result = self.assertExit(damaged.run("sync", "--json"), OK)
        report = result.json()
        self.assertTrue(report["fullResync"], str(result))
        self.assertEqual(report["resyncCode"], "damaged", str(result))
        self.assertExit(damaged.run("list", "--json"), OK)
        self.assertRecordsEqual(self.cli_records(damaged), self.server.records("alice"),
                                "the rebuilt copy")
        again = self.assertExit(damaged.run("sync"), OK)
        self.assertIn("Up to date", again.out)

    def test_damaged_profile_list(self):
        self.linked_profile()
        damaged = self.copy_of_data("damaged-registry")
        registry = os.path.join(damaged.data_dir, "profiles.json")
        with open(registry, "r+b") as f:
            f.seek(os.path.getsize(registry) // 2)
            f.write(b"\x00garbage\x00")
        before = sha256_of(registry)
        for args in (["profiles", "--json"], ["list", "--json"]):
            with self.subTest(command=" ".join(args)):
                result = damaged.run(*args)
                self.assertExit(result, LOCAL_DATA, "registry-damaged")
                self.assertEqual(sha256_of(registry), before)

    def test_missing_mirror(self):
        self.linked_profile()
        gone = self.copy_of_data("missing-mirror")
        os.remove(gone.mirror_path("local"))
        self.assertExit(gone.run("list", "--json"), LOCAL_DATA, "mirror-missing")


if __name__ == "__main__":
    e2e.main()
