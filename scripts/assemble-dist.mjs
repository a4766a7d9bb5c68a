// Writes dist/ from a web build: the page, its JS/wasm pair, the service
// worker (with this build's file list and version), manifest and icons, and
// planner.html — one self-contained file that runs from disk (file://).
// Usage: node scripts/assemble-dist.mjs <build-web-dir> <dist-dir>
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { copyFileSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const [buildDir, distDir] = process.argv.slice(2);
if (!buildDir || !distDir) {
  console.error('usage: assemble-dist.mjs <build-web-dir> <dist-dir>');
  process.exit(2);
}
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const web = join(root, 'web');

rmSync(distDir, { recursive: true, force: true });
mkdirSync(join(distDir, 'icons'), { recursive: true });

const copy = (from, to) => copyFileSync(from, join(distDir, to));
copy(join(buildDir, 'dagdeel.js'), 'dagdeel.js');
copy(join(buildDir, 'dagdeel.wasm'), 'dagdeel.wasm');
for (const f of ['index.html', 'shell.js', 'manifest.webmanifest']) copy(join(web, f), f);
for (const f of readdirSync(join(web, 'icons'))) copy(join(web, 'icons', f), join('icons', f));

// --- service worker: precache every file, versioned by content -----------------
const listFiles = (dir) => readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
  e.isDirectory() ? listFiles(join(dir, e.name)) : [join(dir, e.name)]);
const files = listFiles(distDir).map((f) => relative(distDir, f).split('\\').join('/')).sort();
const hash = createHash('sha256');
for (const f of files) hash.update(f).update(readFileSync(join(distDir, f)));
const version = hash.digest('hex').slice(0, 12);
const precache = ['./', ...files];
const sw = readFileSync(join(web, 'sw.js'), 'utf8')
  .replace('__DAGDEEL_VERSION__', version)
  .replace('__DAGDEEL_FILES__', JSON.stringify(precache));
writeFileSync(join(distDir, 'sw.js'), sw);

// --- planner.html: everything inlined ----------------------------------------------
// Inside an inline <script>, "</script" would end the element early; "<\/script"
// means the same to JavaScript.
const inlineScript = (code) => '<script>\n' + code.replace(/<\/script/gi, '<\\/script') + '\n</script>';
const svg = readFileSync(join(web, 'icons', 'icon.svg'));
let single = readFileSync(join(web, 'index.html'), 'utf8');
const replaceOnce = (needle, replacement) => {
  if (!single.includes(needle)) throw new Error('index.html lacks ' + needle);
  single = single.replace(needle, () => replacement);
};
replaceOnce('<link rel="manifest" href="manifest.webmanifest">\n', '');
replaceOnce('<link rel="preload" href="dagdeel.wasm" as="fetch" type="application/wasm" crossorigin>\n', '');
replaceOnce('<link rel="preload" href="dagdeel.js" as="script">\n', '');
replaceOnce('href="icons/icon.svg"', 'href="data:image/svg+xml;base64,' + svg.toString('base64') + '"');
// The wasm goes in gzip-compressed and base64-encoded, in a data block the
// browser does not run; shell.js inflates it with DecompressionStream. Against
// Emscripten's -sSINGLE_FILE (the raw wasm in base64) this is 2.5x smaller on
// disk and a quarter smaller gzip-compressed (BENCHMARKS.md, issue 14).
const wasmGzip = gzipSync(readFileSync(join(buildDir, 'dagdeel.wasm')), { level: 9 }).toString('base64');
replaceOnce('<script src="shell.js"></script>',
  '<script type="application/octet-stream" id="dd-wasm-gzip">' + wasmGzip + '</script>\n' +
  inlineScript(readFileSync(join(web, 'shell.js'), 'utf8')));
replaceOnce('<script src="dagdeel.js" async></script>',
  inlineScript(readFileSync(join(buildDir, 'dagdeel.js'), 'utf8')));
// The single file inlines its scripts: the policy allows exactly those (by
// hash), WebAssembly compilation, and nothing remote.
const hashes = [...single.matchAll(/<script>([\s\S]*?)<\/script>/g)]
  .map((m) => `'sha256-${createHash('sha256').update(m[1]).digest('base64')}'`);
single = single.replace(/<meta http-equiv="Content-Security-Policy" content="[^"]*">/, () =>
  `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src ${hashes.join(' ')} 'wasm-unsafe-eval'; ` +
  `style-src 'unsafe-inline'; img-src data: blob:; connect-src data: blob:; object-src 'none'; base-uri 'none'; form-action 'none'">`);
writeFileSync(join(distDir, 'planner.html'), single);

console.log(`dist: ${files.length + 2} files, version ${version}, planner.html ${(single.length / 1024).toFixed(0)} KB`);
