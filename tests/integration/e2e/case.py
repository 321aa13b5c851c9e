"""The base class of the end-to-end tests and their assertions on the CLI's answers."""
import os
import re
import signal
import threading
import unittest

from .cli import LOCAL_PASSWORD, OK, Cli
from .env import make_workdir, remove_tree
from .mirror import mirror_key, sqlcipher_available, sqlcipher_query
from .server import DEMO_PASSWORDS, Server


def field_map(record):
    return {f["key"]: f for f in record["fields"]}


class CliTestCase(unittest.TestCase):
    """Gives each class a work folder and a demo server (unless SERVER_DEMO is None)."""

    SERVER_DEMO = True
    START_SERVER = True

    @classmethod
    def setUpClass(cls):
        cls.workdir = make_workdir(cls.__name__)
        cls.addClassCleanup(remove_tree, cls.workdir)
        cls.server = None
        if cls.SERVER_DEMO is not None:
            cls.server = Server(cls.workdir, demo=cls.SERVER_DEMO)
            cls.addClassCleanup(cls.server.stop)
            if cls.START_SERVER:
                cls.server.start()
        cls._dirs = 0

    @classmethod
    def new_cli(cls, password=LOCAL_PASSWORD):
        cls._dirs += 1
        path = os.path.join(cls.workdir, f"cli{cls._dirs}")
        os.makedirs(path)
        return Cli(path, password)

    # --- the CLI's answers ------------------------------------------------------------------
    def assertExit(self, result, rc, code=None):
        msg = f"\n{result}"
        if self.server is not None and rc != result.rc:
            msg += f"\n--- server log\n{self.server.log_tail(15)}"
        self.assertEqual(result.rc, rc, f"wrong exit code{msg}")
        if code is not None:
            self.assertEqual(result.code, code, f"wrong error code{msg}")
        if rc == OK:
            self.assertIsNone(result.error(), f"an error was printed although it succeeded{msg}")
        return result

    def link(self, cli, name="main", user="alice", password=None, extra=(), json_out=True):
        pw = password or DEMO_PASSWORDS[user]
        args = ["link", self.server.url, "--database", "Demo", "--user", user, "--name", name,
                "--pin", self.server.pin] + list(extra) + (["--json"] if json_out else [])
        result = cli.run(*args, password=pw)
        self.assertExit(result, OK)
        return result

    def cli_records(self, cli, *extra, reveal=True):
        args = ["list", "--json", "--fields"] + (["--reveal"] if reveal else []) + list(extra)
        result = self.assertExit(cli.run(*args), OK)
        records = result.json()
        self.assertIsInstance(records, list, str(result))
        by_id = {}
        for r in records:
            self.assertNotIn(r["id"], by_id, f"record {r['id']} listed twice")
            by_id[r["id"]] = r
        return by_id

    def assertRecordsEqual(self, cli_records, server_records, what=""):
        """Same ids; each record and each of its fields equal, member by member."""
        missing = sorted(set(server_records) - set(cli_records))
        extra = sorted(set(cli_records) - set(server_records))
        self.assertFalse(missing or extra,
                         f"{what}: ids differ: {len(missing)} missing from the CLI "
                         f"(e.g. {missing[:10]}), {len(extra)} the server does not have "
                         f"(e.g. {extra[:10]}); CLI {len(cli_records)}, server "
                         f"{len(server_records)}")
        problems = []
        for rid in sorted(server_records):
            theirs, ours = server_records[rid], cli_records[rid]
            for member in sorted(set(theirs) | set(ours)):
                if member == "fields":
                    continue
                if theirs.get(member, "<absent>") != ours.get(member, "<absent>"):
                    problems.append(f"record {rid} {member}: server {theirs.get(member)!r}, "
                                    f"CLI {ours.get(member, '<absent>')!r}")
            their_keys = [f["key"] for f in theirs["fields"]]
            our_keys = [f["key"] for f in ours.get("fields", [])]
            if their_keys != our_keys:
                problems.append(f"record {rid} field order: server {their_keys}, CLI {our_keys}")
            ours_by_key = field_map(ours) if "fields" in ours else {}
            for field in theirs["fields"]:
                mine = ours_by_key.get(field["key"], {})
                for member in sorted(set(field) | set(mine)):
                    if field.get(member, "<absent>") != mine.get(member, "<absent>"):
                        problems.append(f"record {rid} field {field['key']} {member}: server "
                                        f"{field.get(member, '<absent>')!r}, CLI "
                                        f"{mine.get(member, '<absent>')!r}")
            if len(problems) > 40:
                break
        self.assertFalse(problems, f"{what}: {len(problems)}+ differences:\n" +
                         "\n".join(problems[:40]))

    def run_and_kill(self, cli, args, after_lines, pattern=r"^(re)?synchronized \d+ of \d+",
                     password=None, limit=600):
        """Starts the CLI, reads its stderr line by line and kills it (SIGKILL) right after the
        `after_lines`-th line matching `pattern`. Returns the stderr lines seen."""
        proc = cli.start(*args, password=password)
        watchdog = threading.Timer(limit, proc.kill)
        watchdog.start()
        seen, matched = [], 0
        try:
            for line in proc.stderr:
                seen.append(line.rstrip("\n"))
                if re.match(pattern, line):
                    matched += 1
                    if matched == after_lines:
                        proc.send_signal(signal.SIGKILL)
                        break
        finally:
            watchdog.cancel()
            proc.stderr.close()
            proc.stdout.close()
            rc = proc.wait()
        self.assertEqual(matched, after_lines,
                         f"vaultlink-cli {' '.join(args)} ended (exit {rc}) after {matched} "
                         f"progress lines, before the kill point {after_lines}:\n" +
                         "\n".join(seen[-20:]))
        self.assertEqual(rc, -signal.SIGKILL, "the process was killed")
        return seen

    def assertMirrorIntact(self, cli, profile_name, expected_count=None):
        """PRAGMA integrity_check on the mirror with the sqlcipher shell (skipped without it)."""
        if not sqlcipher_available():
            return "skipped: no sqlcipher shell"
        profile = next(p for p in cli.profiles_file() if p["name"] == profile_name)
        key = mirror_key(profile, cli.password)
        path = cli.mirror_path(profile_name)
        rc, out, err = sqlcipher_query(path, key, "PRAGMA integrity_check;\n"
                                                  "SELECT count(*) FROM records;")
        lines = [l for l in out.splitlines() if l.strip()]
        self.assertEqual(rc, 0, f"sqlcipher failed on {path}: {err}{out}")
        self.assertGreaterEqual(len(lines), 2, f"sqlcipher said: {out!r} {err!r}")
        self.assertEqual(lines[-2], "ok", f"integrity_check of {path}: {out}")
        if expected_count is not None:
            self.assertEqual(int(lines[-1]), expected_count, "rows in the records table")
        return "ok"
