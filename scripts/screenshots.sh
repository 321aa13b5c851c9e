#!/usr/bin/env bash
# Renders the app's main pages at phone size (360×640, offscreen) into docs/screenshots/, with a
# reference server on a random port holding the demo data: the pages show real content.
#   scripts/screenshots.sh
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/deps.sh
cmake --preset dev > /dev/null
cmake --build --preset dev --target vaultlink vaultlink-server vaultlink-cli > /dev/null
python3 scripts/screenshots.py --app build/dev/bin/vaultlink --cli build/dev/bin/vaultlink-cli \
    --server build/dev/bin/vaultlink-server --out docs/screenshots
