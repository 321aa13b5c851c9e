#!/usr/bin/env bash
# The one test command: installs what is missing, checks formatting, then builds and runs every
# test twice — in the dev preset and under AddressSanitizer + UndefinedBehaviorSanitizer — with
# warnings as errors. Exits non-zero on any failure.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/deps.sh
scripts/check-format.sh

JOBS=$(nproc)
for preset in dev asan; do
    echo "== $preset: configure and build"
    cmake --preset "$preset" > /dev/null
    cmake --build --preset "$preset" -j "$JOBS"
    echo "== $preset: test"
    ctest --preset "$preset" -j "$JOBS"
done

# clang-tidy takes about nine minutes on two cores, so it runs on request: VAULTLINK_LINT=1.
if [ "${VAULTLINK_LINT:-0}" = 1 ]; then
    echo "== clang-tidy"
    scripts/lint.sh
fi
