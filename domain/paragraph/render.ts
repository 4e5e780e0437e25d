import { Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import { escapeMarkdownInline } from '../text/markdown';
import type { ParagraphDoc } from './paragraph';

/**
 * Markdown: headings per category and party, a two-column table of fields per party. Everything
 * that comes from the register is escaped, so a name or a risk text cannot become a link, an image
 * or HTML (`<img onerror>`) in the published paragraph.
 */
export function paragraphToMarkdown(doc: ParagraphDoc): string {
  const cell = (s: string) => escapeMarkdownInline(s);
  const out: string[] = [`# ${doc.title}`, ''];
  if (doc.demoNote) out.push(`> ${doc.demoNote}`, '');
  out.push(`## ${doc.introTitle}`, '', ...doc.intro.flatMap((p) => [p, '']), doc.summary, '');
  out.push(`## ${doc.visionTitle}`, '');
  if (doc.vision) out.push(...doc.vision.flatMap((p) => [cell(p), '']));
  else out.push(`**${doc.visionGap}**`, '');
  for (const s of doc.sections) {
    out.push(`## ${s.title}`, '');
    if (s.parties.length === 0) out.push(doc.noneInCategory, '');
    for (const p of s.parties) {
      out.push(`### ${escapeMarkdownInline(p.name)}`, '', '| Onderdeel | Gegevens |', '|---|---|');
      for (const f of p.fields) out.push(`| ${cell(f.label)} | ${f.missing ? `_${cell(f.value)}_` : cell(f.value)} |`);
      out.push('');
    }
  }
  const g = doc.gapsSection;
  if (g) {
    out.push(`## ${g.title}`, '');
    if (g.gaps.length === 0) out.push(g.none, '');
    else {
      out.push(g.intro, '', `| ${g.columns.party} | ${g.columns.fields} | ${g.columns.accountHolder} |`, '|---|---|---|');
      for (const x of g.gaps) out.push(`| ${cell(x.party)} | ${cell(x.fields.join(', '))} | ${cell(x.accountHolder)} |`);
      out.push('');
    }
  }
  return out.join('\n');
}

function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** A standalone HTML page, ready for a web publication of the budget. */
export function paragraphToHtml(doc: ParagraphDoc): string {
  const out: string[] = [
    '<!doctype html>',
    '<html lang="nl">',
    '<head>',
    '<meta charset="utf-8">',
    `<title>${esc(doc.title)}</title>`,
    '<style>body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem}table{border-collapse:collapse;width:100%;margin-bottom:1.5rem}th,td{border:1px solid #ccc;padding:.3rem .5rem;text-align:left;vertical-align:top}th{background:#f2f2f7}.gap{color:#a4262c;font-style:italic}</style>',
    '</head>',
    '<body>',
    `<h1>${esc(doc.title)}</h1>`,
  ];
  if (doc.demoNote) out.push(`<p><strong>${esc(doc.demoNote)}</strong></p>`);
  out.push(`<h2>${esc(doc.introTitle)}</h2>`, ...doc.intro.map((p) => `<p>${esc(p)}</p>`), `<p>${esc(doc.summary)}</p>`);
  out.push(`<h2>${esc(doc.visionTitle)}</h2>`);
  if (doc.vision) out.push(...doc.vision.map((p) => `<p>${esc(p)}</p>`));
  else out.push(`<p class="gap"><strong>${esc(doc.visionGap)}</strong></p>`);
  for (const s of doc.sections) {
    out.push(`<h2>${esc(s.title)}</h2>`);
    if (s.parties.length === 0) out.push(`<p>${esc(doc.noneInCategory)}</p>`);
    for (const p of s.parties) {
      out.push(`<h3>${esc(p.name)}</h3>`, '<table>', '<tbody>');
      for (const f of p.fields) out.push(`<tr><th scope="row">${esc(f.label)}</th><td${f.missing ? ' class="gap"' : ''}>${esc(f.value)}</td></tr>`);
      out.push('</tbody>', '</table>');
    }
  }
  const g = doc.gapsSection;
  if (g) {
    out.push(`<h2>${esc(g.title)}</h2>`);
    if (g.gaps.length === 0) out.push(`<p>${esc(g.none)}</p>`);
    else {
      out.push(`<p>${esc(g.intro)}</p>`, '<table>', `<thead><tr><th>${esc(g.columns.party)}</th><th>${esc(g.columns.fields)}</th><th>${esc(g.columns.accountHolder)}</th></tr></thead>`, '<tbody>');
      for (const x of g.gaps) out.push(`<tr><td>${esc(x.party)}</td><td>${esc(x.fields.join(', '))}</td><td>${esc(x.accountHolder)}</td></tr>`);
      out.push('</tbody>', '</table>');
    }
  }
  out.push('</body>', '</html>', '');
  return out.join('\n');
}

function row(cells: { text: string; bold?: boolean; italic?: boolean }[]): TableRow {
  return new TableRow({ children: cells.map((c) => new TableCell({ children: [new Paragraph({ children: [new TextRun({ text: c.text, bold: c.bold, italics: c.italic })] })] })) });
}

/** Word, with real headings and tables so the municipality's own template styles apply. */
export async function paragraphToDocx(doc: ParagraphDoc): Promise<Buffer> {
  const children: (Paragraph | Table)[] = [new Paragraph({ text: doc.title, heading: HeadingLevel.HEADING_1 })];
  if (doc.demoNote) children.push(new Paragraph({ children: [new TextRun({ text: doc.demoNote, bold: true })] }));
  children.push(new Paragraph({ text: doc.introTitle, heading: HeadingLevel.HEADING_2 }), ...doc.intro.map((p) => new Paragraph({ text: p })), new Paragraph({ text: doc.summary }));
  children.push(new Paragraph({ text: doc.visionTitle, heading: HeadingLevel.HEADING_2 }));
  if (doc.vision) children.push(...doc.vision.map((p) => new Paragraph({ text: p })));
  else children.push(new Paragraph({ children: [new TextRun({ text: doc.visionGap, bold: true, highlight: 'yellow' })] }));
  for (const s of doc.sections) {
    children.push(new Paragraph({ text: s.title, heading: HeadingLevel.HEADING_2 }));
    if (s.parties.length === 0) children.push(new Paragraph({ text: doc.noneInCategory }));
    for (const p of s.parties) {
      children.push(new Paragraph({ text: p.name, heading: HeadingLevel.HEADING_3 }));
      children.push(new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows: p.fields.map((f) => row([{ text: f.label, bold: true }, { text: f.value, italic: f.missing }])) }));
    }
  }
  const g = doc.gapsSection;
  if (g) {
    children.push(new Paragraph({ text: g.title, heading: HeadingLevel.HEADING_2 }));
    if (g.gaps.length === 0) children.push(new Paragraph({ text: g.none }));
    else {
      children.push(new Paragraph({ text: g.intro }));
      children.push(
        new Table({
          width: { size: 100, type: WidthType.PERCENTAGE },
          rows: [
            row([{ text: g.columns.party, bold: true }, { text: g.columns.fields, bold: true }, { text: g.columns.accountHolder, bold: true }]),
            ...g.gaps.map((x) => row([{ text: x.party }, { text: x.fields.join(', ') }, { text: x.accountHolder }])),
          ],
        }),
      );
    }
  }
  const document = new Document({ title: doc.title, creator: 'Partnerwijzer', sections: [{ children }] });
  return Packer.toBuffer(document);
}
