// restify 11 still touches process.binding('http_parser') (DEP0111): a dependency's warning the
// operator can do nothing about. Every other warning is still printed.
process.removeAllListeners('warning');
process.on('warning', (w: Error & { code?: string }) => {
  if (w.code !== 'DEP0111') process.stderr.write(`${w.name}: ${w.message}\n`);
});

import fs from 'node:fs';
import path from 'node:path';
import { cliLang, ConfigError, loadConfig, type AppConfig } from '../bot/config';
import { setTimeZone } from '../domain/time/clock';
import { createLogger } from '../bot/logger';
import type { CliCatalogue } from '../locales/catalogue';
import { cliCatalogue } from '../locales/cli';
import { backupCommand, restoreCommand } from './backupCommands';
import { addDateCommand, auditCommand, calendarCommand, exportCommand, importCommand, paragraphCommand } from './registerCommands';

/** The configuration, with the display time zone set: every command shows dates as the bot does. */
function configured(): AppConfig {
  const config = loadConfig();
  setTimeZone(config.tzDisplay);
  return config;
}

async function serve(t: CliCatalogue): Promise<number> {
  const config = configured();
  const logger = createLogger(config.logLevel);
  const { startApp } = await import('../bot/app'); // loaded only for serve: the server stack is heavy
  const app = await startApp(config, logger);
  if (config.localMode) {
    process.stdout.write(`${t.servingLocally(new URL(app.url).port)}\n`);
  }
  await new Promise<void>((resolve) => {
    const stop = (signal: string) => {
      logger.info({ signal }, 'shutting down');
      app.close().then(resolve, resolve);
    };
    process.once('SIGTERM', () => stop('SIGTERM'));
    process.once('SIGINT', () => stop('SIGINT'));
  });
  return 0;
}

/** `partnerwijzer package [--out file.zip]`: the Teams app upload zip for this bot. */
async function packageCli(args: string[], t: CliCatalogue): Promise<number> {
  const outIdx = args.indexOf('--out');
  const out = outIdx >= 0 && args[outIdx + 1] ? args[outIdx + 1] : path.join('dist', 'partnerwijzer-teams.zip');
  const config = configured();
  const appId = config.appId;
  const botDomain = config.botDomain;
  if (!appId || !botDomain) {
    process.stderr.write(`${t.packageNeeds}\n`);
    return 1;
  }
  const { buildPackage } = await import('./packageCommand');
  const files = await buildPackage({ appId, botDomain, version: packageVersion(), developerName: config.developerName }, out);
  process.stdout.write(`${out}: ${files.join(', ')}\n`);
  return 0;
}

function packageVersion(): string {
  const pkg = path.join(__dirname, '..', '..', 'package.json');
  const alt = path.join(__dirname, '..', 'package.json');
  const file = fs.existsSync(pkg) ? pkg : alt;
  return (JSON.parse(fs.readFileSync(file, 'utf8')) as { version: string }).version;
}

/** `partnerwijzer reminders run --now 2027-03-01T09:00:00+01:00`: the scheduler's code path, at a chosen instant. */
async function remindersCli(args: string[], t: CliCatalogue): Promise<number> {
  const i = args.indexOf('--now');
  const nowArg = i >= 0 ? args[i + 1] : undefined;
  const now = nowArg ? new Date(nowArg) : new Date();
  if (args[0] === 'dead' || args[0] === 'retry') return deadLetters(args, t);
  if (args[0] !== 'run' || Number.isNaN(now.getTime())) {
    process.stderr.write(`${t.remindersUsage}\n`);
    return 2;
  }
  const config = configured();
  const logger = createLogger(config.logLevel);
  // The services and the Teams connector only: no HTTP server, no port.
  const { runRemindersOnce } = await import('../bot/services');
  const { enqueued, report } = await runRemindersOnce(config, logger, now);
  process.stdout.write(`${JSON.stringify({ now: now.toISOString(), enqueued, ...report })}\n`);
  return report.dead > 0 ? 1 : 0;
}

/** `reminders dead` lists failed deliveries; `reminders retry <id>` queues one again. */
async function deadLetters(args: string[], t: CliCatalogue): Promise<number> {
  const config = configured();
  const { openDb } = await import('../store/db');
  const { OutboxStore } = await import('../store/outboxStore');
  const db = await openDb(config.databaseUrl);
  try {
    const outbox = new OutboxStore(db.kysely, db.kind);
    if (args[0] === 'dead') {
      for (const r of await outbox.dead()) process.stdout.write(`${r.id}\t${r.conversationId}\t${r.attempts}\t${r.lastError ?? ''}\t${r.payload.party}: ${r.payload.title}\n`);
      return 0;
    }
    if (!args[1]) {
      process.stderr.write(`${t.retryUsage}\n`);
      return 2;
    }
    const ok = await outbox.retryDead(args[1]);
    process.stdout.write(`${ok ? t.retried(args[1]) : t.noSuchDeadLetter(args[1])}\n`);
    return ok ? 0 : 1;
  } finally {
    await db.close();
  }
}

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  const t = cliCatalogue(cliLang());
  const USAGE = t.usage;
  try {
    switch (command) {
      case 'serve':
        return await serve(t);
      case 'import':
        return await importCommand(configured(), rest, process.stdout, process.stderr);
      case 'export':
        return await exportCommand(configured(), rest[0], process.stdout, process.stderr);
      case 'backup':
        return await backupCommand(configured(), rest, process.stdout, process.stderr);
      case 'restore':
        return await restoreCommand(configured(), rest, process.stdout, process.stderr);
      case 'audit':
        return await auditCommand(configured(), rest, process.stdout, process.stderr);
      case 'paragraaf':
      case 'paragraph':
        return await paragraphCommand(configured(), rest, process.stdout, process.stderr);
      case 'calendar':
      case 'agenda':
        return await calendarCommand(configured(), rest, process.stdout, process.stderr);
      case 'datum':
        return await addDateCommand(configured(), rest, process.stdout, process.stderr);
      case 'reminders':
        return await remindersCli(rest, t);
      case 'package':
        return await packageCli(rest, t);
      case undefined:
      case 'help':
      case '--help':
      case '-h':
        process.stdout.write(`${USAGE}\n`);
        return command === undefined ? 1 : 0;
      default:
        process.stderr.write(`${t.unknownCommand(command)}\n\n${USAGE}\n`);
        return 1;
    }
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`${err.message}\n`);
      return 1;
    }
    throw err;
  }
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (err: unknown) => {
      process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
      process.exitCode = 1;
    },
  );
}
