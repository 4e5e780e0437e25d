import fs from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { renderParagraph } from '../../domain/paragraph/output';
import { formatEuroDutch } from '../../domain/paragraph/money';
import { parseRegisterCsv } from '../../domain/register/registerCsv';
import type { Party } from '../../domain/register/types';
import { PROJECT_ROOT } from '../support/paths';

const GOLDEN = path.join(PROJECT_ROOT, 'tests', 'golden');

/** All four BBV categories, with fields missing on purpose. */
function register(): Party[] {
  const parsed = parseRegisterCsv(fs.readFileSync(path.join(GOLDEN, 'paragraph-register.csv')));
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return parsed.parties.map((p, i) => ({ ...p, id: `g${i}` }));
}

/** Compares with the committed golden file; UPDATE_GOLDEN=1 rewrites it after a deliberate change. */
function golden(name: string, actual: string): void {
  const file = path.join(GOLDEN, name);
  if (process.env.UPDATE_GOLDEN === '1') fs.writeFileSync(file, actual);
  expect(actual).toBe(fs.readFileSync(file, 'utf8'));
}

test('amounts in Dutch notation', () => {
  expect(formatEuroDutch(123_456_700)).toBe('€ 1.234.567');
  expect(formatEuroDutch(-134_567_800)).toBe('-€ 1.345.678');
  expect(formatEuroDutch(4_212_000)).toBe('€ 42.120');
});

test('Markdown matches the golden file: BBV order, every field, gaps visible and listed with their account holders', async () => {
  const md = (await renderParagraph(register(), 2027, 'md')).toString('utf8');
  golden('paragraph-2027.md', md);
  const order = ['## Gemeenschappelijke regelingen', '## Vennootschappen en coöperaties', '## Stichtingen en verenigingen', '## Overige verbonden partijen', '## Nog aan te leveren'].map((h) => md.indexOf(h));
  expect(order.every((i, k) => i > 0 && (k === 0 || i > order[k - 1]))).toBe(true);
  expect(md).toContain('| Eigen vermogen begin | € 12.345.678 |');
  expect(md).toContain('| Resultaat | -€ 1.345.678 |');
  expect(md).toContain('| Bestuurlijk belang | AB (lid): Pieter Jansen, wethouder; AB (plaatsvervanger): vacant |');
  expect(md).toContain('| Naam en vestigingsplaats | _nog aan te leveren_ |');
  expect(md).toContain("| Stichting Regionaal Historisch Centrum | Rechtsvorm, Financieel belang, Eigen vermogen begin, Eigen vermogen eind, Vreemd vermogen begin, Vreemd vermogen eind, Resultaat, Risico's, Risicoprofiel | geen accounthouder vastgelegd |");
  expect(md).toContain('Lotte de Graaf');
  expect(md).toContain('geen accounthouder vastgelegd');
});

test('HTML matches the golden file and escapes what the register holds', async () => {
  const html = (await renderParagraph(register(), 2027, 'html')).toString('utf8');
  golden('paragraph-2027.html', html);
  expect(html).toContain('Archief &amp; erfgoed &lt;regionaal&gt;');
  expect(html).toContain('<td class="gap">nog aan te leveren</td>');
});

test('.docx: real Word headings and tables, read back from the file', async () => {
  const buf = await renderParagraph(register(), 2027, 'docx');
  const zip = await JSZip.loadAsync(buf);
  const xml = await zip.file('word/document.xml')!.async('string');
  const paragraphs = [...xml.matchAll(/<w:p>([\s\S]*?)<\/w:p>|<w:p [^>]*>([\s\S]*?)<\/w:p>/g)].map((m) => m[0]);
  const headingText = (level: number) =>
    paragraphs.filter((p) => p.includes(`<w:pStyle w:val="Heading${level}"/>`)).map((p) => [...p.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''));
  expect(headingText(1)).toEqual(['Paragraaf verbonden partijen 2027']);
  expect(headingText(2)).toEqual(['Inleiding', 'Gemeenschappelijke regelingen', 'Vennootschappen en coöperaties', 'Stichtingen en verenigingen', 'Overige verbonden partijen', 'Nog aan te leveren']);
  expect(headingText(3)).toEqual(['Omgevingsdienst Haaglanden', 'N.V. Bank Nederlandse Gemeenten', 'Stichting Regionaal Historisch Centrum', 'Ontwikkelingsbedrijf Zuid C.V.']);
  const cells = [...xml.matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)].map((m) => [...m[1].matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''));
  const idx = cells.indexOf('Eigen vermogen begin');
  expect(cells[idx + 1]).toBe('€ 12.345.678');
  expect(cells).toContain('nog aan te leveren');
  expect((xml.match(/<w:tbl>/g) ?? []).length).toBe(5); // one per party + the gaps table
});

test('Markdown escapes register text: a link, an image or HTML in a name or a risk stays literal text', async () => {
  const parties = register();
  parties[0] = { ...parties[0], name: '[klik hier](https://evil.example)', risks: '<img src=x onerror=alert(1)> ![img](http://evil.example/x.png) *nadruk* | kolom' };
  const md = (await renderParagraph(parties, 2027, 'md')).toString('utf8');
  expect(md).toContain('### \\[klik hier\\](https://evil.example)');
  expect(md).toContain('\\<img src=x onerror=alert(1)\\> !\\[img\\](http://evil.example/x.png) \\*nadruk\\* \\| kolom');
  expect(md).not.toMatch(/(?<!\\)\[[^\]]*(?<!\\)\]\(https?:|(?<!\\)<img/);
  const html = (await renderParagraph(parties, 2027, 'html')).toString('utf8');
  expect(html).not.toContain('<img');
});
