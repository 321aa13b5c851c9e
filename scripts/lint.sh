#!/usr/bin/env bash
# clang-tidy over the project's own sources (.clang-tidy at the root), using the dev preset's
# compile database. Slow (about ten seconds a file), so it is not part of scripts/test.sh.
#   scripts/lint.sh [path-regex]     e.g. scripts/lint.sh server/vault
set -euo pipefail
cd "$(dirname "$0")/.."
[ -f build/dev/compile_commands.json ] || { cmake --preset dev > /dev/null; cmake --build --preset dev; }
filter="$(pwd)/(${1:-server|src|tests})/.*\\.cpp$"
run-clang-tidy -p build/dev -j "$(nproc)" -quiet "$filter"
