#!/bin/sh
# Installs the Debian 12 packages Clientele needs to build, test and package.
# Idempotent: packages already installed are skipped, and apt is not touched
# at all when nothing is missing. Run as root (or through sudo).
set -eu

PACKAGES="
cmake
ninja-build
g++
clang
libclang-rt-14-dev
pkgconf
ccache
qt6-base-dev
qt6-base-dev-tools
qt6-charts-dev
libqt6opengl6-dev
qt6-svg-dev
qt6-tools-dev
qt6-tools-dev-tools
qt6-l10n-tools
qt6-translations-l10n
libqt6sql6-sqlite
libqt6svg6
libgl-dev
libsqlite3-dev
libphonenumber-dev
sqlite3
libgtest-dev
libgmock-dev
libbenchmark-dev
poppler-utils
desktop-file-utils
groff-base
appstream
fonts-dejavu-core
"

missing=""
for p in $PACKAGES; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing="$missing $p"
    fi
done

if [ -z "$missing" ]; then
    echo "All build dependencies are installed."
    exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
    SUDO="sudo"
fi

echo "Installing:$missing"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -q
# shellcheck disable=SC2086
$SUDO apt-get install -y -q --no-install-recommends $missing
