#!/usr/bin/env python3
"""Writing from two devices of the same user (two CLI data folders) against the reference
server, offline first: changes made while the server is down, synchronized in both orders. The
server's final state is read independently through the API and each device's copy is compared
with it: nothing lost, nothing duplicated, each conflict shown on the device whose value lost,
and resolved there. Then `sync` is killed (SIGKILL) at random moments while it sends 500
changes; the next sync applies each exactly once (VAULTLINK_WRITE_SEED replays the moments)."""
import os
import random
import shutil
import signal
import subprocess
import time

import e2e
from e2e import CHANGES_WAITING, NOT_ALLOWED, OK

SECRET = "S3cret-from-stdin"


class WritesTest(e2e.CliTestCase):

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.a, cls.b = cls.new_cli(), cls.new_cli()

    # --- helpers ---------------------------------------------------------------------------
    def records(self):
        return self.server.records("alice")

    def by_name(self, records, name):
        return [r for r in records.values() if e2e.field_map(r)["name"]["value"] == name]

    def value(self, record, key):
        return e2e.field_map(record)[key]["value"]

    def sync(self, cli, rc=OK):
        return self.assertExit(cli.run("sync", "--json"), rc).json()

    def assertSameAsServer(self, cli, what):
        server = self.records()
        self.assertRecordsEqual(self.cli_records(cli), server, what)
        return server

    def conflicts(self, cli):
        return self.assertExit(cli.run("conflicts", "--json", "--reveal"), OK).json()

    def offline(self):
        self.server.stop()

    def online(self):
        self.server.start(listen=f"127.0.0.1:{self.port}")

    # --- two devices -------------------------------------------------------------------------
    def test_1_offline_edits_on_two_devices_synced_in_both_orders(self):
        self.link(self.a, "a")
        self.link(self.b, "b")
        self.port = self.server.port
        start = self.records()
        personal = sorted(r["id"] for r in start.values() if r["personal"])
        x, z = personal[0], personal[1]

        # Offline on both devices.
        self.offline()
        a, b = self.a, self.b
        self.assertExit(a.run("add", "--form", "login", "--field", "name=Offline A",
                              "--field", "username=ann", "--field", "password",
                              "--field", "tags=new,offline",
                              stdin=f"{a.password}\n{SECRET}\n"), OK)
        self.assertExit(a.run("add", "--form", "note", "--field", "name=Same name"), OK)
        self.assertExit(b.run("add", "--form", "note", "--field", "name=Same name"), OK)
        self.assertExit(a.run("edit", str(x), "--field", "username=from-a"), OK)
        self.assertExit(b.run("edit", str(x), "--field", "username=from-b",
                              "--field", "notes=note from b"), OK)
        self.assertExit(a.run("rm", str(z)), OK)
        self.assertExit(b.run("edit", str(z), "--field", "notes=kept by b"), OK)
        # Shown at once, offline, and marked as not sent.
        listed = {r["id"]: r for r in self.assertExit(a.run("list", "--json"), OK).json()}
        self.assertNotIn(z, listed)
        self.assertTrue(listed[x]["pending"])
        found = self.assertExit(a.run("search", "Offline A", "--json"), OK).json()
        self.assertEqual(len(found), 1)
        self.assertLess(found[0]["id"], 0)
        pending = self.assertExit(b.run("pending", "--json"), OK).json()
        self.assertEqual(sorted(p["change"] for p in pending), ["create", "edit", "edit"])
        # A sync without the server fails and keeps everything.
        self.assertExit(a.run("sync", "--timeout", "2"), e2e.NETWORK)
        self.assertEqual(len(self.assertExit(a.run("pending", "--json"), OK).json()), 4)

        # Back online: A first, then B, then A again.
        self.online()
        report = self.sync(a)
        self.assertEqual((report["sent"], report["conflicts"]), (4, 0), report)
        report = self.sync(b, CHANGES_WAITING)
        self.assertEqual(report["conflicts"], 2, report)  # username, and z re-created
        self.sync(a)
        server = self.assertSameAsServer(a, "device A")
        self.assertSameAsServer(b, "device B")

        # The server's state, read independently.
        self.assertEqual(len(server), len(start) + 3)  # Offline A, Same name twice, z again
        self.assertEqual(len(self.by_name(server, "Same name")), 2)
        offline_a = self.by_name(server, "Offline A")
        self.assertEqual(len(offline_a), 1)
        self.assertEqual(self.value(offline_a[0], "password"), SECRET)
        self.assertEqual(self.value(offline_a[0], "tags"), ["new", "offline"])
        self.assertEqual(self.value(server[x], "username"), "from-a")  # first to reach it
        self.assertEqual(self.value(server[x], "notes"), "note from b")  # another field
        self.assertNotIn(z, server)  # A's deletion reached the server first...
        again = [r for r in server.values() if r["id"] not in start and
                 self.value(r, "notes") == "kept by b"]
        self.assertEqual(len(again), 1, "...and B's edit created it again")
        self.assertEqual(self.value(again[0], "name"), self.value(start[z], "name"))
        self.assertTrue(e2e.field_map(server[x])["username"]["modifiedBy"])  # a device's name

        # Conflicts on the device that lost, none on the other.
        self.assertEqual(self.conflicts(a), [])
        notes = {(n["record"], n["field"]): n for n in self.conflicts(b)}
        self.assertEqual(set(notes), {(x, "username"), (again[0]["id"], "record")})
        self.assertEqual(notes[(x, "username")]["local"]["value"], "from-b")
        self.assertEqual(notes[(x, "username")]["server"]["value"], "from-a")
        self.assertEqual(notes[(again[0]["id"], "record")]["kind"], "recreated")

        # The other order: B first, then A; A loses and keeps its value on purpose.
        self.assertExit(b.run("edit", str(x), "--field", "url=https://b.example"), OK)
        self.assertExit(a.run("edit", str(x), "--field", "url=https://a.example"), OK)
        self.sync(b, CHANGES_WAITING)  # B's earlier notes still wait
        self.sync(a, CHANGES_WAITING)
        self.assertEqual(self.value(self.records()[x], "url"), "https://b.example")
        lost = [n for n in self.conflicts(a) if n["field"] == "url"]
        self.assertEqual(len(lost), 1)
        self.assertEqual(lost[0]["local"]["value"], "https://a.example")
        self.assertExit(a.run("conflicts", "--resolve", str(x), "url", "keep-local"), OK)
        self.assertExit(b.run("conflicts", "--resolve", str(x), "username", "keep-server"), OK)
        self.assertExit(b.run("conflicts", "--resolve", str(again[0]["id"]), "record",
                              "keep-server"), OK)
        self.sync(a)
        self.sync(b)
        self.sync(a)
        server = self.assertSameAsServer(a, "device A at the end")
        self.assertSameAsServer(b, "device B at the end")
        self.assertEqual(self.value(server[x], "url"), "https://a.example")
        self.assertEqual(self.conflicts(a), [])
        self.assertEqual(self.conflicts(b), [])

    def test_2_rights_and_secrets(self):
        cli = self.new_cli()
        self.link(cli, "rights")
        token = self.server.observer_token("alice")
        units = {u["name"]: u for u in
                 self.server.api().call("GET", "/session", token=token, expect=200)[1]["units"]}
        marketing = next(r for r in self.records().values()
                         if r["unit"] == units["Marketing"]["id"])
        self.assertExit(cli.run("edit", str(marketing["id"]), "--field", "notes=x", "--json"),
                        NOT_ALLOWED, "edit-not-allowed")
        self.assertExit(cli.run("rm", str(marketing["id"]), "--json"), NOT_ALLOWED,
                        "delete-not-allowed")
        self.assertExit(cli.run("add", "--form", "login", "--field", "password=visible",
                                "--json"), e2e.USAGE, "secret-on-command-line")
        self.assertExit(cli.run("add", "--form", "login", "--field", "username=u", "--json"),
                        e2e.USAGE, "name-required")
        self.assertEqual(self.assertExit(cli.run("pending", "--json"), OK).json(), [])
        # A new password made on the spot, never seen on a command line.
        self.assertExit(cli.run("add", "--form", "login", "--field", "name=Generated",
                                "--generate", "password", "--length", "32", "--no-symbols"), OK)
        shown = self.assertExit(cli.run("show", "Generated", "--reveal", "--json"), OK).json()
        password = e2e.field_map(shown)["password"]["value"]
        self.assertEqual(len(password), 32)
        self.assertTrue(password.isalnum(), password)
        self.assertExit(cli.run("add", "--form", "login", "--field", "name=G2", "--generate",
                                "username", "--json"), e2e.USAGE, "generate-field")

    # --- crashes while sending -----------------------------------------------------------------
    def test_3_killed_while_sending_500_changes(self):
        seed = int(os.environ.get("VAULTLINK_WRITE_SEED", random.randrange(1 << 30)))
        print(f"VAULTLINK_WRITE_SEED={seed}")
        rng = random.Random(seed)
        self.server.seed(1000)  # a third personal, the rest in IT (alice edits) and Marketing
        cli = self.new_cli()
        self.link(cli, "crash")
        token = self.server.observer_token("alice")
        it = next(u["id"] for u in self.server.api().call("GET", "/session", token=token,
                                                           expect=200)[1]["units"]
                  if u["name"] == "IT")
        before = self.records()
        editable = sorted(r["id"] for r in before.values()
                          if (r["personal"] or r["unit"] == it) and
                          self.value(r, "notes") != "sent once")
        self.assertGreaterEqual(len(editable), 490)
        edited = editable[:490]
        self.assertExit(cli.run("edit", *map(str, edited), "--field", "notes=sent once"), OK)
        for i in range(10):
            self.assertExit(cli.run("add", "--form", "note", "--field", f"name=Crash new {i}"),
                            OK)
        for kill_after in sorted(rng.sample(range(1, 500), 3)):
            done = 500 - len(self.assertExit(cli.run("pending", "--json"), OK).json())
            if kill_after <= done:
                continue
            self.run_and_kill(cli, ["sync"], after_lines=kill_after - done,
                              pattern=r"^sent \d+ of \d+ changes")
        self.sync(cli)
        server = self.assertSameAsServer(cli, "after the kills")
        for rid in edited:  # one new revision each: applied exactly once
            notes = e2e.field_map(server[rid])["notes"]
            self.assertEqual((notes["value"], notes["revision"]),
                             ("sent once", e2e.field_map(before[rid])["notes"]["revision"] + 1),
                             rid)
        for i in range(10):
            self.assertEqual(len(self.by_name(server, f"Crash new {i}")), 1, f"Crash new {i}")
        self.assertEqual(self.assertExit(cli.run("pending", "--json"), OK).json(), [])

    # --- autofill ------------------------------------------------------------------------------
    def test_4_fill_follows_the_records_written_here_and_on_the_server(self):
        cli = self.new_cli()
        self.link(cli, "fill")

        def fill(address):
            return self.assertExit(cli.run("fill", address, "--json"), OK).json()

        def titles(address):
            return [c["title"] for c in fill(address)]

        # A server record with a web address is offered on its page, and nothing of another
        # registrable domain ever is.
        server = self.records()
        with_url = [r for r in server.values() if "url" in e2e.field_map(r)
                    and self.value(r, "url").startswith("https://")]
        wanted = with_url[0]
        page = self.value(wanted, "url")
        site = ".".join(page.split("/")[2].split(".")[-2:])
        found = fill(page)
        self.assertIn(wanted["id"], [c["id"] for c in found])
        for candidate in found:
            address = self.value(server[candidate["id"]], "url")
            self.assertTrue(address.split("/")[2].endswith(site), address)
        self.assertNotIn("password", str(found))

        # Written here: offered at once, offline as well, and moved with its address.
        name = "Fill test"
        self.assertExit(cli.run("add", "--form", "login", "--field", f"name={name}",
                                "--field", "url=https://fill-test.example/login",
                                "--field", "username=filler"), OK)
        self.assertEqual(titles("https://www.fill-test.example/"), [name])
        self.assertExit(cli.run("edit", name, "--field", "url=https://moved.example/"), OK)
        self.assertEqual(titles("https://fill-test.example/login"), [])
        self.assertEqual(titles("https://moved.example/login"), [name])
        # A choice made before the first send follows the record to the server's id.
        self.assertExit(cli.run("add", "--form", "login", "--field", "name=Rule test",
                                "--field", "url=https://rule.example/"), OK)
        self.assertExit(cli.run("fill-mode", "Rule test", "host"), OK)
        self.sync(cli)
        self.assertEqual(titles("https://sub.rule.example/"), [])
        self.assertEqual(titles("https://rule.example/x"), ["Rule test"])
        [made] = fill("https://moved.example/")
        self.assertGreater(made["id"], 0)  # the server's id now
        http = fill("http://moved.example/")
        self.assertEqual([c["insecure"] for c in http], [True])
        # The user's choice of match mode, on this device: siblings, then never.
        self.assertEqual(titles("https://help.moved.example/"), [name])  # a subdomain
        self.assertExit(cli.run("edit", name, "--field", "url=https://login.moved.example/"),
                        OK)
        self.assertEqual(titles("https://help.moved.example/"), [])  # a sibling
        self.assertExit(cli.run("fill-mode", name, "domain"), OK)
        self.assertEqual(titles("https://help.moved.example/"), [name])
        self.assertExit(cli.run("fill-mode", name, "never"), OK)
        self.assertEqual(titles("https://login.moved.example/"), [])
        self.assertExit(cli.run("fill-mode", name, "sometimes", "--json"), e2e.USAGE, "usage")
        self.assertExit(cli.run("fill-mode", name, "default"), OK)
        self.sync(cli)

        # Deleted on the server: gone from the candidates with the next sync.
        self.server.admin("record", "delete", "--database", "Demo", "--id", str(made["id"]))
        self.sync(cli)
        self.assertEqual(titles("https://moved.example/"), [])
        self.assertExit(cli.run("fill", "javascript:alert(1)", "--json"), e2e.USAGE,
                        "autofill-address")

    def test_5_fill_pick_copies_to_a_real_clipboard_and_clears_it(self):
        if not (shutil.which("Xvfb") and shutil.which("xclip")):
            self.skipTest("needs Xvfb and xclip (scripts/deps.sh installs them)")
        cli = self.new_cli()
        self.link(cli, "pick")
        page = "https://pick.example/login"
        self.assertExit(cli.run("add", "--form", "login", "--field", "name=Pick test",
                                "--field", "url=https://pick.example/", "--field",
                                "username=picker", "--field", "password",
                                stdin=f"{e2e.LOCAL_PASSWORD}\nS3cret-pick\n"), OK)
        [offer] = self.assertExit(cli.run("fill", page, "--json"), OK).json()
        pick = str(offer["id"])

        # No desktop session: a clear refusal, nothing copied.
        bare = {k: v for k, v in e2e.cli_env().items()
                if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
        result = subprocess.run(cli.command(["fill", page, "--pick", pick, "--json"]),
                                input=e2e.LOCAL_PASSWORD + "\n", capture_output=True,
                                text=True, env=bare, timeout=120)
        self.assertEqual(result.returncode, e2e.USAGE, result.stderr)
        self.assertIn("no-clipboard", result.stderr)
        self.assertExit(cli.run("fill", "https://other.example/", "--pick", pick, "--json"),
                        e2e.USAGE, "record-not-offered")
        self.assertExit(cli.run("fill", page, "--pick", pick, "--field", "notes", "--json"),
                        e2e.USAGE, "usage")

        # A real X server, and xclip reading its clipboard as another program would.
        read_end, write_end = os.pipe()
        xvfb = subprocess.Popen(["Xvfb", "-displayfd", str(write_end), "-nolisten", "tcp",
                                 "-screen", "0", "640x480x24"], pass_fds=[write_end],
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        self.addCleanup(xvfb.kill)
        os.close(write_end)
        with os.fdopen(read_end) as numbers:
            display = ":" + numbers.readline().strip()
        env = dict(bare, DISPLAY=display)

        def clipboard(target="UTF8_STRING"):
            done = subprocess.run(["xclip", "-o", "-selection", "clipboard", "-t", target],
                                  capture_output=True, text=True, env=env, timeout=30)
            return done.stdout if done.returncode == 0 else None

        def copy(*extra):
            proc = subprocess.Popen(cli.command(["fill", page, "--pick", pick] + list(extra)),
                                    stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                    stderr=subprocess.PIPE, text=True, env=env)
            self.addCleanup(proc.kill)
            proc.stdin.write(e2e.LOCAL_PASSWORD + "\n")
            proc.stdin.close()
            seen = ""
            while "Copied" not in seen:  # past Qt's own remarks
                line = proc.stderr.readline()
                if not line:
                    self.fail(f"{seen}exit {proc.wait()}")
                seen += line
            return proc

        self.assertIsNone(clipboard())  # the server answers, its clipboard empty
        proc = copy("--clear-after", "2")
        self.assertEqual(clipboard(), "S3cret-pick")
        self.assertIn("x-kde-passwordManagerHint", clipboard("TARGETS"))
        self.assertEqual(proc.wait(timeout=60), 0)
        self.assertIn(clipboard(), (None, ""))  # cleared, and the copier gone

        # The user name, and Ctrl-C clearing at once instead of after a minute.
        proc = copy("--field", "username", "--clear-after", "60")
        self.assertEqual(clipboard(), "picker")
        started = time.monotonic()
        proc.send_signal(signal.SIGINT)
        self.assertEqual(proc.wait(timeout=30), 0)
        self.assertLess(time.monotonic() - started, 10)
        self.assertIn("cleared", proc.stderr.read())


if __name__ == "__main__":
    e2e.main()
