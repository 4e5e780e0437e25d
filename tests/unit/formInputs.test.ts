import path from 'node:path';
import { outcomeFormCard, signalFormCard } from '../../cards/meetingCards';
import { partyInput, peoplePicker, PARTY_DATASET, STATIC_PARTY_LIMIT } from '../../cards/formInputs';
import { DEMO_PARTIES } from '../../domain/demo/demoRegister';
import { loadTemplates } from '../../domain/checklists/template';
import type { Party } from '../../domain/register/types';
import { catalogue } from '../../locales';
import { cardProblems, MAX_CARD_BYTES } from '../../support/cardValidator';
import { PROJECT_ROOT } from '../../support/paths';

const templates = loadTemplates(path.join(PROJECT_ROOT, 'templates', 'checklists'));
const many = (n: number): Party[] => Array.from({ length: n }, (_, i) => ({ ...DEMO_PARTIES[i % DEMO_PARTIES.length], id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`, name: `Partij met een redelijk lange naam ${i}` }) as Party);
const teams = { teams: { personal: true, people: [{ title: 'Anne de Vries', value: '55555555-0000-0000-0000-000000000004' }] } };
const size = (c: unknown) => Buffer.byteLength(JSON.stringify(c));

describe('the party input', () => {
  test('up to the limit Teams gets them all, filtered; beyond it a few and a Data.Query; the chosen one is kept', () => {
    expect(partyInput('party', 'Partij', many(STATIC_PARTY_LIMIT), '', teams)).toMatchObject({ style: 'filtered', choices: expect.any(Array) });
    expect(partyInput('party', 'Partij', many(STATIC_PARTY_LIMIT), '', teams)['choices.data']).toBeUndefined();
    const big = partyInput('party', 'Partij', many(STATIC_PARTY_LIMIT + 1), many(STATIC_PARTY_LIMIT + 1)[60].id, teams) as { choices: { value: string }[]; 'choices.data': unknown };
    expect(big['choices.data']).toEqual({ type: 'Data.Query', dataset: PARTY_DATASET, count: 15 });
    expect(big.choices).toHaveLength(15);
    expect(big.choices[0].value).toBe(many(61)[60].id);
    expect(partyInput('party', 'Partij', many(5), '', {})).toMatchObject({ style: 'compact' });
  });

  test('forms with 100 and with 5,000 parties validate and stay under 28 KB in Teams', () => {
    for (const n of [STATIC_PARTY_LIMIT, 5000]) {
      const parties = many(n);
      for (const card of [signalFormCard(parties, catalogue('nl'), {}, [], teams), outcomeFormCard(parties, templates, catalogue('en'), {}, [], undefined, teams)]) {
        expect(cardProblems(card)).toEqual([]);
        expect(size(card)).toBeLessThan(MAX_CARD_BYTES);
      }
    }
  });
});

describe('the people picker for action owners', () => {
  test('Teams gets a people picker per action row offering the author; the web chat text inputs', () => {
    const card = JSON.stringify(outcomeFormCard(many(3), templates, catalogue('nl'), {}, [], undefined, teams));
    expect(card.match(/"dataset":"graph\.microsoft\.com\/users"/g)).toHaveLength(3);
    expect(card).toContain('"id":"a1owner","label":"Eigenaar","choices":[{"title":"Anne de Vries","value":"55555555-0000-0000-0000-000000000004"}]');
    const web = JSON.stringify(outcomeFormCard(many(3), templates, catalogue('nl')));
    expect(web).not.toContain('Data.Query');
    expect(web).toContain('"type":"Input.Text","id":"a1owner"');
  });

  test('a value typed or stored before stays selectable; an object id is left for Teams to show; nobody to offer = no picker', () => {
    const client = { personal: false, people: [] };
    expect(peoplePicker('o', 'Eigenaar', 's.visser@lindenwaard.example', client)).toMatchObject({ value: 's.visser@lindenwaard.example', choices: [{ title: 's.visser@lindenwaard.example', value: 's.visser@lindenwaard.example' }], 'choices.data': { dataset: 'graph.microsoft.com/users?scope=currentContext' } });
    expect(peoplePicker('o', 'Eigenaar', '55555555-0000-0000-0000-000000000002', client)).toBeUndefined();
    expect(peoplePicker('o', 'Eigenaar', '55555555-0000-0000-0000-000000000002', { ...client, people: [{ title: 'Anne', value: 'x' }] })).toMatchObject({ value: '55555555-0000-0000-0000-000000000002', choices: [{ title: 'Anne', value: 'x' }] });
  });
});
