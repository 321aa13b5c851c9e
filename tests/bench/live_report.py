#!/usr/bin/env python3
"""Adds the live vault's figures (vaultlink_live_bench) to the results scripts/bench.sh wrote.

  live_report.py LIVE_OUTPUT META OUT

LIVE_OUTPUT is what vaultlink_live_bench printed ("name value unit" lines, '#' lines, '@kind {json}'
lines), META the run's "key=value" lines. OUT is the document whose results section (between the
markers, already written by write_report.py) gets two rows at the end of its "Against the goals"
table and a section of its own before "Every run"; or "-" to print both.
"""

import json
import sys

BEGIN = "<!-- bench:results:begin (written by scripts/bench.sh; edits here are overwritten) -->"
END = "<!-- bench:results:end -->"
GOALS = "### Against the goals"
BEFORE = "### Every run"
P99_GOAL_MS = 500


def load(path):
    figures, records = {}, {}
    with open(path) as f:
        for line in f:
            if line.startswith("@"):
                kind, _, rest = line[1:].partition(" ")
                records.setdefault(kind, []).append(json.loads(rest))
                continue
            parts = line.split()
            if len(parts) < 2 or line.startswith("#"):
                continue
            try:
                figures[parts[0]] = float(parts[1])
            except ValueError:
                continue
    return figures, records


def verdict(ok):
    return "yes" if ok else "**no**"


def per_hour(value):
    return f"{value / 1000:.1f} kB/h" if value >= 1000 else f"{value:.0f} B/h"


def count(n, word, plural=None):
    n = int(n)
    return f"{n} {word if n == 1 else plural or word + 's'}"


def seconds(value):
    if value is None:
        return "—"
    if value >= 60 and value % 60 == 0:
        return f"{value / 60:.0f} min"
    return f"{value:g} s"


def rows_and_section(f, rec, meta):
    quick = f.get("quick", 0) == 1
    lp50, lp99, lmax = f["live_p50"], f["live_p99"], f["live_max"]
    bp50, bp99, bmax = f["baseline_p50"], f["baseline_p99"], f["baseline_max"]
    rounds = int(f["live_rounds"])
    records = int(f["records"])
    keep_alive = f["keep_alive"]
    window, closed = f["idle_window"], f["closed_window"]
    gui_min = f["idle_gui_wakeups_per_min"]
    proc_min = f["idle_process_wakeups_per_min"]
    closed_gui_min = f["closed_gui_wakeups_per_min"]
    closed_proc_min = f["closed_process_wakeups_per_min"]
    bytes_h = f["idle_channel_bytes_per_hour"]
    wire_h = f["idle_wire_bytes_per_hour"]
    closed_wire_h = f["closed_wire_bytes_per_hour"]
    too_often = int(f["idle_timers_more_than_once_a_minute"])
    quick_note = (f" **(`--quick`: keep-alive every {seconds(keep_alive)} instead of 2 min, "
                  "so not the app's figures)**" if quick else "")

    rows = [
        f"| A change made on another device until the open app's list shows it, p50 / p99 of "
        f"{rounds} on the loopback, mirror of {records:,} (from just before the other device's "
        f"request leaves): the change-notice channel, LiveChanges' 100 ms pause, an incremental "
        f"sync | {lp50:.0f} / {lp99:.0f} ms | the same change taken by a sync started as soon as "
        f"the API call returned, the channel closed: {bp50:.0f} / {bp99:.0f} ms | "
        f"{lp50 / bp50:.1f}× / {lp99 / bp99:.1f}× | p99 ≤ {P99_GOAL_MS} ms | "
        f"{verdict(lp99 <= P99_GOAL_MS)} |",
        f"| The vault open and nothing changing, the channel open ({window:.0f} s window, "
        f"keep-alive every {seconds(keep_alive)}){quick_note}: the app's wake-ups per minute, "
        f"GUI thread (all threads); the channel's traffic per hour, frames (TLS on the wire) | "
        f"{gui_min:.1f} ({proc_min:.1f}) a minute: {f['idle_gui_wakeups']:.0f} "
        f"({f['idle_process_wakeups']:.0f}) in the window, the dispatcher's `awake` "
        f"{f['idle_gui_awake']:.0f}; {per_hour(bytes_h)} ({per_hour(wire_h)}) | "
        f"the same vault with the channel closed ({closed:.0f} s): {closed_gui_min:.1f} "
        f"({closed_proc_min:.1f}) a minute, {per_hour(closed_wire_h)} | — | no timer waking the "
        f"app more than once a minute | {verdict(too_often == 0)} |",
    ]

    out = []
    w = out.append
    w("### Live vault, in detail")
    w("")
    w(f"`vaultlink_live_bench`: the app's own graph of view-models (`ui::AppGraph`: Qt's timers, "
      f"`SocketNoticeChannel`, `ProfileService` over HTTPS, the SQLCipher mirror) unlocked on "
      f"the profile linked above ({records:,} records), against the same server on the loopback; "
      f"unlock to the channel open {f['unlock_to_live']:.0f} ms (KDF and the first sync's page "
      f"check included). Another device of the same user (a session and a thread of its own) "
      f"renames the record at the top of the list {2 * rounds} times; the kinds alternate in "
      f"blocks of 10.{quick_note}")
    w("")
    w("| Part, p50 | Through the channel | A sync started as soon as the API answered |")
    w("| --- | --- | --- |")
    w(f"| The other device's request, until its answer (server work and transfer) | "
      f"{f['live_answer_p50']:.1f} ms | {f['baseline_answer_p50']:.1f} ms |")
    w(f"| The notice read by the app, since the request left | {f['live_notice_p50']:.1f} ms | — |")
    w(f"| LiveChanges' pause (100 ms on Qt's coarse timer, which may fire 5 % early or late: a "
      f"burst of changes is one sync) | "
      f"{f['live_pause_p50']:.1f} ms | — |")
    w(f"| From there to the sync's start | {f['live_to_sync_p50']:.1f} ms | "
      f"{f['baseline_to_sync_p50']:.1f} ms (since the answer) |")
    w(f"| The incremental sync on the runner (token refresh, one feed page, session; a new TLS "
      f"connection) | {f['live_sync_p50']:.0f} ms | {f['baseline_sync_p50']:.0f} ms |")
    w(f"| The list updated (mirror reopened, counts read, the first rows read) | "
      f"{f['live_list_p50']:.1f} ms | {f['baseline_list_p50']:.1f} ms |")
    w(f"| In all: p50 / p99 / max (min) | {lp50:.0f} / {lp99:.0f} / {lmax:.0f} ms "
      f"({f['live_min']:.0f}) | {bp50:.0f} / {bp99:.0f} / {bmax:.0f} ms "
      f"({f['baseline_min']:.0f}) |")
    w("")
    w("The channel's cost over the sync started at once is the notice's delivery and the pause: "
      f"{lp50 - bp50:.0f} ms at the median. Without the channel the app learns of a change at "
      "its next periodic sync, every 15 minutes while unlocked: 7.5 minutes on average, up to "
      "15 (not measured; the sync itself comes on top).")
    w("")

    timers = rec.get("idle_timer", []) + rec.get("idle_timer_event", [])
    closed_by_label = {t["label"]: t for t in rec.get("closed_timer", []) +
                       rec.get("closed_timer_event", [])}
    counted = {t["label"] for t in rec.get("idle_timer", [])}

    def describe(t):
        if t is None:
            return "did not fire"
        fires = t["fires"]
        text = f"fired {fires}×"
        if t.get("min_gap_s") is not None:
            text += f", at least {t['min_gap_s']:.0f} s apart"
        if "running" in t:
            if t["running"]:
                text += f"; running, due in {t['due_in_s']:.0f} s at the start"
            else:
                text += "; not running"
        return text + (" — **more than once a minute**" if t.get("too_often") else "")

    w(f"Idle: the vault open, nothing changing, the last key press just before; "
      f"{f['settle']:.0f} s to settle (the runner's idle thread ends 30 s after the last sync), "
      f"then {window:.0f} s with the channel open and {closed:.0f} s with it closed (automatic "
      "sync off). Every timer of the graph, and every other timer the GUI thread delivered an "
      "event to:")
    w("")
    w(f"| Timer | Period | Channel open, {window:.0f} s | Channel closed, {closed:.0f} s |")
    w("| --- | --- | --- | --- |")
    periods = {
        "idle lock (IdleLock)": "{} after the last input, once",
        "sync period (AutoSync)": "every {}",
        "pause after a notice, or next try after a drop (LiveChanges)":
            "{} after a notice; after a drop, the back-off (1 s doubling up to 5 min)",
        "leave grace (LeaveLock)": "{} after the app left the screen, once",
        "keep-alive (SocketNoticeChannel)": "{} after the last byte received, once (then again)",
        "pong deadline (SocketNoticeChannel)": "{} after each ping, stopped by the pong",
    }

    def period_of(t):
        if t["interval_s"] is None:
            return "not started (the app is in front)" if "LeaveLock" in t["label"] else "—"
        form = periods.get(t["label"], "{}" + (" once" if t["single_shot"] else ", repeating"))
        return form.format(seconds(t["interval_s"]))

    for t in rec.get("idle_timer", []):
        period = period_of(t)
        w(f"| {t['label']} | {period} | {describe(t)} | "
          f"{describe(closed_by_label.get(t['label']))} |")
    listed = set(counted)
    for t in rec.get("idle_timer_event", []) + rec.get("closed_timer_event", []):
        if t["label"] in listed:
            continue
        listed.add(t["label"])
        open_t = next((x for x in rec.get("idle_timer_event", []) if x["label"] == t["label"]),
                      None)
        period = period_of(t)
        w(f"| {t['label']} | {period} | {describe(open_t)} | "
          f"{describe(closed_by_label.get(t['label']))} |")
    for label, interval in [("keep-alive (SocketNoticeChannel)", keep_alive),
                            ("pong deadline (SocketNoticeChannel)", 10)]:
        if label not in listed:
            w(f"| {label} | {periods[label].format(seconds(interval))} | did not fire | "
              "did not fire |")
    w("")
    w("`SyncStatus` has no timer. The graph's other Qt timers (the Unlock page's countdown after "
      "a wrong password, a second-factor prompt's tick, the Record page's authenticator code, "
      "the clipboard's countdown, the stand-in camera) run only while their page, prompt or "
      "copy is in use; any that fired would be listed above.")
    w("")

    pings = next((t["fires"] for t in rec.get("idle_timer_event", [])
                  if t["label"] == "keep-alive (SocketNoticeChannel)"), 0)
    sent, received = f["idle_channel_bytes_sent"], f["idle_channel_bytes_received"]
    wire_sent, wire_received = f["idle_wire_bytes_sent"], f["idle_wire_bytes_received"]
    threads = [t for t in rec.get("idle_thread", []) if t.get("wakeups")]
    w(f"In the {window:.0f} s with the channel open the GUI thread woke "
      f"{count(f['idle_gui_wakeups'], 'time')} (the kernel's count of its sleeps; its event "
      f"dispatcher's `awake` {f['idle_gui_awake']:.0f}): "
      f"{count(f['idle_gui_timer_events'], 'timer event')}, "
      f"{count(f['idle_gui_socket_events'], 'socket event')}, "
      f"{count(f['idle_gui_queued_calls'], 'queued call')}. The channel counted "
      f"{f['idle_channel_wakeups']:.0f} wake-ups, sent {sent:.0f} bytes and received "
      f"{received:.0f} (WebSocket frames); its TCP connection carried {wire_sent:.0f} and "
      f"{wire_received:.0f} bytes (TLS records) in {f['idle_wire_segments']:.0f} segments. "
      + ("Threads that woke: " + ", ".join(f"{t['name']} {t['wakeups']}" for t in threads) + "."
         if threads else "No thread woke."))
    if pings:
        per_cycle = (sent + received) / pings
        wire_cycle = (wire_sent + wire_received) / pings
        cycles_h = 3600 / keep_alive
        wakes = f["idle_gui_wakeups"] / pings
        w(f"The window held {pings} keep-alive{'s' if pings != 1 else ''}: per keep-alive "
          f"{per_cycle:.0f} bytes of frames, {wire_cycle:.0f} of TLS records and {wakes:.1f} "
          f"wake-ups of the GUI thread. The table's figures are the window's own, extrapolated; "
          f"at one keep-alive every {seconds(keep_alive)} ({cycles_h:.0f} an hour) a long idle "
          f"costs {wakes * cycles_h / 60:.1f} wake-ups a minute, {per_hour(per_cycle * cycles_h)} "
          f"of frames and {per_hour(wire_cycle * cycles_h)} of TLS records (TCP/IP headers not "
          "counted).")
    w(f"With the channel closed: the GUI thread woke {count(f['closed_gui_wakeups'], 'time')}, "
      f"all threads {f['closed_process_wakeups']:.0f}.")
    return rows, "\n".join(out) + "\n"


def insert(results, rows, section):
    lines = results.split("\n")
    if GOALS in lines:
        at = lines.index(GOALS) + 1
        while at < len(lines) and not lines[at].startswith("|"):
            at += 1
        while at < len(lines) and lines[at].startswith("|"):
            at += 1
        lines[at:at] = rows
    else:
        section = "\n".join(["| Figure | Measured | Baseline, same run | Ratio | Goal | Met |",
                             "| --- | --- | --- | --- | --- | --- |"] + rows) + "\n\n" + section
    text = "\n".join(lines)
    marker = BEFORE + "\n"
    if marker in text:
        return text.replace(marker, section + "\n" + marker, 1)
    return text + section


def main(argv):
    if len(argv) != 4:
        sys.exit(__doc__)
    figures, records = load(argv[1])
    meta = {}
    with open(argv[2]) as f:
        for line in f:
            if "=" in line:
                key, value = line.rstrip("\n").split("=", 1)
                meta[key] = value
    rows, section = rows_and_section(figures, records, meta)
    if argv[3] == "-":
        sys.stdout.write("\n".join(rows) + "\n\n" + section)
        return
    with open(argv[3], encoding="utf-8") as f:
        doc = f.read()
    if BEGIN not in doc or END not in doc:
        sys.exit(f"{argv[3]} has no results markers")
    head, rest = doc.split(BEGIN, 1)
    results, tail = rest.split(END, 1)
    with open(argv[3], "w", encoding="utf-8") as f:
        f.write(head + BEGIN + insert(results, rows, section) + END + tail)
    sys.stdout.write("\n".join(rows) + "\n\n" + section)


if __name__ == "__main__":
    main(sys.argv)
