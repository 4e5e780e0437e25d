import ExcelJS from 'exceljs';
import { DEMO_PARTIES } from '../../domain/demo/demoRegister';
import { diffParty, planImport } from '../../domain/register/importPlan';
import { suggestCode } from '../../domain/register/partyCode';
import { decodeText, parseRegisterCsv, registerToCsv, type CsvProblem } from '../../domain/register/registerCsv';
import { MAX_FILE_BYTES, parseRegisterFile } from '../../domain/register/registerFile';
import { parseRegisterXlsx, registerToXlsx } from '../../domain/register/registerXlsx';
import type { NewParty, Party } from '../../domain/register/types';

const HEADER = 'code;partij;afkortingen;categorie;orgaan;rol;naam;risicoprofiel;financieel_belang';

function ok(r: ReturnType<typeof parseRegisterCsv>): NewParty[] {
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.parties;
}
function problems(r: { ok: boolean; problems?: CsvProblem[] }): [number, string, string][] {
  if (r.ok) throw new Error('expected problems');
  return r.problems!.map((p) => [p.line, p.column, p.reason.code]);
}

function stored(parties: NewParty[]): Party[] {
  const taken = new Set<string>();
  return parties.map((p, i) => {
    const code = p.code ?? suggestCode(p, taken);
    taken.add(code);
    return { ...p, id: `id${i}`, code, archivedAt: null };
  });
}

describe('codes, continuation rows and the boundary checks', () => {
  test('a row with an empty partij and no party columns continues the party above (merged cells exported as CSV)', () => {
    const parties = ok(parseRegisterCsv([HEADER, 'GGD-HL;GGD Haaglanden;GGD;gemeenschappelijke regeling;AB;lid;Anne;midden;100', ';;;;AB;plaatsvervanger;Piet;;', ';;;;DB;lid;;;'].join('\n')));
    expect(parties).toHaveLength(1);
    expect(parties[0].code).toBe('GGD-HL');
    expect(parties[0].seats.map((s) => `${s.body} ${s.role} ${s.person?.name ?? '-'}`)).toEqual(['AB lid Anne', 'AB plaatsvervanger Piet', 'DB lid -']);
  });

  test('an empty partij with party columns, or on the first row, is an error; codes are checked', () => {
    expect(problems(parseRegisterCsv([HEADER, ';;;overig;AB;lid;;;'].join('\n')))).toEqual([[2, 'partij', 'required']]);
    expect(problems(parseRegisterCsv([HEADER, 'A;Alfa;;overig;;;;;', ';;;overig;AB;lid;;;'].join('\n')))).toEqual([[3, 'partij', 'required']]);
    expect(problems(parseRegisterCsv([HEADER, 'X Y;Alfa;;overig;;;;;'].join('\n')))).toEqual([[2, 'code', 'invalid_code']]);
    // Two rows claiming the same code with different names; one party with two codes.
    expect(problems(parseRegisterCsv([HEADER, 'A;Alfa;;overig;;;;;', 'A;Beta;;overig;;;;;'].join('\n')))).toEqual([[3, 'code', 'code_taken']]);
    expect(problems(parseRegisterCsv([HEADER, 'A;Alfa;;overig;;;;;', 'B;Alfa;;overig;;;;;'].join('\n')))).toEqual([[3, 'code', 'code_conflict']]);
  });

  test('NUL and control characters, and values longer than the column allows, are refused the same for every store', () => {
    expect(problems(parseRegisterCsv([HEADER, 'A;Al\u0000fa;;overig;;;;;'].join('\n')))).toEqual([[2, 'partij', 'control_chars']]);
    expect(problems(parseRegisterCsv([HEADER, `A;${'x'.repeat(201)};;overig;;;;;`].join('\n')))).toEqual([[2, 'partij', 'too_long']]);
    expect(ok(parseRegisterCsv([HEADER, `A;${'x'.repeat(200)};;overig;;;;;`].join('\n')))).toHaveLength(1);
  });

  test('encodings: BOM, UTF-8, Windows-1252 (reported), undecodable bytes refused', () => {
    const text = `${HEADER}\nA;Coöperatie Één;;overig;;;;;\n`;
    expect(ok(parseRegisterCsv(Buffer.from(`\ufeff${text}`, 'utf8')))[0].name).toBe('Coöperatie Één');
    const cp1252 = Buffer.from(text, 'latin1');
    const r = parseRegisterCsv(cp1252);
    expect(r.ok && r.parties[0].name).toBe('Coöperatie Één');
    expect(r.ok && r.notices).toEqual([{ code: 'windows_1252' }]);
    expect(decodeText(Buffer.from([0x41, 0x81, 0x42])).ok).toBe(false);
    expect(problems(parseRegisterCsv(Buffer.concat([Buffer.from('partij;categorie\n'), Buffer.from([0x41, 0x8d, 0x3b])])))).toEqual([[1, '-', 'encoding']]);
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    expect(ok(parseRegisterCsv(utf16))[0].name).toBe('Coöperatie Één');
  });

  test('formula-like values are neutralised on export (OWASP CSV injection) and come back unchanged', () => {
    const evil: NewParty = { ...DEMO_PARTIES[0], name: '=HYPERLINK("http://x","klik")', aliases: ['+cmd', 'calc'], publicInterest: '@SUM(A1:A2)', risks: '-2+3', financialInterestCents: -1250 };
    const csv = registerToCsv([evil]);
    expect(csv).toContain(`"'=HYPERLINK(""http://x"",""klik"")"`);
    expect(csv).toContain(";'+cmd|calc;");
    expect(csv).toContain(";'@SUM(A1:A2);");
    expect(csv).toContain(';-12,50;'); // amounts are numbers, not formulas
    const back = ok(parseRegisterCsv(csv))[0];
    expect(back).toMatchObject({ name: evil.name, aliases: evil.aliases, publicInterest: evil.publicInterest, risks: '-2+3', financialInterestCents: -1250 });
  });
});

describe('the import plan', () => {
  const base = stored(DEMO_PARTIES.map((p) => ({ ...p, demo: false })));
  const file = (): NewParty[] => base.map(({ id: _id, archivedAt: _a, ...p }) => ({ ...p }));

  test('a rename matched by code is an update, not an add and a delete', () => {
    const incoming = file();
    incoming[0] = { ...incoming[0], name: `${incoming[0].name} (nieuwe naam)` };
    const plan = planImport(base, incoming);
    expect(plan.added).toEqual([]);
    expect(plan.archived).toEqual([]);
    expect(plan.updated).toHaveLength(1);
    expect(plan.updated[0].after.id).toBe(base[0].id);
    expect(plan.updated[0].changes).toEqual([{ field: 'partij', before: base[0].name, after: `${base[0].name} (nieuwe naam)` }]);
  });

  test('without codes, rows match by name, then by alias; a missing party is archived; a returning one restored', () => {
    const incoming = file().map(({ code: _c, ...p }) => p);
    const renamedByAlias = { ...incoming[1], name: 'Heel Andere Naam' };
    const plan = planImport(base, [incoming[0], renamedByAlias, ...incoming.slice(3)]);
    expect(plan.updated.map((u) => u.after.id)).toEqual([base[1].id]);
    expect(plan.archived.map((p) => p.id)).toEqual([base[2].id]);
    const archived = base.map((p) => (p.id === base[2].id ? { ...p, archivedAt: '2026-01-01T00:00:00.000Z' } : p));
    const back = planImport(archived, file());
    expect(back.updated).toHaveLength(1);
    expect(back.updated[0]).toMatchObject({ restored: true });
  });

  test('risky changes are flagged: open work on an archived party, a seat holder leaving, a financial interest moving > 50 %', () => {
    const incoming = file();
    const withSeat = base.findIndex((p) => p.seats.some((s) => s.person));
    const withMoney = base.findIndex((p, i) => i !== withSeat && (p.financialInterestCents ?? 0) > 0);
    incoming[withSeat] = { ...incoming[withSeat], seats: incoming[withSeat].seats.filter((s) => !s.person) };
    incoming[withMoney] = { ...incoming[withMoney], financialInterestCents: Math.round((base[withMoney].financialInterestCents ?? 0) * 1.6) };
    const gone = base.findIndex((_p, i) => i !== withSeat && i !== withMoney);
    const plan = planImport(base, incoming.filter((_p, i) => i !== gone), new Map([[base[gone].id, { checklists: 1, actions: 2 }]]));
    const kinds = plan.warnings.map((w) => w.kind);
    expect(kinds).toContain('archive_open_work');
    expect(kinds).toContain('seat_holder_gone');
    expect(kinds).toContain('financial_change');
  });

  test('a header-only file would archive everything and needs force; so does archiving more than a third', () => {
    expect(planImport(base, []).needsForce).toBe(true);
    const third = Math.floor(base.length / 3);
    expect(planImport(base, file().slice(third)).needsForce).toBe(false);
    expect(planImport(base, file().slice(third + 1)).needsForce).toBe(true);
  });

  test('a name that another stored party keeps (even archived) is a problem', () => {
    const incoming = file();
    incoming[0] = { ...incoming[0], name: base[1].name };
    incoming.splice(1, 1);
    expect(planImport(base, incoming).problems.map((p) => p.reason.code)).toEqual(['name_taken']);
  });

  test('a weaker match never takes a party a stronger one claims: code, then name, then alias', () => {
    // A new party that shares an abbreviation with a party in the file is added, not matched to it.
    const withNew = [...file().map(({ code: _c, ...p }) => p), { ...file()[0], code: undefined, name: 'Iets anders', aliases: [base[0].aliases[0] ?? base[0].name] }];
    const plan = planImport(base, withNew);
    expect(plan.problems).toEqual([]);
    expect(plan.added.map((p) => p.name)).toEqual(['Iets anders']);
    expect(plan.updated).toEqual([]);
    // An explicit code wins over a name: the coded row renames, the uncoded row with the old name is new.
    const swap = file();
    swap[0] = { ...swap[0], name: 'Nieuwe naam' };
    swap.push({ ...file()[0], code: undefined });
    const p2 = planImport(base, swap);
    expect(p2.updated.map((u) => [u.before.name, u.after.name])).toEqual([[base[0].name, 'Nieuwe naam']]);
    expect(p2.added.map((p) => p.name)).toEqual([base[0].name]);
  });

  test('diffParty names every changed field by its file column', () => {
    const a = base[0];
    expect(diffParty(a, { ...a, riskProfile: 'hoog', accountHolder: { name: 'X', email: null, function: null } }).map((c) => c.field)).toEqual(expect.arrayContaining(['accounthouder', 'risicoprofiel']));
  });
});

describe('Excel', () => {
  test('export → import → export gives the same register', async () => {
    const first = await registerToXlsx(DEMO_PARTIES);
    const parsed = await parseRegisterXlsx(first);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
    expect(registerToCsv(parsed.parties)).toBe(registerToCsv(DEMO_PARTIES.map((p) => ({ ...p, demo: false }))));
    const again = await parseRegisterXlsx(await registerToXlsx(parsed.parties));
    expect(again.ok && registerToCsv(again.parties)).toBe(registerToCsv(parsed.parties));
  });

  test('the exported sheet is formatted: frozen header, widths, euro format, lists for categorie and risicoprofiel', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await registerToXlsx(DEMO_PARTIES)) as unknown as ArrayBuffer);
    const ws = wb.worksheets[0];
    expect(ws.name).toBe('Register');
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(ws.getColumn(2).width).toBe(40);
    expect(ws.getCell('P2').numFmt).toContain('€');
    expect(typeof ws.getCell('P2').value).toBe('number');
    expect(ws.getCell('D3').dataValidation).toMatchObject({ type: 'list' });
    expect(ws.getCell('O3').dataValidation).toMatchObject({ type: 'list' });
  });

  test('a municipal sheet: title row above the header, merged party cells, numbers and dates native', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Verbonden partijen 2027');
    ws.addRow(['Register verbonden partijen gemeente Lindenwaard']);
    ws.addRow([]);
    ws.addRow(['Partij', 'Categorie', 'Orgaan', 'Rol', 'Naam', 'Financieel belang', 'Risicoprofiel']);
    ws.addRow(['GGD Haaglanden', 'gemeenschappelijke regeling', 'AB', 'lid', 'Anne de Vries', 2150000, 'midden']);
    ws.addRow([null, null, 'AB', 'plaatsvervanger', 'Pieter Jansen', null, null]);
    ws.addRow([null, null, 'DB', 'lid', 'Anne de Vries', null, null]);
    ws.addRow(['Avalex', 'gemeenschappelijke regeling', 'AB', 'lid', 'Fatima Bakker', 1234.5, 'hoog']);
    ws.mergeCells('A4:A6');
    ws.mergeCells('B4:B6');
    ws.mergeCells('F4:F6');
    ws.mergeCells('G4:G6');
    const buf = Buffer.from(await wb.xlsx.writeBuffer());
    const r = await parseRegisterFile(buf, 'register.xlsx');
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    expect(r.parties.map((p) => [p.name, p.seats.length, p.financialInterestCents])).toEqual([['GGD Haaglanden', 3, 215_000_000], ['Avalex', 1, 123_450]]);
  });

  test('bad workbooks: several sheets and none named, formulas, hidden rows, password protection, wrong type — with the cell', async () => {
    const two = new ExcelJS.Workbook();
    two.addWorksheet('Blad1').addRow(['partij', 'categorie']);
    two.addWorksheet('Blad2').addRow(['x']);
    const twoBuf = Buffer.from(await two.xlsx.writeBuffer());
    expect(problems(await parseRegisterFile(twoBuf, 'r.xlsx'))).toEqual([[1, '-', 'sheet_choice']]);
    expect((await parseRegisterFile(twoBuf, 'r.xlsx', { sheet: 'blad1' })).ok).toBe(true);
    expect(problems(await parseRegisterFile(twoBuf, 'r.xlsx', { sheet: 'Blad9' }))).toEqual([[1, '-', 'sheet_missing']]);

    const f = new ExcelJS.Workbook();
    const ws = f.addWorksheet('Register');
    ws.addRow(['partij', 'categorie', 'financieel_belang']);
    ws.addRow(['Alfa', 'overig', { formula: 'SUM(1,2)', result: 3 }]);
    ws.addRow(['Beta', 'overig', 5]);
    ws.getRow(3).hidden = true;
    const r = await parseRegisterFile(Buffer.from(await f.xlsx.writeBuffer()), 'r.xlsx');
    expect(r.ok).toBe(false);
    expect(!r.ok && r.problems.map((p) => [p.line, p.reason.code, p.cell])).toEqual([[2, 'formula', 'C2'], [3, 'hidden_row', '3:3']]);

    // A zip bomb is refused from its directory, before anything is unpacked.
    const JSZip = (await import('jszip')).default;
    const bomb = new JSZip();
    bomb.file('xl/worksheets/sheet1.xml', Buffer.alloc(210 * 1024 * 1024));
    const bombBuf = await bomb.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
    expect(bombBuf.length).toBeLessThan(MAX_FILE_BYTES);
    expect(problems(await parseRegisterFile(bombBuf, 'r.xlsx'))).toEqual([[1, '-', 'unpacks_too_large']]);

    const cfb = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(100)]);
    expect(problems(await parseRegisterFile(cfb, 'beveiligd.xlsx'))).toEqual([[1, '-', 'xls_or_protected']]);
    expect(problems(await parseRegisterFile(Buffer.from('%PDF-1.4'), 'r.pdf'))).toEqual([[1, '-', 'not_register_file']]);
  });
});
