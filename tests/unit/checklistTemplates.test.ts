import fs from 'node:fs';
import path from 'node:path';
import { DEMO_PARTIES } from '../../domain/demo/demoRegister';
import { defaultDeadline, isComputedDeadline, planChecklist, resolveOwner } from '../../domain/checklists/planner';
import { ChecklistService } from '../../domain/checklists/checklistService';
import type { BbvCategory } from '../../domain/register/types';
import { loadTemplates, TemplateError } from '../../domain/checklists/template';
import { PROJECT_ROOT } from '../../support/paths';
import { tempDir } from '../support/harness';

const DIR = path.join(PROJECT_ROOT, 'templates', 'checklists');
const odh = { ...DEMO_PARTIES.find((p) => p.name === 'Omgevingsdienst Haaglanden')!, id: 'odh' };

test('the seven shipped templates validate', () => {
  const ids = loadTemplates(DIR).map((t) => t.id).sort();
  expect(ids).toEqual(['besluit-aandeelhouders', 'ontwerpbegroting', 'signaal-samenwerking', 'statutenwijziging-stichting', 'toetreding-uittreding', 'wijziging-regeling', 'wisseling-vertegenwoordiger']);
});

describe('templates per BBV category', () => {
  const service = new ChecklistService({} as never, loadTemplates(DIR));
  const ids = (category: BbvCategory) => service.templatesForParty({ category }).map((t) => t.id).sort();
  test.each<[BbvCategory, string[]]>([
    ['gemeenschappelijke regeling', ['ontwerpbegroting', 'signaal-samenwerking', 'toetreding-uittreding', 'wijziging-regeling', 'wisseling-vertegenwoordiger']],
    ['vennootschap of coöperatie', ['besluit-aandeelhouders', 'signaal-samenwerking', 'wisseling-vertegenwoordiger']],
    ['stichting of vereniging', ['signaal-samenwerking', 'statutenwijziging-stichting', 'wisseling-vertegenwoordiger']],
    ['overig', ['signaal-samenwerking', 'wisseling-vertegenwoordiger']],
  ])('%s', (category, expected) => {
    expect(ids(category)).toEqual(expected);
  });
  test('no Wgr term is offered for an NV, BV, C.V. or foundation', () => {
    for (const c of ['vennootschap of coöperatie', 'stichting of vereniging', 'overig'] as BbvCategory[]) {
      for (const t of service.templatesForParty({ category: c })) expect(t.deadline?.basis ?? '').not.toMatch(/Wgr/);
    }
  });
});

describe('corrected statements', () => {
  const tpl = (id: string) => loadTemplates(DIR).find((t) => t.id === id)!;
  test('a draft arrangement: the council\'s zienswijze goes to its own college, not to the board of the arrangement (Wgr art. 1 lid 3)', () => {
    const send = tpl('wijziging-regeling').steps.find((s) => s.id === 'versturen')!;
    expect(send.title.nl).toContain('naar het eigen college');
    expect(send.title.nl).toContain('niet naar het bestuur van de regeling');
    expect(send.audience).toBe('intern');
    expect(tpl('wijziging-regeling').deadline!.basis).toBe('Wgr art. 1 lid 3');
  });
  test('consent may only be withheld for conflict with the law or the public interest, also for joining and leaving', () => {
    for (const id of ['wijziging-regeling', 'toetreding-uittreding']) {
      const consent = tpl(id).steps.find((s) => s.id === 'toestemming')!;
      expect(consent.title.nl).toContain('strijd met het recht of het algemeen belang');
      expect(consent.owner).toBe('eigenaar');
    }
  });
  test('change of representative: the college writes the information letter, the griffie distributes it as a second step', () => {
    const steps = tpl('wisseling-vertegenwoordiger').steps;
    const rib = steps.find((s) => s.id === 'raadsinformatiebrief')!;
    const griffie = steps.find((s) => s.id === 'griffie')!;
    expect(rib.owner).toBe('eigenaar');
    expect(rib.title.nl).toContain('college');
    expect(griffie.owner).toBe('griffie');
    expect(griffie.title.nl).toContain('verspreidt');
    expect(steps.indexOf(griffie)).toBeGreaterThan(steps.indexOf(rib));
    expect(griffie.due.days).toBeGreaterThan(rib.due.days);
  });
  test('the shareholders\' decision covers annual accounts, dividend, statutes and capital, and the council\'s wensen en bedenkingen', () => {
    const t = tpl('besluit-aandeelhouders');
    const all = t.steps.map((s) => s.title.nl).join(' ');
    for (const w of ['jaarrekening', 'dividend', 'statutenwijziging', 'kapitaal', 'Gemeentewet art. 160 lid 2', 'art. 169 lid 4']) expect(all).toContain(w);
    expect(t.steps.find((s) => s.id === 'ava')!.owner).toBe('vertegenwoordiger');
  });
  test('a foundation\'s statutes change asks whether the council must be heard first', () => {
    const all = tpl('statutenwijziging-stichting').steps.map((s) => s.title.nl).join(' ');
    expect(all).toContain('Gemeentewet art. 160 lid 2');
    expect(all).toContain('art. 169 lid 4');
  });
});

test('the deadline entered from the letter replaces the computed one; steps plan back from it', () => {
  const t = loadTemplates(DIR).find((x) => x.id === 'ontwerpbegroting')!;
  expect(defaultDeadline(t, '2027-03-01')).toBe('2027-05-24');
  const plan = planChecklist(t, odh, '2027-03-01', null, '2027-06-07');
  expect(plan.deadline).toBe('2027-06-07');
  expect(plan.steps.find((s) => s.stepId === 'portefeuillehouder')!.due).toBe('2027-04-26'); // entered deadline − 42 days
  expect(isComputedDeadline(t, '2027-03-01', '2027-05-24')).toBe(true);
  expect(isComputedDeadline(t, '2027-03-01', '2027-06-07')).toBe(false);
  expect(() => planChecklist(t, odh, '2027-03-01', null, '2027-02-01')).toThrow(/before anchor/);
});

test('the shareholder representative resolves at a C.V. through the vergadering van vennoten', () => {
  const obl = { ...DEMO_PARTIES.find((p) => p.name === 'Ontwikkelingsbedrijf Lindenwaard-Zuid C.V.')!, id: 'obl' };
  expect(obl.seats.map((s) => s.body)).not.toContain('AvA'); // a C.V. has no shareholders' meeting
  expect(resolveOwner('vertegenwoordiger', obl, null)?.name).toBe('Fatima Bakker');
});

test('a draft budget received on D gives a zienswijze deadline of D + 12 weeks; steps plan back from it', () => {
  const t = loadTemplates(DIR).find((x) => x.id === 'ontwerpbegroting')!;
  const plan = planChecklist(t, odh, '2027-03-01', null);
  expect(plan.deadline).toBe('2027-05-24');
  const due = Object.fromEntries(plan.steps.map((s) => [s.stepId, s.due]));
  expect(due.vastleggen).toBe('2027-03-03');
  expect(due.portefeuillehouder).toBe('2027-04-12'); // deadline − 42 days
  expect(due.versturen).toBe('2027-05-24');
  const owner = Object.fromEntries(plan.steps.map((s) => [s.stepId, s.owner?.name ?? s.ownerRole]));
  expect(owner.vastleggen).toBe('Joost Hendriks');
  expect(owner.portefeuillehouder).toBe('Fatima Bakker (Financiën)');
  expect(owner.vertegenwoordiger).toBe('Pieter Jansen');
  expect(owner.concerncontrol).toBe('concerncontrol');
});

test('a draft arrangement gives D + 8 weeks; no step falls before the anchor', () => {
  const t = loadTemplates(DIR).find((x) => x.id === 'wijziging-regeling')!;
  const plan = planChecklist(t, odh, '2027-01-04', null);
  expect(plan.deadline).toBe('2027-03-01');
  for (const s of plan.steps) expect(s.due >= '2027-01-04').toBe(true);
});

test.each([
  ['not JSON', '{', '(file)', /not valid JSON/],
  ['unknown owner role', JSON.stringify({ ...base(), steps: [{ ...step(), owner: 'burgemeester' }] }), 'steps.0.owner', /./],
  ['planned back from a missing deadline', JSON.stringify({ ...base(), deadline: null, steps: [{ ...step(), due: { from: 'deadline', days: -3 } }] }), 'steps.0.due.from', /no deadline/],
  ['duplicate step ids', JSON.stringify({ ...base(), steps: [step(), step()] }), 'steps.1.id', /duplicate/],
  ['unknown field', JSON.stringify({ ...base(), colour: 'red' }), '(root)', /colour/],
])('a template that does not validate is refused with file, path and reason: %s', (_name, content, at, reason) => {
  const dir = tempDir();
  fs.writeFileSync(path.join(dir, 'bad.json'), content);
  try {
    loadTemplates(dir);
    throw new Error('expected a TemplateError');
  } catch (err) {
    expect(err).toBeInstanceOf(TemplateError);
    const e = err as TemplateError;
    expect(e.file).toBe(path.join(dir, 'bad.json'));
    expect(e.at).toBe(at);
    expect(e.reason).toMatch(reason);
  }
});

function step() {
  return { id: 'a', title: { nl: 'a', en: 'a' }, audience: 'intern', owner: 'accounthouder', due: { from: 'start', days: 1 } };
}
function base() {
  return { id: 'x', version: 1, title: { nl: 'x', en: 'x' }, changeKinds: ['x'], anchor: { nl: 'x', en: 'x' }, deadline: { weeks: 12, label: { nl: 'x', en: 'x' }, basis: 'Wgr' }, steps: [step()] };
}
