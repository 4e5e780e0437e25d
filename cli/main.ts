import { startApp } from '../bot/app';
import { ConfigError, loadConfig } from '../bot/config';
import { createLogger } from '../bot/logger';

const USAGE = `Gebruik: partnerwijzer <opdracht>

Opdrachten:
  serve      start de bot (poort uit PORT, standaard 3978)
  help       toon deze hulp`;

async function serve(): Promise<number> {
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
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
  const [command] = argv;
  try {
    switch (command) {
      case 'serve':
        return await serve();
      case undefined:
      case 'help':
      case '--help':
      case '-h':
        process.stdout.write(`${USAGE}\n`);
        return command === undefined ? 1 : 0;
      default:
        process.stderr.write(`Onbekende opdracht: ${command}\n\n${USAGE}\n`);
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
