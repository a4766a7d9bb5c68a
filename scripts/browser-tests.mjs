// Runs the Chromium test files (tests/browser/*.test.mjs, or the files named
// on the command line) with Node's test runner, longest first, N at once:
//   node scripts/browser-tests.mjs [--jobs N] [file...]
// `node --test` starts files in name order, so a long file that starts late
// leaves one core idle at the end. The typical durations come from
// tests/browser/durations.txt; files not listed there start first (they may
// be long). TAP goes to stdout as with `node --test`; the exit code is 1 when
// a test failed. Each file's duration this run is written to
// test-results/browser-durations.txt, in the format of durations.txt.
import { run } from 'node:test';
import { tap } from 'node:test/reporters';
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const TESTS = join(ROOT, 'tests', 'browser');

const args = process.argv.slice(2);
let jobs = 2;
const named = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--jobs') jobs = Number(args[++i]);
  else named.push(resolve(args[i]));
}
if (!(jobs >= 1)) { console.error('usage: browser-tests.mjs [--jobs N] [file...]'); process.exit(2); }

// "seconds file" per line; # starts a comment.
const typical = new Map();
for (const line of readFileSync(join(TESTS, 'durations.txt'), 'utf8').split('\n')) {
  const m = /^\s*(\d+(?:\.\d+)?)\s+(\S+)/.exec(line.replace(/#.*/, ''));
  if (m) typical.set(m[2], Number(m[1]));
}
const files = named.length ? named
  : readdirSync(TESTS).filter((f) => f.endsWith('.test.mjs')).map((f) => join(TESTS, f));
const seconds = (f) => typical.get(basename(f)) ?? Infinity;  // unknown: first
files.sort((a, b) => seconds(b) - seconds(a) || a.localeCompare(b));

const took = new Map();  // file -> summed duration of its top-level tests, ms
const stream = run({ files, concurrency: jobs });
stream.on('test:fail', () => { process.exitCode = 1; });
for (const event of ['test:pass', 'test:fail']) {
  stream.on(event, (data) => {
    if (data.nesting === 0 && data.file) took.set(data.file, (took.get(data.file) ?? 0) + (data.details?.duration_ms ?? 0));
  });
}
stream.on('end', () => {
  mkdirSync(join(ROOT, 'test-results'), { recursive: true });
  const rows = [...took].sort((a, b) => b[1] - a[1]).map(([f, ms]) => `${String(Math.round(ms / 1000)).padStart(4)} ${basename(f)}`);
  writeFileSync(join(ROOT, 'test-results', 'browser-durations.txt'),
    `# seconds per file, this run (${jobs} at once); the format of tests/browser/durations.txt\n${rows.join('\n')}\n`);
});
stream.compose(tap).pipe(process.stdout);
