#!/usr/bin/env bash
# Installs the Debian packages Vaultlink needs to build, test and demo — only those missing.
# Runs apt-get as root, or through sudo. Nothing is downloaded except from Debian's archive.
# Extra packages a caller needs (the benchmark's tools) may be named as arguments; --fuzz adds
# the fuzzing toolchain scripts/fuzz.sh needs (clang and its libFuzzer and sanitizer runtimes),
# which the test command does not.
set -euo pipefail

FUZZ_PACKAGES=(clang-14 libclang-rt-14-dev)
extra=()
for arg in "$@"; do
    if [ "$arg" = --fuzz ]; then
        extra+=("${FUZZ_PACKAGES[@]}")
    else
        extra+=("$arg")
    fi
done

PACKAGES=(
    # toolchain
    g++ cmake ninja-build pkg-config clang-format python3 ccache
    # libraries
    libssl-dev qt6-base-dev qt6-websockets-dev libqt6sql6-sqlite libzxing-dev
    libsqlcipher-dev libgtest-dev libgmock-dev
    # the server: zlib for its response compression (gzip, deflate; other dev packages pull it
    # in, but the server links it itself), and the headers of the SQLite that Qt's SQLite plugin
    # uses, for the store's hot reads on the plugin's connection (server/store/row_reader.h)
    zlib1g-dev libsqlite3-dev
    # the password generator: zxcvbn-c estimates strength; diceware ships the EFF word list that
    # the build compiles in (cmake/EffWordList.cmake)
    libzxcvbn-dev diceware
    # the app: Qt Quick, Controls (Material), dialogs, camera, tests, translations
    qt6-declarative-dev qml6-module-qtquick qml6-module-qtquick-controls
    qml6-module-qtquick-layouts qml6-module-qtquick-templates qml6-module-qtquick-window
    qml6-module-qtqml-workerscript qml6-module-qtquick-dialogs qml6-module-qtcore
    qml6-module-qt-labs-folderlistmodel
    qt6-multimedia-dev qml6-module-qtmultimedia qml6-module-qttest qt6-tools-dev qt6-l10n-tools
    # qmllint (scripts/qmllint.sh) reads QtQml's types (Connections, Binding) from this one
    qml6-module-qtqml
    # independent tools the tests check the product with
    openssl curl zbar-tools sqlcipher
    # the device's clock moved for one command (the offline limit's end-to-end test)
    faketime
    # the desktop's biometric stand-in keeps its keys in the secret service through QtKeychain;
    # the tests run a keyring of their own (gnome-keyring in a private D-Bus session) and remove
    # an entry as a new enrolment would (secret-tool)
    qtkeychain-qt6-dev gnome-keyring dbus libsecret-tools
    # the desktop's USB security keys (FIDO2, platform/desktop/fido2_security_key.h)
    libfido2-dev
    # autofill: registrable domains by the Public Suffix List, its private section included
    libpsl-dev publicsuffix
    # fill --pick's end-to-end test: a real X server's clipboard, read by another program
    xvfb xclip
    "${extra[@]}"
)

missing=()
for pkg in "${PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "Installing: ${missing[*]}"
SUDO=()
[ "$(id -u)" -eq 0 ] || SUDO=(sudo)
export DEBIAN_FRONTEND=noninteractive
"${SUDO[@]}" apt-get update -qq
"${SUDO[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
