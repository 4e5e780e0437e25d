import { CODE_PATTERN, type NewParty } from './types';

const NOISE = new Set(['NV', 'N-V', 'BV', 'B-V', 'CV', 'GR', 'STICHTING', 'VERENIGING', 'DE', 'HET', 'EEN', 'VAN', 'EN', 'TE', 'VOOR', 'IN', 'OP', 'DER', 'DEN']);

/** Upper case, no diacritics, anything else than letters and digits as one hyphen. */
export function normalizeCode(raw: string): string {
  return raw
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 32)
    .replace(/-+$/, '');
}

/**
 * A short stable key for a party that has none yet: its shortest alias that looks like an
 * abbreviation (GGD, ODH), otherwise the initials of its name; made unique against `taken`
 * with -2, -3, ….
 */
export function suggestCode(p: Pick<NewParty, 'name' | 'aliases'>, taken: ReadonlySet<string>): string {
  const abbreviations = p.aliases
    .map((a) => a.trim())
    .filter((a) => a.length >= 2 && a.length <= 12 && !/\s/.test(a))
    .sort((a, b) => a.length - b.length);
  let base = abbreviations.length > 0 ? normalizeCode(abbreviations[0]) : '';
  if (!base) {
    const words = normalizeCode(p.name).split('-').filter((w) => w !== '' && !NOISE.has(w));
    base = words.length === 1 ? words[0].slice(0, 12) : words.map((w) => (/^\d+$/.test(w) ? w : w[0])).join('').slice(0, 12);
  }
  if (!CODE_PATTERN.test(base)) base = 'P';
  let code = base;
  for (let i = 2; taken.has(code); i += 1) code = `${base.slice(0, 28)}-${i}`;
  return code;
}
