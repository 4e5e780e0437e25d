import fs from 'node:fs';
import Ajv, { type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import draft6 from 'ajv/dist/refs/json-schema-draft-06.json';
import { kitPath } from './paths';

/** Teams' limit for a card message. */
export const MAX_CARD_BYTES = 28 * 1024;

let validate15: ValidateFunction | undefined;
let teams16: { dataQuery: ValidateFunction; choiceStyle: ValidateFunction } | undefined;

function newAjv(): Ajv {
  const ajv = new Ajv({ strict: false, allErrors: true, validateSchema: false });
  ajv.addMetaSchema(draft6);
  addFormats(ajv);
  return ajv;
}

/** A kit schema; it names itself with draft-04 style `id` (shared by 1.5 and 1.6), ajv 8 wants `$id`. */
function kitSchema(file: string, id: string): Record<string, unknown> {
  const { id: _legacyId, ...rest } = JSON.parse(fs.readFileSync(kitPath(file), 'utf8')) as Record<string, unknown>;
  return { ...rest, $id: id };
}

function schemaValidator(): ValidateFunction {
  validate15 ??= newAjv().compile(kitSchema('adaptive-card-1.5.schema.json', 'adaptive-card-1.5'));
  return validate15;
}

/** The 1.6 schema's own definitions of `Data.Query` and the choice set style (with `filtered`). */
function teamsValidators(): { dataQuery: ValidateFunction; choiceStyle: ValidateFunction } {
  if (!teams16) {
    // Both definitions are self-contained (no $ref); the whole 1.6 schema does not compile in ajv 8.
    const defs = kitSchema('adaptive-card-1.6.schema.json', 'adaptive-card-1.6').definitions as Record<string, Record<string, unknown>>;
    const ajv = newAjv();
    teams16 = { dataQuery: ajv.compile(defs['Data.Query']), choiceStyle: ajv.compile(defs.ChoiceInputStyle) };
  }
  return teams16;
}

/**
 * Teams documents two Input.ChoiceSet properties for its clients on 1.5 cards that the 1.5 schema
 * does not have: `choices.data` (a Data.Query: people picker, dynamic typeahead) and
 * `style: "filtered"` (static typeahead). Each is checked against the 1.6 schema's definition and
 * taken out, so the 1.5 check sees the rest of the card unchanged.
 */
function teamsChoiceSetExtensions(node: unknown, path: string, problems: string[]): unknown {
  if (Array.isArray(node)) return node.map((n, i) => teamsChoiceSetExtensions(n, `${path}/${i}`, problems));
  if (!node || typeof node !== 'object') return node;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(node as Record<string, unknown>)) out[k] = teamsChoiceSetExtensions(v, `${path}/${k}`, problems);
  if (out.type !== 'Input.ChoiceSet') return out;
  const v = teamsValidators();
  if ('choices.data' in out) {
    const query = out['choices.data'] as { dataset?: unknown } | undefined;
    if (!v.dataQuery(query)) for (const e of v.dataQuery.errors ?? []) problems.push(`schema 1.6: ${path}/choices.data${e.instancePath} ${e.message ?? ''}`);
    else if (typeof query?.dataset !== 'string' || query.dataset.trim() === '') problems.push(`schema 1.6: ${path}/choices.data/dataset must not be empty`);
    delete out['choices.data'];
  }
  if (typeof out.style === 'string' && out.style.toLowerCase() === 'filtered') {
    if (!v.choiceStyle(out.style)) problems.push(`schema 1.6: ${path}/style ${out.style}`);
    delete out.style;
  }
  return out;
}

interface ParseEvent {
  message: string;
}

/** Parses with Microsoft's adaptivecards renderer library: any error or warning is reported. */
function adaptiveCardsLibraryProblems(card: unknown): string[] {
  // The library loads in Node only from its dist bundle (see DESIGN.md).
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const AC = require('adaptivecards/dist/adaptivecards.js') as {
    AdaptiveCard: new () => { parse(json: unknown, ctx: unknown): void; validateProperties(): { validationEvents: ParseEvent[] } };
    SerializationContext: new () => { eventCount: number; getEventAt(i: number): ParseEvent };
  };
  const ac = new AC.AdaptiveCard();
  const ctx = new AC.SerializationContext();
  ac.parse(card, ctx);
  const problems: string[] = [];
  for (let i = 0; i < ctx.eventCount; i++) problems.push(`adaptivecards: ${ctx.getEventAt(i).message}`);
  // Render-time rules (e.g. a required input needs an error message) that Web Chat enforces.
  for (const e of ac.validateProperties().validationEvents) problems.push(`adaptivecards: ${e.message}`);
  return problems;
}

/**
 * Teams' own extension of a card (`msteams` at the root, outside the Adaptive Card schema): only
 * mention entities, each of whose `<at>…</at>` text occurs in the card, and `width: "Full"`.
 */
function msteamsProblems(card: Record<string, unknown>): string[] {
  const ms = card.msteams as Record<string, unknown> | undefined;
  if (ms === undefined) return [];
  if (!ms || typeof ms !== 'object' || Array.isArray(ms)) return ['msteams: must be an object'];
  const problems: string[] = [];
  for (const key of Object.keys(ms)) if (key !== 'entities' && key !== 'width') problems.push(`msteams: unknown property ${key}`);
  if (ms.width !== undefined && ms.width !== 'Full') problems.push('msteams.width: only "Full"');
  const { msteams: _ms, ...rest } = card;
  const text = JSON.stringify(rest);
  for (const e of (ms.entities as unknown[] | undefined) ?? []) {
    const m = e as { type?: unknown; text?: unknown; mentioned?: { id?: unknown; name?: unknown } };
    if (m.type !== 'mention' || typeof m.text !== 'string' || !/^<at>[^<>]+<\/at>$/.test(m.text) || typeof m.mentioned?.id !== 'string' || typeof m.mentioned?.name !== 'string') problems.push(`msteams.entities: not a mention: ${JSON.stringify(e)}`);
    else if (!text.includes(JSON.stringify(m.text).slice(1, -1))) problems.push(`msteams.entities: ${m.text} does not occur in the card`);
  }
  return problems;
}

/**
 * Every problem with a card: 1.5 schema, adaptivecards parse events, size; Teams' own extensions
 * (the msteams property, and `choices.data` / `style: "filtered"` on choice sets against the 1.6
 * definitions) checked on their own. Empty = valid.
 */
export function cardProblems(input: unknown): string[] {
  const problems: string[] = [];
  const full = input as Record<string, unknown>;
  let card: unknown = input;
  if (full && typeof full === 'object' && 'msteams' in full) {
    problems.push(...msteamsProblems(full));
    const { msteams: _ms, ...rest } = full;
    card = rest;
  }
  // The library parses the Teams choice set extensions itself (it knows 1.6), so it gets them.
  const forLibrary = card;
  card = teamsChoiceSetExtensions(card, '', problems);
  const validate = schemaValidator();
  if (!validate(card)) {
    for (const e of validate.errors ?? []) problems.push(`schema: ${e.instancePath || '/'} ${e.message ?? ''}`);
  }
  const c = card as { version?: unknown };
  if (c.version !== '1.5') problems.push(`version must be "1.5", got ${String(c.version)}`);
  problems.push(...adaptiveCardsLibraryProblems(forLibrary));
  const bytes = Buffer.byteLength(JSON.stringify(input), 'utf8');
  if (bytes > MAX_CARD_BYTES) problems.push(`card is ${bytes} bytes, over the 28 KB limit`);
  return problems;
}
