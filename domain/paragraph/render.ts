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
  for (const s of doc.sections) {
    out.push(`## ${s.title}`, '');
    if (s.parties.length === 0) out.push(doc.noneInCategory, '');
    for (const p of s.parties) {
      out.push(`### ${escapeMarkdownInline(p.name)}`, '', '| Onderdeel | Gegevens |', '|---|---|');
      for (const f of p.fields) out.push(`| ${cell(f.label)} | ${f.missing ? `_${cell(f.value)}_` : cell(f.value)} |`);
      out.push('');
    }
  }
  out.push(`## ${doc.gapsTitle}`, '');
  if (doc.gaps.length === 0) out.push(doc.gapsNone, '');
  else {
    out.push(doc.gapsIntro, '', `| ${doc.gapsColumns.party} | ${doc.gapsColumns.fields} | ${doc.gapsColumns.accountHolder} |`, '|---|---|---|');
    for (const g of doc.gaps) out.push(`| ${cell(g.party)} | ${cell(g.fields.join(', '))} | ${cell(g.accountHolder)} |`);
    out.push('');
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
  for (const s of doc.sections) {
    out.push(`<h2>${esc(s.title)}</h2>`);
    if (s.parties.length === 0) out.push(`<p>${esc(doc.noneInCategory)}</p>`);
    for (const p of s.parties) {
      out.push(`<h3>${esc(p.name)}</h3>`, '<table>', '<tbody>');
      for (const f of p.fields) out.push(`<tr><th scope="row">${esc(f.label)}</th><td${f.missing ? ' class="gap"' : ''}>${esc(f.value)}</td></tr>`);
      out.push('</tbody>', '</table>');
    }
  }
  out.push(`<h2>${esc(doc.gapsTitle)}</h2>`);
  if (doc.gaps.length === 0) out.push(`<p>${esc(doc.gapsNone)}</p>`);
  else {
    out.push(`<p>${esc(doc.gapsIntro)}</p>`, '<table>', `<thead><tr><th>${esc(doc.gapsColumns.party)}</th><th>${esc(doc.gapsColumns.fields)}</th><th>${esc(doc.gapsColumns.accountHolder)}</th></tr></thead>`, '<tbody>');
    for (const g of doc.gaps) out.push(`<tr><td>${esc(g.party)}</td><td>${esc(g.fields.join(', '))}</td><td>${esc(g.accountHolder)}</td></tr>`);
    out.push('</tbody>', '</table>');
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
  for (const s of doc.sections) {
    children.push(new Paragraph({ text: s.title, heading: HeadingLevel.HEADING_2 }));
    if (s.parties.length === 0) children.push(new Paragraph({ text: doc.noneInCategory }));
    for (const p of s.parties) {
      children.push(new Paragraph({ text: p.name, heading: HeadingLevel.HEADING_3 }));
      children.push(new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows: p.fields.map((f) => row([{ text: f.label, bold: true }, { text: f.value, italic: f.missing }])) }));
    }
  }
  children.push(new Paragraph({ text: doc.gapsTitle, heading: HeadingLevel.HEADING_2 }));
  if (doc.gaps.length === 0) children.push(new Paragraph({ text: doc.gapsNone }));
  else {
    children.push(new Paragraph({ text: doc.gapsIntro }));
    children.push(
      new Table({
        width: { size: 100, type: WidthType.PERCENTAGE },
        rows: [
          row([{ text: doc.gapsColumns.party, bold: true }, { text: doc.gapsColumns.fields, bold: true }, { text: doc.gapsColumns.accountHolder, bold: true }]),
          ...doc.gaps.map((g) => row([{ text: g.party }, { text: g.fields.join(', ') }, { text: g.accountHolder }])),
        ],
      }),
    );
  }
  const document = new Document({ title: doc.title, creator: 'Partnerwijzer', sections: [{ children }] });
  return Packer.toBuffer(document);
}
