/**
 * Text typed by users or imported from files goes into cards as literal text: Teams renders a
 * subset of Markdown in TextBlocks, so every Markdown control character is escaped.
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|>~<]/g, (c) => `\\${c}`).replace(/\r?\n/g, ' ');
}

/** Dutch notation for whole euros: € 1.234.567 */
export function formatEuro(cents: number): string {
  const euros = Math.round(cents / 100);
  return `€ ${euros.toLocaleString('nl-NL', { maximumFractionDigits: 0 })}`;
}
