import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { openDb } from '../../store/db';
import { KyselyRegisterStore } from '../../store/registerStore';
import { RegisterService } from '../../domain/register/registerService';
import { PROJECT_ROOT } from '../../support/paths';
import { personalMessage, startHarness, tempDir, type Harness } from '../support/harness';

const run = promisify(execFile);
const BIN = path.join(PROJECT_ROOT, 'bin', 'partnerwijzer.js');
async function cli(args: string[], env: Record<string, string>): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const r = await run(process.execPath, [BIN, ...args], { env: { ...process.env, PARTNERWIJZER_LANG: 'nl', ...env } });
    return { code: 0, stdout: r.stdout, stderr: r.stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
}

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => h?.stop());

test('a backup of the running bot, restored into a fresh store, gives the same export; restore refuses a non-empty store without --force', async () => {
  const dbFile = path.join(h.dir, 'pw.db');
  const dir = tempDir();
  // The bot is running and busy while the backup is made.
  const parties = await h.app.register.listParties();
  await h.app.register.editParty(parties[0].id, (p) => ({ ...p, risks: 'tijdens de backup' }), { actor: 'test' });
  const busy = Promise.all(Array.from({ length: 20 }, () => h.emulator.send(personalMessage('welke verbonden partijen hebben we?'))));
  const out = path.join(dir, 'backup.db');
  const backup = await cli(['backup', '--out', out], { DATABASE_URL: `sqlite:${dbFile}` });
  await busy;
  expect(backup.stderr).toBe('');
  expect(backup.code).toBe(0);
  expect(backup.stdout).toContain(`Reservekopie geschreven naar ${out} (${parties.length} verbonden partijen)`);

  const fresh = `sqlite:${path.join(dir, 'fresh.db')}`;
  const restored = await cli(['restore', out], { DATABASE_URL: fresh });
  expect(restored.code).toBe(0);
  const db = await openDb(fresh);
  const exported = await new RegisterService(new KyselyRegisterStore(db.kysely)).exportCsv();
  await db.close();
  expect(exported).toBe(await h.app.register.exportCsv());
  expect(exported).toContain('tijdens de backup');

  const again = await cli(['restore', out], { DATABASE_URL: fresh });
  expect(again.code).toBe(1);
  expect(again.stderr).toContain('gebruik --force');
  expect((await cli(['restore', out, '--force'], { DATABASE_URL: fresh })).code).toBe(0);
  fs.writeFileSync(path.join(dir, 'geen.db'), 'dit is geen database');
  expect((await cli(['restore', path.join(dir, 'geen.db')], { DATABASE_URL: `sqlite:${path.join(dir, 'x.db')}` })).stderr).toContain('geen reservekopie');
  const pg = await cli(['backup'], { DATABASE_URL: 'postgres://postgres@127.0.0.1:1/none' });
  expect(pg.code).toBe(2);
  expect(pg.stderr).toContain('pg_dump');
});
