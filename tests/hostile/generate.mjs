// Generators for the hostile inputs too big to commit (tests/hostile/manifest.json
// entries with "generate": NAME). Each writes its file in chunks, so making a
// 50 MB file costs no 50 MB string in Node.
//   node tests/hostile/generate.mjs OUT_DIR [NAME...]   writes NAME files into OUT_DIR
// run.mjs imports `generators` and writes them into a temporary folder.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

// write(file, parts...): parts are strings/Buffers or [text, times] repeats.
function write(file, ...parts) {
  const fd = fs.openSync(file, 'w');
  try {
    for (const part of parts) {
      if (Array.isArray(part)) {
        const [unit, times] = part;
        const per = Math.max(1, Math.floor((1 << 20) / Buffer.byteLength(unit)));
        const block = Buffer.from(unit.repeat(Math.min(per, times)));
        let left = times;
        while (left >= per) { fs.writeSync(fd, block); left -= per; }
        if (left > 0) fs.writeSync(fd, Buffer.from(unit.repeat(left)));
      } else {
        fs.writeSync(fd, typeof part === 'string' ? Buffer.from(part) : part);
      }
    }
  } finally {
    fs.closeSync(fd);
  }
}

const MB = 1024 * 1024;
// A Dagdeel document's head up to the event title's opening quote, and its tail.
const DOC_HEAD = '{"format":"dagdeel","version":1,"id":"hostile","event":{"title":"';
const DOC_REST = '"},"days":[],"people":[],"rooms":[],"designs":[],"settings":{}}\n';
const DAY_HEAD =
  '{"format":"dagdeel","version":1,"id":"hostile","event":{"title":"T"},"people":[],"rooms":[],' +
  '"designs":[],"settings":{},"days":[{"id":"d1","date":"2026-03-12","start":"09:00","end":"17:00","items":[';
const DAY_TAIL = ']}]}\n';
const item = (i) => `{"id":"i${i}","kind":"talk","title":"t","duration":1}`;

function items(file, n) {
  const fd = fs.openSync(file, 'w');
  try {
    fs.writeSync(fd, DAY_HEAD);
    const chunk = [];
    for (let i = 0; i < n; i++) {
      chunk.push((i ? ',' : '') + item(i));
      if (chunk.length === 10000) { fs.writeSync(fd, chunk.join('')); chunk.length = 0; }
    }
    fs.writeSync(fd, chunk.join('') + DAY_TAIL);
  } finally {
    fs.closeSync(fd);
  }
}

const ICS_HEAD = 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//hostile//EN\r\n';
const ICS_EVENT = (i) =>
  `BEGIN:VEVENT\r\nUID:e${i}@hostile\r\nDTSTAMP:20260101T000000Z\r\nDTSTART:20260312T090000Z\r\n` +
  `DTEND:20260312T100000Z\r\nSUMMARY:e${i}\r\nEND:VEVENT\r\n`;
const ICS_TAIL = 'END:VCALENDAR\r\n';

const XML_HEAD = '<?xml version="1.0" encoding="utf-8"?>\n';
const XML_SCHEDULE_OPEN =
  '<schedule><version>1</version><conference><title>Hostile</title><acronym>h</acronym>' +
  '<start>2026-03-12</start><end>2026-03-12</end><days>1</days><timeslot_duration>00:05</timeslot_duration>' +
  '</conference><day index="1" date="2026-03-12" start="2026-03-12T09:00:00+01:00" end="2026-03-12T18:00:00+01:00">' +
  '<room name="Zaal 1">';
const XML_EVENT = (i) =>
  `<event guid="00000000-0000-4000-8000-${String(i).padStart(12, '0')}" id="${i}"><date>2026-03-12T09:00:00+01:00</date>` +
  `<start>09:00</start><duration>00:30</duration><room>Zaal 1</room><slug>e${i}</slug><title>e${i}</title>` +
  '<subtitle/><track/><type>Talk</type><language>en</language><abstract/><description/><persons/><links/></event>';
const XML_SCHEDULE_CLOSE = '</room></day></schedule>\n';

// The reference input run.mjs measures every case against (not a hostile case):
// a valid schedule of 5,000 events, ~2.6 MB, read and checked in full.
export function reference(f) {
  const fd = fs.openSync(f, 'w');
  try {
    let text = XML_HEAD + XML_SCHEDULE_OPEN;
    for (let i = 0; i < 5000; i++) text += XML_EVENT(i);
    fs.writeSync(fd, text + XML_SCHEDULE_CLOSE);
  } finally {
    fs.closeSync(fd);
  }
}

export const generators = {
  // --- JSON (the Dagdeel format) ---------------------------------------------
  'json-deep-arrays-100000': (f) => write(f, ['[', 100000], [']', 100000]),
  'json-deep-objects-100000': (f) => write(f, ['{"a":', 100000], '1', ['}', 100000]),
  'json-deep-in-field-100000': (f) =>
    write(f, '{"format":"dagdeel","version":1,"id":"x","event":{"title":"T","intro":', ['[', 100000], ['] ', 100000], '}}'),
  'json-unclosed-100000': (f) => write(f, ['[', 100000]),
  'json-string-50mb': (f) => write(f, DOC_HEAD, ['a', 50 * MB], DOC_REST),
  'json-string-2mb': (f) => write(f, DOC_HEAD, ['a', 2 * MB], DOC_REST),
  'json-items-1000000': (f) => items(f, 1000000),
  'json-items-150000': (f) => items(f, 150000),
  'json-organisers-1000000': (f) =>
    write(f, '{"format":"dagdeel","version":1,"id":"x","event":{"title":"T","organisers":[""', [',""', 999999], ']}}'),
  'json-number-1mb-digits': (f) => write(f, '{"format":"dagdeel","version":1,"id":"x","event":{"title":"T","max_participants":', ['9', MB], '}}'),
  'json-whitespace-21mb': (f) => write(f, [' ', 21 * MB], '{}'),

  // --- iCalendar -------------------------------------------------------------
  'ics-line-1mb': (f) => write(f, ICS_HEAD, 'BEGIN:VEVENT\r\nUID:long@hostile\r\nDTSTART:20260312T090000Z\r\nSUMMARY:', ['x', MB], '\r\nEND:VEVENT\r\n', ICS_TAIL),
  'ics-folded-1mb': (f) => write(f, ICS_HEAD, 'BEGIN:VEVENT\r\nUID:fold@hostile\r\nDTSTART:20260312T090000Z\r\nSUMMARY:x', ['\r\n xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', 15000], '\r\nEND:VEVENT\r\n', ICS_TAIL),
  'ics-events-1000000': (f) => {
    const fd = fs.openSync(f, 'w');
    try {
      fs.writeSync(fd, ICS_HEAD);
      let chunk = '';
      for (let i = 0; i < 1000000; i++) {
        chunk += ICS_EVENT(i);
        if (i % 5000 === 4999) { fs.writeSync(fd, chunk); chunk = ''; }
      }
      fs.writeSync(fd, chunk + ICS_TAIL);
    } finally {
      fs.closeSync(fd);
    }
  },
  'ics-events-150000': (f) => write(f, ICS_HEAD, ['BEGIN:VEVENT\r\nDTSTART:20260312T090000Z\r\nEND:VEVENT\r\n', 150000], ICS_TAIL),
  'ics-nested-100000': (f) => write(f, ICS_HEAD, ['BEGIN:VEVENT\r\n', 100000], ['END:VEVENT\r\n', 100000], ICS_TAIL),
  'ics-size-50mb': (f) => write(f, ICS_HEAD, 'BEGIN:VEVENT\r\nUID:big@hostile\r\nDTSTART:20260312T090000Z\r\n', ['X-PAD:' + 'y'.repeat(60) + '\r\n', 800000], 'END:VEVENT\r\n', ICS_TAIL),

  // --- frab schedule.xml -------------------------------------------------------
  'xml-deep-100000': (f) => write(f, XML_HEAD, '<schedule>', ['<a>', 100000], ['</a>', 100000], '</schedule>\n'),
  'xml-events-1000000': (f) => {
    const fd = fs.openSync(f, 'w');
    try {
      fs.writeSync(fd, XML_HEAD + XML_SCHEDULE_OPEN);
      let chunk = '';
      for (let i = 0; i < 1000000; i++) {
        chunk += XML_EVENT(i);
        if (i % 2000 === 1999) { fs.writeSync(fd, chunk); chunk = ''; }
      }
      fs.writeSync(fd, chunk + XML_SCHEDULE_CLOSE);
    } finally {
      fs.closeSync(fd);
    }
  },
  'xml-events-150000': (f) => write(f, XML_HEAD, XML_SCHEDULE_OPEN, ['<event id="1"><start>09:00</start><duration>00:30</duration><title>e</title></event>', 150000], XML_SCHEDULE_CLOSE),
  'xml-elements-12000000': (f) => write(f, XML_HEAD, '<schedule>', ['<a/>', 12000000], '</schedule>\n'),
  'xml-text-50mb': (f) => write(f, XML_HEAD, XML_SCHEDULE_OPEN, XML_EVENT(1).replace('<abstract/>', '<abstract>'), ['z', 50 * MB], '</abstract>', XML_SCHEDULE_CLOSE),
  'xml-attributes-100000': (f) => write(f, XML_HEAD, '<schedule ', Array.from({ length: 100000 }, (_, i) => `a${i}="${i}"`).join(' '), '/>\n'),
};

// CLI: node generate.mjs OUT_DIR [NAME...]
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [out, ...names] = process.argv.slice(2);
  if (!out) {
    console.error(`usage: node generate.mjs OUT_DIR [NAME...]\nnames: ${Object.keys(generators).join(' ')}`);
    process.exit(2);
  }
  fs.mkdirSync(out, { recursive: true });
  for (const name of names.length ? names : Object.keys(generators)) {
    if (!generators[name]) { console.error(`unknown generator ${name}`); process.exit(2); }
    const file = path.join(out, name);
    generators[name](file);
    console.log(`${file}  ${fs.statSync(file).size} bytes`);
  }
}
