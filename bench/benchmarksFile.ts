import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../support/paths';

/** Replaces (or appends) one benchmark's section in BENCHMARKS.md, leaving the others alone. */
export function writeSection(name: string, markdown: string): string {
  const file = path.join(PROJECT_ROOT, 'BENCHMARKS.md');
  const start = `<!-- ${name}:start -->`;
  const end = `<!-- ${name}:end -->`;
  let text = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '# Benchmarks\n\nFigures written by the scripts in `bench/`; rerun them to refresh.\n';
  const block = `${start}\n${markdown.trim()}\n${end}`;
  const re = new RegExp(`${start}[\\s\\S]*?${end}`);
  text = re.test(text) ? text.replace(re, block) : `${text.trimEnd()}\n\n${block}\n`;
  fs.writeFileSync(file, text);
  return file;
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const idx = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[idx];
}

export function machineLine(): string {
  const os = require('node:os') as typeof import('node:os');
  return `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
}
