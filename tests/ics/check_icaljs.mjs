// Reads Dagdeel's .ics exports with Mozilla's ical.js (npm, 2.2.1) and checks
// that it parses them and, using only the VTIMEZONE we wrote (ical.js has no
// zone database of its own), sees the UTC instants in expected.json.
// Usage: node check_icaljs.mjs EXPECTED.json FILE.ics...
import { readFileSync } from 'node:fs';

let ICAL;
try {
  ICAL = (await import('ical.js')).default;
} catch {
  console.log('skipped: npm ical.js is not installed (npm ci)');
  process.exit(77);
}

const [expectedPath, ...files] = process.argv.slice(2);
const expected = JSON.parse(readFileSync(expectedPath, 'utf8')).events;
let failures = 0;
let checked = 0;
const fail = (msg) => {
  console.log(`FAIL ${msg}`);
  failures++;
};
const iso = (seconds) => new Date(seconds * 1000).toISOString().replace('.000Z', 'Z');

for (const path of files) {
  const text = readFileSync(path, 'utf8');
  let cal;
  try {
    cal = new ICAL.Component(ICAL.parse(text));
  } catch (e) {
    fail(`${path}: ${e.message}`);
    continue;
  }
  for (const name of ['version', 'prodid', 'calscale', 'method'])
    if (!cal.getFirstPropertyValue(name)) fail(`${path}: no ${name.toUpperCase()}`);
  ICAL.TimezoneService.reset();
  for (const vtz of cal.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(vtz);
  const events = cal.getAllSubcomponents('vevent');
  if (events.length === 0) fail(`${path}: no VEVENT`);
  for (const comp of events) {
    const ev = new ICAL.Event(comp);
    const want = expected[ev.uid];
    if (!want) {
      fail(`${path}: unexpected UID ${ev.uid}`);
      continue;
    }
    for (const [i, time] of [ev.startDate, ev.endDate].entries()) {
      const tzid = time.timezone;
      if (tzid && tzid !== 'Z' && tzid !== 'UTC' && !ICAL.TimezoneService.has(tzid))
        fail(`${path} ${ev.uid}: TZID ${tzid} has no VTIMEZONE`);
      const got = iso(time.toUnixTime());
      if (got !== want[i]) fail(`${path} ${ev.uid} ${i ? 'DTEND' : 'DTSTART'}: ${got}, expected ${want[i]}`);
    }
    checked++;
  }
}
console.log(`ical.js: ${checked} events checked in ${files.length} files, ${failures} failures`);
process.exit(failures || checked === 0 ? 1 : 0);
