// Validates c3voc schedule.json files against the c3voc schema.json
// (draft-06) with ajv 8 + ajv-formats from the project's node_modules.
//   node tests/frab/validate-json.mjs SCHEMA FILE...
// Prints "FILE validates" or the errors; exit 0 when all validate, 1 when
// one does not, 2 on a usage or load error.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const require = createRequire(path.join(here, '..', '..', 'package.json'));

const [schemaPath, ...files] = process.argv.slice(2);
if (!schemaPath || files.length === 0) {
  console.error('usage: node validate-json.mjs SCHEMA FILE...');
  process.exit(2);
}

let ajv;
try {
  const Ajv = require('ajv').default;
  const addFormats = require('ajv-formats').default;
  ajv = new Ajv({ strict: false, allErrors: true });
  ajv.addMetaSchema(require('ajv/dist/refs/json-schema-draft-06.json'));
  addFormats(ajv);
  // schema.json uses "format": "color" for track colours; ajv-formats has none.
  ajv.addFormat('color', /^#[0-9a-fA-F]{6}$/);
} catch (e) {
  console.error(`cannot load ajv: ${e.message}`);
  process.exit(2);
}

let validate;
try {
  validate = ajv.compile(JSON.parse(readFileSync(schemaPath, 'utf8')));
} catch (e) {
  console.error(`cannot compile ${schemaPath}: ${e.message}`);
  process.exit(2);
}

let failed = 0;
for (const file of files) {
  let data;
  try {
    data = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    console.error(`${file}: ${e.message}`);
    process.exit(2);
  }
  if (validate(data)) {
    console.log(`${file} validates`);
  } else {
    failed++;
    console.log(`${file} fails:`);
    for (const err of validate.errors.slice(0, 20)) console.log(`  ${err.instancePath || '/'} ${err.message}`);
  }
}
process.exit(failed ? 1 : 0);
