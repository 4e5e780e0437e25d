import type { Meaning } from './annotate';

/** One word of a message as the reading sees it: what claimed it (a party name, a lexicon phrase) and what it means. */
export interface Token {
  w: string;
  /** Capitalised or with capitals as typed: names look like this. */
  cap: boolean;
  claim?: 'party' | 'phrase' | 'skip';
  partyIdx?: number;
  meaning?: Meaning;
  phrase?: string;
}
