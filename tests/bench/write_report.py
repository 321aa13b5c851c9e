#!/usr/bin/env python3
"""Writes the results of scripts/bench.sh into docs/performance.md.

  write_report.py FIGURES META OUT

FIGURES holds "name value unit" lines (a name repeated once per run: the median is reported),
META "key=value" lines. OUT is the document whose section between the results markers is
replaced, or "-" to print the section.
"""

import statistics
import sys

BEGIN = "<!-- bench:results:begin (written by scripts/bench.sh; edits here are overwritten) -->"
END = "<!-- bench:results:end -->"


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


def section(values, meta):
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
    w(f"* Data: {records:,} records seeded for alice in Demo; the feed is {meta['pages']} pages "
      f"of 1000 records, {meta['feed_mb']} MB of JSON.")
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
    s50, s99 = f("search_bench.search_p50"), f("search_bench.search_p99")
    l50, l99 = f("search_bench.like_p50"), f("search_bench.like_p99")
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
    w(f"| Search p50 / p99 per query, synthetic mirror of {records:,} | {s50:.2f} / {s99:.2f} ms | "
      f"SQL `LIKE` scan {l50:.1f} / {l99:.1f} ms | {l50 / s50:.0f}× / {l99 / s99:.0f}× faster | "
      f"< 5 ms | {verdict(s50 < 5 and s99 < 5)} |")
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
      f"{f('core_unlock.unlock_with_kdf_p50'):.0f} ms. The search index, built on the first "
      f"search rather than at unlock, takes {f('core_search.real_index_build'):.0f} ms on the "
      f"synced mirror ({f('search_bench.index_build'):.0f} ms on the synthetic one).")
    w(f"* Search, synthetic mirror: the first 50 hits p50 / p99 "
      f"{f('search_bench.search_limit50_p50'):.2f} / {f('search_bench.search_limit50_p99'):.2f} "
      f"ms; {f('search_bench.hits_per_query'):.0f} hits per query on average (terms of 1 to 12 "
      f"characters); same results as the `LIKE` scan in every query "
      f"({int(f('search_bench.like_result_mismatches'))} mismatches). Synced mirror: "
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
        ("baseline_curl_wall", "{:.1f} s", "curl, feed pages"),
        ("baseline_sqlcipher_wall", "{:.1f} s", "sqlcipher, bulk insert"),
        ("cli_link_wall", "{:.1f} s", "`vaultlink-cli link`"),
        ("cli_link_rss", "{:.0f} MB", "`vaultlink-cli link`, peak RSS"),
        ("cli_link_cpu", "{:.1f} s", "`vaultlink-cli link`, CPU (user + system)"),
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
    if len(argv) != 4:
        sys.exit(__doc__)
    values, _, meta = load(argv[1], argv[2])
    text = section(values, meta)
    if argv[3] == "-":
        sys.stdout.write(text)
        return
    with open(argv[3], encoding="utf-8") as f:
        doc = f.read()
    if BEGIN not in doc or END not in doc:
        sys.exit(f"{argv[3]} has no results markers")
    head, rest = doc.split(BEGIN, 1)
    _, tail = rest.split(END, 1)
    with open(argv[3], "w", encoding="utf-8") as f:
        f.write(head + BEGIN + "\n" + text + END + tail)
    sys.stdout.write(text)


if __name__ == "__main__":
    main(sys.argv)
