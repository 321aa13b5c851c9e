#!/usr/bin/env bash
# Runs Qt's qmllint over every QML file of qml/ and fails on any message it prints. It needs a
# build of the module: the build directory holds Vaultlink/qmldir and the .qmltypes that tell
# qmllint the view-models' types. Categories are qmllint's defaults, less those .qmllint.ini at
# the root turns off (each with its reason there).
#   scripts/qmllint.sh [BUILD_DIR]     (default: build/dev; QMLLINT=path picks the binary)
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build/dev}

if [ ! -f "$build/Vaultlink/qmldir" ]; then
    echo "qmllint: no $build/Vaultlink/qmldir; build the app first (cmake --build --preset dev)" >&2
    exit 2
fi
qmllint=${QMLLINT:-}
for candidate in /usr/lib/qt6/bin/qmllint /usr/lib/qt6/libexec/qmllint; do
    if [ -z "$qmllint" ] && [ -x "$candidate" ]; then qmllint=$candidate; fi
done
if [ -z "$qmllint" ]; then
    echo "qmllint: not found (Debian: qt6-declarative-dev-tools); or set QMLLINT" >&2
    exit 2
fi
qt_qml=$(/usr/lib/qt6/bin/qtpaths6 --query QT_INSTALL_QML 2>/dev/null ||
    echo /usr/lib/x86_64-linux-gnu/qt6/qml)

mapfile -t files < <(find qml -name '*.qml' | sort)
status=0
output=$("$qmllint" -I "$build" -I "$qt_qml" "${files[@]}" 2>&1) || status=$?
if [ -n "$output" ] || [ "$status" -ne 0 ]; then
    printf '%s\n' "$output"
    echo "qmllint: ${#files[@]} files, not clean (exit status $status)" >&2
    exit 1
fi
echo "qmllint: ${#files[@]} files clean"
