#!/usr/bin/env python3
"""The running server (`vaultlink-server run`) under hostile HTTP, over raw TLS sockets rather
than an HTTP library, so that every byte is the test's choice: request framing that could
smuggle a request behind a proxy, bodies over the limit (refused from the head, before the
body), clients that never finish, too many connections from one address, non-canonical ids,
and TLS suites outside ECDHE + AEAD. Each refusal must be a problem document, and the
connection must be closed after it."""
import itertools
import json
import os
import socket
import ssl
import threading
import time
import unittest
import warnings

import e2e

DEADLINE_MS = 1500  # the server's --request-deadline-ms here (30 s by default)
PER_ADDRESS = 6     # its --max-connections-per-address here (64 by default)
LIMIT = 1048576     # max-body-bytes, the default


def read_answer(sock, timeout=5.0):
    """One HTTP answer: (status, headers, body); status 0 when the connection ended first.
    Bytes of a next answer stay with the socket for the next call."""
    sock.settimeout(timeout)
    data = getattr(sock, "unread_answer", b"")
    while b"\r\n\r\n" not in data:
        chunk = sock.recv(65536)
        if not chunk:
            return 0, {}, data
        data += chunk
    head, _, rest = data.partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    status = int(lines[0].split(" ")[1])
    headers = {}
    for line in lines[1:]:
        name, _, value = line.partition(":")
        headers[name.strip().lower()] = value.strip()
    length = int(headers.get("content-length", "0"))
    while len(rest) < length:
        chunk = sock.recv(65536)
        if not chunk:
            break
        rest += chunk
    sock.unread_answer = rest[length:]
    return status, headers, rest[:length]


def closed_by_server(sock, timeout=3.0):
    """True when the server closes the connection within `timeout` (EOF or reset)."""
    sock.settimeout(timeout)
    try:
        while True:
            if not sock.recv(65536):
                return True
    except (ConnectionResetError, ssl.SSLError, BrokenPipeError):
        return True
    except socket.timeout:
        return False


class HostileHttpTest(unittest.TestCase):

    @classmethod
    def setUpClass(cls):
        cls.workdir = e2e.make_workdir("hostile")
        cls.addClassCleanup(e2e.remove_tree, cls.workdir)
        cls.server = e2e.Server(cls.workdir)
        cls.addClassCleanup(cls.server.stop)
        # AddressSanitizer keeps freed memory in quarantine (256 MiB by default), which would
        # hide what the server itself holds; the memory check wants the server's own figure.
        asan = os.environ.get("ASAN_OPTIONS", "")
        cls.server.start(extra_args=["--request-deadline-ms", str(DEADLINE_MS),
                                     "--max-connections-per-address", str(PER_ADDRESS)],
                         env={"ASAN_OPTIONS": (asan + ":" if asan else "") +
                              "quarantine_size_mb=1:detect_leaks=0"})
        cls.tls = ssl.create_default_context(cafile=cls.server.cert)
        api = cls.server.api()
        cls.token = cls.server.observer_token()
        cls.record_id = min(api.all_records(cls.token))

    # The server counts connections per address and releases a count only once its event loop
    # has handled the close, which on a busy machine can come after the test's next connect.
    # So every connection comes from an address of its own (all of 127/8 is loopback), except
    # in the test of that count, which uses one address throughout.
    sources = itertools.count(1)

    def connect(self, context=None, source=None):
        if source is None:
            n = next(self.sources)
            source = f"127.1.{n >> 8 & 255}.{n & 255}"
        raw = socket.create_connection(("127.0.0.1", self.server.port), timeout=10,
                                       source_address=(source, 0))
        return (context or self.tls).wrap_socket(raw, server_hostname="127.0.0.1")

    def exchange(self, data, sock=None, source=None):
        sock = sock or self.connect(source=source)
        sock.sendall(data)
        return sock, read_answer(sock)

    def assertProblem(self, answer, status, code, what):
        got_status, headers, body = answer
        self.assertEqual(got_status, status, f"{what}: {answer}")
        self.assertEqual(headers.get("content-type"), "application/problem+json", what)
        self.assertEqual(json.loads(body)["code"], code, what)

    def assertServerAlive(self, what):
        sock, answer = self.exchange(b"GET /api/v1/info HTTP/1.1\r\nHost: x\r\n"
                                     b"Connection: close\r\n\r\n")
        sock.close()
        self.assertEqual(answer[0], 200, f"after {what}: {answer}")

    # --- framing ---------------------------------------------------------------------------
    def test_ambiguous_framing_is_refused_and_the_connection_closed(self):
        post = b"POST /api/v1/auth/login HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
        smuggled = b"GET /api/v1/info HTTP/1.1\r\nHost: x\r\n\r\n"
        cases = {
            "Content-Length -1": post + b"Content-Length: -1\r\n\r\n" + smuggled,
            "Content-Length abc": post + b"Content-Length: abc\r\n\r\n" + smuggled,
            "Content-Length 1e3": post + b"Content-Length: 1e3\r\n\r\n" + smuggled,
            "Content-Length 0x10": post + b"Content-Length: 0x10\r\n\r\n" + smuggled,
            "Content-Length 1,2": post + b"Content-Length: 1,2\r\n\r\n" + smuggled,
            "Content-Length of 20 digits":
                post + b"Content-Length: 12345678901234567890\r\n\r\n" + smuggled,
            "two Content-Lengths":
                post + b"Content-Length: 0\r\nContent-Length: 40\r\n\r\n" + smuggled,
            "Content-Length and Transfer-Encoding":
                post + b"Content-Length: 40\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n" +
                smuggled,
            "negative chunk size":
                post + b"Transfer-Encoding: chunked\r\n\r\n-1\r\n{}\r\n0\r\n\r\n" + smuggled,
            "malformed chunk size":
                post + b"Transfer-Encoding: chunked\r\n\r\n2z\r\n{}\r\n0\r\n\r\n" + smuggled,
            "folded header": b"GET /api/v1/info HTTP/1.1\r\nHost: x\r\n folded\r\n\r\n",
            "bare LF": b"GET /api/v1/info HTTP/1.1\nHost: x\n\n",
            "no Host": b"GET /api/v1/info HTTP/1.1\r\n\r\n",
            "HTTP/2.0 line": b"GET /api/v1/info HTTP/2.0\r\nHost: x\r\n\r\n",
        }
        for what, data in cases.items():
            with self.subTest(what):
                sock, answer = self.exchange(data)
                self.assertProblem(answer, 400, "invalid-request", what)
                self.assertEqual(answer[1].get("connection"), "close", what)
                # The smuggled request is never answered: the connection just ends.
                self.assertTrue(closed_by_server(sock), f"{what}: the connection stayed open")
                sock.close()
        self.assertServerAlive("ambiguous framing")

    def test_pipelined_requests_are_answered_in_order(self):
        sock, first = self.exchange(b"GET /api/v1/info HTTP/1.1\r\nHost: x\r\n\r\n"
                                    b"GET /nothing HTTP/1.1\r\nHost: x\r\n\r\n")
        second = read_answer(sock)
        sock.close()
        self.assertEqual(first[0], 200)
        self.assertProblem(second, 404, "not-found", "second pipelined request")

    def test_chunked_body_within_the_limit_is_read(self):
        body = json.dumps({"refreshToken": "r" * 40}).encode()
        chunks = b"".join(b"%x\r\n%s\r\n" % (len(body[i:i + 7]), body[i:i + 7])
                          for i in range(0, len(body), 7))
        sock, answer = self.exchange(
            b"POST /api/v1/auth/refresh HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
            b"Transfer-Encoding: chunked\r\n\r\n" + chunks + b"0\r\n\r\n")
        sock.close()
        self.assertProblem(answer, 401, "token-invalid", "a chunked refresh with a made-up token")

    # --- body limit ------------------------------------------------------------------------
    def test_announced_body_over_the_limit_is_refused_from_the_head(self):
        for length in (LIMIT + 1, 8 * LIMIT, 2000000000):
            with self.subTest(length):
                # Only the head is sent: the answer may not wait for a body.
                sock, answer = self.exchange(
                    b"POST /api/v1/records HTTP/1.1\r\nHost: x\r\nContent-Type: application/json"
                    b"\r\nContent-Length: %d\r\n\r\n" % length)
                self.assertProblem(answer, 413, "request-too-large", f"Content-Length {length}")
                self.assertTrue(closed_by_server(sock))
                sock.close()

    def test_expect_continue_gets_413_or_continue_before_the_body(self):
        head = (b"POST /api/v1/auth/refresh HTTP/1.1\r\nHost: x\r\nContent-Type: application/json"
                b"\r\nExpect: 100-continue\r\nContent-Length: %d\r\n\r\n")
        sock, answer = self.exchange(head % (LIMIT + 1))
        self.assertProblem(answer, 413, "request-too-large", "Expect: 100-continue")
        sock.close()
        body = b'{"refreshToken":"nothing"}'
        sock, answer = self.exchange(head % len(body))
        self.assertEqual(answer[0], 100, answer)
        sock.sendall(body)
        self.assertProblem(read_answer(sock), 401, "token-invalid", "after 100 Continue")
        sock.close()

    def test_chunked_body_is_cut_off_when_it_crosses_the_limit(self):
        sock = self.connect()
        sock.sendall(b"POST /api/v1/records HTTP/1.1\r\nHost: x\r\nContent-Type: application/json"
                     b"\r\nTransfer-Encoding: chunked\r\n\r\n")
        chunk = b"10000\r\n" + b"x" * 0x10000 + b"\r\n"
        sent = 0
        try:
            while sent < 4 * LIMIT:
                sock.sendall(chunk)
                sent += 0x10000
        except (BrokenPipeError, ConnectionResetError, ssl.SSLError):
            pass
        self.assertProblem(read_answer(sock), 413, "request-too-large", "chunked stream")
        sock.close()

    def test_memory_stays_flat_under_an_announced_2gb_upload(self):
        before = self.server_rss_kib()
        peak = [before]
        stop = threading.Event()

        def watch():
            while not stop.is_set():
                peak[0] = max(peak[0], self.server_rss_kib())
                time.sleep(0.02)

        watcher = threading.Thread(target=watch)
        watcher.start()
        sock = self.connect()
        sock.sendall(b"PATCH /api/v1/records/1 HTTP/1.1\r\nHost: x\r\nContent-Type: "
                     b"application/json\r\nContent-Length: 2000000000\r\n\r\n")
        block = b"\x00" * (1 << 20)
        sent = 0
        try:
            while sent < 200 * (1 << 20):  # the server drains at most --drain time, then closes
                sock.sendall(block)
                sent += len(block)
        except (BrokenPipeError, ConnectionResetError, ssl.SSLError, socket.timeout):
            pass
        sock.close()
        stop.set()
        watcher.join()
        growth_mib = (peak[0] - before) / 1024
        print(f"server RSS {before / 1024:.1f} MiB before, peak {peak[0] / 1024:.1f} MiB while "
              f"{sent / (1 << 20):.0f} MiB were pushed after a 2 GB Content-Length")
        self.assertLess(growth_mib, LIMIT / (1 << 20) + 8,
                        f"the server grew by {growth_mib:.1f} MiB")
        self.assertServerAlive("a 2 GB announced upload")

    def server_rss_kib(self):
        with open(f"/proc/{self.server.proc.pid}/status") as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
        return 0

    # --- slow clients and connection counts -------------------------------------------------
    def test_slow_clients_are_dropped_at_the_deadline(self):
        limit = DEADLINE_MS / 1000 + 2
        quiet = socket.create_connection(("127.0.0.1", self.server.port),  # no TLS handshake
                                         source_address=("127.2.1.1", 0))
        half_head = self.connect()
        half_head.sendall(b"GET /api/v1/info HTTP/1.1\r\nHo")
        half_body = self.connect()
        half_body.sendall(b"POST /api/v1/auth/refresh HTTP/1.1\r\nHost: x\r\nContent-Type: "
                          b"application/json\r\nContent-Length: 10\r\n\r\n{\"a\"")
        dribble = self.connect()
        started = time.monotonic()
        for sock in (quiet, half_head, half_body):
            self.assertTrue(closed_by_server(sock, timeout=limit), "a slow client was kept")
        # Bytes that keep coming, one at a time, do not extend the deadline.
        dropped = False
        try:
            for byte in b"GET /api/v1/info HTTP/1.1\r\nHost: x\r\nX-Slow: " + b"a" * 200:
                dribble.sendall(bytes([byte]))
                time.sleep(0.05)
                if time.monotonic() - started > limit:
                    break
        except (BrokenPipeError, ConnectionResetError, ssl.SSLError):
            dropped = True
        self.assertTrue(dropped or closed_by_server(dribble, timeout=1), "the dribbler was kept")
        for sock in (quiet, half_head, half_body, dribble):
            sock.close()
        self.assertServerAlive("slow clients")

    def test_one_address_may_open_only_so_many_connections(self):
        source = "127.2.0.1"
        info = b"GET /api/v1/info HTTP/1.1\r\nHost: x\r\n\r\n"
        held = []
        for _ in range(PER_ADDRESS):
            sock, answer = self.exchange(info, source=source)
            self.assertEqual(answer[0], 200)
            held.append(sock)  # kept alive, still counted
        self.assertFalse(self.served(source), "a connection over the per-address limit was served")
        self.assertEqual(self.exchange(info, source="127.2.0.2")[1][0], 200,
                         "another address was refused")
        held.pop().close()
        # The freed place is given again once the server has seen the close.
        deadline = time.monotonic() + 5
        while not (served := self.served(source)) and time.monotonic() < deadline:
            time.sleep(0.05)
        self.assertTrue(served, "a freed place was not given again")
        for sock in held:
            sock.close()

    def served(self, source):
        """True when a connection from `source` gets an answer to a request."""
        try:
            sock, answer = self.exchange(b"GET /api/v1/info HTTP/1.1\r\nHost: x\r\n"
                                         b"Connection: close\r\n\r\n", source=source)
            sock.close()
            return answer[0] == 200
        except (ConnectionResetError, ssl.SSLError, OSError):
            return False

    # --- routing ---------------------------------------------------------------------------
    def test_only_canonical_ids_are_accepted(self):
        auth = f"Authorization: Bearer {self.token}\r\n".encode()
        ok = self.exchange(b"GET /api/v1/records/%d HTTP/1.1\r\nHost: x\r\n%s\r\n"
                           % (self.record_id, auth))
        ok[0].close()
        self.assertEqual(ok[1][0], 200, ok[1])
        for form in (b"+%d", b"0%d", b"%d%%20", b"%%20%d", b"%d.0", b"0x%x"):
            target = b"/api/v1/records/" + form % self.record_id
            with self.subTest(target):
                sock, answer = self.exchange(b"GET %s HTTP/1.1\r\nHost: x\r\n%s\r\n"
                                             % (target, auth))
                sock.close()
                self.assertProblem(answer, 400, "invalid-request", target.decode())

    # --- TLS -------------------------------------------------------------------------------
    def test_tls_offers_only_ecdhe_with_aead(self):
        def handshake(ciphers=None, maximum=None):
            context = ssl.create_default_context(cafile=self.server.cert)
            if maximum:
                context.minimum_version = min(maximum, ssl.TLSVersion.TLSv1_2)
                context.maximum_version = maximum
            if ciphers:
                context.set_ciphers(ciphers)
            try:
                sock = self.connect(context)
            except (ssl.SSLError, ConnectionResetError):
                return None
            chosen = sock.cipher()
            sock.close()
            return chosen

        tls12 = ssl.TLSVersion.TLSv1_2
        self.assertEqual(handshake()[1], "TLSv1.3")
        for suite in ("ECDHE-ECDSA-AES128-GCM-SHA256", "ECDHE-ECDSA-AES256-GCM-SHA384",
                      "ECDHE-ECDSA-CHACHA20-POLY1305"):
            chosen = handshake(suite, tls12)
            self.assertIsNotNone(chosen, suite)
            self.assertEqual(chosen[0], suite)
        for suite in ("ECDHE-ECDSA-AES128-SHA", "ECDHE-ECDSA-AES256-SHA384",
                      "ECDHE-ECDSA-AES128-SHA256", "AES128-GCM-SHA256", "AES256-SHA"):
            self.assertIsNone(handshake(suite, tls12), f"{suite} was accepted")
        # Older protocols, as far as this Python's OpenSSL lets a client offer them.
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore", DeprecationWarning)
                old = handshake("ALL:@SECLEVEL=0", ssl.TLSVersion.TLSv1_1)
        except (ssl.SSLError, ValueError):
            old = None
        self.assertIsNone(old, "TLS 1.1 was accepted")


if __name__ == "__main__":
    e2e.main(cli=False)
