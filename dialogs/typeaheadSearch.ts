import { z } from 'zod';
import { PARTY_DATASET, TYPEAHEAD_OPTIONS, type Choice } from '../cards/formInputs';
import type { DialogServices } from './types';

/**
 * Teams' dynamic typeahead (`application/search` invoke from a choice set with `choices.data`):
 * `{ queryText, queryOptions: { skip, top }, dataset }`. Teams sends more fields (kind, context); they are ignored.
 */
export const SearchInvokeValueSchema = z
  .object({
    queryText: z.string().max(500).optional(),
    queryOptions: z.object({ skip: z.number().int().min(0).max(10_000).optional(), top: z.number().int().min(0).max(1000).optional() }).passthrough().optional(),
    dataset: z.string().min(1).max(200),
  })
  .passthrough();

export type TypeaheadAnswer = { kind: 'results'; results: Choice[] } | { kind: 'badRequest' } | { kind: 'unknownDataset'; dataset: string };

/** Answers a typeahead query: the active parties that fit what was typed (typo tolerant, prefixes), best first. */
export async function typeaheadSearch(raw: unknown, services: DialogServices): Promise<TypeaheadAnswer> {
  const parsed = SearchInvokeValueSchema.safeParse(raw);
  if (!parsed.success) return { kind: 'badRequest' };
  const { dataset, queryText, queryOptions } = parsed.data;
  if (dataset !== PARTY_DATASET) return { kind: 'unknownDataset', dataset: dataset.slice(0, 80) };
  const skip = queryOptions?.skip ?? 0;
  const top = Math.max(1, Math.min(queryOptions?.top || TYPEAHEAD_OPTIONS, 50));
  const snap = await services.register.snapshot();
  // The index also holds archived parties (found by name in chat); a form only takes active ones.
  const hits = snap.partyIndex.search((queryText ?? '').slice(0, 200), skip + top + 50).filter((p) => snap.activeById.has(p.id));
  return { kind: 'results', results: hits.slice(skip, skip + top).map((p) => ({ title: p.name, value: p.id })) };
}
