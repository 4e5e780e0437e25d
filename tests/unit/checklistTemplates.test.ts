import fs from 'node:fs';
import path from 'node:path';
import { DEMO_PARTIES } from '../../domain/demo/demoRegister';
import { planChecklist } from '../../domain/checklists/planner';
import { loadTemplates, TemplateError } from '../../domain/checklists/template';
import { PROJECT_ROOT } from '../support/paths';
import { tempDir } from '../support/harness';

const DIR = path.join(PROJECT_ROOT, 'templates', 'checklists');
const odh = { ...DEMO_PARTIES.find((p) => p.name === 'Omgevingsdienst Haaglanden')!, id: 'odh' };

test('the five shipped templates validate', () => {
  const ids = loadTemplates(DIR).map((t) => t.id).sort();
  expect(ids).toEqual(['ontwerpbegroting', 'signaal-samenwerking', 'toetreding-uittreding', 'wijziging-regeling', 'wisseling-vertegenwoordiger']);
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
