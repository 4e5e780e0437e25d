import path from 'node:path';
import { checklistCard } from '../../cards/checklistCard';
import { DEMO_PARTIES } from '../../domain/demo/demoRegister';
import { planChecklist } from '../../domain/checklists/planner';
import { loadTemplates } from '../../domain/checklists/template';
import type { ChecklistRun } from '../../domain/checklists/types';
import { catalogue } from '../../locales';
import { cardProblems } from '../../support/cardValidator';
import { cardText } from '../support/harness';
import { PROJECT_ROOT } from '../../support/paths';

const templates = loadTemplates(path.join(PROJECT_ROOT, 'templates', 'checklists'));
const party = { ...DEMO_PARTIES.find((p) => p.name === 'Omgevingsdienst Haaglanden')!, id: 'odh' };

function run(templateId: string): ChecklistRun {
  const t = templates.find((x) => x.id === templateId)!;
  const plan = planChecklist(t, party, '2027-03-01', null);
  return {
    id: 'Ab3dEf6hIj9k', partyId: 'odh', templateId, templateVersion: 1, changeKind: templateId, anchorDate: plan.anchorDate, deadline: plan.deadline,
    conversationId: null, activityId: null, status: 'open', version: 1, startedBy: 'u', startedByName: 'Starter', createdAt: '2027-03-01T09:00:00Z', closedAt: null,
    steps: plan.steps.map((s, position) => ({ stepId: s.stepId, position, title: s.title, audience: s.audience, ownerRole: s.ownerRole, owner: s.owner ? { name: s.owner.name, email: s.owner.email } : null, due: s.due, status: 'open', reason: null, notes: [], doneBy: null, doneAt: null, version: 1 })),
  };
}

test.each(templates.map((t) => t.id))('the %s checklist card is a valid 1.5 card under 28 KB in both languages, with refresh for owners', (id) => {
  for (const lang of ['nl', 'en'] as const) {
    const card = checklistCard(run(id), templates.find((t) => t.id === id), party, catalogue(lang), { refreshUserIds: ['00000000-0000-0000-0000-000000000001'], today: '2027-03-10' });
    expect(cardProblems(card)).toEqual([]);
    expect((card as { refresh?: { userIds: string[] } }).refresh?.userIds).toHaveLength(1);
  }
});

test('progress, overdue marking, deadline with its legal basis', () => {
  const r = run('ontwerpbegroting');
  r.steps[0] = { ...r.steps[0], status: 'done', doneBy: 'Joost Hendriks', doneAt: '2027-03-02T10:00:00Z' };
  const text = cardText(checklistCard(r, templates.find((t) => t.id === 'ontwerpbegroting'), party, catalogue('nl'), { today: '2027-03-10' }));
  expect(text).toContain('1 van 10 stappen afgerond');
  expect(text).toContain('Uiterste datum zienswijze raad: 24 mei 2027, berekend, controleer de brief (Wgr art. 35 lid 1 en 3)');
  expect(text).toContain('Gereed: Joost Hendriks, 2 mrt 2027');
  expect(text).toContain('**te laat**'); // the griffie step was due on 8 March
});

test('worst case stays under 28 KB: every step open with long notes from many people', () => {
  const r = run('ontwerpbegroting');
  r.steps = r.steps.map((st) => ({ ...st, notes: Array.from({ length: 8 }, (_, i) => ({ by: `Medewerker met een lange naam ${i}`.repeat(3), at: '2027-03-02T10:00:00Z', text: 'x'.repeat(500) })) }));
  const card = checklistCard(r, templates.find((t) => t.id === 'ontwerpbegroting'), party, catalogue('nl'), { refreshUserIds: Array.from({ length: 20 }, (_, i) => `00000000-0000-0000-0000-${String(i).padStart(12, '0')}`) });
  expect(cardProblems(card)).toEqual([]);
});

test('for clients without Universal Actions (the local web chat) the buttons are plain Action.Submit', () => {
  const card = checklistCard(run('ontwerpbegroting'), templates.find((t) => t.id === 'ontwerpbegroting'), party, catalogue('nl'), { submitOnly: true, refreshUserIds: ['00000000-0000-0000-0000-000000000001'] });
  expect(cardProblems(card)).toEqual([]);
  expect(JSON.stringify(card)).not.toContain('Action.Execute');
  expect((card as { refresh?: unknown }).refresh).toBeUndefined();
});

/** The largest checklist a template allows: 40 steps with 300-character titles, owners with long names and notes. */
function bigRun(): ChecklistRun {
  const base = run('ontwerpbegroting');
  const long = (i: number, lang: string) => `${lang} stap ${i} `.padEnd(300, 'xyz ').slice(0, 300);
  base.steps = Array.from({ length: 40 }, (_, i) => ({
    ...base.steps[i % base.steps.length],
    stepId: `stap-${i}`,
    position: i,
    title: { nl: long(i, 'nl'), en: long(i, 'en') },
    owner: { name: `Medewerker met een heel lange naam nummer ${i}`, email: `medewerker.${i}@lindenwaard.example` },
    notes: [{ by: 'Iemand met een lange naam', at: '2027-03-02T10:00:00Z', text: 'n'.repeat(500) }],
  }));
  return base;
}
const MRIS = Array.from({ length: 60 }, (_, i) => `29:1${String(i).padStart(3, '0')}AbCdEfGhIjKlMnOpQrStUvWxYz0123456789-aBcDeFgHiJkLmNoPqRsTuVwXyZ_0123456789abcdefghijk`);

test('a 40-step checklist with 60 refresh users stays under 28 KB and validates, open, half done and closed, both languages', () => {
  const tpl = templates.find((t) => t.id === 'ontwerpbegroting');
  for (const lang of ['nl', 'en'] as const) {
    const open = bigRun();
    const half = bigRun();
    half.steps = half.steps.map((s, i) => (i % 2 === 0 ? { ...s, status: 'done', doneBy: 'Joost Hendriks', doneAt: '2027-03-02T10:00:00Z' } : s));
    const closed = bigRun();
    closed.status = 'closed';
    closed.closedAt = '2027-04-01T10:00:00Z';
    closed.steps = closed.steps.map((s) => ({ ...s, status: 'done', doneBy: 'Joost Hendriks', doneAt: '2027-03-02T10:00:00Z' }));
    for (const r of [open, half, closed]) {
      for (const page of [0, 1, 3, 99]) {
        const card = checklistCard(r, tpl, party, catalogue(lang), { refreshUserIds: MRIS, today: '2027-03-10', page, notice: 'x'.repeat(200) });
        expect(cardProblems(card)).toEqual([]);
        expect(Buffer.byteLength(JSON.stringify(card))).toBeLessThanOrEqual(26 * 1024);
      }
    }
  }
});

test('a long checklist is paged: one page of open steps in full, the rest one line each, buttons to the other pages', () => {
  const card = checklistCard(bigRun(), templates.find((t) => t.id === 'ontwerpbegroting'), party, catalogue('nl'), { refreshUserIds: MRIS, today: '2027-03-10', page: 1 });
  const json = JSON.stringify(card);
  const pageButtons = [...json.matchAll(/"verb":"page","runId":"Ab3dEf6hIj9k","page":(\d+)/g)].map((m) => Number(m[1]));
  expect(pageButtons.length).toBeGreaterThan(1);
  expect(pageButtons).not.toContain(1); // no button to the page already shown
  const doneButtons = [...json.matchAll(/"runId":"Ab3dEf6hIj9k","stepId":"(stap-\d+)","verb":"step.done"/g)].map((m) => m[1]);
  expect(doneButtons.length).toBeGreaterThan(0);
  expect(doneButtons).not.toContain('stap-0'); // page 1 does not show the first steps in full
  expect(cardText(card)).toContain('1. ☐ nl stap 0');
  expect((card as { refresh?: { userIds: string[] } }).refresh?.userIds).toEqual(MRIS);
});

test('finished steps collapse to one line without buttons', () => {
  const r = run('ontwerpbegroting');
  r.steps[0] = { ...r.steps[0], status: 'done', doneBy: 'Joost Hendriks', doneAt: '2027-03-02T10:00:00Z' };
  const json = JSON.stringify(checklistCard(r, templates.find((t) => t.id === 'ontwerpbegroting'), party, catalogue('nl'), { today: '2027-03-10' }));
  expect(json).not.toContain(`"stepId":"${r.steps[0].stepId}"`);
  expect(json).toContain(`"stepId":"${r.steps[1].stepId}"`);
});

test('owners in the conversation are mentioned: <at>name</at> in the text and one msteams entity each; the web chat gets plain names', () => {
  const r = run('ontwerpbegroting');
  const email = r.steps.find((s) => s.owner?.email)!.owner!.email!;
  const mentions = new Map([[email.toLowerCase(), { id: '29:owner', name: 'Eigenaar *Een*' }]]);
  const card = checklistCard(r, templates.find((t) => t.id === 'ontwerpbegroting'), party, catalogue('nl'), { mentions, today: '2027-03-10' }) as Record<string, any>;
  expect(cardProblems(card)).toEqual([]);
  expect(card.msteams.entities).toEqual([{ type: 'mention', text: '<at>Eigenaar Een</at>', mentioned: { id: '29:owner', name: 'Eigenaar Een' } }]);
  expect(cardText(card)).toContain('<at>Eigenaar Een</at>');
  const web = checklistCard(r, templates.find((t) => t.id === 'ontwerpbegroting'), party, catalogue('nl'), { mentions, submitOnly: true, today: '2027-03-10' }) as Record<string, any>;
  expect(web.msteams).toBeUndefined();
  expect(cardText(web)).not.toContain('<at>');
});

test('the validator checks Teams\' msteams extension: a mention whose text is not in the card, or an unknown property, is a problem', () => {
  const base = { type: 'AdaptiveCard', version: '1.5', body: [{ type: 'TextBlock', text: 'Hallo <at>Anne</at>' }] };
  expect(cardProblems({ ...base, msteams: { entities: [{ type: 'mention', text: '<at>Anne</at>', mentioned: { id: '29:a', name: 'Anne' } }] } })).toEqual([]);
  expect(cardProblems({ ...base, msteams: { entities: [{ type: 'mention', text: '<at>Bob</at>', mentioned: { id: '29:b', name: 'Bob' } }] } })).toEqual([expect.stringContaining('does not occur')]);
  expect(cardProblems({ ...base, msteams: { other: 1 } })).toEqual([expect.stringContaining('unknown property other')]);
});

test('in Teams, "Andere eigenaar" is Teams\' people picker (conversation scope, the starter offered); 40 steps still fit and validate', () => {
  const people = { personal: false, people: [{ title: 'Joost Hendriks', value: '55555555-0000-0000-0000-000000000001' }] };
  const tpl = templates.find((t) => t.id === 'ontwerpbegroting');
  for (const lang of ['nl', 'en'] as const) {
    for (const page of [0, 1, 3]) {
      const card = checklistCard(bigRun(), tpl, party, catalogue(lang), { refreshUserIds: MRIS, today: '2027-03-10', page, notice: 'x'.repeat(200), people });
      expect(cardProblems(card)).toEqual([]);
      expect(Buffer.byteLength(JSON.stringify(card))).toBeLessThanOrEqual(26 * 1024);
    }
  }
  const json = JSON.stringify(checklistCard(run('ontwerpbegroting'), tpl, party, catalogue('nl'), { today: '2027-03-10', people }));
  expect(json).toContain('"id":"owner-vastleggen","label":"Nieuwe eigenaar","choices":[{"title":"Joost Hendriks","value":"55555555-0000-0000-0000-000000000001"}],"choices.data":{"type":"Data.Query","dataset":"graph.microsoft.com/users?scope=currentContext"}');
  expect(json).not.toContain('ownerName-');
  // A personal chat may search the whole organisation; the web chat keeps name and e-mail inputs.
  expect(JSON.stringify(checklistCard(run('ontwerpbegroting'), tpl, party, catalogue('nl'), { people: { ...people, personal: true } }))).toContain('"dataset":"graph.microsoft.com/users"}');
  const web = JSON.stringify(checklistCard(run('ontwerpbegroting'), tpl, party, catalogue('nl'), { submitOnly: true, people }));
  expect(web).toContain('ownerName-vastleggen');
  expect(web).not.toContain('Data.Query');
});
