#!/usr/bin/env bash
# Fails when a tracked C++ file differs from what clang-format (.clang-format at the root) makes.
set -euo pipefail
cd "$(dirname "$0")/.."
mapfile -t files < <(git ls-files -- '*.cpp' '*.h' '*.mm')
[ ${#files[@]} -eq 0 ] && exit 0
if ! clang-format --dry-run -Werror "${files[@]}" 2>/tmp/vaultlink-format.txt; then
    grep -o '^[^:]*' /tmp/vaultlink-format.txt | sort -u | sed 's/^/not formatted: /'
    echo "run: clang-format -i \$(git ls-files '*.cpp' '*.h')"
    exit 1
fi
echo "format: ${#files[@]} files clean"
