# Shared by scripts/run and scripts/test: install what is missing, configure and build.
# SPDX-License-Identifier: GPL-3.0-or-later
# shellcheck shell=bash

FORUMDESK_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
FORUMDESK_BUILD="${FORUMDESK_BUILD:-$FORUMDESK_ROOT/build}"

# Debian 12 packages Forum Desk needs to build, test and run; those after chromium make and check the
# Debian package and the installed files (scripts/package, tests/install).
FORUMDESK_PACKAGES=(
  cmake ninja-build g++ pkg-config
  clang libclang-rt-14-dev llvm sqlite3
  qt6-base-dev libqt6opengl6-dev libxkbcommon-dev libvulkan-dev
  qt6-charts-dev qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qt6-translations-l10n qt6-qpa-plugins
  libsqlite3-dev libzip-dev catch2
  xvfb xauth fonts-dejavu-core fonts-noto-core fonts-noto-cjk
  poppler-utils qpdf unzip python3 python3-icalendar python3-html5lib
  chromium
  dpkg-dev lintian desktop-file-utils appstream shared-mime-info mandoc man-db groff-base
  bash-completion file binutils
)

forumdesk_install_packages() {
  local missing=() pkg
  for pkg in "${FORUMDESK_PACKAGES[@]}" "$@"; do
    if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
      missing+=("$pkg")
    fi
  done
  if [ "${#missing[@]}" -eq 0 ]; then
    return 0
  fi
  echo "Installing missing packages: ${missing[*]}"
  local sudo=()
  if [ "$(id -u)" -ne 0 ]; then
    sudo=(sudo)
  fi
  "${sudo[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq "${missing[@]}"
}

# forumdesk_build [cmake --build arguments...]
forumdesk_build() {
  local jobs
  jobs="$(nproc 2>/dev/null || echo 2)"
  cmake -S "$FORUMDESK_ROOT" -B "$FORUMDESK_BUILD" -G Ninja \
    -DCMAKE_BUILD_TYPE=RelWithDebInfo ${FORUMDESK_CMAKE_ARGS:-}
  cmake --build "$FORUMDESK_BUILD" -j "$jobs" "$@"
}
