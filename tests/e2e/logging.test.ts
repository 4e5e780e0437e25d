import path from 'node:path';
import { TeamsEmulator } from '../../support/emulator/teamsEmulator';
import { personalMessage, tempDir } from '../support/harness';
import { serveBot } from '../../support/processes';

test('logs are JSON lines with a correlation id per turn and no message text at info level', async () => {
  const bot = await serveBot({ DATABASE_URL: `sqlite:${path.join(tempDir(), 'log.db')}`, LOG_LEVEL: 'info' });
  const emulator = await new TeamsEmulator(bot.url).start();
  try {
    await emulator.send(personalMessage('wie vertegenwoordigt ons bij geheimpje-7731?'));
    await emulator.send(personalMessage('hulp'));
  } finally {
    await emulator.stop();
    await bot.stop();
  }
  const lines = bot
    .output()
    .split('\n')
    .filter((l) => l.startsWith('{'))
    .map((l) => JSON.parse(l) as Record<string, unknown>);
  const turns = lines.filter((l) => l.msg === 'turn');
  expect(turns).toHaveLength(2);
  expect(new Set(turns.map((t) => t.correlationId)).size).toBe(2);
  for (const l of lines) expect(typeof l.level).toBe('number');
  expect(bot.output()).not.toContain('geheimpje-7731');
});
