// The npm peers of the .ics benchmarks, one copy for both: ics_bench.mjs runs
// them under Node, ics_browser_bench.mjs imports this file into the page
// (served at /bench/ics_peers.mjs) beside the wasm build. No imports here:
// each caller passes the libraries it loaded its own way.

// ical-generator: the same events and fields as ours, times in UTC. (Given a
// zone name but no VTIMEZONE generator, 10.2.0 writes the UTC clock digits
// under TZID=Europe/Amsterdam, an hour or two off, so UTC is the fair and
// correct setting.) Returns the text it wrote.
export function writeWithIcalGenerator({ ical, ICalCalendarMethod, ICalEventStatus }, doc, planned) {
  const items = doc.days.flatMap((d) => d.items);
  const venue = doc.event.venue;
  const person = doc.people[0];
  const cal = ical({ name: doc.event.title, prodId: '//Dagdeel//bench//EN', method: ICalCalendarMethod.PUBLISH });
  planned.forEach((p, i) => {
    const it = items[i];
    cal.createEvent({
      id: p.uid, sequence: p.sequence, stamp: new Date(1767225600000),
      start: new Date(p.start * 1000), end: new Date(p.end * 1000),
      summary: p.summary,
      description: `${it.description}\n\nSpreker: ${person.name} (${person.organisation})`,
      location: `${doc.rooms[0].name}, ${venue.name}, ${venue.address}, ${venue.postal_code} ${venue.city}`,
      categories: [{ name: it.kind }], status: ICalEventStatus.CONFIRMED,
      organizer: { name: person.name, email: person.email },
    });
  });
  return cal.toString();
}

// ical.js: parse the text and read every event's start and end in UTC.
// Returns how many events it read with a start, an end and a summary.
export function readWithIcalJs(ICAL, text) {
  const cal = new ICAL.Component(ICAL.parse(text));
  ICAL.TimezoneService.reset();
  for (const vtz of cal.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(vtz);
  let seen = 0;
  for (const c of cal.getAllSubcomponents('vevent')) {
    const ev = new ICAL.Event(c);
    if (ev.startDate.toUnixTime() <= ev.endDate.toUnixTime() && ev.summary) seen++;
  }
  return seen;
}
