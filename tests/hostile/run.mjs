// Hostile inputs against planner-cli: every case in manifest.json must end
// with the expected exit code and a message containing `expect`, within the
// time and memory bounds below. Big cases are generated at test time
// (generate.mjs) into a temporary folder, never committed.
//   node tests/hostile/run.mjs PATH/TO/planner-cli [FILTER]
// CTest runs it (test "hostile"). Prints a table of wall time, peak RSS and
// output size per case; exits 1 when any case fails.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generators } from './generate.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const [cli, filter] = process.argv.slice(2);
if (!cli) {
  console.error('usage: node tests/hostile/run.mjs PATH/TO/planner-cli [FILTER]');
  process.exit(2);
}

// Bounds. Under ASan/UBSan (scripts/test-sanitizers sets DAGDEEL_SANITIZED)
// programs run ~3x slower and use ~3x the memory.
const sanitized = !!process.env.DAGDEEL_SANITIZED;
const MAX_SECONDS = sanitized ? 60 : 10;
const MAX_RSS_MB = sanitized ? 3072 : 1024;
const MAX_OUTPUT_MB = 64;       // "a clear message", not a flood
const KILL_AFTER_SECONDS = 120; // a case that hangs is stopped, and fails

const manifest = JSON.parse(fs.readFileSync(path.join(here, 'manifest.json'), 'utf8'));
const timeBin = fs.existsSync('/usr/bin/time') ? '/usr/bin/time' : null;
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'dagdeel-hostile-'));

function run(args) {
  const timeFile = path.join(tmp, 'time.txt');
  const cmd = timeBin ? timeBin : cli;
  const argv = timeBin ? ['-f', '%e %M', '-o', timeFile, cli, ...args] : args;
  const started = process.hrtime.bigint();
  const r = spawnSync(cmd, argv, {
    encoding: 'buffer', maxBuffer: 256 * 1024 * 1024, timeout: KILL_AFTER_SECONDS * 1000,
    env: { ...process.env, LANG: 'C' },
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  let rssMb = null;
  if (timeBin && fs.existsSync(timeFile)) {
    const last = fs.readFileSync(timeFile, 'utf8').trim().split('\n').pop();
    const kb = Number(last.split(' ')[1]);
    if (Number.isFinite(kb)) rssMb = kb / 1024;
    fs.rmSync(timeFile);
  }
  const out = Buffer.concat([r.stdout ?? Buffer.alloc(0), r.stderr ?? Buffer.alloc(0)]);
  return { status: r.status, signal: r.signal, error: r.error, seconds, rssMb, out };
}

// A format whose sample file the CLI cannot read is reported, and its cases fail.
const probes = { json: 'ok/minimal.json', ics: 'ok/minimal.ics', xml: 'ok/minimal.xml' };
const supported = {};
for (const [format, file] of Object.entries(probes)) {
  const r = run(['check', path.join(here, file)]);
  supported[format] = r.status === 0 || r.status === 1;
  if (!supported[format]) console.error(`planner-cli does not read ${format} (probe ${file} exited ${r.status})`);
}

const rows = [];
let failures = 0;
for (const c of manifest.cases) {
  const name = c.file ?? c.generate;
  if (filter && !name.includes(filter)) continue;
  const problems = [];
  let file;
  if (c.generate) {
    if (!generators[c.generate]) problems.push(`no generator ${c.generate}`);
    else { file = path.join(tmp, c.generate); generators[c.generate](file); }
  } else {
    file = path.join(here, c.file);
    if (!fs.existsSync(file)) problems.push('file missing');
  }
  let r = { seconds: 0, rssMb: null, out: Buffer.alloc(0), status: null };
  if (!problems.length) {
    if (!supported[c.format]) problems.push(`planner-cli cannot read ${c.format} at all`);
    const args = (c.args ?? ['check', '{file}']).map((a) => (a === '{file}' ? file : a));
    r = run(args);
    const text = r.out.toString('utf8');
    if (r.error?.code === 'ETIMEDOUT' || r.signal) problems.push(`killed (${r.signal ?? r.error.code})`);
    else if (r.status !== c.exit) problems.push(`exit ${r.status}, expected ${c.exit}`);
    if (!text.includes(c.expect)) problems.push(`no "${c.expect}" in the output: ${JSON.stringify(text.slice(0, 300))}`);
    if (r.seconds > MAX_SECONDS) problems.push(`took ${r.seconds.toFixed(1)} s (bound ${MAX_SECONDS} s)`);
    if (r.rssMb !== null && r.rssMb > MAX_RSS_MB) problems.push(`peak RSS ${r.rssMb.toFixed(0)} MB (bound ${MAX_RSS_MB} MB)`);
    if (r.out.length > MAX_OUTPUT_MB * 1024 * 1024) problems.push(`printed ${(r.out.length / 1048576).toFixed(1)} MB`);
  }
  if (file && c.generate) fs.rmSync(file, { force: true });
  if (problems.length) failures++;
  rows.push({
    case: name, format: c.format, exit: r.status ?? '-', seconds: r.seconds.toFixed(2),
    rss: r.rssMb === null ? 'n/a' : r.rssMb.toFixed(1), out: (r.out.length / 1024).toFixed(1),
    result: problems.length ? `FAIL: ${problems.join('; ')}` : 'ok',
  });
}
fs.rmSync(tmp, { recursive: true, force: true });

const cols = [['case', 34], ['format', 6], ['exit', 4], ['seconds', 7], ['rss', 7], ['out', 8]];
console.log(cols.map(([h, w]) => (h === 'rss' ? 'peak MB' : h === 'out' ? 'out KB' : h).padEnd(w)).join(' ') + ' result');
for (const row of rows) console.log(cols.map(([k, w]) => String(row[k]).padEnd(w)).join(' ') + ' ' + row.result);
const worst = (k) => Math.max(0, ...rows.map((r) => Number(r[k])).filter(Number.isFinite));
console.log(`\n${rows.length} cases, ${failures} failed; bounds ${MAX_SECONDS} s, ${MAX_RSS_MB} MB` +
  ` (slowest ${worst('seconds').toFixed(2)} s, largest ${worst('rss').toFixed(1)} MB)${timeBin ? '' : '; RSS not measured (no /usr/bin/time)'}`);
process.exit(failures ? 1 : 0);
