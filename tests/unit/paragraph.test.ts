import fs from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { paragraphRenderer } from '../../domain/paragraph/output';
import { paragraphNl } from '../../locales/paragraph.nl';
import type { ParagraphOptions } from '../../domain/paragraph/paragraph';
import { formatEuroDutch } from '../../domain/paragraph/money';
import { parseRegisterCsv } from '../../domain/register/registerCsv';
import type { Party } from '../../domain/register/types';
import { PROJECT_ROOT } from '../../support/paths';

const renderParagraph = paragraphRenderer(paragraphNl);
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

const VISION = 'De gemeente werkt samen waar dat het openbaar belang beter dient dan alleen.\n\nIn 2027 evalueren wij de regelingen met de deelnemers en herzien wij de nota verbonden partijen.';
const BUDGET: ParagraphOptions = { variant: 'begroting', intern: false, vision: VISION };
const BUDGET_INTERN: ParagraphOptions = { ...BUDGET, intern: true };
const ANNUAL: ParagraphOptions = { variant: 'jaarstukken', intern: false, vision: 'De evaluatie van de regelingen is afgerond.', developments: new Map([['g0', ['AB 2027-03-12: begrotingswijziging vastgesteld.']]]) };

test('Markdown matches the golden file: BBV order, the vision section, every art. 15 field, gaps visible in place', async () => {
  const md = (await renderParagraph(register(), 2027, 'md', BUDGET)).toString('utf8');
  golden('paragraph-2027.md', md);
  const order = ['## Inleiding', '## Visie op en beleidsvoornemens omtrent verbonden partijen in 2027', '## Gemeenschappelijke regelingen', '## Vennootschappen en coöperaties', '## Stichtingen en verenigingen', '## Overige verbonden partijen'].map((h) => md.indexOf(h));
  expect(order.every((i, k) => i > 0 && (k === 0 || i > order[k - 1]))).toBe(true);
  expect(md).toContain('In 2027 evalueren wij de regelingen');
  expect(md).toContain('| Soort financieel belang | bijdrage |');
  expect(md).toContain('| Financieel belang begin 2027 | € 960.000 |');
  expect(md).toContain('| Financieel belang eind 2027 (verwacht) | € 990.000 |');
  expect(md).toContain('| Soort financieel belang | garantie (aansprakelijkheid) |');
  expect(md).toContain('| Eigen vermogen begin 2027 | € 12.345.678 |');
  expect(md).toContain('| Resultaat 2027 (verwacht) | -€ 1.345.678 |');
  expect(md).toContain('| Bestuurlijk belang | AB (lid): Pieter Jansen, wethouder; AB (plaatsvervanger): vacant |');
  expect(md).toContain('| Naam en vestigingsplaats | _nog aan te leveren_ |');
});

test('the publishable paragraph has no internal gap list, names of account holders or e-mail addresses; --intern adds the list', async () => {
  const pub = (await renderParagraph(register(), 2027, 'md', BUDGET)).toString('utf8');
  expect(pub).not.toContain('## Nog aan te leveren (intern)');
  expect(pub).not.toMatch(/@gem\.example/);
  expect(pub).not.toContain('Lotte de Graaf');
  expect(pub).not.toContain('geen accounthouder vastgelegd');
  const intern = (await renderParagraph(register(), 2027, 'md', BUDGET_INTERN)).toString('utf8');
  golden('paragraph-2027-intern.md', intern);
  expect(intern).toContain('## Nog aan te leveren (intern)');
  expect(intern).toContain("| Stichting Regionaal Historisch Centrum | Rechtsvorm, Soort financieel belang, Financieel belang begin 2027, Financieel belang eind 2027 (verwacht), Eigen vermogen begin 2027, Eigen vermogen eind 2027 (verwacht), Vreemd vermogen begin 2027, Vreemd vermogen eind 2027 (verwacht), Resultaat 2027 (verwacht), Risico's, Risicoprofiel | geen accounthouder vastgelegd |");
  expect(intern).toContain('Mark Smit (m.smit@gem.example)');
  expect(intern).toContain('Lotte de Graaf');
});

test('without a vision the section shows a clear gap marker', async () => {
  const md = (await renderParagraph(register(), 2027, 'md', { ...BUDGET, vision: null })).toString('utf8');
  expect(md).toContain('**[NOG AAN TE LEVEREN: de visie op en de beleidsvoornemens omtrent verbonden partijen voor 2027 (BBV artikel 15 lid 1 sub a).]**');
  const blank = (await renderParagraph(register(), 2027, 'md', { ...BUDGET, vision: '  \n ' })).toString('utf8');
  expect(blank).toContain('[NOG AAN TE LEVEREN');
});

test('annual-report variant: realised figures and what happened, matching its golden files', async () => {
  const md = (await renderParagraph(register(), 2027, 'md', ANNUAL)).toString('utf8');
  golden('paragraph-2027-jaarstukken.md', md);
  expect(md).toContain('# Paragraaf verbonden partijen, jaarstukken 2027');
  expect(md).toContain('## Visie en beleidsvoornemens: wat is er in 2027 van terechtgekomen');
  expect(md).toContain('| Financieel belang eind 2027 (gerealiseerd) | € 990.000 |');
  expect(md).toContain('| Resultaat 2027 (gerealiseerd) | -€ 1.345.678 |');
  expect(md).toContain('| Wat er in 2027 gebeurde | AB 2027-03-12: begrotingswijziging vastgesteld. |');
  expect(md).not.toContain('(verwacht)');
  const html = (await renderParagraph(register(), 2027, 'html', ANNUAL)).toString('utf8');
  golden('paragraph-2027-jaarstukken.html', html);
  const docx = await docxRead(await renderParagraph(register(), 2027, 'docx', ANNUAL));
  expect(docx.headingText(1)).toEqual(['Paragraaf verbonden partijen, jaarstukken 2027']);
  expect(docx.cells[docx.cells.indexOf('Financieel belang eind 2027 (gerealiseerd)') + 1]).toBe('€ 990.000');
  expect(docx.cells[docx.cells.indexOf('Wat er in 2027 gebeurde') + 1]).toBe('AB 2027-03-12: begrotingswijziging vastgesteld.');
});

test('HTML matches the golden file and escapes what the register holds', async () => {
  const html = (await renderParagraph(register(), 2027, 'html', BUDGET)).toString('utf8');
  golden('paragraph-2027.html', html);
  expect(html).toContain('Archief &amp; erfgoed &lt;regionaal&gt;');
  expect(html).toContain('<td class="gap">nog aan te leveren</td>');
  expect(html).not.toContain('m.smit@gem.example');
  expect((await renderParagraph(register(), 2027, 'html', BUDGET_INTERN)).toString('utf8')).toContain('m.smit@gem.example');
});

async function docxRead(buf: Buffer) {
  const zip = await JSZip.loadAsync(buf);
  const xml = await zip.file('word/document.xml')!.async('string');
  const paragraphs = [...xml.matchAll(/<w:p>([\s\S]*?)<\/w:p>|<w:p [^>]*>([\s\S]*?)<\/w:p>/g)].map((m) => m[0]);
  const headingText = (level: number) =>
    paragraphs.filter((p) => p.includes(`<w:pStyle w:val="Heading${level}"/>`)).map((p) => [...p.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''));
  const cells = [...xml.matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)].map((m) => [...m[1].matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''));
  const text = paragraphs.map((p) => [...p.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''));
  return { xml, headingText, cells, text };
}

test('.docx: real Word headings and tables, read back from the file; the internal list only with --intern', async () => {
  const pub = await docxRead(await renderParagraph(register(), 2027, 'docx', BUDGET));
  expect(pub.headingText(2)).not.toContain('Nog aan te leveren (intern)');
  expect(pub.xml).not.toContain('@gem.example');
  expect(pub.text).toContain('In 2027 evalueren wij de regelingen met de deelnemers en herzien wij de nota verbonden partijen.');
  expect((pub.xml.match(/<w:tbl>/g) ?? []).length).toBe(4); // one per party
  const gap = await docxRead(await renderParagraph(register(), 2027, 'docx', { ...BUDGET, vision: null }));
  expect(gap.text.some((p) => p.startsWith('[NOG AAN TE LEVEREN: de visie'))).toBe(true);
  const buf = await renderParagraph(register(), 2027, 'docx', BUDGET_INTERN);
  const zip = await JSZip.loadAsync(buf);
  const xml = await zip.file('word/document.xml')!.async('string');
  const paragraphs = [...xml.matchAll(/<w:p>([\s\S]*?)<\/w:p>|<w:p [^>]*>([\s\S]*?)<\/w:p>/g)].map((m) => m[0]);
  const headingText = (level: number) =>
    paragraphs.filter((p) => p.includes(`<w:pStyle w:val="Heading${level}"/>`)).map((p) => [...p.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''));
  expect(headingText(1)).toEqual(['Paragraaf verbonden partijen 2027']);
  expect(headingText(2)).toEqual(['Inleiding', 'Visie op en beleidsvoornemens omtrent verbonden partijen in 2027', 'Gemeenschappelijke regelingen', 'Vennootschappen en coöperaties', 'Stichtingen en verenigingen', 'Overige verbonden partijen', 'Nog aan te leveren (intern)']);
  expect(headingText(3)).toEqual(['Omgevingsdienst Haaglanden', 'N.V. Bank Nederlandse Gemeenten', 'Stichting Regionaal Historisch Centrum', 'Ontwikkelingsbedrijf Zuid C.V.']);
  const cells = [...xml.matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)].map((m) => [...m[1].matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''));
  expect(cells[cells.indexOf('Financieel belang eind 2027 (verwacht)') + 1]).toBe('€ 990.000');
  const idx = cells.indexOf('Eigen vermogen begin 2027');
  expect(cells[idx + 1]).toBe('€ 12.345.678');
  expect(cells).toContain('nog aan te leveren');
  expect((xml.match(/<w:tbl>/g) ?? []).length).toBe(5); // one per party + the gaps table
});

test('Markdown escapes register text: a link, an image or HTML in a name or a risk stays literal text', async () => {
  const parties = register();
  parties[0] = { ...parties[0], name: '[klik hier](https://evil.example)', risks: '<img src=x onerror=alert(1)> ![img](http://evil.example/x.png) *nadruk* | kolom' };
  const md = (await renderParagraph(parties, 2027, 'md', { ...BUDGET, vision: '[visie](https://evil.example) <script>x</script>' })).toString('utf8');
  expect(md).toContain('\\[visie\\](https://evil.example) \\<script\\>x\\</script\\>');
  expect(md).toContain('### \\[klik hier\\](https://evil.example)');
  expect(md).toContain('\\<img src=x onerror=alert(1)\\> !\\[img\\](http://evil.example/x.png) \\*nadruk\\* \\| kolom');
  expect(md).not.toMatch(/(?<!\\)\[[^\]]*(?<!\\)\]\(https?:|(?<!\\)<img/);
  const html = (await renderParagraph(parties, 2027, 'html')).toString('utf8');
  expect(html).not.toContain('<img');
});
