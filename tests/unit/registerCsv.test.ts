import { formatCentsDutch, parseAmountToCents } from '../../domain/register/amounts';
import { parseRegisterCsv, registerToCsv, type CsvProblem } from '../../domain/register/registerCsv';
import { DEMO_PARTIES } from '../../domain/demo/demoRegister';

const HEADER = 'partij;afkortingen;categorie;vestigingsplaats;openbaar_belang;orgaan;rol;naam;email;functie;portefeuillehouder;accounthouder;accounthouder_email;risicoprofiel;financieel_belang';

function csv(...rows: string[]): string {
  return [HEADER, ...rows].join('\r\n');
}

function problems(text: string): CsvProblem[] {
  const r = parseRegisterCsv(text);
  if (r.ok) throw new Error('expected problems');
  return r.problems;
}

describe('amounts', () => {
  test.each([
    ['1.234,56', 123456],
    ['€ 1.234', 123400],
    ['1.234.567', 123456700],
    ['1234.5', 123450],
    ['1234', 123400],
    ['-12,5', -1250],
    ['0,07', 7],
    ['', null],
  ])('%s → %s cents', (raw, cents) => expect(parseAmountToCents(raw)).toBe(cents));
  test.each(['1,2,3', 'abc', '12.34.5', '1.23,456'])('%s is invalid', (raw) => expect(parseAmountToCents(raw)).toBe('invalid'));
  test('format is Dutch with two decimals', () => {
    expect(formatCentsDutch(215_000_000)).toBe('2.150.000,00');
    expect(formatCentsDutch(-1250)).toBe('-12,50');
  });
});

describe('parsing a register file', () => {
  test('Dutch Excel export: BOM, semicolons, Dutch decimals, one row per seat, blank party columns on later rows', () => {
    const text = '\ufeff' + csv(
      'GGD Haaglanden;GGD|GGD en VT Haaglanden;Gemeenschappelijke regeling;Den Haag;Publieke gezondheid;AB;lid;Anne de Vries;a.devries@x.nl;wethouder;F. Bakker;S. Visser;s.visser@x.nl;midden;2.150.000,00',
      'GGD Haaglanden;;;;;AB;plaatsvervanger;Pieter Jansen;;wethouder;;;;;',
      'BNG Bank;BNG;vennootschap;Den Haag;;AvA;lid;;;;;;;laag;42.120',
    );
    const r = parseRegisterCsv(text);
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    expect(r.parties).toHaveLength(2);
    const ggd = r.parties[0];
    expect(ggd).toMatchObject({ name: 'GGD Haaglanden', aliases: ['GGD', 'GGD en VT Haaglanden'], category: 'gemeenschappelijke regeling', riskProfile: 'midden', financialInterestCents: 215_000_000 });
    expect(ggd.seats).toEqual([
      { body: 'AB', role: 'lid', person: { name: 'Anne de Vries', email: 'a.devries@x.nl', function: 'wethouder' } },
      { body: 'AB', role: 'plaatsvervanger', person: { name: 'Pieter Jansen', email: null, function: 'wethouder' } },
    ]);
    expect(r.parties[1]).toMatchObject({ category: 'vennootschap of coöperatie', financialInterestCents: 4_212_000, seats: [{ body: 'AvA', role: 'lid', person: null }] });
  });

  test('an Object property name as category or risk ("constructor", "toString") is invalid, not accepted', () => {
    expect(problems('partij;categorie;risicoprofiel\nA;constructor;hoog')[0]).toMatchObject({ column: 'categorie', reason: { code: 'invalid_category' } });
    expect(problems('partij;categorie;risicoprofiel\nA;overig;toString')[0]).toMatchObject({ column: 'risicoprofiel', reason: { code: 'invalid_risk' } });
  });

  test('comma-separated files and any column order are accepted', () => {
    const r = parseRegisterCsv('Categorie,PARTIJ,risicoprofiel\noverig,Ontwikkelingsbedrijf C.V.,hoog\n');
    expect(r.ok && r.parties[0]).toMatchObject({ name: 'Ontwikkelingsbedrijf C.V.', category: 'overig', riskProfile: 'hoog' });
  });

  test('every problem class is reported as line + column + reason, and nothing is returned', () => {
    expect(problems('')).toEqual([{ line: 1, column: '-', reason: { code: 'empty_file' } }]);
    expect(problems('partij;kleur\nA;rood')[0]).toMatchObject({ line: 1, column: 'kleur', reason: { code: 'unknown_column' } });
    expect(problems('partij;partij\nA;A')[0]).toMatchObject({ line: 1, column: 'partij', reason: { code: 'duplicate_column' } });
    expect(problems('categorie\noverig')[0]).toMatchObject({ line: 1, column: 'partij', reason: { code: 'missing_column' } });
    expect(problems('partij;categorie\n"A;overig')[0].reason.code).toBe('unreadable');
    const all = problems(csv(
      'A;;overig;;;;;;;;;;;;', // line 2 fine
      'A;;gr;;;;;;;;;;;;', // line 3: contradicts categorie
      ';;overig;;;;;;;;;;;;', // line 4: partij required
      'B;;onzin;;;;;;;;;;;;', // line 5: category
      'C;;overig;;;;;;;;;;;heel hoog;', // line 6: risk
      'D;;overig;;;;;;;;;;;;twaalf', // line 7: amount
      'E;;overig;;;AB;lid;Jan;jan@;;;;;;', // line 8: email
      'F;;overig;;;;lid;Jan;;;;;;;', // line 9: orgaan required with rol
      'G;;overig;;;AB;;Jan;;;;;;;', // line 10: rol required with orgaan
      'H;;overig;;;AB;lid;Jan;;;;;;;', // line 11 fine
      'H;;;;;AB;lid;Jan;;;;;;;', // line 12: duplicate seat
      'I;A;overig;;;;;;;;;;;;', // line 13: alias taken (A is a party name)
      'J;;overig;;;;;;', // line 14: field count
      'K;;;;;;;;;;;;;;', // line 15 (party K): categorie missing → reported on its first line
      'L;;overig;;;;;;;;;Piet;piet@;;', // line 16: accounthouder_email invalid
    ));
    const byLine = all.map((p) => [p.line, p.column, p.reason.code]);
    expect(byLine).toEqual(
      expect.arrayContaining([
        [3, 'categorie', 'contradicts'],
        [4, 'partij', 'required'],
        [5, 'categorie', 'invalid_category'],
        [6, 'risicoprofiel', 'invalid_risk'],
        [7, 'financieel_belang', 'invalid_amount'],
        [8, 'email', 'invalid_email'],
        [9, 'orgaan', 'required_with'],
        [10, 'rol', 'required_with'],
        [12, 'naam', 'duplicate_seat'],
        [13, 'afkortingen', 'alias_taken'],
        [14, '-', 'field_count'],
        [15, 'categorie', 'required'],
        [16, 'accounthouder_email', 'invalid_email'],
      ]),
    );
    expect(byLine.map((b) => b[0])).not.toContain(2);
    expect(byLine.map((b) => b[0])).not.toContain(11);
  });

  test('export → parse → export is byte-identical, and parses back to the same data', () => {
    const first = registerToCsv(DEMO_PARTIES);
    expect(first.startsWith('\ufeffcode;partij;afkortingen;categorie')).toBe(true);
    expect(first).toContain('\r\n');
    const parsed = parseRegisterCsv(first);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
    expect(registerToCsv(parsed.parties)).toBe(first);
    const byName = (n: string) => parsed.parties.find((p) => p.name === n);
    for (const p of DEMO_PARTIES) expect(byName(p.name)).toEqual({ ...p, demo: false });
  });

  test('quotes, semicolons and newlines inside fields survive the round trip', () => {
    const party = { ...DEMO_PARTIES[0], name: 'Stichting "Samen; Sterk"', aliases: ['SSS'], publicInterest: 'regel 1\nregel 2' };
    const text = registerToCsv([party]);
    const parsed = parseRegisterCsv(text);
    expect(parsed.ok && parsed.parties[0]).toMatchObject({ name: 'Stichting "Samen; Sterk"', publicInterest: 'regel 1\nregel 2' });
  });
});
