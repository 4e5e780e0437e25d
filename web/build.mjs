// Bundles the overview tab (/overzicht) with esbuild into dist/web/overzicht: part of `npm run build`.
import { build } from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const out = path.join(root, 'dist', 'web', 'overzicht');
fs.mkdirSync(out, { recursive: true });
const started = Date.now();
await build({
  entryPoints: [path.join(root, 'web', 'overzicht', 'main.tsx')],
  outfile: path.join(out, 'app.js'),
  bundle: true,
  minify: true,
  format: 'iife',
  target: ['chrome110', 'edge110', 'firefox110', 'safari16'],
  jsx: 'automatic',
  define: { 'process.env.NODE_ENV': '"production"' },
  legalComments: 'none',
  logLevel: 'warning',
});
fs.copyFileSync(path.join(root, 'web', 'overzicht', 'index.html'), path.join(out, 'index.html'));
const kb = Math.round(fs.statSync(path.join(out, 'app.js')).size / 1024);
process.stdout.write(`overview page bundled: dist/web/overzicht/app.js ${kb} KB in ${Date.now() - started} ms\n`);
