#!/usr/bin/env bash
# Formats every tracked C++ source with the repository's .clang-format (clang-format 14, as
# Debian bookworm has it), or with --check only says which files differ and exits 1 (the test
# tst_format and so CI run the check). Regions that are laid out by hand as tables are marked
# "// clang-format off" ... "// clang-format on".
#
#   scripts/format.sh [--check]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
check=0
case "${1:-}" in
--check) check=1 ;;
'') ;;
*)
    echo "usage: scripts/format.sh [--check]" >&2
    exit 2
    ;;
esac
command -v clang-format-14 > /dev/null || {
    echo "format.sh: clang-format-14 is missing (apt-get install clang-format-14)" >&2
    exit 2
}
# The tracked sources; outside a git checkout, every source below the source folders.
if git rev-parse --is-inside-work-tree > /dev/null 2>&1; then
    mapfile -t files < <(git ls-files -- '*.cpp' '*.h')
else
    mapfile -t files < <(find bench core editor exporter fuzz samples tests \
        -name '*.cpp' -o -name '*.h' | sort)
fi
if [ "$check" = 1 ]; then
    if ! clang-format-14 --dry-run --Werror "${files[@]}"; then
        echo "format.sh: the files above are not formatted; run scripts/format.sh" >&2
        exit 1
    fi
else
    clang-format-14 -i "${files[@]}"
fi
