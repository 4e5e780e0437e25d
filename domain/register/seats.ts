import { foldText } from './nameNormalize';
import type { Seat } from './types';

/** Whether two body names are the same body ("AB", "ab "). */
export function sameBody(a: string, b: string): boolean {
  return foldText(a).trim() === foldText(b).trim();
}

/** The seats in one body and/or with one role ("plaatsvervanger" also finds "plaatsvervangend lid"). */
export function seatsIn(seats: Seat[], body?: string, role?: string): Seat[] {
  return seats.filter((s) => (!body || sameBody(s.body, body)) && (!role || foldText(s.role).includes(foldText(role))));
}
