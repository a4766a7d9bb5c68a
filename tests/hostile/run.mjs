// Hostile inputs against planner-cli: every case in manifest.json must end
// with the expected exit code and a message containing `expect`, within the
// CPU-time and memory bounds below. Big cases are generated at test time
// (generate.mjs) into a temporary folder, never committed.
// The time bound does not depend on the machine's speed or load: each case's
// CPU time (user + system) is compared with the CPU time the same planner-cli
// needs to read a valid 5,000-event schedule (generate.mjs `reference`,
// median of 3) measured in the same run. A reader that goes quadratic on a
// hostile input exceeds it by orders of magnitude; a slower or busier machine,
// or a sanitizer build, slows both alike. Wall seconds are printed for
// reading, never asserted (scripts/bench is where speed is measured).
//   node tests/hostile/run.mjs PATH/TO/planner-cli [FILTER]
// CTest runs it (test "hostile"). Prints a table of wall time, peak RSS and
// output size per case; exits 1 when any case fails.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generators, reference } from './generate.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const [cli, filter] = process.argv.slice(2);
if (!cli) {
  console.error('usage: node tests/hostile/run.mjs PATH/TO/planner-cli [FILTER]');
  process.exit(2);
}

// Bounds. Under ASan/UBSan (scripts/test-sanitizers sets DAGDEEL_SANITIZED)
// programs use ~3x the memory.
const sanitized = !!process.env.DAGDEEL_SANITIZED;
const MAX_TIMES_REFERENCE = 40; // CPU time bound: this many times the reference read
const MAX_RSS_MB = sanitized ? 3072 : 1024;
const MAX_OUTPUT_MB = 64;       // "a clear message", not a flood
const KILL_AFTER_SECONDS = 900; // only a hang guard (a case that hangs is stopped, and fails)

const manifest = JSON.parse(fs.readFileSync(path.join(here, 'manifest.json'), 'utf8'));
const timeBin = fs.existsSync('/usr/bin/time') ? '/usr/bin/time' : null;
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'dagdeel-hostile-'));

function run(args) {
  const timeFile = path.join(tmp, 'time.txt');
  const cmd = timeBin ? timeBin : cli;
  const argv = timeBin ? ['-f', '%e %M %U %S', '-o', timeFile, cli, ...args] : args;
  const started = process.hrtime.bigint();
  const r = spawnSync(cmd, argv, {
    encoding: 'buffer', maxBuffer: 256 * 1024 * 1024, timeout: KILL_AFTER_SECONDS * 1000,
    env: { ...process.env, LANG: 'C' },
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  let rssMb = null;
  let cpu = null;
  if (timeBin && fs.existsSync(timeFile)) {
    const last = fs.readFileSync(timeFile, 'utf8').trim().split('\n').pop();
    const [, kb, user, sys] = last.split(' ').map(Number);
    if (Number.isFinite(kb)) rssMb = kb / 1024;
    if (Number.isFinite(user) && Number.isFinite(sys)) cpu = user + sys;
    fs.rmSync(timeFile);
  }
  const out = Buffer.concat([r.stdout ?? Buffer.alloc(0), r.stderr ?? Buffer.alloc(0)]);
  // Without /usr/bin/time the wall time stands in for the CPU time.
  return { status: r.status, signal: r.signal, error: r.error, seconds, cpu: cpu ?? seconds, rssMb, out };
}

// A format whose sample file the CLI cannot read is reported, and its cases fail.
const probes = { json: 'ok/minimal.json', ics: 'ok/minimal.ics', xml: 'ok/minimal.xml' };
const supported = {};
for (const [format, file] of Object.entries(probes)) {
  const r = run(['check', path.join(here, file)]);
  supported[format] = r.status === 0 || r.status === 1;
  if (!supported[format]) console.error(`planner-cli does not read ${format} (probe ${file} exited ${r.status})`);
}

// The reference: CPU seconds to read a valid 5,000-event schedule (median of 3),
// at least 10 ms so that /usr/bin/time's 10 ms resolution cannot make it zero.
const refFile = path.join(tmp, 'reference.xml');
reference(refFile);
const refRuns = [0, 1, 2].map(() => run(['check', refFile])).sort((a, b) => a.cpu - b.cpu);
if (refRuns.some((r) => r.status !== 0 && r.status !== 1)) {
  console.error(`planner-cli cannot read the reference schedule (exit ${refRuns.map((r) => r.status)})`);
  process.exit(1);
}
const refCpu = Math.max(0.01, refRuns[1].cpu);
const maxCpu = MAX_TIMES_REFERENCE * refCpu;

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
  let r = { seconds: 0, cpu: 0, rssMb: null, out: Buffer.alloc(0), status: null };
  if (!problems.length) {
    if (!supported[c.format]) problems.push(`planner-cli cannot read ${c.format} at all`);
    const args = (c.args ?? ['check', '{file}']).map((a) => (a === '{file}' ? file : a));
    r = run(args);
    const text = r.out.toString('utf8');
    if (r.error?.code === 'ETIMEDOUT' || r.signal) problems.push(`killed (${r.signal ?? r.error.code})`);
    else if (r.status !== c.exit) problems.push(`exit ${r.status}, expected ${c.exit}`);
    if (!text.includes(c.expect)) problems.push(`no "${c.expect}" in the output: ${JSON.stringify(text.slice(0, 300))}`);
    if (r.cpu > maxCpu) {
      problems.push(`CPU ${r.cpu.toFixed(2)} s = ${(r.cpu / refCpu).toFixed(0)}x the reference read (bound ${MAX_TIMES_REFERENCE}x)`);
    }
    if (r.rssMb !== null && r.rssMb > MAX_RSS_MB) problems.push(`peak RSS ${r.rssMb.toFixed(0)} MB (bound ${MAX_RSS_MB} MB)`);
    if (r.out.length > MAX_OUTPUT_MB * 1024 * 1024) problems.push(`printed ${(r.out.length / 1048576).toFixed(1)} MB`);
  }
  if (file && c.generate) fs.rmSync(file, { force: true });
  if (problems.length) failures++;
  rows.push({
    case: name, format: c.format, exit: r.status ?? '-', seconds: r.seconds.toFixed(2),
    cpu: r.cpu.toFixed(2), ratio: (r.cpu / refCpu).toFixed(1),
    rss: r.rssMb === null ? 'n/a' : r.rssMb.toFixed(1), out: (r.out.length / 1024).toFixed(1),
    result: problems.length ? `FAIL: ${problems.join('; ')}` : 'ok',
  });
}
fs.rmSync(tmp, { recursive: true, force: true });

const cols = [['case', 34], ['format', 6], ['exit', 4], ['seconds', 7], ['cpu', 7], ['ratio', 7], ['rss', 7], ['out', 8]];
const heads = { seconds: 'wall s', cpu: 'CPU s', ratio: 'x ref', rss: 'peak MB', out: 'out KB' };
console.log(cols.map(([h, w]) => (heads[h] ?? h).padEnd(w)).join(' ') + ' result');
for (const row of rows) console.log(cols.map(([k, w]) => String(row[k]).padEnd(w)).join(' ') + ' ' + row.result);
const worst = (k) => Math.max(0, ...rows.map((r) => Number(r[k])).filter(Number.isFinite));
console.log(`\n${rows.length} cases, ${failures} failed; reference read ${refCpu.toFixed(2)} s CPU;` +
  ` bounds ${MAX_TIMES_REFERENCE}x the reference (${maxCpu.toFixed(2)} s CPU), ${MAX_RSS_MB} MB` +
  ` (slowest ${worst('ratio').toFixed(1)}x, largest ${worst('rss').toFixed(1)} MB)` +
  `${timeBin ? '' : '; RSS not measured and wall time used as CPU time (no /usr/bin/time)'}`);
process.exit(failures ? 1 : 0);
