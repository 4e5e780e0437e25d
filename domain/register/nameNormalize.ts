import { distance as levenshtein } from 'fastest-levenshtein';

/**
 * Normal form for organisation names as people type them: no accents, no punctuation, hyphens
 * as spaces, legal-form and GR prefixes dropped, "te <plaats>" dropped.
 */
export const DROP_TOKENS = new Set(['gr', 'nv', 'bv', 'ua', 'cv', 'stichting', 'vereniging', 'cooperatie', 'de', 'het', 'the', 'een', 'a', 'an']);
const DROP_PHRASES = [/\bgemeenschappelijke regeling\b/g, /\bopenbaar lichaam\b/g, /\bnaamloze vennootschap\b/g, /\bbesloten vennootschap\b/g];

export function foldText(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

export function nameTokens(raw: string): string[] {
  let s = foldText(raw)
    // n.v. / b.v. / u.a. → nv / bv / ua before punctuation goes
    .replace(/\b([a-z])\.([a-z])\.?(?=\s|$)/g, '$1$2')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
  for (const re of DROP_PHRASES) s = s.replace(re, ' ');
  let tokens = s.split(/\s+/).filter((t) => t !== '');
  // "… te Den Haag": the seat of the organisation, not part of its name
  const te = tokens.lastIndexOf('te');
  if (te > 0 && tokens.length - te <= 4) tokens = tokens.slice(0, te);
  const kept = tokens.filter((t) => !DROP_TOKENS.has(t));
  return kept.length > 0 ? kept : tokens;
}

/** Edits allowed for a token of this length: short words must be exact. */
export function allowedEdits(len: number): number {
  if (len <= 3) return 0;
  if (len <= 7) return 1;
  return 2;
}

/**
 * Levenshtein distance, except that one swap of adjacent letters ("evdies" for "evides", the
 * most common typo) counts as one edit instead of two.
 */
export function editDistance(a: string, b: string): number {
  const d = levenshtein(a, b);
  if (d !== 2 || a.length !== b.length) return d;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return i + 1 < a.length && a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2) ? 1 : d;
}
