// restify 11 still touches process.binding('http_parser') (DEP0111): a dependency's warning the
// operator can do nothing about. Every other warning is still printed.
process.removeAllListeners('warning');
process.on('warning', (w: Error & { code?: string }) => {
  if (w.code !== 'DEP0111') process.stderr.write(`${w.name}: ${w.message}\n`);
});

import { ConfigError, loadConfig } from '../bot/config';
import { createLogger } from '../bot/logger';
import { cliCatalogue, cliLang } from '../locales/cli';
import { exportCommand, importCommand } from './registerCommands';

async function serve(): Promise<number> {
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  const { startApp } = await import('../bot/app'); // loaded only for serve: the server stack is heavy
  const app = await startApp(config, logger);
  if (config.localMode) {
    process.stdout.write(`\nPartnerwijzer draait lokaal: open http://localhost:${new URL(app.url).port}/ voor de webchat.\n\n`);
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

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  const t = cliCatalogue(cliLang());
  const USAGE = t.usage;
  try {
    switch (command) {
      case 'serve':
        return await serve();
      case 'import':
        return await importCommand(loadConfig(), rest[0], process.stdout, process.stderr);
      case 'export':
        return await exportCommand(loadConfig(), rest[0], process.stdout, process.stderr);
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
