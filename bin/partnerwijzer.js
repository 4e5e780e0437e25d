#!/usr/bin/env node
'use strict';
// Thin launcher: the CLI is compiled TypeScript (npm run build / npm start build it).
require('../dist/cli/main.js').main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (err) => { console.error(err instanceof Error ? err.message : String(err)); process.exitCode = 1; },
);
