#!/usr/bin/env bash
# Installs what is missing, builds, and opens a project in the editor: the one given, or the
# demo project in build/. Without a display it prints what the project holds instead.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"

kd_install_packages
kd_build

project="${1:-$KD_BUILD/demo.kdproj}"
if [ ! -e "$project" ]; then
    "$KD_BUILD/bin/kdtool" new "$project" --title "Demo"
fi

if [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]; then
    exec "$KD_BUILD/bin/kd-editor" "$project"
fi
echo "No display: here is what $project holds (open it with build/bin/kd-editor on a desktop)."
"$KD_BUILD/bin/kdtool" info "$project"
