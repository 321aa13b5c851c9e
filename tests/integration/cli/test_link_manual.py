#!/usr/bin/env python3
"""Linking by hand (`link URL --database D --user U --name P --pin PIN`) and what comes with it:
the server's databases, trust by pin only, the profile list, reading, unlinking."""
import base64
import os
import re
import stat

import e2e
from e2e import NETWORK, OK, USAGE


class ManualLinkTest(e2e.CliTestCase):

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.cli = cls.new_cli()
        # A data folder that was already there, open to others, and a permissive umask: the
        # files with vault data are owner-only all the same (test_local_files_are_private).
        os.chmod(cls.cli.data_dir, 0o755)
        umask = os.umask(0o022)
        try:
            cls.linked = cls.cli.run("link", cls.server.url, "--database", "Demo", "--user",
                                     "alice", "--name", "work", "--pin", cls.server.pin,
                                     "--json", password="alice-demo-2026")
        finally:
            os.umask(umask)
        cls.server_records = cls.server.records("alice")

    def test_link_succeeds_and_mirrors_every_record(self):
        self.assertExit(self.linked, OK)
        answer = self.linked.json()
        self.assertEqual(answer["profile"], "work")
        self.assertEqual(answer["database"], "Demo")
        self.assertEqual(answer["user"], "alice")
        self.assertTrue(answer["verified"])
        self.assertEqual(answer["records"], len(self.server_records))
        self.assertEqual(len(self.server_records), 60, "the demo gives alice 60 records in Demo")
        progress = self.linked.progress()
        self.assertTrue(progress, f"no progress line on stderr\n{self.linked}")
        n = len(self.server_records)
        self.assertEqual(progress[-1], f"synchronized {n} of {n} records")

    def test_list_json_matches_the_server(self):
        result = self.assertExit(self.cli.run("list", "--json"), OK)
        listed = result.json()
        self.assertEqual(len(listed), len(self.server_records))
        self.assertEqual(sorted(r["id"] for r in listed), sorted(self.server_records))
        for row in listed:
            record = self.server_records[row["id"]]
            fields = e2e.field_map(record)
            self.assertEqual(row["name"], fields["name"]["value"])
            self.assertEqual(row["form"], record["form"])
            self.assertEqual(row["unit"], record["unit"])
        names = [r["name"].casefold() for r in listed]
        self.assertEqual(names, sorted(names), "list is by name")

    def test_profiles_shows_the_profile(self):
        result = self.assertExit(self.cli.run("profiles", stdin_password=False), OK)
        lines = [l for l in result.out.splitlines() if l.strip()]
        self.assertEqual(len(lines), 1, str(result))
        columns = lines[0].split("\t")
        self.assertEqual(columns[0], "work", str(result))
        self.assertIn("alice on Demo", lines[0])
        self.assertIn(str(self.server.port), lines[0])
        self.assertIn("pinned key", lines[0])
        as_json = self.assertExit(self.cli.run("profiles", "--json", stdin_password=False),
                                  OK).json()
        self.assertEqual(len(as_json), 1)
        self.assertEqual(as_json[0]["name"], "work")
        self.assertEqual(as_json[0]["user"], "alice")
        self.assertEqual(as_json[0]["database"], "Demo")
        self.assertEqual(as_json[0]["pin"], self.server.pin)

    def test_sync_text_output(self):
        # Nothing new: said as such, not as "synchronized 0 of 60 records".
        result = self.assertExit(self.cli.run("sync"), OK)
        count = len(self.server_records)
        self.assertRegex(result.out, rf"^Up to date: {count} records, verified against the "
                                     r"server\.")
        self.assertEqual(result.progress(), [], result)
        self.assertIn(f"up to date: {count} records on the server", result.err)

    def test_local_files_are_private(self):
        mode = lambda path: stat.S_IMODE(os.stat(path).st_mode)  # noqa: E731
        self.assertEqual(mode(self.cli.data_dir), 0o700, "data folder")
        self.assertEqual(mode(os.path.join(self.cli.data_dir, "profiles.json")), 0o600)
        self.assertEqual(mode(os.path.join(self.cli.data_dir, "device.json")), 0o600)
        for folder, folders, files in os.walk(self.cli.data_dir):
            for name in folders:
                self.assertEqual(mode(os.path.join(folder, name)), 0o700, name)
            for name in files:
                self.assertEqual(mode(os.path.join(folder, name)), 0o600, name)
        self.assertTrue(self.cli.mirror_files(), "the mirror is there")
        with open(os.path.join(self.cli.data_dir, "profiles.json")) as f:
            registry = f.read()
        self.assertNotIn("alice-demo-2026", registry, "the password is never stored")
        for mirror in self.cli.mirror_files():
            with open(mirror, "rb") as f:
                content = f.read()
            self.assertNotIn(b"SQLite format 3", content[:16], f"{mirror} is not encrypted")
            some_name = e2e.field_map(next(iter(self.server_records.values())))["name"]
            self.assertNotIn(some_name["value"].encode(), content, f"{mirror} holds plain text")

    def test_profile_name_taken(self):
        result = self.cli.run("link", self.server.url, "--database", "Demo", "--user", "alice",
                              "--name", "work", "--pin", self.server.pin, "--json")
        self.assertExit(result, USAGE, "profile-exists")
        self.assertEqual(len(self.cli.profiles_file()), 1)

    def test_databases_command(self):
        result = self.assertExit(self.cli.run("databases", self.server.url, "--pin",
                                              self.server.pin, "--json",
                                              stdin_password=False), OK)
        _, listing = self.server.api().call("GET", "/databases", expect=200)
        expected = sorted((d["id"], d["name"], d["mobileSync"]) for d in listing["databases"])
        got = sorted((d["id"], d["name"], d["mobileSync"]) for d in result.json())
        self.assertEqual(got, expected)

    def test_link_without_pin_is_untrusted(self):
        cli = self.new_cli()
        result = cli.run("link", self.server.url, "--database", "Demo", "--user", "alice",
                         "--name", "x", "--json", password="alice-demo-2026")
        self.assertExit(result, NETWORK, "tls-untrusted")
        self.assertEqual(cli.profiles_file(), [], "a refused link leaves no profile")
        self.assertEqual(cli.mirror_files(), [])

    def test_link_with_wrong_pin(self):
        cli = self.new_cli()
        other = "sha256/" + base64.b64encode(os.urandom(32)).decode()
        result = cli.run("link", self.server.url, "--database", "Demo", "--user", "alice",
                         "--name", "x", "--pin", other, "--json", password="alice-demo-2026")
        self.assertExit(result, NETWORK, "pin-mismatch")
        self.assertEqual(cli.profiles_file(), [])
        also = cli.run("databases", self.server.url, "--pin", other, "--json",
                       stdin_password=False)
        self.assertExit(also, NETWORK, "pin-mismatch")

    def test_malformed_pin_is_a_usage_error(self):
        result = self.new_cli().run("databases", self.server.url, "--pin", "sha256/abc",
                                    "--json", stdin_password=False)
        self.assertExit(result, USAGE)

    def test_show_masks_secrets_unless_revealed(self):
        with_password = [r for r in self.server_records.values()
                         if any(f["type"] == "password" and f["value"] for f in r["fields"])]
        self.assertTrue(with_password)
        record = with_password[0]
        secret = next(f["value"] for f in record["fields"] if f["type"] == "password" and
                      f["value"])
        masked = self.assertExit(self.cli.run("show", str(record["id"])), OK)
        self.assertNotIn(secret, masked.out)
        self.assertIn("********", masked.out)
        self.assertIn(f"Id: {record['id']}", masked.out)
        shown = self.assertExit(self.cli.run("show", str(record["id"]), "--reveal"), OK)
        self.assertIn(secret, shown.out)
        as_json = self.assertExit(self.cli.run("show", str(record["id"]), "--json"), OK).json()
        for field in as_json["fields"]:
            if field["type"] in ("password", "totp") and field["value"]:
                self.assertEqual(field["value"], "********")
        revealed = self.assertExit(self.cli.run("show", str(record["id"]), "--json",
                                                "--reveal"), OK).json()
        self.assertEqual(revealed, record)

    def test_show_leaves_out_empty_fields(self):
        with_empty = [r for r in self.server_records.values()
                      if any(not f["value"] for f in r["fields"])]
        self.assertTrue(with_empty, "the demo data has records with empty fields")
        record = with_empty[0]
        shown = self.assertExit(self.cli.run("show", str(record["id"]), "--reveal"), OK)
        for field in record["fields"]:
            line = re.compile(rf"^{re.escape(field['label'])}: ", re.M)
            if field["value"]:
                self.assertRegex(shown.out, line)
            else:
                self.assertNotRegex(shown.out, line, f"empty field {field['key']} printed")

    def test_list_fields_without_reveal_masks_only_secrets(self):
        listed = self.cli_records(self.cli, reveal=False)
        for rid, record in self.server_records.items():
            for field in record["fields"]:
                ours = e2e.field_map(listed[rid])[field["key"]]
                if field["type"] in ("password", "totp") and field["value"]:
                    self.assertEqual(ours["value"], "********", f"record {rid} {field['key']}")
                else:
                    self.assertEqual(ours["value"], field["value"], f"record {rid} {field['key']}")

    def test_second_profile_and_unlink(self):
        cli = self.new_cli()
        self.assertExit(cli.run("link", self.server.url, "--database", "Demo", "--user",
                                "alice", "--name", "one", "--pin", self.server.pin,
                                password="alice-demo-2026"), OK)
        self.assertExit(cli.run("link", self.server.url, "--database", "demo", "--user",
                                "ALICE", "--name", "two", "--pin", self.server.pin,
                                password="alice-demo-2026"), OK)
        self.assertEqual(len(cli.mirror_files()), 2, cli.mirror_files())
        self.assertExit(cli.run("list", "--json"), USAGE, "profile-ambiguous")
        self.assertEqual(len(cli.run("list", "--json", "--profile", "two").json()), 60)
        unlinked = cli.run("unlink", "--profile", "one")
        self.assertExit(unlinked, OK)
        names = [p["name"] for p in cli.profiles_file()]
        self.assertEqual(names, ["two"])
        self.assertEqual(len([f for f in cli.mirror_files() if f.endswith(".db")]), 1)
        self.assertExit(cli.run("list", "--json", "--profile", "one"), USAGE, "profile-unknown")
        # With one profile left, it is the default again.
        self.assertEqual(len(self.assertExit(cli.run("list", "--json"), OK).json()), 60)

    def test_http_address_is_refused(self):
        cli = self.new_cli()
        url = self.server.url.replace("https://", "http://")
        result = cli.run("link", url, "--database", "Demo", "--user", "alice", "--name", "x",
                         "--json", password="alice-demo-2026")
        self.assertExit(result, USAGE)
        self.assertExit(cli.run("databases", url, "--json", stdin_password=False), USAGE)

    def test_link_requires_its_options(self):
        cli = self.new_cli()
        self.assertExit(cli.run("link", self.server.url, "--user", "alice", "--name", "x",
                                "--pin", self.server.pin, "--json"), USAGE)
        self.assertExit(cli.run("link", self.server.url, "--database", "Demo", "--user",
                                "alice", "--pin", self.server.pin, "--json"), USAGE)
        self.assertExit(cli.run("link", "--qr-text", "vaultlink://link?v=1", "--name", "x",
                                "--database", "Demo", "--json"), USAGE)
        self.assertExit(cli.run("frobnicate", "--json"), USAGE)

    def test_generate_asks_for_nothing(self):
        # No profile, no password, no server: a linked profile's folder is left as it was.
        before = self.cli.profiles_file()
        result = self.assertExit(self.cli.run("generate", "--words", "6", "--separator", " ",
                                              "--json", stdin_password=False), OK)
        answer = result.json()
        words = answer["password"].split(" ")
        self.assertEqual(len(words), 6, answer)
        self.assertTrue(all(re.fullmatch(r"[a-z-]+", w) for w in words), answer)
        # Six words of 7776 are 77.5 bits, however many zxcvbn counts letter by letter.
        self.assertLessEqual(answer["bits"], 77.5)
        self.assertEqual(answer["score"], 4)
        self.assertGreater(answer["crackTime"], 10**12)
        self.assertEqual(result.err, "")
        self.assertExit(self.cli.run("generate", "--length", "3", "--json",
                                     stdin_password=False), USAGE, "usage")
        self.assertEqual(self.cli.profiles_file(), before)


if __name__ == "__main__":
    e2e.main()
