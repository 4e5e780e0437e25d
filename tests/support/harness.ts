import fs from 'node:fs';
import path from 'node:path';
import { startApp, type AppOverrides, type RunningApp } from '../../bot/app';
import { loadConfig } from '../../bot/config';
import { createLogger } from '../../bot/logger';
import { TeamsEmulator } from '../../support/emulator/teamsEmulator';
import { tempDir } from '../../support/activities';

// The activity helpers live in support/ (bench uses them too); tests import them from here.
export { cardOf, cardText, channelMention, personalMessage, tempDir } from '../../support/activities';

export interface Harness {
  app: RunningApp;
  emulator: TeamsEmulator;
  dir: string;
  stop(): Promise<void>;
}

/**
 * The configuration of a bot under test: a free port on loopback, silent logs, the minute scheduler
 * off (tests run reminders at chosen instants) and a per-user limit no test reaches (it has its own test).
 */
function testConfig(env: Record<string, string>) {
  return loadConfig({ PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent', USER_RATE_LIMIT: '10000', REMINDER_INTERVAL_SECONDS: '0', ...env });
}

/** Starts the real bot (HTTP, SQLite file in a temp dir unless DATABASE_URL is given) and an emulator. */
export async function startHarness(env: Record<string, string> = {}, overrides: AppOverrides = {}): Promise<Harness> {
  const dir = tempDir();
  const config = testConfig({ DATABASE_URL: `sqlite:${path.join(dir, 'pw.db')}`, ...env });
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

/** Two whole bot instances on one database (the minute scheduler off), and an emulator in front of the first. */
export async function startTwoBots(databaseUrl: string): Promise<{ a: RunningApp; b: RunningApp; emulator: TeamsEmulator }> {
  const config = testConfig({ DATABASE_URL: databaseUrl });
  const a = await startApp(config, createLogger('silent'));
  const b = await startApp(config, createLogger('silent'));
  const emulator = await new TeamsEmulator(a.url).start();
  return { a, b, emulator };
}
