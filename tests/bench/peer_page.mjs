// The first-frame peer of issue 14, one copy for web_bench.mjs and
// start_bench.mjs: the app's own HTML shell from `distDir` with its scripts and
// the wasm preload removed, plus one tiny external script (the shell's policy
// allows no inline script) that notes when the page has been parsed. Same
// styles, manifest and icon: what remains is the browser's own cost.
// Returns the folder to serve.
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export function makePeerPage(distDir) {
  const peerDir = mkdtempSync(join(tmpdir(), 'dagdeel-peer-'));
  const shell = readFileSync(join(distDir, 'index.html'), 'utf8')
    .replace(/<link rel="preload"[^>]*>\n?/g, '')
    .replace(/<script[^>]*>[\s\S]*?<\/script>\n?/g, '')
    .replace('</body>', '<script src="peer-ready.js"></script>\n</body>');
  if (/dagdeel\.(js|wasm)|shell\.js/.test(shell)) throw new Error('peer page still loads the app');
  writeFileSync(join(peerDir, 'index.html'), shell);
  writeFileSync(join(peerDir, 'peer-ready.js'), 'window.readyMs = performance.now();\n');
  mkdirSync(join(peerDir, 'icons'));
  for (const f of ['manifest.webmanifest', 'icons/icon.svg']) copyFileSync(join(distDir, f), join(peerDir, f));
  return peerDir;
}
