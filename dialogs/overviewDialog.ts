import { highRiskCard, overviewCard } from '../cards/overviewCard';
import type { Dialog } from './types';
import { normalizeQuestion } from './normalize';

const OVERVIEW = [
  /\b(welke|alle|overzicht)\b.*\b(verbonden )?partijen\b/,
  /\bhoeveel\b.*\bpartijen\b/,
  /\b(which|all|list)\b.*\b(partners|parties)\b/,
  /\bhow many\b.*\b(partners|parties)\b/,
  /^(overzicht|overview|register)$/,
];
const HIGH_RISK = [/\b(hoog|hoge) risico/, /\bhigh risk\b/, /\brisico(profiel)? (is )?hoog\b/];

export const highRiskDialog: Dialog = {
  name: 'highRisk',
  matches: (input) => HIGH_RISK.some((r) => r.test(normalizeQuestion(input.text))),
  run: async ({ t, services }) => {
    const overview = await services.register.overview();
    const high = overview.byCategory.flatMap((g) => g.parties).filter((p) => p.riskProfile === 'hoog');
    return [{ card: highRiskCard(high, t) }];
  },
};

export const overviewDialog: Dialog = {
  name: 'overview',
  matches: (input) => OVERVIEW.some((r) => r.test(normalizeQuestion(input.text))),
  run: async ({ t, services }) => [{ card: overviewCard(await services.register.overview(), t) }],
};
