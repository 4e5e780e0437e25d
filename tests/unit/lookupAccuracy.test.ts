import { evaluate, loadLabelled } from '../../support/evaluation/lookupEval';
import { DEMO_PARTIES } from '../../domain/demo/demoRegister';

/** The first wave's labelled phrasings (bench/lookup-labelled.json), read by the understanding layer, as a regression guard (bench/lookup reports the same figures). */
test('labelled phrasings: no confident wrong answer, at least 95% right, intent and language right', () => {
  const parties = DEMO_PARTIES.map((p, i) => ({ ...p, id: `p${i}`, code: `P${i}`, archivedAt: null }));
  const items = loadLabelled();
  expect(items.length).toBeGreaterThanOrEqual(200);
  const r = evaluate(items, parties);
  expect(r.confidentWrong).toBe(0);
  expect(r.correct / r.total).toBeGreaterThanOrEqual(0.95);
  expect(r.intentCorrect / r.total).toBeGreaterThanOrEqual(0.98);
  expect(r.langCorrect / r.total).toBeGreaterThanOrEqual(0.97);
});
