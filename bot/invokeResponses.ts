import { z } from 'zod';

/**
 * Universal Action model answers for adaptiveCard/action: HTTP 200 with either a card, a message
 * (`application/vnd.microsoft.activity.message`) or an error (`application/vnd.microsoft.error`).
 */
export const CardInvokeValue = z.object({
  action: z.object({
    type: z.literal('Action.Execute'),
    verb: z.string().max(64).optional().nullable(),
    data: z.unknown(),
  }).passthrough(),
}).passthrough();

export function cardInvokeError(statusCode: number, code: string, message: string): Record<string, unknown> {
  return { statusCode, type: 'application/vnd.microsoft.error', value: { code, message } };
}

export function cardInvokeMessage(text: string): Record<string, unknown> {
  return { statusCode: 200, type: 'application/vnd.microsoft.activity.message', value: text };
}

/** The answer to Teams' typeahead (`application/search`): HTTP 200 with the results as { title, value }. */
export function searchInvokeResults(results: { title: string; value: string }[]): Record<string, unknown> {
  return { statusCode: 200, type: 'application/vnd.microsoft.search.searchResponse', value: { results } };
}
