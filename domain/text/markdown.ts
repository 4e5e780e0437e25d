/**
 * Text typed by users or imported from files goes into cards, messages and Markdown documents as literal text. Teams renders a
 * Markdown subset in TextBlocks, so the characters that start emphasis, code, links or HTML are
 * escaped, and so are line starts that would become headings, quotes or lists. Other punctuation
 * stays as typed ("N.V.", "(wethouder)") because a backslash there would show.
 */
export function escapeMarkdown(text: string): string {
  return escapeMarkdownInline(text)
    .replace(/^(\s*)([#+-])/, '$1\\$2')
    .replace(/^(\s*\d+)([.)])/, '$1\\$2');
}

/** The same, for text inside a line (a table cell, after a heading marker): line starts need no escape. */
export function escapeMarkdownInline(text: string): string {
  return text.replace(/\r?\n/g, ' ').replace(/[\\`*_[\]~<>|]/g, (c) => `\\${c}`);
}
