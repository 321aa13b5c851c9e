#!/usr/bin/env python3
"""Network and TLS failures end with exit 4 and their own error codes: DNS, refused, a silent
server, a plain HTTP port, no route; an untrusted, wrongly named, expired or not yet valid
certificate."""
import errno
import os
import socket
import time

import e2e
from e2e import NETWORK, USAGE


class NetworkAndTlsErrorsTest(e2e.CliTestCase):
    SERVER_DEMO = False  # only its certificate and pin are needed

    def databases(self, url, *extra, pin=None):
        args = ["databases", url, "--json"] + (["--pin", pin] if pin else []) + list(extra)
        started = time.monotonic()
        result = self.new_cli().run(*args, stdin_password=False, timeout=180)
        result.seconds = time.monotonic() - started
        return result

    def test_dns_failure(self):
        result = self.databases("https://no-such-host.invalid")
        self.assertExit(result, NETWORK, "host-not-found")

    def test_connection_refused(self):
        result = self.databases(f"https://127.0.0.1:{e2e.free_port()}", pin=self.server.pin)
        self.assertExit(result, NETWORK, "connection-refused")

    def test_silent_server_times_out(self):
        silent = e2e.SilentListener()
        try:
            result = self.databases(f"https://127.0.0.1:{silent.port}", "--timeout", "2",
                                    pin=self.server.pin)
        finally:
            silent.close()
        self.assertExit(result, NETWORK, "timeout")
        # The whole wait, retries included (it took five times the option), plus the start.
        self.assertLess(result.seconds, 3.5, "--timeout 2 bounds the command's wait")

    def test_plain_http_port(self):
        plain = e2e.SilentListener(reply=b"HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n"
                                         b"Connection: close\r\n\r\n")
        try:
            result = self.databases(f"https://127.0.0.1:{plain.port}", pin=self.server.pin)
        finally:
            plain.close()
        self.assertExit(result, NETWORK, "tls-not-https")
        # A sentence, not OpenSSL's text (that goes to the log).
        self.assertNotIn("error:", result.error()["message"])
        self.assertIn(str(plain.port), result.error()["message"])

    def test_unreachable_address(self):
        # Only meaningful where the network really has no route to the address; some
        # sandboxes intercept every outgoing connection instead.
        with socket.socket() as s:
            s.settimeout(3)
            code = s.connect_ex(("10.255.255.1", 443))
        if code == 0:
            self.skipTest("this network accepts connections to 10.255.255.1 (intercepted)")
        result = self.databases("https://10.255.255.1", "--timeout", "2", pin="sha256/" +
                                "A" * 43 + "=")
        self.assertEqual(result.rc, NETWORK, str(result))
        expected = ("unreachable",) if code in (errno.ENETUNREACH, errno.EHOSTUNREACH) else \
            ("unreachable", "timeout")
        self.assertIn(result.code, expected, f"connect gave errno {code}\n{result}")

    def test_plain_http_is_a_usage_error(self):
        self.assertExit(self.databases(f"http://127.0.0.1:{self.server.port}"), USAGE)

    def test_untrusted_without_pin(self):
        result = self.assertExit(self.databases(self.server.url), NETWORK, "tls-untrusted")
        # Says what to do about it: the pin or the QR code.
        self.assertIn("--pin", result.error()["message"])
        self.assertIn("--qr", result.error()["message"])

    def test_certificate_for_another_name(self):
        cert, key = e2e.make_certificate(os.path.join(self.workdir, "cert-other-name"),
                                         "DNS:other-name.invalid", "20200101000000Z",
                                         "20991231000000Z", common_name="other-name.invalid")
        server = e2e.Server(self.workdir, demo=False, init_args=["--cert", cert, "--key", key],
                            name="srv-other-name")
        self.addCleanup(server.stop)
        server.start()
        for url in (server.url, f"https://localhost:{server.port}"):
            with self.subTest(url=url):
                self.assertExit(self.databases(url, pin=server.pin), NETWORK, "tls-host-name")

    def test_expired_certificate(self):
        cert, key = e2e.make_certificate(os.path.join(self.workdir, "cert-expired"),
                                         "DNS:localhost,IP:127.0.0.1", "20200101000000Z",
                                         "20210101000000Z")
        server = e2e.Server(self.workdir, demo=False, init_args=["--cert", cert, "--key", key],
                            name="srv-expired")
        self.addCleanup(server.stop)
        server.start()
        self.assertExit(self.databases(server.url, pin=server.pin), NETWORK, "tls-expired")

    def test_certificate_not_yet_valid(self):
        cert, key = e2e.make_certificate(os.path.join(self.workdir, "cert-future"),
                                         "DNS:localhost,IP:127.0.0.1", "20990101000000Z",
                                         "21000101000000Z")
        server = e2e.Server(self.workdir, demo=False, init_args=["--cert", cert, "--key", key],
                            name="srv-future")
        self.addCleanup(server.stop)
        server.start()
        self.assertExit(self.databases(server.url, pin=server.pin), NETWORK,
                        "tls-not-yet-valid")


if __name__ == "__main__":
    e2e.main()
