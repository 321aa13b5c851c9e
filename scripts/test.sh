#!/usr/bin/env bash
# The one test command: installs what is missing, checks formatting, then builds everything once
# and runs every test under AddressSanitizer + UndefinedBehaviorSanitizer with warnings as errors
# (preset asan), and lints the QML module. Those tests include fuzz.replay.client and
# fuzz.replay.server, which run every fuzz corpus (tests/fuzz/corpus) through its target once;
# fuzzing itself needs clang and is scripts/fuzz.sh.
#
# A second, build-only pass compiles what users get — the app and vaultlink-cli in the release
# configuration — with warnings as errors. It adds what the sanitized Debug pass cannot see:
# GCC's warnings that need the optimizer (at -O3 it follows values through inlined code and finds
# null, uninitialized and out-of-bounds uses that -O0 never analyses), and the app as users get
# it, without its test hooks (src/app/test_hooks.h), which is checked to refuse --drive.
# Benchmarks are not built here (scripts/bench.sh builds them).
#
# A compiler cache (ccache, which deps.sh installs) is used when present; its folder lives
# outside the clone (CCACHE_DIR, by default ~/.cache/ccache), so later runs on the same machine
# reuse it. Exits non-zero on any failure.
set -euo pipefail
cd "$(dirname "$0")/.."

started=$SECONDS
phase() { echo "== $1 (at $((SECONDS - started)) s)"; }

phase "packages"
scripts/deps.sh
phase "format"
scripts/check-format.sh

JOBS=$(nproc)
cache=()
if command -v ccache > /dev/null; then
    cache=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
    # Each CI run is a fresh clone in a folder of its own: paths inside it are hashed relative to
    # it, so that one clone's results serve the next. Files built with a precompiled header are
    # cached too (ccache's manual, "Precompiled headers").
    export CCACHE_BASEDIR=$PWD CCACHE_NOHASHDIR=true CCACHE_SLOPPINESS=pch_defines,time_macros
fi

# The one full build precompiles the common headers (cmake/Precompiled.cmake): a third less time.
phase "asan: configure and build"
cmake --preset asan -DVAULTLINK_PRECOMPILE=ON "${cache[@]}" > /dev/null
cmake --build --preset asan -j "$JOBS"
phase "qmllint"
scripts/qmllint.sh build/asan
phase "asan: test"
ctest --preset asan -j "$JOBS"

phase "release: build the app and vaultlink-cli (warnings at -O3; no test hooks)"
cmake --preset release -DVAULTLINK_WERROR=ON "${cache[@]}" > /dev/null
cmake --build --preset release -j "$JOBS" --target vaultlink vaultlink-cli
if QT_QPA_PLATFORM=offscreen build/release/bin/vaultlink --drive < /dev/null 2> /dev/null; then
    echo "the release app accepted --drive: its test hook was built in" >&2
    exit 1
fi
phase "done"

# clang-tidy takes about nine minutes on two cores, so it runs on request: VAULTLINK_LINT=1.
if [ "${VAULTLINK_LINT:-0}" = 1 ]; then
    echo "== clang-tidy"
    scripts/lint.sh
fi
