import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadKitActivity } from './paths';

/** Activities from the kit with new text, and reading cards back: shared by tests and benchmarks. */
export function tempDir(prefix = 'pw-test-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

let counter = 0;
function uniqueId(): string {
  counter += 1;
  return `${Date.now()}${counter}`;
}

/** The kit's personal 1:1 message with new text (and a fresh id). */
export function personalMessage(text: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  const base = loadKitActivity('b-personal-message.json');
  return { ...base, id: uniqueId(), text, attachments: [], ...overrides };
}

/** The kit's captured channel message that @mentions the bot, with new text after the mention. */
export function channelMention(text: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  const base = loadKitActivity<Record<string, unknown> & { recipient: { name: string } }>('a-channel-message-bot-mention.captured.json');
  return { ...base, id: uniqueId(), text: `<at>${base.recipient.name}</at> ${text}`, ...overrides };
}

export function cardOf(activity: Record<string, unknown> | undefined): Record<string, unknown> | undefined {
  const atts = (activity?.attachments as { contentType: string; content: Record<string, unknown> }[] | undefined) ?? [];
  return atts.find((a) => a.contentType === 'application/vnd.microsoft.card.adaptive')?.content;
}

/** All text in a card (TextBlocks, facts, action titles), for assertions. */
export function cardText(card: unknown): string {
  const out: string[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      const o = node as Record<string, unknown>;
      for (const key of ['text', 'title', 'value', 'placeholder', 'label']) if (typeof o[key] === 'string') out.push(o[key] as string);
      for (const v of Object.values(o)) if (typeof v === 'object') walk(v);
    }
  };
  walk(card);
  return out.join('\n');
}
