import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { openDb } from '../../store/db';
import { tempDir } from '../support/harness';
import { PROJECT_ROOT } from '../../support/paths';

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

const HEADER = 'partij;afkortingen;categorie;vestigingsplaats;openbaar_belang;orgaan;rol;naam;email;functie;portefeuillehouder;accounthouder;accounthouder_email;risicoprofiel;financieel_belang';

describe('npx partnerwijzer import / export', () => {
  const dir = tempDir();
  const env = { DATABASE_URL: `sqlite:${path.join(dir, 'cli.db')}` };
  const good = path.join(dir, 'register.csv');
  fs.writeFileSync(good, '\ufeff' + [
    HEADER,
    'Omgevingsdienst Haaglanden;ODH;gemeenschappelijke regeling;Den Haag;VTH milieu;AB;lid;Pieter Jansen;p.jansen@gem.example;wethouder;F. Bakker;Joost Hendriks;j.hendriks@gem.example;midden;960.000,00',
    'Omgevingsdienst Haaglanden;;;;;AB;plaatsvervanger;;;;;;;;',
    'N.V. Bank Nederlandse Gemeenten;BNG|BNG Bank;vennootschap of coöperatie;Den Haag;;AvA;lid;Fatima Bakker;;wethouder;;;;laag;42.120,00',
  ].join('\r\n') + '\r\n');

  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  test('import a good file, then export → import → export is byte-identical', async () => {
    const imp = await cli(['import', good], env);
    expect(imp.stderr).toBe('');
    expect(imp.code).toBe(0);
    expect(imp.stdout).toContain('2 toegevoegd');
    const out1 = path.join(dir, 'out1.csv');
    const out2 = path.join(dir, 'out2.csv');
    expect((await cli(['export', out1], env)).code).toBe(0);
    const env2 = { DATABASE_URL: `sqlite:${path.join(dir, 'cli2.db')}` };
    expect((await cli(['import', out1], env2)).code).toBe(0);
    expect((await cli(['export', out2], env2)).code).toBe(0);
    expect(fs.readFileSync(out2).equals(fs.readFileSync(out1))).toBe(true);
    // The contract's file re-exports to the same rows (extension columns appended, empty).
    expect(fs.readFileSync(out1, 'utf8')).toContain('Omgevingsdienst Haaglanden;ODH;gemeenschappelijke regeling;Den Haag;VTH milieu;AB;lid;Pieter Jansen;p.jansen@gem.example;wethouder;F. Bakker;Joost Hendriks;j.hendriks@gem.example;midden;960.000,00;');
    // Re-importing the same file changes nothing.
    expect((await cli(['import', out1], env)).stdout).toContain('0 toegevoegd, 0 gewijzigd, 0 gearchiveerd, 0 hersteld, 2 ongewijzigd');
    // export without a file writes to stdout
    expect((await cli(['export'], env)).stdout).toBe(fs.readFileSync(out1, 'utf8'));
  });

  test('a file with errors writes nothing and reports each as "line N: column: reason"', async () => {
    const bad = path.join(dir, 'bad.csv');
    fs.writeFileSync(bad, [HEADER, 'Nieuwe GR;;gemeenschappelijke regeling;;;;;;;;;;;hoog;1.000', 'Tweede;;stichting;;;AB;lid;Jan;jan@;;;;;extreem;12,3,4'].join('\n'));
    const res = await cli(['import', bad], env);
    expect(res.code).toBe(1);
    expect(res.stderr).toContain('line 3: email: "jan@" is geen geldig e-mailadres');
    expect(res.stderr).toContain('Niets geïmporteerd');
    const db = await openDb(env.DATABASE_URL);
    const names = (await db.kysely.selectFrom('parties').select('name').execute()).map((r) => r.name).sort();
    const audit = await db.kysely.selectFrom('audit_log').selectAll().execute();
    await db.close();
    expect(names).toEqual(['N.V. Bank Nederlandse Gemeenten', 'Omgevingsdienst Haaglanden']);
    expect(audit.filter((a) => a.action === 'party.create')).toHaveLength(2);
    expect(audit.every((a) => a.actor.startsWith('cli'))).toBe(true);
  });

  test('English messages when the shell speaks English; missing files and wrong file types explained', async () => {
    const bad = path.join(dir, 'bad2.csv');
    fs.writeFileSync(bad, `${HEADER}\nX;;onzin;;;;;;;;;;;;\n`);
    const res = await cli(['import', bad], { ...env, PARTNERWIJZER_LANG: 'en' });
    expect(res.stderr).toContain('line 2: categorie: unknown category');
    expect((await cli(['import', path.join(dir, 'nope.csv')], env)).stderr).toContain('Bestand niet gevonden');
    const pdf = path.join(dir, 'register.pdf');
    fs.writeFileSync(pdf, '%PDF-1.7\n');
    expect((await cli(['import', pdf], env)).stderr).toContain('line 1: -: dit is geen CSV- of Excel-bestand (.csv of .xlsx)');
    expect((await cli(['bogus'], env)).code).toBe(1);
  });

  test('an import that changes a party records before and after in the audit table', async () => {
    const changed = path.join(dir, 'changed.csv');
    fs.writeFileSync(changed, fs.readFileSync(good, 'utf8').replace(';midden;960.000,00', ';hoog;960.000,00'));
    const res = await cli(['import', changed], env);
    expect(res.stdout).toContain('1 gewijzigd');
    const db = await openDb(env.DATABASE_URL);
    const upd = await db.kysely.selectFrom('audit_log').selectAll().where('action', '=', 'party.update').execute();
    await db.close();
    expect(upd).toHaveLength(1);
    expect(JSON.parse(upd[0].before_json!).riskProfile).toBe('midden');
    expect(JSON.parse(upd[0].after_json!).riskProfile).toBe('hoog');
  });

  test('audit export: every change with who, when, what, before and after', async () => {
    const res = await cli(['audit'], env);
    expect(res.code).toBe(0);
    expect(res.stdout.startsWith('\ufefftijdstip;wie;actie;object;id;voor;na')).toBe(true);
    expect(res.stdout).toContain(';party.create;party;');
    expect(res.stdout).toContain(';party.update;party;');
    const later = await cli(['audit', '--since', '2999-01-01'], env);
    expect(later.stdout.trim().split('\n')).toHaveLength(1);
    expect((await cli(['audit', '--since', 'gisteren'], env)).code).toBe(2);
  });

  test('paragraaf and calendar from the command line; an administrator records a date', async () => {
    const md = path.join(dir, 'p.md');
    expect((await cli(['paragraaf', '--jaar', '2027', '--out', md], env)).code).toBe(0);
    const published = fs.readFileSync(md, 'utf8');
    expect(published).toContain('### Omgevingsdienst Haaglanden');
    expect(published).toContain('[NOG AAN TE LEVEREN: de visie op en de beleidsvoornemens omtrent verbonden partijen voor 2027');
    expect(published).not.toContain('Nog aan te leveren (intern)');
    expect(published).not.toMatch(/@[a-z.-]+\.example/);
    expect((await cli(['paragraaf', '--jaar', 'x'], env)).code).toBe(2);
    // The vision is supplied once per year and variant, stored (audited) and used from then on.
    const visie = path.join(dir, 'visie.md');
    fs.writeFileSync(visie, 'Wij werken samen waar dat het openbaar belang dient.\n\nIn 2027 herzien wij de nota verbonden partijen.\n');
    expect((await cli(['paragraaf', '--jaar', '2027', '--visie', visie, '--out', md], env)).code).toBe(0);
    expect((await cli(['paragraaf', '--jaar', '2027', '--intern', '--out', md], env)).code).toBe(0);
    const intern = fs.readFileSync(md, 'utf8');
    expect(intern).toContain('In 2027 herzien wij de nota verbonden partijen.');
    expect(intern).toContain('## Nog aan te leveren (intern)');
    expect((await cli(['paragraaf', '--jaar', '2027', '--jaarstukken', '--out', md], env)).code).toBe(0);
    const annual = fs.readFileSync(md, 'utf8');
    expect(annual).toContain('# Paragraaf verbonden partijen, jaarstukken 2027');
    expect(annual).toContain('[NOG AAN TE LEVEREN: wat er in 2027 is terechtgekomen'); // the budget's vision is not the annual report's
    expect((await cli(['paragraaf', '--jaar', '2027', '--visie', path.join(dir, 'ontbreekt.md')], env)).code).toBe(2);
    const added = await cli(['datum', '--partij', 'ODH', '--soort', 'ontwerpbegroting', '--datum', '2027-04-15'], env);
    expect(added.stdout).toContain('Omgevingsdienst Haaglanden: ontwerpbegroting op 2027-04-15 vastgelegd.');
    expect((await cli(['datum', '--partij', 'Vitens', '--datum', '2027-04-15'], env)).code).toBe(1);
    expect((await cli(['datum', '--partij', 'ODH', '--datum', '15-04-2027'], env)).code).toBe(2);
    const ics = path.join(dir, 'agenda.ics');
    expect((await cli(['calendar', '--out', ics], env)).code).toBe(0);
    const text = fs.readFileSync(ics, 'utf8');
    expect(text).toContain('DTSTART;VALUE=DATE:20270415');
    expect(text).toContain('TZID:Europe/Amsterdam');
    // TZ_DISPLAY reaches the command line too: another zone writes UTC times, as the served feed does.
    const elsewhere = path.join(dir, 'elders.ics');
    expect((await cli(['calendar', '--out', elsewhere], { ...env, TZ_DISPLAY: 'Pacific/Kiritimati' })).code).toBe(0);
    expect(fs.readFileSync(elsewhere, 'utf8')).not.toContain('TZID:Europe/Amsterdam');
    expect(text).toContain('DTSTART;VALUE=DATE:20270708'); // + 12 weeks: the zienswijze deadline
    // The Wgr cycle of every GR is in the feed (whatever the current year): the terms to GS, with stable uids.
    const unfolded = text.replace(/\r\n[ \t]/g, ''); // RFC 5545 folds lines at 75 octets
    expect(unfolded).toMatch(/UID:wgr-[^\r\n]*-begroting-gs@/);
    expect(unfolded).toContain('naar Gedeputeerde Staten: uiterlijk');
    expect(unfolded).not.toMatch(/SUMMARY:N\.V\. Bank Nederlandse Gemeenten: [^\r\n]*Gedeputeerde Staten/);
    // A kaderbrief after 30 April: a signal is suggested; evaluation terms can be recorded.
    const late = await cli(['datum', '--partij', 'ODH', '--soort', 'kaderbrief', '--datum', '2027-05-12'], env);
    expect(late.stdout).toContain('stukken te laat: Omgevingsdienst Haaglanden zond de kaderbrief op 2027-05-12, na 30 april (Wgr art. 34b).');
    const onTime = await cli(['datum', '--partij', 'ODH', '--soort', 'kaderbrief', '--datum', '2028-04-20'], env);
    expect(onTime.stdout).not.toContain('stukken te laat');
    expect((await cli(['datum', '--partij', 'ODH', '--soort', 'evaluatie', '--datum', '2028-06-01', '--omschrijving', 'evaluatie van de regeling'], env)).code).toBe(0);
  });

  test('--dry-run prints exactly what would change and writes nothing; a rename keeps the party; omission needs --force', async () => {
    const envD = { DATABASE_URL: `sqlite:${path.join(dir, 'dry.db')}` };
    expect((await cli(['import', good], envD)).code).toBe(0);
    const exported = path.join(dir, 'dry-export.csv');
    await cli(['export', exported], envD);
    const renamed = path.join(dir, 'renamed.csv');
    fs.writeFileSync(renamed, fs.readFileSync(exported, 'utf8').split('\r\n').filter((l) => !l.includes('Bank Nederlandse')).join('\r\n').replace(/;Omgevingsdienst Haaglanden;/g, ';Omgevingsdienst Haaglanden GR;').replace('960.000,00', '1.960.000,00'));
    const dry = await cli(['import', renamed, '--dry-run'], envD);
    expect(dry.code).toBe(0);
    expect(dry.stdout).toContain('Proefimport (er is niets gewijzigd): 0 toegevoegd, 1 gewijzigd, 1 gearchiveerd, 0 hersteld, 0 ongewijzigd.');
    expect(dry.stdout).toContain('~ gewijzigd: Omgevingsdienst Haaglanden GR [ODH]');
    expect(dry.stdout).toContain('    partij: "Omgevingsdienst Haaglanden" → "Omgevingsdienst Haaglanden GR"');
    expect(dry.stdout).toContain('- gearchiveerd: N.V. Bank Nederlandse Gemeenten [BNG]');
    expect(dry.stdout).toContain('financieel belang van Omgevingsdienst Haaglanden GR verandert 104%');
    expect(dry.stdout).toContain('meer dan een derde');
    const after = path.join(dir, 'dry-after.csv');
    await cli(['export', after], envD);
    expect(fs.readFileSync(after).equals(fs.readFileSync(exported))).toBe(true);
    const refused = await cli(['import', renamed], envD);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('herhaal met --force');
    const forced = await cli(['import', renamed, '--force'], envD);
    expect(forced.code).toBe(0);
    expect(forced.stdout).toContain('Register geïmporteerd: 0 toegevoegd, 1 gewijzigd, 1 gearchiveerd, 0 hersteld, 0 ongewijzigd.');
    // A header-only file would archive everything: refused without --force.
    const headerOnly = path.join(dir, 'header.csv');
    fs.writeFileSync(headerOnly, `${HEADER}\r\n`);
    expect((await cli(['import', headerOnly], envD)).code).toBe(1);
  });

  test('Excel: export register.xlsx imports back to the same register', async () => {
    const xlsx = path.join(dir, 'register.xlsx');
    const res = await cli(['export', xlsx], env);
    expect(res.code).toBe(0);
    expect(fs.readFileSync(xlsx).subarray(0, 2).toString()).toBe('PK');
    const env3 = { DATABASE_URL: `sqlite:${path.join(dir, 'cli3.db')}` };
    expect((await cli(['import', xlsx], env3)).code).toBe(0);
    const a = (await cli(['export'], env)).stdout;
    const b = (await cli(['export'], env3)).stdout;
    expect(b).toBe(a);
  });
});
