#!/usr/bin/env python3
"""A shaped link on the loopback for scripts/bench.sh: a TCP proxy that makes a connection to the
reference server behave like one over a slow network, and counts what crosses it.

  shaped_link.py --target HOST:PORT [--listen HOST:PORT] [--rate-mbit R] [--rtt-ms T]
                 [--port-file FILE] [--counts FILE]
      Listens (default 127.0.0.1:0, any free port; the port is written to --port-file once
      listening) and forwards every connection to --target. Each direction is a link of its own:
      at most R Mbit/s (a token bucket on bytes, 1 Mbit = 10^6 bits; the bytes delivered in
      chunks of 4 kB or less so that the rate is smooth; 0: no limit) and a one-way delay of T/2
      ms. A new connection costs one round trip (T) before its first bytes go out, as TCP's
      handshake does. Bytes pass through untouched (TLS included: the client checks the
      server's certificate or pin as on a direct connection).
      It counts the bytes each way, the connections, and the turns: each time the client starts
      sending after the server has sent (or first on a connection), i.e. request/answer turns.
      round_trips = turns + connections (a connection's setup is one round trip of its own).
      The counts are written as JSON to --counts (atomically) on SIGUSR1, on SIGUSR2 (which then
      sets them to zero) and on SIGTERM/SIGINT, which also end the proxy.
  shaped_link.py --selftest [--rate-mbit R] [--rtt-ms T] [--bytes N] [--counts FILE]
      Checks that the link has the rate and delay it claims: a server of its own behind the
      proxy, one connection, and (a) N bytes down after a one-line request: ≈ 2 T + N / R (the
      connection's round trip and the request's), (b) N / 2 bytes up, answered by one line:
      ≈ T + N / (2 R), (c) 5 one-byte pings: ≈ 5 T, and the counts exact. Each within 10 %.
      Prints one "name value unit" line per figure (selftest_ok 1 or 0 last); exit status 1 if
      a check failed.

Python 3 standard library only.
"""

import argparse
import asyncio
import collections
import json
import os
import signal
import sys
import time

CHUNK = 4096           # bytes delivered at a time on a rate-limited link
QUEUE_LIMIT = 1 << 20  # bytes held per direction before the proxy stops reading (flow control)


class Counts:
    def __init__(self):
        self.reset()

    def reset(self):
        self.connections = 0
        self.turns = 0
        self.bytes_up = 0      # client -> server
        self.bytes_down = 0    # server -> client
        self.first = None      # monotonic time of the first connection counted
        self.last = None       # ... and of the last byte delivered either way

    def touch(self):
        now = time.monotonic()
        if self.first is None:
            self.first = now
        self.last = now

    def as_dict(self, rate_bps, rtt):
        return {
            "connections": self.connections,
            "turns": self.turns,
            "round_trips": self.turns + self.connections,
            "bytes_up": self.bytes_up,
            "bytes_down": self.bytes_down,
            "active_seconds": round(self.last - self.first, 4) if self.first else 0.0,
            "rate_bits_per_second": rate_bps,
            "rtt_seconds": rtt,
        }


class Direction:
    """One way of one connection: reads from `reader`, delivers to `writer` no sooner than the
    link allows (serialization at the rate, then the one-way delay)."""

    def __init__(self, reader, writer, rate_Bps, delay, not_before, on_read, on_deliver):
        self.reader, self.writer = reader, writer
        self.rate_Bps, self.delay = rate_Bps, delay
        self.free_at = not_before  # when the link is free to serialize the next byte
        self.on_read, self.on_deliver = on_read, on_deliver
        self.queue = collections.deque()  # (deliver_at, bytes or None for the end)
        self.queued = 0
        self.wake = asyncio.Event()
        self.room = asyncio.Event()
        self.room.set()

    async def read_loop(self):
        loop = asyncio.get_running_loop()
        try:
            while True:
                await self.room.wait()
                data = await self.reader.read(65536)
                if not data:
                    break
                now = loop.time()
                self.on_read(len(data))
                if self.rate_Bps:
                    for at in range(0, len(data), CHUNK):
                        piece = data[at:at + CHUNK]
                        self.free_at = max(self.free_at, now) + len(piece) / self.rate_Bps
                        self.queue.append((self.free_at + self.delay, piece))
                else:
                    self.free_at = max(self.free_at, now)
                    self.queue.append((self.free_at + self.delay, data))
                self.queued += len(data)
                if self.queued > QUEUE_LIMIT:
                    self.room.clear()
                self.wake.set()
        except (ConnectionError, OSError):
            pass
        self.queue.append((max(self.free_at, loop.time()) + self.delay, None))
        self.wake.set()

    async def deliver_loop(self):
        loop = asyncio.get_running_loop()
        while True:
            while not self.queue:
                self.wake.clear()
                await self.wake.wait()
            at = self.queue[0][0]
            if at > loop.time():
                await asyncio.sleep(at - loop.time())
            now = loop.time()
            batch, end = [], False
            while self.queue and self.queue[0][0] <= now:
                _, piece = self.queue.popleft()
                if piece is None:
                    end = True
                    break
                batch.append(piece)
            if batch:
                data = b"".join(batch)
                self.writer.write(data)
                self.on_deliver(len(data))
                self.queued -= len(data)
                if self.queued <= QUEUE_LIMIT // 2:
                    self.room.set()
                try:
                    await self.writer.drain()
                except (ConnectionError, OSError):
                    return
            if end:
                try:
                    if self.writer.can_write_eof():
                        self.writer.write_eof()
                except (ConnectionError, OSError):
                    pass
                return


class ShapedLink:
    def __init__(self, target_host, target_port, rate_mbit, rtt_ms):
        self.target = (target_host, target_port)
        self.rate_bps = rate_mbit * 1e6
        self.rate_Bps = self.rate_bps / 8 if rate_mbit > 0 else 0
        self.rtt = rtt_ms / 1000.0
        self.counts = Counts()
        self.tasks = set()

    async def handle(self, client_reader, client_writer):
        loop = asyncio.get_running_loop()
        accepted = loop.time()
        counts = self.counts
        counts.connections += 1
        counts.touch()
        try:
            server_reader, server_writer = await asyncio.open_connection(*self.target)
        except OSError:
            client_writer.close()
            return
        last = {"side": None}  # who sent last, as the client sees it

        def client_sent(n):
            if last["side"] != "client":
                counts.turns += 1
                last["side"] = "client"
            counts.bytes_up += n
            counts.touch()

        def delivered_to_client(n):
            last["side"] = "server"
            counts.bytes_down += n
            counts.touch()

        def nothing(n):
            counts.touch()

        # The first bytes go out one round trip after the connection is made (TCP's handshake).
        up = Direction(client_reader, server_writer, self.rate_Bps, self.rtt / 2,
                       accepted + self.rtt, client_sent, nothing)
        down = Direction(server_reader, client_writer, self.rate_Bps, self.rtt / 2,
                         accepted, lambda n: None, delivered_to_client)
        parts = [asyncio.ensure_future(c) for c in
                 (up.read_loop(), up.deliver_loop(), down.read_loop(), down.deliver_loop())]
        # A direction ends when its end was delivered; the connection when both have (or one
        # side went away entirely).
        await asyncio.wait([parts[1], parts[3]], return_when=asyncio.ALL_COMPLETED)
        for part in parts:
            part.cancel()
        await asyncio.gather(*parts, return_exceptions=True)
        for writer in (client_writer, server_writer):
            try:
                writer.close()
            except (ConnectionError, OSError):
                pass

    def start(self, host, port):
        async def on_connect(reader, writer):
            task = asyncio.current_task()
            self.tasks.add(task)
            try:
                await self.handle(reader, writer)
            except asyncio.CancelledError:  # the proxy is ending
                pass
            finally:
                self.tasks.discard(task)
        return asyncio.start_server(on_connect, host, port)

    def write_counts(self, path):
        if not path:
            return
        tmp = path + ".tmp"
        with open(tmp, "w") as f:
            json.dump(self.counts.as_dict(self.rate_bps, self.rtt), f, indent=1)
            f.write("\n")
        os.replace(tmp, path)


def host_port(text):
    host, _, port = text.rpartition(":")
    return host or "127.0.0.1", int(port)


async def serve(args):
    target_host, target_port = host_port(args.target)
    listen_host, listen_port = host_port(args.listen)
    link = ShapedLink(target_host, target_port, args.rate_mbit, args.rtt_ms)
    server = await link.start(listen_host, listen_port)
    port = server.sockets[0].getsockname()[1]
    if args.port_file:
        with open(args.port_file + ".tmp", "w") as f:
            f.write(f"{port}\n")
        os.replace(args.port_file + ".tmp", args.port_file)
    loop = asyncio.get_running_loop()
    stop = asyncio.Event()

    def dump(reset=False):
        link.write_counts(args.counts)
        if reset:
            link.counts.reset()

    loop.add_signal_handler(signal.SIGUSR1, dump)
    loop.add_signal_handler(signal.SIGUSR2, lambda: dump(True))
    loop.add_signal_handler(signal.SIGTERM, stop.set)
    loop.add_signal_handler(signal.SIGINT, stop.set)
    await stop.wait()
    server.close()
    link.write_counts(args.counts)
    for task in list(link.tasks):
        task.cancel()
    await asyncio.gather(*link.tasks, return_exceptions=True)


# ---- self-test ---------------------------------------------------------------------------------

async def selftest(args):
    total = args.bytes

    async def backend(reader, writer):
        # "down N": N bytes back; "up N": read N bytes, answer "ok"; "ping": "p".
        try:
            while True:
                line = await reader.readline()
                if not line:
                    break
                words = line.decode().split()
                if words[0] == "down":
                    writer.write(b"x" * int(words[1]))
                elif words[0] == "up":
                    await reader.readexactly(int(words[1]))
                    writer.write(b"ok\n")
                elif words[0] == "ping":
                    writer.write(b"p")
                await writer.drain()
        finally:
            writer.close()

    back = await asyncio.start_server(backend, "127.0.0.1", 0)
    back_port = back.sockets[0].getsockname()[1]
    link = ShapedLink("127.0.0.1", back_port, args.rate_mbit, args.rtt_ms)
    front = await link.start("127.0.0.1", 0)
    port = front.sockets[0].getsockname()[1]
    rate_Bps, rtt = link.rate_Bps, link.rtt
    results = []

    shaped = rate_Bps > 0 or rtt > 0

    def check(name, measured, expected):
        # Without shaping there is nothing to check but the counts (the times are the proxy's
        # own cost); with it, within 10 % (and 5 ms, the scheduler's granularity and more).
        ok = not shaped or abs(measured - expected) <= max(0.10 * expected, 0.005)
        results.append(ok)
        print(f"selftest_{name} {measured * 1000:.1f} ms")
        print(f"selftest_{name}_expected {expected * 1000:.1f} ms")
        verdict = ("within" if ok else "NOT within") + " 10 %" if shaped else "not checked"
        print(f"# {name}: {measured * 1000:.1f} ms, expected {expected * 1000:.1f} ms "
              f"({verdict})")

    transfer = (lambda n: n / rate_Bps) if rate_Bps else (lambda n: 0.0)

    start = time.monotonic()
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    request = f"down {total}\n".encode()
    writer.write(request)
    await writer.drain()
    await reader.readexactly(total)
    check("down", time.monotonic() - start, 2 * rtt + transfer(len(request)) + transfer(total))

    half = total // 2
    start = time.monotonic()
    request = f"up {half}\n".encode()
    writer.write(request + b"y" * half)
    await writer.drain()
    await reader.readline()
    check("up", time.monotonic() - start, rtt + transfer(len(request) + half) + transfer(3))

    start = time.monotonic()
    for _ in range(5):
        writer.write(b"ping\n")
        await writer.drain()
        await reader.readexactly(1)
    check("ping", time.monotonic() - start, 5 * (rtt + transfer(5) + transfer(1)))
    writer.close()
    await asyncio.sleep(rtt + 0.05)

    c = link.counts
    want_up = len(f"down {total}\n") + len(f"up {half}\n") + half + 5 * len("ping\n")
    want_down = total + 3 + 5
    counted = (c.connections, c.turns, c.bytes_up, c.bytes_down) == (1, 7, want_up, want_down)
    results.append(counted)
    print(f"selftest_round_trips {c.turns + c.connections} count")
    print(f"# counts: {c.connections} connection, {c.turns} turns, {c.bytes_up} bytes up, "
          f"{c.bytes_down} down; expected 1, 7, {want_up}, {want_down}: "
          f"{'right' if counted else 'WRONG'}")
    link.write_counts(args.counts)
    front.close()
    back.close()
    ok = all(results)
    print(f"selftest_ok {1 if ok else 0} bool")
    return ok


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--target", help="HOST:PORT to forward to")
    parser.add_argument("--listen", default="127.0.0.1:0")
    parser.add_argument("--rate-mbit", type=float, default=0.0, help="per direction; 0: none")
    parser.add_argument("--rtt-ms", type=float, default=0.0)
    parser.add_argument("--port-file")
    parser.add_argument("--counts")
    parser.add_argument("--selftest", action="store_true")
    parser.add_argument("--bytes", type=int, default=2_000_000)
    args = parser.parse_args()
    if args.selftest:
        sys.exit(0 if asyncio.run(selftest(args)) else 1)
    if not args.target:
        parser.error("--target is required (or --selftest)")
    asyncio.run(serve(args))


if __name__ == "__main__":
    main()
