#!/bin/sh
# Exports the iCalendar test fixtures with planner-cli in every mode and hands
# the files to one independent parser, which must read them without errors
# and see the UTC start/end instants listed in tests/ics/expected.json.
# Usage: run.sh CHECKER PLANNER_CLI SOURCE_DIR [LIBICAL_CHECK]
#   CHECKER: python | libical | icaljs
set -eu
checker=$1 cli=$2 src=$3
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
export SOURCE_DATE_EPOCH=1767225600
files=""
for fixture in seed-001-lokaal-samenspel ics-dst-2026-amsterdam; do
  for mode in ics ics-items ics-personal; do
    f="$out/$fixture.$mode.ics"
    "$cli" convert "$src/tests/fixtures/$fixture.json" --to "$mode" -o "$f" 2>/dev/null
    files="$files $f"
  done
done
expected="$src/tests/ics/expected.json"
case "$checker" in
  python)  exec /usr/bin/python3 "$src/tests/ics/check_python.py" "$expected" $files ;;
  libical) exec "$4" "$expected" $files ;;
  icaljs)  cd "$src" && exec node "$src/tests/ics/check_icaljs.mjs" "$expected" $files ;;
  *) echo "unknown checker $checker" >&2; exit 2 ;;
esac
