import { foldText, nameTokens } from '../register/nameNormalize';
import type { Party } from '../register/types';
import type { UnderstandingModel } from './model';

/**
 * "dat afvalbedrijf in Alkmaar", "the archive in Lichtenvoorde", "the youth care GR in the Alkmaar
 * region": a party described by what it does and where it sits. The place is where a registered party
 * is established (vestigingsplaats) or a word of its name; it narrows the description, it is no part
 * of a name ("bij X" names a party, and "uit Alkmaar" a person from there, so only "in", "at", "te", "near" and "rond" take a place). Only places of our own parties count, so "de GGD in Amsterdam" stays another region's GGD.
 */
export interface PlaceQualifier {
  /** The message without the place phrase. */
  rest: string;
  place: string;
}

/** A place's name folded to words ("Alphen aan den Rijn" → "alphen aan den rijn"). */
function placeKey(location: string | null): string {
  return location ? foldText(location).replace(/[^a-z0-9]+/g, ' ').trim() : '';
}

/** Names of places as one regular-expression alternation, longest first, a space matching a hyphen too. */
export function nameAlternation(names: Iterable<string>): string {
  return [...names].sort((a, b) => b.length - a.length).map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '[\\s-]+')).join('|');
}

interface PlaceTable {
  re: RegExp | undefined;
}
const tables = new WeakMap<UnderstandingModel, PlaceTable>();

function tableOf(model: UnderstandingModel): PlaceTable {
  const known = tables.get(model);
  if (known) return known;
  const places = new Set<string>();
  for (const p of model.parties) {
    const loc = placeKey(p.location);
    if (loc.length >= 3) places.add(loc);
    // "in alphen" for Alphen aan den Rijn: a long place name by its first word.
    const first = loc.split(' ')[0];
    if (loc.includes(' ') && first.length >= 5) places.add(first);
  }
  const table: PlaceTable = {
    re: places.size === 0 ? undefined : new RegExp(`(?:^|[\\s,])(?:in|at|te|near|rond|around) (?:de |het |the )?(?:regio |region |omgeving |area of |gemeente )?(${nameAlternation(places)})(?: region| regio| area)?(?=$|[\\s,.?!])`, 'i'),
  };
  tables.set(model, table);
  return table;
}

export function placeQualifier(typed: string, model: UnderstandingModel): PlaceQualifier | undefined {
  const re = tableOf(model).re;
  if (!re) return undefined;
  const folded = foldText(typed);
  // Folding keeps every character's position (accents are dropped, not letters), so the match maps back.
  if (folded.length !== typed.length) return undefined;
  const m = re.exec(folded);
  if (!m || m.index === undefined) return undefined;
  const start = m.index + (/^[\s,]/.test(m[0]) ? 1 : 0);
  const rest = `${typed.slice(0, start)} ${typed.slice(m.index + m[0].length)}`.replace(/\s+/g, ' ').trim();
  if (rest.split(' ').length < 2) return undefined;
  return { rest, place: m[1].replace(/[\s-]+/g, ' ') };
}

/** Whether a party sits in the place or carries it in its name. */
export function partyAt(p: Party, place: string, seatOnly = false): boolean {
  const loc = placeKey(p.location);
  if (loc === place || (loc.startsWith(`${place} `) && place.length >= 5)) return true;
  if (seatOnly) return false;
  const words = place.split(' ');
  return [p.name, ...p.aliases].some((n) => {
    const toks = nameTokens(n);
    return words.every((w) => toks.includes(w));
  });
}
