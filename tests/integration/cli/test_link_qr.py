#!/usr/bin/env python3
"""Linking with a link code: from the QR code PNG the server renders, and from the code's text.
Every way a code can be refused ends with exit 7 and its own error code."""
import base64
import os
import time
import urllib.parse

import e2e
from e2e import LINK_CODE, NETWORK, OK, USAGE, qr_encode


def with_param(uri, name, value):
    """The link code URI with one parameter replaced (percent-encoded as the server does)."""
    scheme, rest = uri.split("?", 1)
    parts = []
    for part in rest.split("&"):
        key = part.split("=", 1)[0]
        parts.append(f"{key}={urllib.parse.quote(value, safe='')}" if key == name else part)
    return scheme + "?" + "&".join(parts)


class QrLinkTest(e2e.CliTestCase):

    def fresh_code(self, name):
        png = os.path.join(self.workdir, name + ".png")
        uri = self.server.link_code(png)
        self.assertTrue(uri.startswith("vaultlink://link?v=1&"), uri)
        return png, uri

    def assertNoProfile(self, cli):
        self.assertEqual(cli.profiles_file(), [], "a refused link leaves no profile")

    def test_link_from_the_server_png(self):
        png, uri = self.fresh_code("png-link")
        cli = self.new_cli()
        result = self.assertExit(cli.run("link", "--qr", png, "--name", "phone", "--json",
                                         password="alice-demo-2026"), OK)
        server_records = self.server.records("alice")
        answer = result.json()
        self.assertEqual(answer["records"], len(server_records))
        self.assertEqual(answer["user"], "alice")
        self.assertEqual(answer["database"], "Demo")
        profile = cli.run("profiles", "--json", stdin_password=False).json()[0]
        self.assertEqual(profile["pin"], self.server.pin)
        self.assertEqual(profile["server"].rstrip("/"), f"https://localhost:{self.server.port}")
        listed = self.assertExit(cli.run("list", "--json"), OK).json()
        self.assertEqual(sorted(r["id"] for r in listed), sorted(server_records))

        # The same picture again, on another computer: the code works once.
        again = self.new_cli()
        self.assertExit(again.run("link", "--qr", png, "--name", "phone", "--json",
                                  password="alice-demo-2026"), LINK_CODE, "link-code-used")
        self.assertNoProfile(again)

    def test_link_from_the_text(self):
        _, uri = self.fresh_code("text-link")
        cli = self.new_cli()
        # No password: refused before the code is spent...
        missing = cli.run("link", "--qr-text", uri, "--name", "t", "--json", stdin="")
        self.assertExit(missing, USAGE)
        self.assertNoProfile(cli)
        # ...so the code still links.
        result = self.assertExit(cli.run("link", "--qr-text", uri, "--name", "t", "--json",
                                         password="alice-demo-2026"), OK)
        self.assertEqual(result.json()["records"], len(self.server.records("alice")))

        other = self.new_cli()
        self.assertExit(other.run("link", "--qr-text", uri, "--name", "t", "--json",
                                  password="alice-demo-2026"), LINK_CODE, "link-code-used")
        self.assertNoProfile(other)

    def test_expired_code(self):
        self.server.settings(link_code_seconds=1)
        try:
            _, uri = self.fresh_code("expired")
        finally:
            self.server.settings(link_code_seconds=300)
        time.sleep(2.5)
        cli = self.new_cli()
        self.assertExit(cli.run("link", "--qr-text", uri, "--name", "late", "--json",
                                password="alice-demo-2026"), LINK_CODE, "link-code-expired")
        self.assertNoProfile(cli)

    def test_unknown_token(self):
        _, uri = self.fresh_code("unknown")
        forged = with_param(uri, "token", "A" * 43)
        cli = self.new_cli()
        self.assertExit(cli.run("link", "--qr-text", forged, "--name", "u", "--json",
                                password="alice-demo-2026"), LINK_CODE, "link-code-unknown")
        self.assertNoProfile(cli)

    def test_code_with_another_pin_is_not_spent(self):
        _, uri = self.fresh_code("other-pin")
        forged = with_param(uri, "pin", "sha256/" + base64.b64encode(os.urandom(32)).decode())
        cli = self.new_cli()
        self.assertExit(cli.run("link", "--qr-text", forged, "--name", "p", "--json",
                                password="alice-demo-2026"), NETWORK, "pin-mismatch")
        self.assertNoProfile(cli)
        # The TLS refusal came before the redemption: the genuine code still works.
        status, answer = self.server.api().call(
            "POST", "/link-codes/redeem",
            {"token": urllib.parse.parse_qs(uri.split("?", 1)[1])["token"][0]})
        self.assertEqual(status, 200, answer)

    def test_refused_pictures_and_texts_have_distinct_codes(self):
        cases = {}
        foreign = os.path.join(self.workdir, "foreign.png")
        with open(foreign, "wb") as f:
            f.write(qr_encode.qr_png("https://example.com/not-a-vault"))
        blank = os.path.join(self.workdir, "blank.png")
        with open(blank, "wb") as f:
            f.write(qr_encode.blank_png())
        not_image = os.path.join(self.workdir, "notes.png")
        with open(not_image, "w") as f:
            f.write("this is not a picture\n")
        newer = os.path.join(self.workdir, "newer.png")
        with open(newer, "wb") as f:
            f.write(qr_encode.qr_png("vaultlink://link?v=2&server=https%3A%2F%2Fa.example"))
        broken = os.path.join(self.workdir, "broken.png")
        with open(broken, "wb") as f:
            f.write(qr_encode.qr_png("vaultlink://link?v=1&db=1&user=alice"))

        expectations = [
            ("foreign QR picture", ["--qr", foreign], "qr-not-vaultlink"),
            ("picture without a code", ["--qr", blank], "qr-not-found"),
            ("file that is no picture", ["--qr", not_image], "qr-unreadable"),
            ("missing picture", ["--qr", os.path.join(self.workdir, "nope.png")],
             "qr-unreadable"),
            ("QR picture of a newer code", ["--qr", newer], "qr-unsupported-version"),
            ("QR picture of a broken code", ["--qr", broken], "qr-malformed"),
            ("web address as text", ["--qr-text", "https://example.com/"], "qr-not-vaultlink"),
            ("code without token", ["--qr-text",
                                    "vaultlink://link?v=1&server=https%3A%2F%2Flocalhost%3A1"
                                    "&db=1&dbname=Demo&user=alice&pin=sha256%2F" +
                                    "A" * 43 + "%3D"], "qr-malformed"),
            ("code with a bad database id", ["--qr-text",
                                             "vaultlink://link?v=1&server=https%3A%2F%2Fh&db=x"
                                             "&user=alice&token=" + "A" * 43 +
                                             "&pin=sha256%2F" + "A" * 43 + "%3D"],
             "qr-malformed"),
            ("code for plain http", ["--qr-text",
                                     "vaultlink://link?v=1&server=http%3A%2F%2Fh&db=1"
                                     "&user=alice&token=" + "A" * 43 +
                                     "&pin=sha256%2F" + "A" * 43 + "%3D"], "qr-malformed"),
            ("newer version as text", ["--qr-text", "vaultlink://link?v=7"],
             "qr-unsupported-version"),
        ]
        for what, args, code in expectations:
            with self.subTest(what):
                cli = self.new_cli()
                result = cli.run("link", *args, "--name", "x", "--json",
                                 password="alice-demo-2026")
                self.assertExit(result, LINK_CODE, code)
                self.assertNoProfile(cli)
                cases[what] = result.code
        # And the server's own refusals (used / expired / unknown) are distinct from these.
        self.assertFalse({"link-code-used", "link-code-expired", "link-code-unknown"} &
                         set(cases.values()))
        self.assertEqual(len({"qr-not-vaultlink", "qr-not-found", "qr-unreadable",
                              "qr-unsupported-version", "qr-malformed"}),
                         len(set(cases.values())), cases)


if __name__ == "__main__":
    e2e.main()
