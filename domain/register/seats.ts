import { wordTable } from '../text/wordTable';
import { foldText } from './nameNormalize';
import type { Seat } from './types';

/**
 * Spelled-out and sister names of one body: a foundation's supervisory board is its RvT, a
 * company's its RvC, and users call both "de raad van toezicht" or "the supervisory board"; a
 * co-operative's ALV is the members' meeting users ask for as the AvA.
 */
const BODY_SYNONYMS = wordTable<string>({
  'algemeen bestuur': 'ab',
  'dagelijks bestuur': 'db',
  'algemene vergadering van aandeelhouders': 'ava',
  aandeelhoudersvergadering: 'ava',
  // A co-operative's or association's members' meeting is where its members vote, as shareholders do in the AvA.
  alv: 'ava',
  ledenvergadering: 'ava',
  'algemene ledenvergadering': 'ava',
  'algemene vergadering': 'ava',
  rvt: 'rvc',
  'raad van toezicht': 'rvc',
  'raad van commissarissen': 'rvc',
});
/** One key per body, whatever its spelling ("AB", "Algemeen Bestuur"; "RvT" and "RvC" alike). */
export function bodyKey(name: string): string {
  const folded = foldText(name).trim();
  return BODY_SYNONYMS[folded] ?? folded;
}

/** Whether two body names are the same body ("AB", "ab ", "Algemeen Bestuur"; "RvT" for "RvC"). */
export function sameBody(a: string, b: string): boolean {
  return bodyKey(a) === bodyKey(b);
}

/** The seats in one body and/or with one role ("plaatsvervanger" also finds "plaatsvervangend lid"). */
export function seatsIn(seats: Seat[], body?: string, role?: string): Seat[] {
  return seats.filter((s) => (!body || sameBody(s.body, body)) && (!role || foldText(s.role).includes(foldText(role))));
}

/**
 * The body a question about one body means: "het bestuur" / "the board" of a party that has no body
 * called bestuur (a GR's AB and DB, a company's RvC) is its boards in general, so no one body; any
 * other body as asked (which may hold no seat).
 */
export function bodyAsked(seats: Seat[], body?: string): string | undefined {
  return body && bodyKey(body) === 'bestuur' && !seats.some((s) => sameBody(s.body, body)) ? undefined : body;
}
