/** Lower case, no accents, no punctuation, single spaces: the form intent rules match on. */
export function normalizeQuestion(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}
