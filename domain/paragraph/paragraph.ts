import { formatEuroDutch } from './money';
import { BBV_CATEGORIES, type BbvCategory, type Party } from '../register/types';
import type { ParagraphTexts } from '../../locales/paragraph.nl';

/**
 * The paragraaf verbonden partijen as a document model, independent of its output format:
 * parties grouped in BBV order with the fields of governance.md §1, gaps made visible and listed
 * at the end with their account holders.
 */
export interface ParagraphField {
  label: string;
  value: string;
  missing: boolean;
}

export interface ParagraphParty {
  name: string;
  fields: ParagraphField[];
}

export interface ParagraphSection {
  category: BbvCategory;
  title: string;
  parties: ParagraphParty[];
}

export interface ParagraphGap {
  party: string;
  fields: string[];
  accountHolder: string;
}

export interface ParagraphDoc {
  title: string;
  introTitle: string;
  intro: string[];
  summary: string;
  sections: ParagraphSection[];
  noneInCategory: string;
  gapsTitle: string;
  gapsIntro: string;
  gapsNone: string;
  gapsColumns: ParagraphTexts['gapsColumns'];
  gaps: ParagraphGap[];
  demoNote: string | null;
}

export function buildParagraph(parties: Party[], year: number, t: ParagraphTexts): ParagraphDoc {
  const f = t.fields;
  const gaps: ParagraphGap[] = [];
  const sections = BBV_CATEGORIES.map((category) => ({
    category,
    title: t.categories[category],
    parties: parties
      .filter((p) => p.category === category)
      .sort((a, b) => a.name.localeCompare(b.name, 'nl'))
      .map((p) => {
        const field = (label: string, value: string | null): ParagraphField => (value === null || value.trim() === '' ? { label, value: t.gap, missing: true } : { label, value, missing: false });
        const money = (label: string, cents: number | null) => field(label, cents === null ? null : formatEuroDutch(cents));
        const governance = p.seats.length === 0 ? null : p.seats.map((s) => `${s.body} (${s.role}): ${s.person ? (s.person.function ? `${s.person.name}, ${s.person.function}` : s.person.name) : t.vacant}`).join('; ');
        const fields = [
          field(f.nameAndLocation, p.location ? `${p.name}, ${p.location}` : null),
          field(f.legalForm, p.legalForm),
          field(f.publicInterest, p.publicInterest),
          field(f.governance, governance),
          money(f.financialInterest, p.financialInterestCents),
          money(f.equityStart, p.equityStartCents),
          money(f.equityEnd, p.equityEndCents),
          money(f.debtStart, p.debtStartCents),
          money(f.debtEnd, p.debtEndCents),
          money(f.result, p.resultCents),
          field(f.risks, p.risks),
          field(f.riskProfile, p.riskProfile ? t.riskProfile[p.riskProfile] : null),
        ];
        const missing = fields.filter((x) => x.missing).map((x) => x.label);
        if (missing.length > 0) gaps.push({ party: p.name, fields: missing, accountHolder: p.accountHolder ? (p.accountHolder.email ? `${p.accountHolder.name} (${p.accountHolder.email})` : p.accountHolder.name) : t.noAccountHolder });
        return { name: p.name, fields };
      }),
  }));
  return {
    title: t.title(year),
    introTitle: t.introTitle,
    intro: t.intro,
    summary: t.summary(parties.length),
    sections,
    noneInCategory: t.noneInCategory,
    gapsTitle: t.gapsTitle,
    gapsIntro: t.gapsIntro,
    gapsNone: t.gapsNone,
    gapsColumns: t.gapsColumns,
    gaps,
    demoNote: parties.some((p) => p.demo) ? t.demoNote : null,
  };
}
