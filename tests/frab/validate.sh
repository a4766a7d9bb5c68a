#!/bin/sh
# Exports every fixture with a dated day as schedule.xml and schedule.json
# and validates them: xmllint (Debian's libxml2-utils) against the c3voc
# schedule.xml.xsd, ajv (npm) against the c3voc schema.json. Also checks
# that the 39c3 sample imports and re-exports valid XML.
#   tests/frab/validate.sh PLANNER_CLI SOURCE_DIR [SHARED_DIR]
# Exit 0 valid (or skipped: tools or shared schemas absent), 1 invalid.
set -u
cli=$1
src=$2
shared=${3:-$src/../shared}
xsd=$shared/schemas/schedule.xml.xsd
schema=$shared/schemas/schema.json
if [ ! -f "$xsd" ] || [ ! -f "$schema" ]; then
  echo "skipped: $shared/schemas absent"
  exit 0
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail=0
have_xmllint=1
command -v xmllint >/dev/null 2>&1 || { echo "skipped xml: xmllint not installed (apt-get install libxml2-utils)"; have_xmllint=0; }
have_node=1
{ command -v node >/dev/null 2>&1 && [ -d "$src/node_modules/ajv" ]; } || { echo "skipped json: node or ajv absent"; have_node=0; }

for fixture in "$src"/tests/fixtures/seed-*.json; do
  name=$(basename "$fixture" .json)
  if "$cli" convert "$fixture" --to frab-xml -o "$tmp/$name.xml" 2>"$tmp/$name.err"; then
    if [ $have_xmllint = 1 ]; then
      xmllint --noout --schema "$xsd" "$tmp/$name.xml" || fail=1
    fi
    "$cli" convert "$fixture" --to frab-json -o "$tmp/$name.json" 2>>"$tmp/$name.err" || fail=1
    [ $have_node = 1 ] && { node "$src/tests/frab/validate-json.mjs" "$schema" "$tmp/$name.json" || fail=1; }
  else
    # Plans without a dated day cannot be schedules: exit 2 with a message.
    grep -q "no day with a date" "$tmp/$name.err" && echo "$name: no dated day, not exported (as expected)" || {
      cat "$tmp/$name.err"; fail=1; }
  fi
done

sample=$shared/samples/schedules/schedule-39c3-20251206.xml
if [ -f "$sample" ]; then
  "$cli" convert "$sample" --to frab-xml -o "$tmp/39c3.xml" 2>/dev/null || { echo "39c3 sample: import/export failed"; fail=1; }
  if [ $fail = 0 ] && [ $have_xmllint = 1 ]; then xmllint --noout --schema "$xsd" "$tmp/39c3.xml" || fail=1; fi
  if "$cli" convert "$sample" --to frab-json -o "$tmp/39c3.json" 2>/dev/null && [ $have_node = 1 ]; then
    node "$src/tests/frab/validate-json.mjs" "$schema" "$tmp/39c3.json" || fail=1
  fi
fi
# c3voc schedule.json samples (issue 15): import, then re-export valid XML and JSON.
for name in pretalx-democon frab-camp2019; do
  sample=$shared/samples/schedules/$name.json
  [ -f "$sample" ] || continue
  "$cli" convert "$sample" --to frab-xml -o "$tmp/$name.xml" 2>/dev/null || { echo "$name: import/export failed"; fail=1; continue; }
  [ $have_xmllint = 1 ] && { xmllint --noout --schema "$xsd" "$tmp/$name.xml" || fail=1; }
  "$cli" convert "$sample" --to frab-json -o "$tmp/$name.out.json" 2>/dev/null || { echo "$name: json export failed"; fail=1; }
  [ $have_node = 1 ] && { node "$src/tests/frab/validate-json.mjs" "$schema" "$tmp/$name.out.json" || fail=1; }
done
exit $fail
