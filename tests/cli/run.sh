#!/bin/sh
# planner-cli's contract, checked from the outside: exit codes 0/1/2 and the
# shape of its output on the seed fixtures and on broken files.
# Usage (CTest does this): sh tests/cli/run.sh PATH/TO/planner-cli SOURCE_DIR
set -u

cli=${1:?usage: run.sh PLANNER_CLI SOURCE_DIR}
src=${2:?usage: run.sh PLANNER_CLI SOURCE_DIR}
fixtures=$src/tests/fixtures
tmp=$(mktemp -d "${TMPDIR:-/tmp}/dagdeel-cli.XXXXXX") || exit 1
trap 'rm -rf "$tmp"' EXIT INT TERM
failures=0

fail() {
    echo "FAIL: $*" >&2
    failures=$((failures + 1))
}

# expect_exit CODE DESCRIPTION -- ARGS...: runs the CLI, keeps its output in
# $tmp/out and $tmp/err, and checks the exit code.
expect_exit() {
    want=$1
    what=$2
    shift 3
    "$cli" "$@" >"$tmp/out" 2>"$tmp/err"
    got=$?
    if [ "$got" -ne "$want" ]; then
        fail "$what: exit $got, expected $want (planner-cli $*)"
        sed 's/^/  stdout: /' "$tmp/out" >&2
        sed 's/^/  stderr: /' "$tmp/err" >&2
    fi
}

# expect_line FILE PATTERN DESCRIPTION: a line of FILE matches the grep pattern.
expect_line() {
    grep -q -- "$2" "$1" || {
        fail "$3: no line matching '$2' in $(basename "$1")"
        sed 's/^/  | /' "$1" >&2
    }
}

# --- help and usage --------------------------------------------------------------
expect_exit 0 "--help" -- --help
expect_line "$tmp/out" "check" "--help lists check"
expect_line "$tmp/out" "convert" "--help lists convert"
expect_exit 0 "--help in Dutch" -- --lang nl --help
expect_line "$tmp/out" "opdrachten" "Dutch help"
expect_exit 2 "no command" --
expect_exit 2 "unknown command" -- frobnicate
expect_exit 2 "unknown option" -- check --frob "$fixtures/seed-000-buitenstebinnen.json"
expect_exit 2 "bad --lang" -- --lang fr check "$fixtures/seed-000-buitenstebinnen.json"

# --- check: clean seeds exit 0 -----------------------------------------------------
for seed in seed-000-buitenstebinnen seed-001-lokaal-samenspel seed-002-wakkere-stad seed-004-co-creeren; do
    expect_exit 0 "check $seed" -- check "$fixtures/$seed.json"
    if grep -q '^error' "$tmp/out"; then fail "check $seed printed an error line"; fi
done
# Seed 001's drinks run past the announced end: reported, but only as info.
expect_exit 0 "check seed 001" -- --lang en check "$fixtures/seed-001-lokaal-samenspel.json"
expect_line "$tmp/out" "^info  d-2018-02-13/i-afsluiting" "seed 001 finding names day/item"

# --- check: findings with errors exit 1 ----------------------------------------------
# Seed 003 is an in-company workshop day without a date: an error to fill in.
expect_exit 1 "check seed 003 (undated day)" -- --lang en check "$fixtures/seed-003-overheidsparticipatie.json"
expect_line "$tmp/out" "^error  d-workshopdag.date  A day has no date" "seed 003 missing date (en)"
expect_exit 1 "check seed 003 in Dutch" -- --lang nl check "$fixtures/seed-003-overheidsparticipatie.json"
expect_line "$tmp/out" "^error  d-workshopdag.date  Een dag heeft geen datum" "seed 003 missing date (nl)"

# --- check: unreadable files exit 2 with the problem and its path ----------------------
expect_exit 2 "missing file" -- check "$tmp/does-not-exist.json"
expect_line "$tmp/err" "cannot open" "missing file message"

printf '{\n  "format": "dagdeel",\n  "version": 1,,\n}\n' >"$tmp/syntax.json"
expect_exit 2 "syntax error" -- check "$tmp/syntax.json"
expect_line "$tmp/err" "^error  line 3:16  syntax error" "syntax error with line and column"

sed 's/"start": "14:00"/"start": "25:61"/' "$fixtures/seed-000-buitenstebinnen.json" >"$tmp/badtime.json"
expect_exit 2 "bad time" -- check "$tmp/badtime.json"
expect_line "$tmp/err" '^error  days\[0\]\.items\[1\]\.start  "25:61" is not a time' "bad time with JSON path"

sed 's/"version": 1,/"version": 7,/' "$fixtures/seed-000-buitenstebinnen.json" >"$tmp/newer.json"
expect_exit 2 "newer version" -- check "$tmp/newer.json"
expect_line "$tmp/err" "made by a newer Dagdeel" "newer version message"

sed 's/"person_id": "p-7zebras"/"person_id": "p-8zebras"/' "$fixtures/seed-000-buitenstebinnen.json" >"$tmp/dangling.json"
expect_exit 2 "dangling person id" -- check "$tmp/dangling.json"
expect_line "$tmp/err" 'people\[1\]\.person_id  no person with id "p-8zebras"' "dangling id with path"

# Unknown keys warn but do not stop a check.
sed 's/"label": "",/"label": "", "colour": "red",/' "$fixtures/seed-000-buitenstebinnen.json" >"$tmp/unknown.json"
expect_exit 0 "unknown key" -- check "$tmp/unknown.json"
expect_line "$tmp/err" '^warning  days\[0\]\.colour  unknown key, ignored' "unknown key warning"

# --- convert -------------------------------------------------------------------
for seed in seed-000-buitenstebinnen seed-001-lokaal-samenspel seed-002-wakkere-stad \
            seed-003-overheidsparticipatie seed-004-co-creeren; do
    expect_exit 0 "convert $seed" -- convert "$fixtures/$seed.json" --to json
    cmp -s "$tmp/out" "$fixtures/$seed.json" || fail "convert $seed to stdout is not byte-identical"
done
expect_exit 0 "convert -o" -- convert "$fixtures/seed-001-lokaal-samenspel.json" --to json -o "$tmp/copy.json"
cmp -s "$tmp/copy.json" "$fixtures/seed-001-lokaal-samenspel.json" || fail "convert -o wrote a different file"
[ -s "$tmp/out" ] && fail "convert -o also wrote to stdout"
expect_exit 2 "convert to an unknown format" -- convert "$fixtures/seed-001-lokaal-samenspel.json" --to pdf
expect_line "$tmp/err" "unknown format" "unknown format message"
expect_exit 2 "convert without --to" -- convert "$fixtures/seed-001-lokaal-samenspel.json"
expect_exit 2 "convert an unreadable file" -- convert "$tmp/syntax.json" --to json
expect_exit 2 "convert to an unwritable place" -- convert "$fixtures/seed-001-lokaal-samenspel.json" --to json -o "$tmp/no/such/dir.json"

# --- every way in shows the same times (issue 10, bug 1) -------------------------
# An unpinned item with a stale "start" (08:00 instead of the 19:30 reflow gives):
# check is silent, and convert writes what the browser shows, never 08:00.
awk '/"id": "i-welkom"/ {w=1} w && /"start": "19:30"/ {sub(/19:30/, "08:00"); w=0} {print}' \
    "$fixtures/seed-001-lokaal-samenspel.json" >"$tmp/stale.json"
grep -q '"start": "08:00"' "$tmp/stale.json" || fail "stale fixture was not made"
expect_exit 0 "check a stale start" -- check "$tmp/stale.json"
expect_exit 0 "convert a stale start to ics-items" -- convert "$tmp/stale.json" --to ics-items
grep -q 'T080000' "$tmp/out" && fail "convert --to ics-items wrote the stale 08:00 start"
expect_line "$tmp/out" 'DTSTART;TZID=Europe/Amsterdam:20180213T193000' "the welcome starts at 19:30 in ics-items"
expect_exit 0 "convert a stale start to md" -- convert "$tmp/stale.json" --to md
grep -q '8\.00' "$tmp/out" && fail "convert --to md lists the stale 8.00 start"
expect_exit 0 "convert a stale start to json" -- convert "$tmp/stale.json" --to json
cmp -s "$tmp/out" "$fixtures/seed-001-lokaal-samenspel.json" || fail "convert of a stale start did not reflow to the fixture"

# --- the formats are the one table's rows ----------------------------------------
expect_exit 0 "--help lists formats" -- --help
for f in json ics ics-items ics-personal md txt html design-md design-txt design-html frab-xml frab-json \
         print-announcement print-programme print-rooms print-people; do
    expect_line "$tmp/out" "^ *$f " "--help lists the format $f"
done
# --- print pages (HTML, printed by a browser; tests/browser/print.test.mjs makes the PDFs)
for page in announcement programme rooms people; do
    expect_exit 0 "convert --to print-$page" -- convert "$fixtures/seed-000-buitenstebinnen.json" --to "print-$page" --lang en -o "$tmp/print-$page.html"
    expect_line "$tmp/print-$page.html" '<html lang="en">' "print-$page declares English"
    expect_line "$tmp/print-$page.html" "default-src 'none'" "print-$page forbids script"
    expect_line "$tmp/print-$page.html" "@page" "print-$page has a page size"
done
expect_line "$tmp/print-programme.html" "size: A4 landscape" "the door programme is landscape"
expect_line "$tmp/print-programme.html" "DemoCreatiespel" "the door programme shows the round's sessions"
expect_exit 0 "convert --to print-rooms in Dutch" -- convert "$fixtures/seed-001-lokaal-samenspel.json" --to print-rooms --lang nl
expect_line "$tmp/out" '<h1>Plenaire zaal</h1>' "room signs in Dutch"
# Announcements as text (issue 15): read into a plan; other text is named in words.
expect_exit 0 "convert an announcement .txt to json" -- convert "$fixtures/announcements/seed-000.txt" --to json
expect_line "$tmp/out" '"title": "Bijeenkomst over veranderend lokaal samenspel"' "announcement title"
expect_line "$tmp/out" '"deadline": "2018-06-05"' "announcement registration deadline"
expect_exit 0 "convert an announcement .txt to txt" -- convert "$fixtures/announcements/seed-001.txt" --to txt
expect_line "$tmp/out" "^19.35 – 20.05 uur Het initiatief Fort Vreeswijk (Monique de Beer)" "programme line read back"
printf 'boodschappen: melk, brood\n' > "$tmp/list.txt"
expect_exit 2 "a text that is no plan" -- convert "$tmp/list.txt" --to json
expect_line "$tmp/err" "Dit is geen plan, agenda, programma of aankondiging: het begint met" "unknown text named in words"
# c3voc schedule.json (read in place when the shared samples are there).
democon=$src/../shared/samples/schedules/pretalx-democon.json
if [ -f "$democon" ]; then
    expect_exit 0 "convert a pretalx schedule.json" -- convert "$democon" --to json
    expect_line "$tmp/out" '"title": "DemoCon"' "schedule.json title"
fi

# A programme table saved by Dutch Excel (semicolons, Windows-1252, a quoted
# cell over two lines) converts to a plan through the same column guesses as
# the import dialog; problems keep their line.
printf 'Tijd;Onderdeel;Spreker;Omschrijving\r\n13:30;Ontvangst en inloop;;\r\n14:00;Lezing;Jos\351 M\374ller;"Regel een\r\nRegel twee"\r\n15:00;;;zonder titel\r\n' > "$tmp/programma.csv"
expect_exit 0 "convert a CSV programme to json" -- convert "$tmp/programma.csv" --to json
expect_line "$tmp/out" '"title": "Lezing"' "CSV row as an item"
expect_line "$tmp/out" '"name": "José Müller"' "CSV speaker, Windows-1252 decoded"
expect_line "$tmp/err" "warning  line 5:0  row without a title" "CSV row without a title named by line"
printf 'Tijd;Titel\n13:30;"Inloop\n14:00;Welkom\n' > "$tmp/kapot.csv"
expect_exit 2 "a CSV with an unclosed quote" -- convert "$tmp/kapot.csv" --to json
expect_line "$tmp/err" "line 2:2  The quote" "unclosed quote named by line and cell"
# Bare VEVENTs (no VCALENDAR) are iCalendar, not JSON's "invalid literal".
printf 'BEGIN:VEVENT\r\nUID:a\r\nDTSTART;TZID=Europe/Amsterdam:20260612T133000\r\nDTEND;TZID=Europe/Amsterdam:20260612T140000\r\nSUMMARY:Inloop\r\nEND:VEVENT\r\n' > "$tmp/bare.ics"
expect_exit 0 "bare VEVENTs convert" -- convert "$tmp/bare.ics" --to json
expect_line "$tmp/out" '"title": "Inloop"' "bare VEVENT read"
expect_line "$tmp/err" "no BEGIN:VCALENDAR" "bare VEVENTs said, not silent"
# assign (issue 16): a Microsoft Forms export (BOM, semicolons, a name with a
# newline, a formula as a name, an unknown workshop, a row without a name).
reg=$fixtures/registrations/seed-000-forms.csv
expect_exit 0 "assign registrations" -- assign "$fixtures/seed-000-buitenstebinnen.json" --registrations "$reg" -o "$tmp/out.csv"
expect_line "$tmp/out" "^total cost 0 (proven optimal)" "assign: total cost"
expect_line "$tmp/out" "^choice 1: 4" "assign: count per rank"
expect_line "$tmp/err" ":5: warning  column 7: \"Yoga op het dak\" is not a session" "assign: unknown workshop named with its line"
expect_line "$tmp/err" ":7: error  no name and no e-mail address" "assign: unreadable row named with its line"
expect_line "$tmp/out.csv" "^name,email,round,session,rank" "assign: header row"
expect_line "$tmp/out.csv" "^Anna de Vries,,1,De coöperatieve wijkraad,1" "assign: first choice (Forms' \"anonymous\" is no address)"
expect_line "$tmp/out.csv" "^\"'=HYPERLINK" "assign: a formula in a name is neutralised (OWASP)"
expect_exit 2 "assign without registrations" -- assign "$fixtures/seed-000-buitenstebinnen.json"
printf 'wie,wat\nx,y\n' > "$tmp/odd.csv"
expect_exit 2 "assign with an unknown layout" -- assign "$fixtures/seed-000-buitenstebinnen.json" --registrations "$tmp/odd.csv"
expect_line "$tmp/err" "no name or e-mail column" "assign: unknown layout explained"
expect_exit 2 "assign with a missing file" -- assign "$fixtures/seed-000-buitenstebinnen.json" --registrations "$tmp/none.csv"

if [ "$failures" -ne 0 ]; then
    echo "planner-cli: $failures check(s) failed" >&2
    exit 1
fi
echo "planner-cli: all checks passed"
