// Validates every tests/fixtures/*.json against docs/dagdeel.schema.json
// (JSON Schema draft 2020-12) with ajv, so the schema and what Dagdeel
// writes cannot drift apart. Also checks that a few broken documents are
// rejected, so a schema that accepts everything cannot pass.
// Usage: node tests/schema/validate-fixtures.mjs [SOURCE_DIR]
// Needs the npm packages ajv (v8) and ajv-formats.
import { readFileSync, readdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv2020Module from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';

// Both packages are CommonJS; under ESM the classes sit on .default.
const Ajv2020 = Ajv2020Module.default ?? Ajv2020Module;
const addFormats = addFormatsModule.default ?? addFormatsModule;

const root = process.argv[2] ?? join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const schema = JSON.parse(readFileSync(join(root, 'docs', 'dagdeel.schema.json'), 'utf8'));
const ajv = new Ajv2020({ allErrors: true, strict: true });
addFormats(ajv);
const validate = ajv.compile(schema);

let failures = 0;
const fixturesDir = join(root, 'tests', 'fixtures');
const files = readdirSync(fixturesDir).filter((f) => f.endsWith('.json')).sort();
if (files.length === 0) {
  console.error(`no fixtures found in ${fixturesDir}`);
  process.exit(1);
}
for (const file of files) {
  const doc = JSON.parse(readFileSync(join(fixturesDir, file), 'utf8'));
  if (validate(doc)) {
    console.log(`ok    ${file}`);
  } else {
    failures++;
    console.error(`FAIL  ${file}`);
    for (const e of validate.errors) console.error(`  ${e.instancePath || '/'} ${e.message} ${JSON.stringify(e.params)}`);
  }
}

// Broken variants of the first fixture that the schema must reject.
const base = JSON.parse(readFileSync(join(fixturesDir, files[0]), 'utf8'));
const broken = {
  'time 25:61': (d) => { d.days[0].items[0].start = '25:61'; },
  'date 2018-02-30': (d) => { d.days[0].date = '2018-02-30'; },
  'negative duration': (d) => { d.days[0].items[0].duration = -5; },
  'unknown kind': (d) => { d.days[0].items[0].kind = 'pauze'; },
  'newer version': (d) => { d.version = 2; },
  'missing event title': (d) => { delete d.event.title; },
  'unknown key': (d) => { d.colour = 'blue'; },
};
for (const [name, spoil] of Object.entries(broken)) {
  const doc = structuredClone(base);
  spoil(doc);
  if (validate(doc)) {
    failures++;
    console.error(`FAIL  schema accepts a document with ${name}`);
  } else {
    console.log(`ok    rejects ${name}`);
  }
}

if (failures > 0) {
  console.error(`${failures} schema check(s) failed`);
  process.exit(1);
}
