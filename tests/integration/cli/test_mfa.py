#!/usr/bin/env python3
"""Every second factor and directory accounts, with the demo users of `init --demo`: dave (PIN),
erin (push), frank (phone call), gina (several), hank (security key, registered here), ivan
(directory account). Approvals are given as the stand-ins would: `vaultlink-server mfa approve`
for the push, `mfa answer-call` for the phone. The security key is the CLI's stand-in, whose key
file is made here with openssl(1), independently of the client."""
import base64
import json
import os
import signal
import subprocess
import time

import e2e
from e2e import AUTH, OK, USAGE
from e2e.server import DEMO_PASSWORDS


def b64url(data):
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


class MfaTest(e2e.CliTestCase):

    def link_as(self, cli, user, name, *extra, env=None, password=None):
        return cli.run("link", self.server.url, "--database", "Demo", "--user", user,
                       "--name", name, "--pin", self.server.pin, "--json", *extra,
                       password=password or DEMO_PASSWORDS[user.split("\\")[-1].split("@")[0]],
                       extra_env=env)

    def start_link(self, cli, user, name, *extra):
        return cli.start("link", self.server.url, "--database", "Demo", "--user", user,
                         "--name", name, "--pin", self.server.pin, "--json", *extra,
                         password=DEMO_PASSWORDS[user])

    def pending(self, user):
        return json.loads(self.server.admin("mfa", "pending", "--user", user, "--json"))

    def wait_pending(self, user, proc):
        deadline = time.time() + 60
        while time.time() < deadline:
            found = self.pending(user)
            if found:
                return found[0]
            self.assertIsNone(proc.poll(), "the CLI ended before the sign-in request appeared")
            time.sleep(0.2)
        self.fail(f"no sign-in request of {user} appeared")

    def finish(self, proc):
        proc.stdin = None  # the password went in and the pipe is closed
        out, err = proc.communicate(timeout=120)
        return e2e.cli.CliResult(["link"], proc.returncode, out, err)

    def test_1_pin_wrong_right_and_throttled(self):
        cli = self.new_cli()
        self.assertExit(self.link_as(cli, "dave", "d1", "--otp", "1111"), AUTH, "mfa-failed")
        self.assertEqual(cli.profiles_file(), [])
        linked = self.assertExit(self.link_as(cli, "dave", "d1", "--mfa", "pin", "--otp", "2468"),
                                 OK)
        self.assertGreater(linked.json()["records"], 0)
        self.assertEqual(cli.profiles_file()[0]["lastMfaMethod"], "pin")
        # Wrong PINs count like wrong passwords: after the free attempts the login waits.
        for _ in range(3):
            self.assertExit(self.link_as(cli, "dave", "d2", "--otp", "0000"), AUTH, "mfa-failed")
        self.assertExit(self.link_as(cli, "dave", "d2", "--otp", "2468"), AUTH,
                        "login-throttled")

    def test_2_push_approved_denied_cancelled_expired(self):
        cli = self.new_cli()
        # Approved on the stand-in of the phone app: the CLI says until when it waits.
        proc = self.start_link(cli, "erin", "e1")
        request = self.wait_pending("erin", proc)
        self.assertEqual(request["method"], "push")
        self.assertEqual(request["address"], "127.0.0.1")
        started = time.time()
        self.server.admin("mfa", "approve", str(request["id"]))
        result = self.assertExit(self.finish(proc), OK)
        self.assertLess(time.time() - started, 5, "the approval was not answered at once")
        self.assertIn("Approve the sign-in on the Account page", result.err)
        self.assertEqual(cli.profiles_file()[0]["lastMfaMethod"], "push")

        # Denied.
        proc = self.start_link(cli, "erin", "e2")
        self.server.admin("mfa", "deny", str(self.wait_pending("erin", proc)["id"]))
        self.assertExit(self.finish(proc), AUTH, "mfa-denied")

        # Cancelled with Ctrl-C: the request is withdrawn and can no longer be approved.
        proc = self.start_link(cli, "erin", "e2")
        request = self.wait_pending("erin", proc)
        proc.send_signal(signal.SIGINT)
        self.assertExit(self.finish(proc), AUTH, "mfa-cancelled")
        self.assertEqual(self.pending("erin"), [])
        refused = self.server.admin("mfa", "approve", str(request["id"]), expect=None)
        self.assertNotEqual(refused.returncode, 0)

        # Nobody answers in time.
        self.server.settings(mfa_approval_seconds=2)
        try:
            self.assertExit(self.link_as(cli, "erin", "e2"), AUTH, "mfa-approval-expired")
        finally:
            self.server.settings(mfa_approval_seconds=60)
        self.assertEqual(len(cli.profiles_file()), 1)

    def test_3_phone_call_answered_with_1(self):
        cli = self.new_cli()
        proc = self.start_link(cli, "frank", "f1", "--mfa", "phone")
        request = self.wait_pending("frank", proc)
        self.assertEqual(request["method"], "phone-call")
        # Another key than 1 on another call denies; a push approval cannot answer a call.
        self.assertNotEqual(self.server.admin("mfa", "approve", str(request["id"]),
                                              expect=None).returncode, 0)
        self.server.admin("mfa", "answer-call", str(request["id"]), "--key", "1")
        result = self.assertExit(self.finish(proc), OK)
        self.assertIn("rings", result.err)
        self.assertIn("••• 23", result.err)

    def test_4_several_methods_and_choosing(self):
        cli = self.new_cli()
        # gina offers push, PIN and TOTP; a security key is none of hers.
        self.assertExit(self.link_as(cli, "gina", "g1", "--mfa", "fido"), USAGE,
                        "mfa-method-not-offered")
        secret = self.gina_secret()
        self.assertExit(self.link_as(cli, "gina", "g1", "--mfa", "totp", "--otp",
                                     e2e.totp(secret)), OK)
        # --otp alone goes to the first method that takes a code (the PIN here).
        self.assertExit(self.link_as(cli, "gina", "g2", "--otp", "1357"), OK)

    def gina_secret(self):
        import re
        import urllib.parse
        found = re.search(r"TOTP for gina: (otpauth://\S+)", self.server.init_output)
        self.assertTrue(found, self.server.init_output)
        return urllib.parse.parse_qs(urllib.parse.urlsplit(found.group(1)).query)["secret"][0]

    def make_key(self, name, algorithm="ES256", counter=0, credential=None):
        folder = os.path.join(self.workdir, name)
        os.makedirs(folder, exist_ok=True)
        private = os.path.join(folder, "private.pem")
        public = os.path.join(folder, "public.pem")
        keygen = (["-algorithm", "EC", "-pkeyopt", "ec_paramgen_curve:P-256"]
                  if algorithm == "ES256" else ["-algorithm", "ED25519"])
        subprocess.run(["openssl", "genpkey", *keygen, "-out", private], check=True,
                       capture_output=True)
        subprocess.run(["openssl", "pkey", "-in", private, "-pubout", "-out", public],
                       check=True, capture_output=True)
        credential = credential or os.urandom(16)
        key_file = os.path.join(folder, "key.json")
        with open(private) as f:
            pem = f.read()
        with open(key_file, "w") as f:
            json.dump({"credentialId": b64url(credential), "algorithm": algorithm,
                       "privateKey": pem, "signCount": counter, "userVerifying": False}, f)
        os.chmod(key_file, 0o600)
        return key_file, public, credential

    def set_counter(self, key_file, counter):
        with open(key_file) as f:
            key = json.load(f)
        key["signCount"] = counter
        with open(key_file, "w") as f:
            json.dump(key, f)

    def test_5_security_keys(self):
        cli = self.new_cli()
        key_file, public, credential = self.make_key("hank-es256")
        self.server.admin("mfa", "fido-add", "--user", "hank", "--key-name", "YubiKey",
                          "--credential-id", b64url(credential), "--algorithm", "ES256",
                          "--public-key", public)
        env = {"VAULTLINK_SECURITY_KEY_STAND_IN": key_file}
        result = self.assertExit(self.link_as(cli, "hank", "h1", env=env), OK)
        self.assertIn("STAND-IN security key", result.err)
        listed = self.server.admin("mfa", "fido-list", "--user", "hank")
        self.assertIn("counter 1", listed)

        # An EdDSA key of his too.
        ed_file, ed_public, ed_credential = self.make_key("hank-eddsa", "EdDSA")
        self.server.admin("mfa", "fido-add", "--user", "hank", "--key-name", "Solo",
                          "--credential-id", b64url(ed_credential), "--algorithm", "EdDSA",
                          "--public-key", ed_public)
        self.assertExit(self.link_as(cli, "hank", "h2",
                                     env={"VAULTLINK_SECURITY_KEY_STAND_IN": ed_file}), OK)

        # A cloned key: its counter goes backwards.
        self.set_counter(key_file, 0)
        self.assertExit(self.link_as(cli, "hank", "h3", env=env), AUTH, "mfa-key-refused")
        # A key nobody registered: the key itself says it has none of the account's.
        stranger, _, _ = self.make_key("stranger")
        self.assertExit(self.link_as(cli, "hank", "h3",
                                     env={"VAULTLINK_SECURITY_KEY_STAND_IN": stranger}),
                        AUTH, "security-key-not-registered")
        # No key at all.
        self.assertExit(self.link_as(cli, "hank", "h3",
                                     env={"VAULTLINK_SECURITY_KEY_STAND_IN": "/nonexistent"}),
                        AUTH, "security-key-none")

    def test_6_directory_account(self):
        cli = self.new_cli()
        self.assertExit(self.link_as(cli, "ivan", "i0"), AUTH, "bad-credentials")
        self.assertExit(self.link_as(cli, "CORP\\ivan", "i1"), OK)
        self.assertExit(self.link_as(cli, "ivan@corp.example.com", "i2"), OK)
        self.assertExit(self.link_as(cli, "ivan", "i3", "--domain", "corp.example.com"), OK)
        profiles = {p["name"]: p for p in cli.profiles_file()}
        self.assertEqual(profiles["i1"]["directoryDomain"], "CORP")
        self.assertEqual(profiles["i2"]["userName"], "ivan")


if __name__ == "__main__":
    e2e.main()
