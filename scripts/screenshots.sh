#!/usr/bin/env bash
# Renders the app's main pages at phone size (360×640, offscreen) into docs/screenshots/, with a
# reference server on a random port holding the demo data: the pages show real content.
#   scripts/screenshots.sh
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/deps.sh
cmake --preset dev > /dev/null
cmake --build --preset dev --target vaultlink vaultlink-server vaultlink-cli > /dev/null
args=(--app build/dev/bin/vaultlink --cli build/dev/bin/vaultlink-cli
      --server build/dev/bin/vaultlink-server --out docs/screenshots)
# scripts/screenshots.py drives the app with the end-to-end tests' package (tests/integration/e2e).
export PYTHONPATH="$PWD/tests/integration"
# Rendered with OpenGL under a virtual X server where there is one (Material's shadows need it);
# otherwise offscreen with the software renderer.
# The biometric stand-in keeps its keys in a keyring of its own for the pictures.
keyring=tests/integration/keyring/with_keyring.sh
if command -v xvfb-run > /dev/null; then
    xvfb-run -a -s "-screen 0 1280x1024x24" $keyring python3 scripts/screenshots.py "${args[@]}" --platform xcb
else
    $keyring python3 scripts/screenshots.py "${args[@]}"
fi
