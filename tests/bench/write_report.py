#!/usr/bin/env python3
"""Writes the results of scripts/bench.sh into docs/performance.md.

  write_report.py [--new-reference] FIGURES META OUT

FIGURES holds "name value unit" lines (a name repeated once per run: the median is reported),
META "key=value" lines. OUT is the document whose section between the results markers is
replaced, or "-" to print the section.

Issue 17's "no regression" rows compare with a reference run, kept in OUT's results section as
a comment (`bench:issue17-reference`) and carried over by every later run. Where OUT has none
yet, the reference is the run whose results OUT holds (read from its tables: the last run
before these rows existed), or, failing that, this run; --new-reference makes this run the
reference. With OUT "-", the reference is read from docs/performance.md and nothing is kept.

Hooks for changes to come (figures a benchmark may print; absent, the report says what it
assumes):
  core_search.index_built_at_unlock   1 when the app builds the search index during unlock (on
                                      a worker) rather than on the first search, 0 when on the
                                      first search; absent: the table says it is not stated.
                                      core_search.real_index_build stays the build time.
  core_search.index_first_screen_delay  ms by which building the index at unlock delayed the
                                      first screen of the list (met when 0.5 ms or less).
"""

import json
import os
import re
import statistics
import sys

BEGIN = "<!-- bench:results:begin (written by scripts/bench.sh; edits here are overwritten) -->"
END = "<!-- bench:results:end -->"
REFERENCE = "<!-- bench:issue17-reference "
REFERENCE_END = " -->"
DEFAULT_DOC = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "docs",
                           "performance.md")

# Issue 17's "no regression" figures: name, label, allowance over the reference (fraction, and
# an absolute amount for figures of a few milliseconds, where the machine's noise is larger).
NO_REGRESSION = [
    ("core_search.real_search_p99", "Search p99 per query, the synced mirror", 0.25, 0.5),
    ("core_incremental.incremental_client_p50",
     "Incremental sync of 10 changed records: client time", 0.25, 5.0),
    ("core_unlock.unlock_excl_kdf_first",
     "Unlock to the first page of the list (50 rows), without the KDF", 0.25, 0.5),
]


def load(figures_path, meta_path):
    values, units = {}, {}
    with open(figures_path) as f:
        for line in f:
            parts = line.split()
            if len(parts) < 2 or line.startswith("#"):
                continue
            try:
                values.setdefault(parts[0], []).append(float(parts[1]))
            except ValueError:
                continue
            units[parts[0]] = parts[2] if len(parts) > 2 else ""
    meta = {}
    with open(meta_path) as f:
        for line in f:
            if "=" in line:
                key, value = line.rstrip("\n").split("=", 1)
                meta[key] = value
    return values, units, meta


class Figures:
    def __init__(self, values):
        self.values = values

    def __call__(self, name, default=None):
        if name not in self.values:
            if default is not None:
                return default
            raise KeyError(f"the run produced no figure {name}")
        return statistics.median(self.values[name])

    def runs(self, name, fmt):
        return ", ".join(fmt.format(v) for v in self.values.get(name, []))


def verdict(ok):
    return "yes" if ok else "**no**"


def met(ok):
    """An issue 17 verdict: a figure the run could not take is never met."""
    return "not measured" if ok is None else verdict(ok)


# The no-regression figures as this script writes them into the results' tables, to take a
# report written before the reference was kept as the reference.
REPORTED = {
    "core_search.real_search_p99":
        r"\| Search p50 / p99 per query, the synced mirror \| [\d.]+ / ([\d.]+) ms",
    "core_incremental.incremental_client_p50":
        r"\| Incremental sync of 10 changed records: client time[^|]*\| ([\d.]+) ms",
    "core_unlock.unlock_excl_kdf_first":
        r"\| Unlock to the first page of the list \(50 rows\), without the KDF \| ([\d.]+) ms",
}


def read_reference(path, records):
    """The issue 17 reference kept in a report; else the figures of the run the report holds
    (for the same number of records); else None."""
    try:
        with open(path, encoding="utf-8") as f:
            doc = f.read()
    except OSError:
        return None
    if REFERENCE in doc:
        text = doc.split(REFERENCE, 1)[1].split(REFERENCE_END, 1)[0]
        try:
            reference = json.loads(text)
        except ValueError:
            return None
        return reference if reference.get("records") == records else None
    if BEGIN not in doc or END not in doc:
        return None
    results = doc.split(BEGIN, 1)[1].split(END, 1)[0]
    run = re.search(r"Measured (.+?) with `[^`]*` \(commit (.+?)\)\.", results)
    data = re.search(r"\* Data: ([\d,]+) records", results)
    if not run or not data or int(data.group(1).replace(",", "")) != records:
        return None
    figures = {}
    for name, pattern in REPORTED.items():
        found = re.search(pattern, results)
        if found:
            figures[name] = float(found.group(1))
    if not figures:
        return None
    return {"commit": run.group(2), "date": run.group(1), "records": records,
            "source": "the report this run replaced", "figures": figures}


def make_reference(values, meta):
    return {"commit": meta.get("commit", "unknown"), "date": meta.get("date", ""),
            "records": int(meta["records"]),
            "figures": {name: statistics.median(values[name])
                        for name, *_ in NO_REGRESSION if name in values}}


def issue17(values, meta, reference, reference_is_this_run):
    """Issue 17's goals (100,000 records): one row per goal, each with its baseline from the
    same run where there is one; a figure the run could not take is "not measured"."""
    def g(name):
        return statistics.median(values[name]) if name in values else None

    def mb(n):
        if n is None:
            return "not measured"
        return f"{n / 1e6:.1f} MB" if n >= 1e5 else f"{n / 1e3:.1f} kB"

    def plural(n, word):
        return f"{int(n)} {word}{'' if int(n) == 1 else 's'}"

    def ratio(a, b, digits=2):
        return f"{a / b:.{digits}f}×" if a is not None and b else "—"

    records = int(meta["records"])
    fmt, limit = meta.get("feed_format", "1"), meta.get("feed_limit", "1000")
    coding = meta.get("feed_coding", "identity")
    feed_note = meta.get("feed_note", "")
    out = []
    w = out.append
    w(f"### Issue 17 goals ({records:,} records)")
    w("")
    w(f"The baselines fetch what the client fetches since issue 17 when the server offers it: "
      f"feed format 2, 5000 records a page, compressed. In this run the server "
      + (f"answered format {fmt}, {limit} records a page, {coding}"
         + (f" ({feed_note}: the baselines fetch what the client fetched before issue 17)"
            if feed_note else "") + ".")
      + f" The shaped link is `tests/bench/shaped_link.py` on the loopback: "
      f"{meta.get('shaped_mbit', '?')} Mbit/s each way, {meta.get('shaped_rtt_ms', '?')} ms "
      "round trip, one round trip per new connection.")
    w("")
    w("| Figure | Measured | Baseline, same run | Ratio | Goal | Met |")
    w("| --- | --- | --- | --- | --- | --- |")

    # Bytes on the wire: counted by the shaped link (the loopback link makes the same requests).
    down, up = g("shaped_link_bytes_down"), g("shaped_link_bytes_up")
    wire = down + up if down is not None and up is not None else None
    old_down, old_up = g("old_feed_bytes_down"), g("old_feed_bytes_up")
    old_wire = old_down + old_up if old_down is not None and old_up is not None else None
    measured = (f"{mb(wire)} ({mb(down)} to the client, {mb(up)} to the server)"
                if wire is not None else "not measured")
    w(f"| Bytes on the wire, initial sync (`vaultlink-cli link`: TLS records both ways, login to "
      f"the last page; counted on the shaped link) | {measured} | the feed as clients fetched "
      f"it before issue 17 (format 1, 1000 a page, uncompressed; pages only): {mb(old_wire)}; "
      f"the pages' bodies as the baselines below receive them: "
      f"{meta.get('feed_sent_mb', '?')} MB | {ratio(wire, old_wire, 3)} | ≤ 8 MB | "
      f"{met(None if wire is None else wire <= 8e6)} |")

    # The shaped link's wall time against the ideal.
    wall, trips = g("shaped_link_wall"), g("shaped_link_round_trips")
    rate = float(meta.get("shaped_mbit", 0) or 0) * 1e6 / 8
    rtt = float(meta.get("shaped_rtt_ms", 0) or 0) / 1000
    checked = g("proxy.selftest_ok")
    ideal = (wire / rate + trips * rtt) if wire is not None and trips is not None and rate else None
    if wall is None or ideal is None:
        w("| Initial sync over the shaped link | not measured | | | ≤ 10 s, and ≤ 1.3× (bytes ÷ "
          "bandwidth + round trips × RTT) | not measured |")
    else:
        ok = None if checked != 1 else (wall <= 10 and wall <= 1.3 * ideal)
        check_note = ("the link's self-check: 2 MB down in "
                      f"{g('proxy.selftest_down'):.0f} ms, expected "
                      f"{g('proxy.selftest_down_expected'):.0f} ms"
                      if checked == 1 else "**the link's self-check failed: not measured**")
        w(f"| Initial sync over the shaped link: `vaultlink-cli link`, wall time (KDF "
          f"calibration and derivation included; "
          f"{plural(g('shaped_link_connections') or 0, 'connection')}, "
          f"{plural(g('shaped_link_pages') or 0, 'feed page')}; {check_note}) | "
          f"{wall:.1f} s (peak RSS {g('shaped_link_rss'):.0f} MB) | the ideal: "
          f"{mb(wire)} ÷ {meta.get('shaped_mbit')} Mbit/s ({wire / rate:.1f} s) + "
          f"{int(trips)} round trips × {meta.get('shaped_rtt_ms')} ms ({trips * rtt:.1f} s) = "
          f"{ideal:.1f} s | {wall / ideal:.2f}× | ≤ 10 s, and ≤ 1.3× the ideal | {met(ok)} |")

    # The mirror file.
    mirror, flat = g("cli_link_mirror"), g("baseline_sqlcipher_db")
    w(f"| Mirror file after the link (the database and any write-ahead log) | "
      + (f"{mirror:.1f} MB" if mirror is not None else "not measured")
      + " | the sqlcipher shell's file of the same records (one table of the records' JSON, no "
      + (f"index): {flat:.1f} MB" if flat is not None else "index): not measured")
      + f" | {ratio(mirror, flat)} | ≤ 40 MB | "
      f"{met(None if mirror is None else mirror <= 40)} |")

    # Peak RSS of link, and of the first sync after the KDF. The sync's working set is its growth
    # over the process as it stood before the first page (Qt, TLS, the login's connection: about
    # 24 MB that no sync can shed); the whole process's peak after the KDF is shown beside it.
    link_rss, sync_rss = g("cli_link_rss"), g("core_link.link_sync_peak_rss")
    sync_start, sync_growth = g("core_link.link_sync_rss_start"), g("core_link.link_sync_rss_growth")
    rss_ok = (None if link_rss is None or sync_growth is None
              else (link_rss <= 60 and sync_growth <= 24))
    w(f"| `vaultlink-cli link`, peak RSS / the first sync's working set after the KDF: its growth "
      f"over the process before the first page (`vaultlink_sync_bench link`) | "
      + (f"{link_rss:.0f} MB" if link_rss is not None else "not measured") + " / "
      + (f"{sync_growth:.0f} MB (the process: {sync_start:.0f} MB before the first page, peak "
         f"{sync_rss:.0f} MB)" if sync_growth is not None and sync_start is not None
         and sync_rss is not None else "not measured")
      + f" | curl {g('baseline_curl_rss') or 0:.0f} MB, sqlcipher "
      f"{g('baseline_sqlcipher_rss') or 0:.0f} MB | — | ≤ 60 MB / ≤ 24 MB | {met(rss_ok)} |")

    # The desktop app.
    app, idle = g("app_vault_rss"), g("app_profiles_rss")
    details = ""
    if app is not None:
        details = (f" (unlock to the list's rows {g('app_vault_unlock'):.0f} ms, KDF included; "
                   f"the search \"{meta.get('term_narrow', '')}\" shows "
                   f"{plural(g('app_vault_hits') or 0, 'row')})" if "app_vault_unlock" in values
                   and "app_vault_hits" in values else "")
    w(f"| Desktop app (`vaultlink`, offscreen, driven by the end-to-end tests' driver), vault "
      f"of {records:,} open: unlock with the password, the list's first page, one search; peak "
      f"RSS{details} | " + (f"{app:.0f} MB" if app is not None else "not measured")
      + " | the same app started and quit on the profiles page: "
      + (f"{idle:.0f} MB" if idle is not None else "not measured")
      + f" | {ratio(app, idle)} | ≤ 90 MB | {met(None if app is None else app <= 90)} |")

    # Server time per 1,000 records of the feed, from its log.
    curl_ms, curl_pages = g("baseline_curl_server"), g("baseline_curl_pages")
    link_ms = g("cli_link_server")
    old_ms, old_records = g("old_feed_server"), g("old_feed_records")
    per_k = curl_ms / (records / 1000) if curl_ms is not None else None
    old_per_k = old_ms / (old_records / 1000) if old_ms is not None and old_records else None
    measured = "not measured"
    if per_k is not None:
        measured = (f"{per_k:.1f} ms ({curl_ms / curl_pages:.0f} ms per page of {limit}"
                    if curl_pages else f"{per_k:.1f} ms (")
        measured += (f"; during the link, sharing the cores with the client: "
                     f"{link_ms / (records / 1000):.1f} ms)" if link_ms is not None else ")")
    w(f"| Server time per 1,000 records of the feed (its log's times of `GET /changes` during "
      f"curl's download, format {fmt}, {coding}) | {measured} | format 1, 1000 a page, "
      "uncompressed: " + (f"{old_per_k:.1f} ms" if old_per_k is not None else "not measured")
      + f" | {ratio(per_k, old_per_k)} | ≤ 15 ms | "
      f"{met(None if per_k is None else per_k <= 15)} |")

    # The search index's build.
    build = g("core_search.real_index_build")
    at_unlock = g("core_search.index_built_at_unlock")
    delay = g("core_search.index_first_screen_delay")
    where = {1: "built during unlock, on a worker", 0: "built on the first search"}.get(
        at_unlock, "where the app builds it is not stated: no benchmark prints "
                   "`core_search.index_built_at_unlock`")
    if build is None:
        ok = None
    elif build <= 40:
        ok = True
    elif at_unlock == 1:
        ok = None if delay is None else delay <= 0.5
    else:
        ok = False
    synthetic = g("search_bench.index_build")
    app_search = g("app_vault_search")
    w(f"| The search index's build on the synced mirror (`vaultlink_sync_bench search`; "
      f"{where}) | " + (f"{build:.0f} ms" if build is not None else "not measured")
      + (f" (synthetic mirror: {synthetic:.0f} ms)" if synthetic is not None else "")
      + (f"; in the desktop app above, the first search's hits showed {app_search:.0f} ms after "
         "the term was typed" if app_search is not None else "")
      + (f"; the first screen waited {delay:.1f} ms for it" if delay is not None else "")
      + f" | — | — | ≤ 40 ms, or built during unlock without delaying the first screen | "
      f"{met(ok)} |")

    # Loopback initial sync against curl + sqlcipher.
    link, curl, sql = g("cli_link_wall"), g("baseline_curl_wall"), g("baseline_sqlcipher_wall")
    link_pages = g("cli_link_pages")
    same = ""
    if link_pages is not None and curl_pages is not None and link_pages != curl_pages:
        same = (f"; **the client fetched {int(link_pages)} pages, the baseline "
                f"{int(curl_pages)}: not the same requests**")
    if None in (link, curl, sql):
        w("| Initial sync on the loopback: `vaultlink-cli link` against curl + sqlcipher | not "
          "measured | | | ≤ 1.2× | not measured |")
    else:
        w(f"| Initial sync on the loopback: `vaultlink-cli link`, wall time (median of "
          f"{meta['runs']}) | {link:.1f} s | {curl + sql:.1f} s (curl {curl:.1f} s fetching the "
          f"same {plural(curl_pages or 0, 'page')}, format {fmt}, {coding}, + sqlcipher "
          f"{sql:.1f} s "
          f"inserting the same records{same}) | {link / (curl + sql):.2f}× | ≤ 1.2× | "
          f"{met(link <= 1.2 * (curl + sql) if not same else None)} |")

    # No regression, against the reference run.
    for name, label, fraction, absolute in NO_REGRESSION:
        now = g(name)
        before = (reference or {}).get("figures", {}).get(name)
        allowance = f"≤ the reference + {100 * fraction:.0f} % (and + {absolute:g} ms)"
        if now is None:
            w(f"| {label} | not measured | | | no regression: {allowance} | not measured |")
            continue
        if reference_is_this_run:
            w(f"| {label} | {now:.2f} ms | this run is the reference (kept for later runs) | — "
              f"| no regression: {allowance} | — |")
            continue
        if before is None:
            w(f"| {label} | {now:.2f} ms | no reference run | — | no regression: {allowance} | "
              "not measured |")
            continue
        limit_ms = before * (1 + fraction) + absolute
        w(f"| {label} | {now:.2f} ms | the reference run (commit {reference['commit']}, "
          f"{reference['date']}): {before:.2f} ms | {now / before:.2f}× | no regression: "
          f"{allowance} = {limit_ms:.2f} ms | {verdict(now <= limit_ms)} |")
    w("")
    return out


def section(values, meta, reference=None, reference_is_this_run=False):
    f = Figures(values)
    records = int(meta["records"])
    out = []
    w = out.append

    # ---- the run
    w(f"Measured {meta['date']} with `{meta['command']}` (commit {meta['commit']}).")
    w("")
    w(f"* Machine: {meta['cpu']}, {meta['cores']} cores, {meta['memory']} RAM; {meta['os']}. "
      f"Load average {meta['load_start']} at the start, {meta['load_end']} at the end "
      "(the machine is shared: other processes competed for the cores during the run).")
    w(f"* Data: {records:,} records seeded for alice in Demo; the feed, as the baselines fetch "
      f"it, is {meta['pages']} pages of {meta.get('feed_limit', '1000')} records in format "
      f"{meta.get('feed_format', '1')} ({meta.get('feed_coding', 'identity')}), "
      f"{meta.get('feed_sent_mb', meta['feed_mb'])} MB as sent, {meta['feed_mb']} MB of JSON.")
    w(f"* Tools: {meta['curl']}, sqlcipher {meta['sqlcipher']} (the library the client links), "
      f"KeePassXC {meta['keepassxc']}, Qt {meta['qt']}.")
    w(f"* End-to-end timings are the median of {meta['runs']} runs (every run is listed at the "
      "end); the core figures come from `vaultlink_sync_bench` and `vaultlink_search_bench`.")
    w("")

    # ---- goals
    curl, sql = f("baseline_curl_wall"), f("baseline_sqlcipher_wall")
    baseline = curl + sql
    link = f("cli_link_wall")
    link_rss = f("cli_link_rss")
    sync_rss = f("core_link.link_sync_peak_rss")
    inc_client = f("core_incremental.incremental_client_p50")
    inc_cpu = f("core_incremental.incremental_cpu_p50")
    inc_queue = f("core_incremental.incremental_run_queue_p50")
    synthetic = "search_bench.search_p50" in values  # vaultlink_search_bench ran
    r50, r99 = f("core_search.real_search_p50"), f("core_search.real_search_p99")
    unlock = f("core_unlock.unlock_excl_kdf_first")
    unlock50 = f("core_unlock.unlock_excl_kdf_p50")
    kdf = f("core_unlock.kdf_p50")
    logn, r, p = int(f("cli_kdf_logN")), int(f("cli_kdf_r")), int(f("cli_kdf_p"))
    kdf_mib = 128 * r * 2 ** logn / 2 ** 20

    w("### Against the goals")
    w("")
    w("| Figure | Measured | Baseline, same run | Ratio | Goal | Met |")
    w("| --- | --- | --- | --- | --- | --- |")
    w(f"| Initial sync: `vaultlink-cli link`, wall time | {link:.1f} s | {baseline:.1f} s "
      f"(curl {curl:.1f} s + sqlcipher {sql:.1f} s) | {link / baseline:.2f}× | ≤ 1.5× | "
      f"{verdict(link <= 1.5 * baseline)} |")
    w(f"| Initial sync: `vaultlink-cli link`, peak RSS | {link_rss:.0f} MB | curl "
      f"{f('baseline_curl_rss'):.0f} MB, sqlcipher {f('baseline_sqlcipher_rss'):.0f} MB | — | "
      f"< 100 MB | {verdict(link_rss < 100)} |")
    w(f"| … of which the first sync alone (peak after the KDF) | {sync_rss:.0f} MB | | | "
      f"(< 100 MB) | {verdict(sync_rss < 100)} |")
    w(f"| Incremental sync of 10 changed records: client time (wall − waiting for the server) | "
      f"{inc_client:.0f} ms (process CPU time {inc_cpu:.0f} ms) | | | < 100 ms | "
      f"{verdict(inc_client < 100)}"
      + (f" (CPU time: {verdict(inc_cpu < 100)})" if (inc_client < 100) != (inc_cpu < 100) else "")
      + " |")
    if "core_incremental.page_check_wall_p50" in values:
        check = f("core_incremental.page_check_wall_p50")
        check_cpu = f("core_incremental.page_check_cpu_p50")
        shell = 1000 * f("baseline_quick_check_wall")
        first_client = f("core_incremental.incremental_first_client")
        first_wall = f("core_incremental.incremental_first_wall")
        w(f"| … the page check (every page of the mirror read, `PRAGMA quick_check`), alone | "
          f"{check:.0f} ms (CPU {check_cpu:.0f} ms) | the sqlcipher shell's `PRAGMA quick_check` "
          f"of the same file: {shell:.0f} ms | {check / shell:.2f}× | — | — |")
        w(f"| … the first sync after the file is opened, which runs the page check on a thread of "
          f"its own meanwhile: client time | {first_client:.0f} ms (wall {first_wall:.0f} ms) | "
          f"the later syncs above: {inc_client:.0f} ms | {first_client / inc_client:.0f}× | "
          f"(none set) | — |")
    if "core_push.push_wall" in values:
        push = f("core_push.push_wall") / 1000
        curl_patch = f("baseline_curl_patch_wall")
        e99 = f("core_push.local_edit_p99")
        w(f"| Push of {int(f('core_push.push_edits'))} edits (2 fields each) after an offline "
          f"period: the sync's sending, wall (32 requests at a time, over up to 6 connections) | "
          f"{push * 1000:.0f} ms (CPU {f('core_push.push_cpu'):.0f} ms over all threads) | "
          f"curl sending the same requests one after the other: {curl_patch * 1000:.0f} ms | "
          f"{push / curl_patch:.2f}× | ≤ 1.3× | {verdict(push <= 1.3 * curl_patch)} |")
        w(f"| A local edit until the list shows it, p50 / p99, mirror of {records:,} | "
          f"{f('core_push.local_edit_p50'):.2f} / {e99:.2f} ms | | | p99 ≤ 5 ms | "
          f"{verdict(e99 <= 5)} |")
    if synthetic:
        s50, s99 = f("search_bench.search_p50"), f("search_bench.search_p99")
        l50, l99 = f("search_bench.like_p50"), f("search_bench.like_p99")
        w(f"| Search p50 / p99 per query, synthetic mirror of {records:,} | {s50:.2f} / {s99:.2f} "
          f"ms | SQL `LIKE` scan {l50:.1f} / {l99:.1f} ms | {l50 / s50:.0f}× / {l99 / s99:.0f}× "
          f"faster | < 5 ms | {verdict(s50 < 5 and s99 < 5)} |")
    else:
        w(f"| Search p50 / p99 per query, synthetic mirror of {records:,} | not measured "
          "(`vaultlink_search_bench` failed: see the run's output) | | | < 5 ms | not measured |")
    w(f"| Search p50 / p99 per query, the synced mirror | {r50:.2f} / {r99:.2f} ms | | | < 5 ms | "
      f"{verdict(r50 < 5 and r99 < 5)} |")
    w(f"| Unlock to the first page of the list (50 rows), without the KDF | {unlock:.1f} ms "
      f"(same process again: {unlock50:.1f} ms) | KDF alone {kdf:.0f} ms | | < 100 ms | "
      f"{verdict(unlock < 100)} |")
    if "core_biometric.biometric_unlock_p50" in values:
        bio, bio_max = f("core_biometric.biometric_unlock_p50"), f("core_biometric.biometric_unlock_max")
        with_password = f("core_biometric.password_unlock_p50")
        w(f"| Biometric unlock to the first page of the list (50 rows), the desktop's stand-in "
          f"answering at once (prompt excluded), p50 / max | {bio:.1f} / {bio_max:.1f} ms | "
          f"the password unlock of the same profile, KDF included: {with_password:.0f} ms | "
          f"{with_password / bio:.0f}× sooner | ≤ 150 ms | {verdict(bio_max <= 150)} |")
    if "autofill_key.autofill_ms" in values:
        runs = sorted(values["autofill_key.autofill_ms"])
        a50, a99 = statistics.median(runs), runs[min(len(runs) - 1, int(0.99 * len(runs)))]
        a_rss = max(values["autofill_key.peak_rss_kb"]) / 1024
        p_rss = max(values["autofill_password.peak_rss_kb"]) / 1024
        scan = f("autofill_scan.autofill_ms")
        if f("autofill_scan.candidates") != f("autofill_key.candidates"):
            raise SystemExit("the index and the full scan found different candidates")
        w(f"| Autofill as a phone's service or extension runs it: a process of its own per lookup "
          f"(`vaultlink_autofill_probe`, the storage library only), the data key given (KDF "
          f"excluded): open the mirror of {records:,}, look `{meta['autofill_url']}` up "
          f"({int(f('autofill_key.candidates'))} candidates); p50 / p99 of {len(runs)} "
          f"processes; the process's peak RSS | {a50:.1f} / {a99:.1f} ms; {a_rss:.0f} MB | "
          f"every record read and matched, without the index (the same candidates): "
          f"{scan:.0f} ms, {max(values['autofill_scan.peak_rss_kb']) / 1024:.0f} MB | "
          f"{scan / a50:.0f}× sooner | p99 ≤ 30 ms, ≤ 30 MB | "
          f"{verdict(a99 <= 30 and a_rss <= 30)} |")
        w(f"| … the same with the password through the profile's KDF first, peak RSS against "
          f"the iOS extension's limit (about 120 MB) | {p_rss:.0f} MB (KDF "
          f"{f('autofill_password.kdf_ms'):.0f} ms) | | | < 120 MB | "
          f"{verdict(p_rss < 120)} |")
    if "list_bench.lazy_first_screen" in values:
        lazy, full = f("list_bench.lazy_first_screen"), f("list_bench.full_first_screen")
        scroll99 = f("list_bench.lazy_scroll_p99")
        w(f"| The vault's list, {int(f('list_bench.records')):,} rows (`vaultlink_list_bench`): "
          f"first screen; scrolling, per screen of rows, p50 / p99; a jump to a random place "
          f"p50 / p99 | {lazy:.1f} ms; {f('list_bench.lazy_scroll_p50'):.2f} / {scroll99:.2f} "
          f"ms; {f('list_bench.lazy_jump_p50'):.1f} / {f('list_bench.lazy_jump_p99'):.1f} ms; "
          f"+{f('list_bench.lazy_rss_growth'):.0f} MB | every row loaded first, as a QML array "
          f"model would: {full:.0f} ms, +{f('list_bench.full_rss_growth'):.0f} MB | "
          f"{full / lazy:.0f}× sooner | smooth: scrolling within a 60 Hz frame (16.7 ms) | "
          f"{verdict(scroll99 < 16.7)} |")
    w("")

    out.extend(issue17(values, meta, reference, reference_is_this_run))

    # ---- initial sync breakdown
    total = f("core_link.link_total")
    pages = f("core_link.link_pages")
    cpu_all = f("core_link.link_pages_cpu")
    blocked_send = f("core_link.link_pages_main_blocked_send")
    cpu = f("core_link.link_pages_main_cpu")
    queue = f("core_link.link_pages_main_run_queue")
    blocked_other = f("core_link.link_pages_main_blocked_other")
    n_pages = int(f("core_link.link_pages_count"))
    w("### Where the initial sync's time goes")
    w("")
    w(f"The same link through the core (`vaultlink_sync_bench link`, one run, every request timed "
      f"at the transport): {total / 1000:.1f} s in all. The syncing thread fetches the feed's "
      "pages and only cuts each one apart to find the next cursor; a worker thread reads the "
      "previous page's records, makes them into rows and applies them to the mirror meanwhile. "
      "The syncing thread's time is split with its scheduler statistics "
      "(`/proc/thread-self/schedstat`); while the worker keeps up, it is the critical path.")
    w("")
    w("| Part | Time | Share |")
    w("| --- | --- | --- |")
    parts = [
        ("Login (the server checks the password with scrypt)", f("core_link.link_login_wait")),
        ("KDF: calibration (one scrypt run at the minimum cost) and the derivation that wraps "
         f"the data key (N = 2^{logn}, r = {r}, p = {p}); new mirror file and registry",
         f("core_link.link_kdf_and_profile")),
        (f"The {n_pages} feed pages, syncing thread blocked on the server's answers (server work "
         "and transfer)", blocked_send),
        ("… syncing thread on a CPU: TLS and HTTP bookkeeping, cutting the pages apart",
         cpu),
        ("… syncing thread runnable, waiting for a CPU (held by other threads or processes)",
         queue),
        ("… syncing thread waiting for the worker to finish the previous page (or for the file)",
         blocked_other),
    ]
    rest = total - sum(t for _, t in parts)
    parts.append(("Everything else (databases lookup, token refresh, session, setup)", rest))
    for label, ms in parts:
        w(f"| {label} | {ms / 1000:.2f} s | {100 * ms / total:.0f} % |")
    w("")
    w(f"During the pages the whole process used {cpu_all / 1000:.1f} s of CPU: "
      f"{cpu / 1000:.1f} s on the syncing thread, the rest mostly on the worker thread (reading "
      "the records, making rows, applying them with SQLCipher) and TLS on Qt's network thread.")
    w(f"For the same pages the server logged {f('cli_link_server') / 1000:.1f} s of work during "
      f"`vaultlink-cli link` and {f('baseline_curl_server') / 1000:.1f} s during the curl "
      "baseline (median over the runs). Both wait for the same server, which runs on the same "
      "two cores: during the link it shares them with the client's threads.")
    if "search_bench.apply_total" in values:
        w(f"Applying the same number of records page by page without any network "
          f"(`vaultlink_search_bench`, synthetic records): "
          f"{f('search_bench.apply_total') / 1000:.1f} s"
          + (f", {f('search_bench.apply_cpu') / 1000:.1f} s of it on the processor"
             if "search_bench.apply_cpu" in values else "")
          + f", against {sql:.1f} s for the sqlcipher shell's bulk insert.")
    w(f"Peak RSS: {link_rss:.0f} MB for the whole command, of which scrypt alone needs "
      f"{kdf_mib:.0f} MiB (N = 2^{logn}, r = {r}, p = {p}); from the first page on, the process "
      f"peaks at {sync_rss:.0f} MB.")
    w("")

    # ---- incremental and unlock details
    w("### Incremental sync and unlock, in detail")
    w("")
    w(f"* Incremental sync of 10 records (`vaultlink_sync_bench incremental`, median of 5 rounds, "
      f"{int(f('core_incremental.incremental_requests'))} requests: token refresh, one feed page, "
      f"session): wall {f('core_incremental.incremental_wall_p50'):.0f} ms, of which "
      f"{f('core_incremental.incremental_waited_p50'):.0f} ms waiting for the server and "
      f"{inc_client:.0f} ms in the client. CPU time: "
      f"{f('core_incremental.incremental_main_cpu_p50', -1):.0f} ms on the syncing thread, "
      f"{inc_cpu:.0f} ms for the whole process (with the new TLS connection's handshake on Qt's "
      f"network thread, during the waits); runnable but waiting for a CPU: {inc_queue:.0f} ms.")
    w(f"* The whole command `vaultlink-cli sync` (process start, KDF, new TLS connection): "
      f"{f('cli_sync10_wall'):.2f} s with 10 changed records, {f('cli_sync0_wall'):.2f} s with "
      f"none; peak RSS {f('cli_sync10_rss'):.0f} MB (the KDF).")
    w(f"* Unlock without the KDF (`vaultlink_sync_bench unlock`, median of "
      f"{len(values['core_unlock.unlock_excl_kdf_first'])} fresh processes, max "
      f"{max(values['core_unlock.unlock_excl_kdf_first']):.1f} ms): open the mirror "
      f"{f('core_unlock.unlock_open_first'):.2f} ms + first page "
      f"{f('core_unlock.unlock_page_first'):.2f} ms; with the KDF "
      f"{f('core_unlock.unlock_with_kdf_p50'):.0f} ms. The search index"
      + {1: " (built during unlock, on a worker)", 0: " (built on the first search)"}.get(
          f("core_search.index_built_at_unlock", -1), "")
      + f" takes {f('core_search.real_index_build'):.0f} ms to build on the synced mirror"
      + (f" ({f('search_bench.index_build'):.0f} ms on the synthetic one)."
         if "search_bench.index_build" in values else "."))
    w("* Search, "
      + (f"synthetic mirror: the first 50 hits p50 / p99 "
         f"{f('search_bench.search_limit50_p50'):.2f} / "
         f"{f('search_bench.search_limit50_p99'):.2f} ms; "
         f"{f('search_bench.hits_per_query'):.0f} hits per query on average (terms of 1 to 12 "
         f"characters); same results as the `LIKE` scan in every query "
         f"({int(f('search_bench.like_result_mismatches'))} mismatches). "
         if synthetic else "synthetic mirror: not measured. ")
      + "Synced mirror: "
      f"{f('core_search.real_hits_per_query'):.0f} hits per query on average; counted in the "
      f"thread's CPU time (which leaves out time other processes held the core) p50 / p99 "
      f"{f('core_search.real_search_cpu_p50'):.2f} / {f('core_search.real_search_cpu_p99'):.2f} "
      "ms; the slowest queries are the short terms with tens of thousands of hits.")
    w("")

    # ---- KeePassXC
    w("### Side by side with KeePassXC")
    w("")
    w(f"The same {records:,} records imported into a KeePass database "
      f"(`keepassxc-cli import`, {f('kpx_import_wall'):.1f} s); one `search` each, the password "
      "on standard input, unlock included.")
    w("")
    w("| | Vaultlink (`vaultlink-cli search`) | KeePassXC (`keepassxc-cli search`) |")
    w("| --- | --- | --- |")
    w(f"| KDF | scrypt N = 2^{logn}, r = {r}, p = {p} ({kdf_mib:.0f} MiB), calibrated by `link` "
      f"(500 ms target); one derivation {kdf:.0f} ms | {meta['kpx_kdf']}: the keepassxc-cli "
      f"default KDF, `--decryption-time {meta['kpx_decryption_time']}` (Vaultlink's measured "
      "derivation time) |")
    w(f"| Wrong password refused (start, read, KDF) | {f('cli_wrong_wall'):.2f} s, "
      f"{f('cli_wrong_rss'):.0f} MB | {f('kpx_wrong_wall'):.2f} s, {f('kpx_wrong_rss'):.0f} MB |")
    for kind in ("narrow", "broad"):
        term = meta[f"term_{kind}"]
        w(f"| Search \"{term}\": wall, peak RSS, hits | {f(f'cli_search_{kind}_wall'):.2f} s, "
          f"{f(f'cli_search_{kind}_rss'):.0f} MB, {int(f(f'cli_hits_{kind}'))} | "
          f"{f(f'kpx_search_{kind}_wall'):.2f} s, {f(f'kpx_search_{kind}_rss'):.0f} MB, "
          f"{int(f(f'kpx_hits_{kind}'))} |")
    w(f"| File | mirror {meta['cli_files']} MB (SQLCipher) | {meta['kdbx_mb']} MB (KDBX) |")
    w("")

    # ---- every run
    w("### Every run")
    w("")
    w("| Figure | Runs |")
    w("| --- | --- |")
    for name, fmt, label in [
        ("shaped_link_wall", "{:.1f} s", "`vaultlink-cli link` over the shaped link (one run)"),
        ("baseline_curl_wall", "{:.1f} s", "curl, feed pages"),
        ("baseline_sqlcipher_wall", "{:.1f} s", "sqlcipher, bulk insert"),
        ("cli_link_wall", "{:.1f} s", "`vaultlink-cli link`"),
        ("cli_link_rss", "{:.0f} MB", "`vaultlink-cli link`, peak RSS"),
        ("cli_link_cpu", "{:.1f} s", "`vaultlink-cli link`, CPU (user + system)"),
        ("cli_link_mirror", "{:.1f} MB", "`vaultlink-cli link`, mirror file"),
        ("app_vault_rss", "{:.0f} MB", "desktop app, vault open, peak RSS"),
        ("app_profiles_rss", "{:.0f} MB", "desktop app, profiles page, peak RSS"),
        ("core_unlock.unlock_excl_kdf_first", "{:.1f} ms",
         "unlock to first page without the KDF, fresh processes"),
        ("cli_search_narrow_wall", "{:.2f} s", "`vaultlink-cli search` (narrow)"),
        ("kpx_search_narrow_wall", "{:.2f} s", "`keepassxc-cli search` (narrow)"),
        ("cli_search_broad_wall", "{:.2f} s", "`vaultlink-cli search` (broad)"),
        ("kpx_search_broad_wall", "{:.2f} s", "`keepassxc-cli search` (broad)"),
    ]:
        w(f"| {label} | {f.runs(name, fmt)} |")
    return "\n".join(out) + "\n"


def main(argv):
    new_reference = "--new-reference" in argv
    argv = [a for a in argv if a != "--new-reference"]
    if len(argv) != 4:
        sys.exit(__doc__)
    values, _, meta = load(argv[1], argv[2])
    records = int(meta["records"])
    writing = argv[3] != "-"
    reference = None if new_reference else read_reference(
        argv[3] if writing else DEFAULT_DOC, records)
    this_run = reference is None and writing
    if this_run:
        reference = make_reference(values, meta)
    text = section(values, meta, reference, this_run)
    if not writing:
        sys.stdout.write(text)
        return
    with open(argv[3], encoding="utf-8") as f:
        doc = f.read()
    if BEGIN not in doc or END not in doc:
        sys.exit(f"{argv[3]} has no results markers")
    head, rest = doc.split(BEGIN, 1)
    _, tail = rest.split(END, 1)
    kept = REFERENCE + json.dumps(reference, ensure_ascii=False) + REFERENCE_END + "\n"
    with open(argv[3], "w", encoding="utf-8") as f:
        f.write(head + BEGIN + "\n" + text + kept + END + tail)
    sys.stdout.write(text)


if __name__ == "__main__":
    main(sys.argv)
