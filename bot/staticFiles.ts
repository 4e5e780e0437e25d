import fs from 'node:fs';
import path from 'node:path';
import type { Server } from 'restify';

/** The web chat bundle ships in the botframework-webchat package; its exports map hides dist/, so resolve via lib/. */
function webchatBundlePath(): string {
  const lib = require.resolve('botframework-webchat');
  return path.join(path.dirname(lib), '..', 'dist', 'webchat.js');
}

function webchatPagePath(): string {
  const candidates = [path.join(__dirname, 'webchat', 'index.html'), path.join(__dirname, '..', '..', 'bot', 'webchat', 'index.html')];
  const found = candidates.find((p) => fs.existsSync(p));
  if (!found) throw new Error('web chat page not found');
  return found;
}

export function registerWebChat(server: Server): void {
  const page = fs.readFileSync(webchatPagePath());
  const bundle = webchatBundlePath();
  server.get('/', async (_req, res) => {
    res.setHeader('content-type', 'text/html; charset=utf-8');
    res.setHeader('cache-control', 'no-cache');
    res.end(page);
  });
  let bundleBytes: Buffer | undefined; // ~4 MB, read on first request and kept
  server.get('/webchat/webchat.js', async (_req, res) => {
    bundleBytes ??= fs.readFileSync(bundle);
    res.setHeader('content-type', 'application/javascript; charset=utf-8');
    res.setHeader('cache-control', 'public, max-age=3600');
    res.end(bundleBytes);
  });
}
