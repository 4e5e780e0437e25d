import { randomBytes } from 'node:crypto';

/** A fresh id for one rendering of a form; sent back with the submit so a double submit stores once. */
export function newSubmitId(): string {
  return randomBytes(9).toString('base64url');
}
