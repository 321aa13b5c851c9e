"""A loopback TCP proxy that breaks connections on purpose, driven by a seeded random generator.

It sits between vaultlink-cli and the reference server and forwards bytes as they are: TLS goes
through untouched, so the client still verifies the real server's certificate and pin (the proxy
is a faulty network, not a man in the middle). While armed with a seed, each new connection gets
one plan, drawn in the order the connections arrive from `random.Random(seed)`:

  pass    forward everything;
  cut     after OFFSET bytes in one direction (up: client to server, down: server to client),
          close both sides, with a FIN (shutdown, close) or a RST (SO_LINGER 0, close);
  stall   after OFFSET bytes in one direction, forward nothing that way for SECONDS, then go on;
  slow    forward both directions at RATE bytes per second.

A plan fires only if its connection carries that many bytes; `log` keeps every plan with what
became of it (fired or not, bytes each way, how the connection ended), so that a failure message
can show them and a run can be replayed from its seed. Disarmed, the proxy is a clean path.
"""
import math
import random
import select
import socket
import struct
import threading
import time
from collections import Counter

KINDS = ("pass", "cut", "stall", "slow")


class FaultSettings:
    """The shape of the faults: how often each kind, and the ranges drawn from.

    Cut and stall offsets are drawn log-uniformly from 0 to `horizon` bytes (server to client)
    or `up_horizon` (client to server), so that each order of magnitude gets its share: the TLS
    handshake, a request, the head of an answer, deep in a feed page. Offsets beyond what a
    connection carries never fire (the log says so)."""

    def __init__(self, weights=None, horizon=4_000_000, up_horizon=4_000, stall=(0.3, 6.0),
                 rate=(150_000, 2_000_000), rst=0.5, down=0.75):
        self.weights = dict(weights or {"pass": 20, "cut": 45, "stall": 20, "slow": 15})
        self.horizon = horizon
        self.up_horizon = up_horizon
        self.stall = stall
        self.rate = rate
        self.rst = rst
        self.down = down


class Plan:
    """What the proxy does to one connection."""

    def __init__(self, kind, direction=None, offset=0, seconds=0.0, rate=0, how=None):
        self.kind, self.direction, self.offset = kind, direction, offset
        self.seconds, self.rate, self.how = seconds, rate, how

    @staticmethod
    def draw(rng, settings):
        kinds = list(settings.weights)
        kind = rng.choices(kinds, weights=[settings.weights[k] for k in kinds])[0]
        if kind == "pass":
            return Plan("pass")
        if kind == "slow":
            return Plan("slow", rate=rng.randint(*settings.rate))
        direction = "down" if rng.random() < settings.down else "up"
        limit = settings.horizon if direction == "down" else settings.up_horizon
        offset = int(math.exp(rng.uniform(0.0, math.log(limit + 1)))) - 1
        if kind == "cut":
            return Plan("cut", direction, offset, how="rst" if rng.random() < settings.rst
                        else "fin")
        return Plan("stall", direction, offset, seconds=round(rng.uniform(*settings.stall), 2))

    def __str__(self):
        if self.kind == "pass":
            return "pass"
        if self.kind == "slow":
            return f"slow {self.rate} B/s"
        if self.kind == "cut":
            return f"cut {self.direction} at {self.offset} ({self.how})"
        return f"stall {self.direction} at {self.offset} for {self.seconds} s"


class _Pipe:
    """One direction of a connection: bytes read from `src`, waiting to be written to `dst`."""

    def __init__(self, name, src, dst, plan):
        self.name, self.src, self.dst = name, src, dst
        self.buf = bytearray()
        self.sent = 0
        self.eof = False
        self.shut = False
        mine = plan.direction in (None, name)
        self.cut_at = plan.offset if plan.kind == "cut" and plan.direction == name else None
        self.stall_at = plan.offset if plan.kind == "stall" and plan.direction == name else None
        self.stall_seconds = plan.seconds
        self.stall_until = None
        self.rate = plan.rate if plan.kind == "slow" and mine else 0
        self.rate_start = None
        self.rate_base = 0

    def allowance(self, now):
        """How many bytes may go now, and when to look again if none may."""
        if not self.buf:
            return 0, None
        if self.cut_at is not None:
            room = self.cut_at - self.sent
            if room <= 0:
                return 0, None  # the cut happens instead
        else:
            room = len(self.buf)
        if self.stall_until is not None and now < self.stall_until:
            return 0, self.stall_until
        if self.stall_at is not None and self.stall_until is None:
            before = self.stall_at - self.sent
            if before <= 0:
                self.stall_until = now + self.stall_seconds
                return 0, self.stall_until
            room = min(room, before)
        if self.rate:
            if self.rate_start is None:
                self.rate_start, self.rate_base = now, self.sent
            budget = int(self.rate * (now - self.rate_start)) - (self.sent - self.rate_base)
            step = min(1024, len(self.buf))
            if budget < step:
                return 0, now + (step - budget) / self.rate
            room = min(room, budget)
        return min(room, len(self.buf)), None

    def cut_due(self):
        return self.cut_at is not None and self.sent >= self.cut_at and bool(self.buf)


class FaultProxy:
    """A TCP proxy on 127.0.0.1 in front of `upstream_port`, clean until armed."""

    def __init__(self, upstream_port, upstream_host="127.0.0.1", port=0, echo=print):
        self.upstream = (upstream_host, upstream_port)
        self.echo = echo
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._rng = None
        self._settings = FaultSettings()
        self._label = ""
        self._conns = 0
        self._threads = []
        self.log = []               # one line per armed connection: plan and outcome
        self.planned = Counter()    # kind -> connections given that plan
        self.fired = Counter()      # kind -> faults that happened (cut, stall, slow)
        self.listener = socket.socket()
        self.listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.listener.bind(("127.0.0.1", port))
        self.listener.listen(64)
        self.port = self.listener.getsockname()[1]
        self._acceptor = threading.Thread(target=self._accept, daemon=True,
                                          name="fault-proxy-accept")
        self._acceptor.start()

    @property
    def url(self):
        return f"https://127.0.0.1:{self.port}"

    # --- control ------------------------------------------------------------------------------
    def arm(self, seed, label="", settings=None):
        """From now on, each new connection gets a plan drawn from random.Random(seed)."""
        with self._lock:
            self._rng = random.Random(seed)
            self._settings = settings or FaultSettings()
            self._label = label or f"seed {seed}"

    def disarm(self):
        """From now on, new connections pass cleanly (ones already open keep their plan)."""
        with self._lock:
            self._rng = None

    def settle(self, timeout=30):
        """Waits until the connections accepted so far have ended (a stall may outlast the
        client that was killed); True if they all did."""
        deadline = time.monotonic() + timeout
        for thread in list(self._threads):
            thread.join(max(0.0, deadline - time.monotonic()))
        return not any(t.is_alive() for t in self._threads)

    def lines(self, label):
        """The log lines of the connections accepted under `label`, in the order they ended."""
        prefix = f"[{label}] "
        with self._lock:
            return [line for line in self.log if line.startswith(prefix)]

    def close(self):
        self._stop.set()
        try:
            self.listener.close()
        except OSError:
            pass
        self._acceptor.join(5)
        for thread in list(self._threads):
            thread.join(5)

    # --- the connections ----------------------------------------------------------------------
    def _accept(self):
        self.listener.settimeout(0.2)
        while not self._stop.is_set():
            try:
                client, _ = self.listener.accept()
            except (socket.timeout, TimeoutError):
                continue
            except OSError:
                return
            with self._lock:
                self._conns += 1
                number = self._conns
                armed = self._rng is not None
                plan = Plan.draw(self._rng, self._settings) if armed else Plan("pass")
                label = self._label
                if armed:
                    self.planned[plan.kind] += 1
            thread = threading.Thread(target=self._serve, args=(number, client, plan,
                                                                label if armed else None),
                                      daemon=True, name=f"fault-proxy-{number}")
            self._threads = [t for t in self._threads if t.is_alive()] + [thread]
            thread.start()

    def _serve(self, number, client, plan, label):
        ending = "?"
        fired = None
        up = down = None
        try:
            try:
                server = socket.create_connection(self.upstream, timeout=10)
            except OSError as error:
                ending = f"upstream refused: {error}"
                client.close()
                return
            client.setblocking(False)
            server.setblocking(False)
            up = _Pipe("up", client, server, plan)
            down = _Pipe("down", server, client, plan)
            ending, fired = self._pump(client, server, up, down, plan)
        except Exception as error:  # a proxy thread must never take the test down
            ending = f"proxy error {error!r}"
        finally:
            for sock in (client, locals().get("server")):
                if sock is not None:
                    try:
                        sock.close()
                    except OSError:
                        pass
            if label is not None:
                with self._lock:
                    if fired:
                        self.fired[fired] += 1
                    line = (f"[{label}] connection {number}: {plan} -> "
                            f"{'FIRED ' + fired if fired else 'not fired'}, "
                            f"{up.sent if up else 0} B up, {down.sent if down else 0} B down, "
                            f"{ending}")
                    self.log.append(line)
                if self.echo:
                    self.echo(line)

    def _pump(self, client, server, up, down, plan):
        pipes = (up, down)
        fired = None
        while not self._stop.is_set():
            now = time.monotonic()
            for pipe in pipes:
                if pipe.cut_due():
                    self._cut(client, server, plan.how)
                    return f"cut ({plan.how}) {pipe.name} at {pipe.sent}", "cut"
            wake = now + 0.2
            readers = [p.src for p in pipes if not p.eof and len(p.buf) < (1 << 20)]
            writers = []
            for pipe in pipes:
                room, later = pipe.allowance(now)
                if room > 0:
                    writers.append(pipe.dst)
                elif later is not None:
                    wake = min(wake, later)
                if pipe.stall_until is not None and fired is None:
                    fired = "stall"
                if pipe.rate and pipe.rate_start is not None and fired is None:
                    fired = "slow"
            if not readers and not writers and all(p.eof and not p.buf for p in pipes):
                return "both sides closed", fired
            try:
                readable, writable, _ = select.select(readers, writers, [],
                                                      max(0.0, wake - now))
            except (OSError, ValueError) as error:
                return f"select failed: {error}", fired
            for pipe in pipes:
                if pipe.src in readable:
                    try:
                        data = pipe.src.recv(65536)
                    except (BlockingIOError, InterruptedError):
                        continue
                    except OSError as error:
                        return f"{pipe.name} read failed: {error}", fired
                    if data:
                        pipe.buf += data
                    elif pipe is up:
                        # HTTP clients do not half-close: the client is done (or dead), and
                        # nothing held back for it can still be delivered.
                        return "client closed", fired
                    else:
                        pipe.eof = True
                if pipe.dst in writable:
                    room, _ = pipe.allowance(time.monotonic())
                    if room <= 0:
                        continue
                    try:
                        n = pipe.dst.send(bytes(pipe.buf[:room]))
                    except (BlockingIOError, InterruptedError):
                        continue
                    except OSError as error:
                        return f"{pipe.name} write failed: {error}", fired
                    del pipe.buf[:n]
                    pipe.sent += n
            for pipe in pipes:
                if pipe.eof and not pipe.buf and not pipe.shut and not pipe.cut_due():
                    pipe.shut = True
                    try:
                        pipe.dst.shutdown(socket.SHUT_WR)
                    except OSError:
                        pass
            if all(p.shut for p in pipes):
                return "both sides closed", fired
        return "proxy stopped", fired

    @staticmethod
    def _cut(client, server, how):
        for sock in (client, server):
            try:
                if how == "rst":
                    sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
                else:
                    sock.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
            try:
                sock.close()
            except OSError:
                pass
