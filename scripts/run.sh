#!/usr/bin/env bash
# Installs what is missing, builds, and opens the sample case in the editor (or the project given
# as the first argument). Without a display it validates and exports the sample instead and says
# where the package went.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"

kd_install_packages
kd_build

project="${1:-$KD_BUILD/samples/familie-koster.kdproj}"
if [ ! -e "$project" ]; then
    echo "run.sh: $project does not exist" >&2
    exit 2
fi

if [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]; then
    exec "$KD_BUILD/bin/kd-editor" "$project"
fi

out="$KD_BUILD/package-$(basename "$project" .kdproj)"
echo "No display: validating and exporting $project instead of opening the editor."
"$KD_BUILD/bin/kdtool" validate "$project"
"$KD_BUILD/bin/kdtool" export "$project" --out "$out" --format xml,json
echo "The package is in $out:"
ls -l "$out"
