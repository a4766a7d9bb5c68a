// Writes the output of one `scripts/bench` run into BENCHMARKS.md, between
// the markers of its "Latest run" section (added at the end the first time),
// with the date, the commit and the machine. The sections above it are the
// written analysis of earlier runs; this one is always the raw latest run, so
// every figure in it was measured in the same run as its peer.
//   node scripts/bench-record.mjs OUTPUT.md BENCHMARKS.md
import { readFileSync, writeFileSync } from 'node:fs';
import { execSync } from 'node:child_process';
import { cpus, loadavg } from 'node:os';

const [output, target] = process.argv.slice(2);
if (!output || !target) {
  console.error('usage: node scripts/bench-record.mjs OUTPUT.md BENCHMARKS.md');
  process.exit(2);
}
const BEGIN = '<!-- scripts/bench: latest run (written by scripts/bench-record.mjs; do not edit by hand) -->';
const END = '<!-- /scripts/bench -->';

let commit = 'unknown';
try {
  commit = execSync('git describe --always --dirty', { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
} catch { /* not a git checkout: the figures still count */ }

const run = readFileSync(output, 'utf8').trim()
  // "## X" of the bench's parts become subsections of this one
  .replace(/^## /gm, '### ');
const block = [
  BEGIN,
  '## Latest run of `scripts/bench`',
  '',
  `${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC, commit \`${commit}\`, ` +
    `${cpus().length} cores (${cpus()[0]?.model.trim() ?? 'unknown CPU'}), ` +
    `load average at the end ${loadavg().map((l) => l.toFixed(2)).join(' ')}. Each part prints the load it ran under.`,
  '',
  run,
  END,
].join('\n');

const doc = readFileSync(target, 'utf8');
const from = doc.indexOf(BEGIN);
const to = doc.indexOf(END);
const next = from >= 0 && to > from
  ? doc.slice(0, from) + block + doc.slice(to + END.length)
  : doc.trimEnd() + '\n\n' + block + '\n';
writeFileSync(target, next);
console.log(`scripts/bench-record: ${target} updated (${run.split('\n').length} lines)`);
