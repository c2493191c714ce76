#!/bin/bash
# The layers (docs/architecture.md): nothing above core/storage holds a database connection or
# talks SQL. The editor, the exporter, kdtool, the samples' tools and the benchmarks use the
# store's API (ProjectStore, WriteBatch, ReadSnapshot) and never its connection.
set -u
root=${1:?usage: check_layers.sh SOURCE_DIR}
cd "$root" || exit 2
status=0
found=$(grep -rnE '(\.|->)(db|backend)\(\)|storage/(database|transaction|storebackend|sqlitebackend|postgresbackend)\.h|QSql[A-Z][A-Za-z]*|\bTransaction\b|sqlite3' \
    --include='*.cpp' --include='*.h' editor exporter samples bench 2>/dev/null)
if [ -n "$found" ]; then
    echo "check_layers: these reach below core/storage's API:"
    echo "$found"
    status=1
fi
# Within core/, only core/storage holds a backend or a connection.
found=$(grep -rnE 'storage/(database|transaction|storebackend|sqlitebackend|postgresbackend)\.h|QSql[A-Z][A-Za-z]*|sqlite3' \
    --include='*.cpp' --include='*.h' core 2>/dev/null | grep -v '^core/storage/')
if [ -n "$found" ]; then
    echo "check_layers: these in core/ reach below core/storage's API:"
    echo "$found"
    status=1
fi
# core/ and exporter/ have no Widgets.
found=$(grep -rnE '#include <Qt?Widgets|#include <Q(Widget|MainWindow|Dialog|PushButton|Application)>' \
    --include='*.cpp' --include='*.h' core exporter 2>/dev/null)
if [ -n "$found" ]; then
    echo "check_layers: Widgets in core/ or exporter/:"
    echo "$found"
    status=1
fi
[ $status -eq 0 ] && echo "check_layers: the layers hold"
exit $status
