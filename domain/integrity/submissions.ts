import { createHash } from 'node:crypto';

/**
 * Idempotency for form submits: a card carries a random submit id per rendering; the key combines
 * it with who submitted what, so pressing the same button twice (or Teams delivering the submit
 * twice) stores once, while two different notes from the same card both count.
 */
export function submitKey(kind: string, parts: (string | undefined)[]): string {
  const hash = createHash('sha256').update(JSON.stringify(parts)).digest('base64url');
  return `${kind}:${hash}`;
}

/** The submit id a card carried, if it looks like one (cards/submitId.ts makes them). */
export function submitIdOf(data: Record<string, unknown>): string | undefined {
  const v = data.submitId;
  return typeof v === 'string' && /^[A-Za-z0-9_-]{8,32}$/.test(v) ? v : undefined;
}

/** The party was removed (e.g. by a register import) while something was being stored for it. */
export class PartyGoneError extends Error {
  constructor(readonly partyId: string) {
    super(`party ${partyId} no longer exists`);
    this.name = 'PartyGoneError';
  }
}
