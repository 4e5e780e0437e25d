import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startApp, type AppOverrides, type RunningApp } from '../../bot/app';
import { loadConfig } from '../../bot/config';
import { createLogger } from '../../bot/logger';
import { TeamsEmulator } from '../emulator/teamsEmulator';
import { loadKitActivity } from './paths';

export interface Harness {
  app: RunningApp;
  emulator: TeamsEmulator;
  dir: string;
  stop(): Promise<void>;
}

export function tempDir(prefix = 'pw-test-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

/** Starts the real bot (HTTP, SQLite file in a temp dir unless DATABASE_URL is given) and an emulator. */
export async function startHarness(env: Record<string, string> = {}, overrides: AppOverrides = {}): Promise<Harness> {
  const dir = tempDir();
  // Tests send many turns from one kit user; the per-user limit has its own test.
  // The minute scheduler stays off in tests; they run reminders at chosen instants instead.
  const config = loadConfig({ PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent', USER_RATE_LIMIT: '10000', DATABASE_URL: `sqlite:${path.join(dir, 'pw.db')}`, REMINDER_INTERVAL_SECONDS: '0', ...env });
  const app = await startApp(config, createLogger(config.logLevel), overrides);
  const emulator = await new TeamsEmulator(app.url).start();
  return {
    app,
    emulator,
    dir,
    stop: async () => {
      await emulator.stop();
      await app.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
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
