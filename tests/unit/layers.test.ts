import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../../support/paths';

/**
 * The import rules that keep the layers clean (ARCHITECTURE in the README). Read from the sources
 * as text, so a new file is checked the moment it exists.
 */
interface Import {
  file: string;
  spec: string;
  /** The project folder the import lands in ('' for a package). */
  folder: string;
}

function sources(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string): void => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory() && e.name !== 'node_modules') walk(p);
      else if (/\.(ts|tsx)$/.test(e.name)) out.push(p);
    }
  };
  walk(path.join(PROJECT_ROOT, dir));
  return out;
}

function importsOf(dir: string): Import[] {
  const out: Import[] = [];
  for (const file of sources(dir)) {
    const text = fs.readFileSync(file, 'utf8');
    for (const m of text.matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+|\brequire\s*\(\s*)['"]([^'"]+)['"]/g)) {
      const spec = m[1];
      const folder = spec.startsWith('.') ? path.relative(PROJECT_ROOT, path.resolve(path.dirname(file), spec)).split(path.sep)[0] : '';
      out.push({ file: path.relative(PROJECT_ROOT, file), spec, folder });
    }
  }
  return out;
}

const show = (xs: Import[]) => xs.map((i) => `${i.file} → ${i.spec}`);
const isBotFramework = (spec: string) => /^(botbuilder|botframework-|restify)/.test(spec);

/** Which project folders each production folder may import. */
const ALLOWED: Record<string, string[]> = {
  domain: ['domain'],
  store: ['store', 'domain'],
  graph: ['graph', 'domain'],
  locales: ['locales', 'domain'],
  cards: ['cards', 'domain', 'locales'],
  dialogs: ['dialogs', 'cards', 'domain', 'locales'],
  cli: ['cli', 'bot', 'store', 'domain', 'locales', 'graph'],
  bot: ['bot', 'dialogs', 'cards', 'store', 'domain', 'locales', 'graph'],
};

describe('import rules', () => {
  test.each(Object.entries(ALLOWED))('%s imports only from its own or lower layers', (dir, allowed) => {
    expect(show(importsOf(dir).filter((i) => i.folder !== '' && !allowed.includes(i.folder)))).toEqual([]);
  });

  test('botbuilder and restify only in bot/', () => {
    const outside = Object.keys(ALLOWED).filter((d) => d !== 'bot').flatMap(importsOf);
    expect(show(outside.filter((i) => isBotFramework(i.spec)))).toEqual([]);
  });

  test('bench and tests do not import each other; both may use support/', () => {
    expect(show(importsOf('bench').filter((i) => i.folder === 'tests'))).toEqual([]);
    expect(show(importsOf('tests').filter((i) => i.folder === 'bench'))).toEqual([]);
    expect(show(importsOf('support').filter((i) => i.folder === 'tests' || i.folder === 'bench'))).toEqual([]);
  });

  test('the rules see real imports (a checker that finds nothing would pass anything)', () => {
    const bot = importsOf('bot');
    expect(bot.some((i) => i.spec === 'botbuilder')).toBe(true);
    expect(bot.some((i) => i.folder === 'domain')).toBe(true);
    expect(importsOf('cards').some((i) => i.folder === 'locales')).toBe(true);
  });
});
