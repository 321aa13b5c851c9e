#!/usr/bin/env bash
# Builds the fuzz targets of tests/fuzz with clang and libFuzzer (ASan+UBSan) in build/fuzz and
# fuzzes them, two at a time (one per core), each from its committed corpus.
#
#   scripts/fuzz.sh [--seconds N] [--runs N] [--jobs N] [TARGET...]
#
# Each target runs until N seconds (default 60) or N executions (default: no limit), whichever
# comes first, or until its first crash; with no TARGET, every target. The long runs of
# docs/reliability.md are `scripts/fuzz.sh --runs 10000000 --seconds 1200`.
#
# What the fuzzer keeps goes to build/fuzz/corpus-new/<target>/, and is then merged into
# tests/fuzz/corpus/<target>/, ready to commit: an input joins only where it reaches an edge of
# the code that nothing there reaches (libFuzzer's -merge=1, counting edges only). Crashes, leaks
# and timeouts are saved in build/fuzz/crashes/<target>/, each run's output in
# build/fuzz/logs/<target>.log. At the end one line per target (executions, coverage, corpus
# growth, crashes) is printed and appended to build/fuzz/fuzz.log.
#
# A target's libFuzzer options (-max_len, …) are written in its source, on a line
# "// fuzz.sh: -max_len=4096"; its dictionary, if any, is tests/fuzz/dict/<target>.dict.
# Exits non-zero when a target crashed.
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=60
runs=-1
jobs=2
targets=()
while [ $# -gt 0 ]; do
    case "$1" in
    --seconds) seconds=$2; shift 2 ;;
    --runs) runs=$2; shift 2 ;;
    --jobs) jobs=$2; shift 2 ;;
    -h | --help) sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
    -*) echo "unknown option $1" >&2; exit 2 ;;
    *) targets+=("$1"); shift ;;
    esac
done

scripts/deps.sh --fuzz

BUILD=build/fuzz
cache=()
if command -v ccache > /dev/null; then
    cache=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
    export CCACHE_BASEDIR=$PWD CCACHE_NOHASHDIR=true
fi
# Debug keeps the project's and Qt's assertions; -O1 makes it fast enough to fuzz. Only the
# libraries the targets test are built, not the app or the test suites.
cmake -S . -B "$BUILD" -G Ninja -DCMAKE_CXX_COMPILER=clang++-14 -DCMAKE_BUILD_TYPE=Debug \
    -DCMAKE_CXX_FLAGS_DEBUG="-g -O1" -DVAULTLINK_FUZZ=ON -DVAULTLINK_WERROR=ON \
    -DVAULTLINK_BUILD_TESTS=OFF -DVAULTLINK_BUILD_APP=OFF "${cache[@]}" > /dev/null
mapfile -t known < "$BUILD/fuzz-targets.txt"
if [ ${#targets[@]} -eq 0 ]; then
    targets=("${known[@]}")
fi
for target in "${targets[@]}"; do
    if ! printf '%s\n' "${known[@]}" | grep -qx "$target"; then
        echo "no fuzz target $target; there are: ${known[*]}" >&2
        exit 2
    fi
done
cmake --build "$BUILD" -j "$jobs" --target "${targets[@]/#/fuzz_}"

# Files the targets write (a mirror, a store, a picture) go to memory where possible.
scratch_root=/dev/shm
[ -d "$scratch_root" ] && [ -w "$scratch_root" ] || scratch_root=$PWD/$BUILD
scratch_root=$(mktemp -d "$scratch_root/vaultlink-fuzz-XXXXXX")
trap 'rm -rf "$scratch_root"' EXIT

export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}

fuzz_one() {
    local target=$1
    local corpus=tests/fuzz/corpus/$target new=$BUILD/corpus-new/$target
    local crashes=$BUILD/crashes/$target log=$BUILD/logs/$target.log
    mkdir -p "$corpus" "$new" "$crashes" "$BUILD/logs"
    local options=()
    read -ra options <<< "$(sed -n 's|^// fuzz.sh: ||p' "tests/fuzz/${target}_fuzz.cpp")"
    [ -f "tests/fuzz/dict/$target.dict" ] && options+=("-dict=tests/fuzz/dict/$target.dict")
    local before status=0
    before=$(ls "$corpus" | wc -l)
    VAULTLINK_FUZZ_SCRATCH=$scratch_root/$target \
        "$BUILD/bin/fuzz_$target" "$new" "$corpus" -max_total_time="$seconds" -runs="$runs" \
        -timeout=10 -print_final_stats=1 -artifact_prefix="$crashes/" "${options[@]}" \
        > "$log" 2>&1 || status=$?
    local execs cov ft artifact
    execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
    [ -n "$execs" ] || execs=$(grep -o '^#[0-9]*' "$log" | tail -1 | tr -d '#')
    cov=$(grep -o 'cov: [0-9]*' "$log" | tail -1 | cut -d' ' -f2 || true)
    ft=$(grep -o 'ft: [0-9]*' "$log" | tail -1 | cut -d' ' -f2 || true)
    artifact=$(sed -n 's/.*Test unit written to //p' "$log" | head -1)
    # The committed corpus stays small: what this run found joins it only where it reaches an
    # edge of the code that nothing in it reaches (-merge=1 with -use_counters=0: an edge counts,
    # not how often it is taken). Nothing is taken out, so a run that found nothing new changes
    # nothing (choosing anew among files that reach the same edges would swap them every run).
    if VAULTLINK_FUZZ_SCRATCH=$scratch_root/$target \
        "$BUILD/bin/fuzz_$target" -merge=1 -use_counters=0 "$corpus" "$new" "${options[@]}" \
        > "$BUILD/logs/$target.merge.log" 2>&1; then
        rm -rf "$new"
    fi
    local after line
    after=$(ls "$corpus" | wc -l)
    line=$(printf '%-18s %10s execs  cov %5s  ft %6s  corpus %4s (%+d)  crashes %s' "$target" \
        "${execs:-?}" "${cov:-?}" "${ft:-?}" "$after" "$((after - before))" \
        "$([ $status -eq 0 ] && echo 0 || echo "1: ${artifact:-see $log}")")
    echo "$line" > "$BUILD/logs/$target.summary"
    echo "$line"
}

echo "fuzzing ${targets[*]} for ${seconds} s or ${runs} runs each, ${jobs} at a time"
running=0
for target in "${targets[@]}"; do
    if [ "$running" -ge "$jobs" ]; then
        wait -n || true
        running=$((running - 1))
    fi
    fuzz_one "$target" &
    running=$((running + 1))
done
wait

echo "== summary (also in $BUILD/fuzz.log)"
{
    echo "# $(date -u +%Y-%m-%dT%H:%M:%SZ) $(git rev-parse --short HEAD) --seconds $seconds --runs $runs"
    for target in "${targets[@]}"; do cat "$BUILD/logs/$target.summary"; done
} | tee -a "$BUILD/fuzz.log"
for target in "${targets[@]}"; do
    grep -q 'crashes 0$' "$BUILD/logs/$target.summary" || exit 1
done
