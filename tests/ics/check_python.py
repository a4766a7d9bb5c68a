#!/usr/bin/python3
"""Reads Dagdeel's .ics exports with Debian's python3-icalendar (4.0.3) and
checks that it sees no errors and the UTC instants in expected.json, both
through its own zone database and through the VTIMEZONE we wrote (to_tz).
Usage: check_python.py EXPECTED.json FILE.ics...
"""
import datetime
import json
import sys

try:
    import icalendar
except ImportError:
    print("skipped: python3-icalendar is not installed")
    sys.exit(77)

UTC = datetime.timezone.utc


def as_utc(value, vtimezone_tz, params):
    if isinstance(value, datetime.datetime) and value.tzinfo is not None:
        via_db = value.astimezone(UTC)
        via_vtz = via_db
        if "TZID" in params and vtimezone_tz is not None:
            naive = value.replace(tzinfo=None)
            via_vtz = vtimezone_tz.localize(naive).astimezone(UTC)
        return via_db, via_vtz
    raise ValueError("not a zoned DATE-TIME: %r" % (value,))


def main():
    expected = json.load(open(sys.argv[1]))["events"]
    failures = 0
    checked = 0
    for path in sys.argv[2:]:
        raw = open(path, "rb").read()
        lines = raw.split(b"\r\n")
        if lines[-1] != b"" or any(b"\n" in l for l in lines):
            print("FAIL %s: not CRLF throughout" % path)
            failures += 1
        if any(len(l) > 75 for l in lines):
            print("FAIL %s: a line longer than 75 octets" % path)
            failures += 1
        try:
            cal = icalendar.Calendar.from_ical(raw)
        except Exception as e:  # the parser's own verdict
            print("FAIL %s: %s" % (path, e))
            failures += 1
            continue
        for c in cal.walk():
            if c.errors:
                print("FAIL %s: %s errors %s" % (path, c.name, c.errors))
                failures += 1
        for prop in ("VERSION", "PRODID", "CALSCALE", "METHOD"):
            if prop not in cal:
                print("FAIL %s: no %s" % (path, prop))
                failures += 1
        zones = cal.walk("VTIMEZONE")
        vtz = zones[0].to_tz() if zones else None
        events = cal.walk("VEVENT")
        if not events:
            print("FAIL %s: no VEVENT" % path)
            failures += 1
        for ev in events:
            uid = str(ev["UID"])
            if uid not in expected:
                print("FAIL %s: unexpected UID %s" % (path, uid))
                failures += 1
                continue
            want = [datetime.datetime.strptime(t, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC) for t in expected[uid]]
            for i, name in enumerate(("DTSTART", "DTEND")):
                got_db, got_vtz = as_utc(ev.decoded(name), vtz, ev[name].params)
                if got_db != want[i] or got_vtz != want[i]:
                    print("FAIL %s %s %s: zone db %s, our VTIMEZONE %s, expected %s"
                          % (path, uid, name, got_db, got_vtz, want[i]))
                    failures += 1
            checked += 1
    print("python3-icalendar %s: %d events checked in %d files, %d failures"
          % (icalendar.__version__, checked, len(sys.argv) - 2, failures))
    return 1 if failures or checked == 0 else 0


if __name__ == "__main__":
    sys.exit(main())
