import { formatEuroDutch } from './money';
import { BBV_CATEGORIES, type BbvCategory, type Party } from '../register/types';
import type { ParagraphTexts } from './texts';

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

/** The budget (begroting, BBV art. 15) or the annual report (jaarstukken, the same paragraph with realised figures). */
export const PARAGRAPH_VARIANTS = ['begroting', 'jaarstukken'] as const;
export type ParagraphVariant = (typeof PARAGRAPH_VARIANTS)[number];

export interface ParagraphOptions {
  variant: ParagraphVariant;
  /** Adds the internal list of gaps with account holders' names and e-mail addresses; never in the publishable version. */
  intern: boolean;
  /** The municipality's visie op en beleidsvoornemens omtrent verbonden partijen for this year (art. 15 lid 1 sub a), as the administrator supplied it. */
  vision: string | null;
  /** Annual report: what happened per party in the year (by party id), e.g. the decisions of its meetings. */
  developments?: Map<string, string[]>;
}

export const DEFAULT_PARAGRAPH_OPTIONS: ParagraphOptions = { variant: 'begroting', intern: false, vision: null };

export interface ParagraphDoc {
  title: string;
  introTitle: string;
  intro: string[];
  visionTitle: string;
  /** Paragraphs of the vision, or null when the administrator has not supplied it yet. */
  vision: string[] | null;
  visionGap: string;
  summary: string;
  sections: ParagraphSection[];
  noneInCategory: string;
  /** Only in the internal version. */
  gapsSection: {
    title: string;
    intro: string;
    none: string;
    columns: ParagraphTexts['gapsColumns'];
    gaps: ParagraphGap[];
  } | null;
  demoNote: string | null;
}

export function buildParagraph(parties: Party[], year: number, t: ParagraphTexts, options: ParagraphOptions = DEFAULT_PARAGRAPH_OPTIONS): ParagraphDoc {
  const f = t.fields;
  const v = t.variants[options.variant];
  const gaps: ParagraphGap[] = [];
  const sections = BBV_CATEGORIES.map((category) => ({
    category,
    title: t.categories[category],
    parties: parties
      .filter((p) => p.category === category)
      .sort((a, b) => a.name.localeCompare(b.name, 'nl'))
      .map((p) => {
        const field = (label: string, value: string | null): ParagraphField => (value === null || value.trim() === '' ? { label, value: t.gap, missing: true } : { label, value, missing: false });
        const money = (label: string, cents: number | null | undefined) => field(label, cents === null || cents === undefined ? null : formatEuroDutch(cents));
        const governance = p.seats.length === 0 ? null : p.seats.map((s) => `${s.body} (${s.role}): ${s.person ? (s.person.function ? `${s.person.name}, ${s.person.function}` : s.person.name) : t.vacant}`).join('; ');
        const developments = options.developments?.get(p.id) ?? [];
        const fields = [
          field(f.nameAndLocation, p.location ? `${p.name}, ${p.location}` : null),
          field(f.legalForm, p.legalForm),
          field(f.publicInterest, p.publicInterest),
          field(f.governance, governance),
          field(f.interestKind, p.financialInterestKind ? t.interestKinds[p.financialInterestKind] : null),
          money(v.interestStart(year), p.financialInterestCents),
          money(v.interestEnd(year), p.financialInterestEndCents),
          money(v.equityStart(year), p.equityStartCents),
          money(v.equityEnd(year), p.equityEndCents),
          money(v.debtStart(year), p.debtStartCents),
          money(v.debtEnd(year), p.debtEndCents),
          money(v.result(year), p.resultCents),
          ...(options.variant === 'jaarstukken' ? [field(v.developments(year), developments.length > 0 ? developments.join(' ') : null)] : []),
          field(f.risks, p.risks),
          field(f.riskProfile, p.riskProfile ? t.riskProfile[p.riskProfile] : null),
        ];
        const missing = fields.filter((x) => x.missing).map((x) => x.label);
        if (missing.length > 0) gaps.push({ party: p.name, fields: missing, accountHolder: p.accountHolder ? (p.accountHolder.email ? `${p.accountHolder.name} (${p.accountHolder.email})` : p.accountHolder.name) : t.noAccountHolder });
        return { name: p.name, fields };
      }),
  }));
  const vision = options.vision?.trim() ? options.vision.trim().split(/\r?\n\s*\r?\n/).map((x) => x.replace(/\s+/g, ' ').trim()).filter((x) => x !== '') : null;
  return {
    title: v.title(year),
    introTitle: t.introTitle,
    intro: [...t.intro, v.introNote(year)],
    visionTitle: v.visionTitle(year),
    vision,
    visionGap: v.visionGap(year),
    summary: t.summary(parties.length),
    sections,
    noneInCategory: t.noneInCategory,
    gapsSection: options.intern ? { title: t.gapsTitle, intro: t.gapsIntro, none: t.gapsNone, columns: t.gapsColumns, gaps } : null,
    demoNote: parties.some((p) => p.demo) ? t.demoNote : null,
  };
}

/** How many parties still lack data; for the chat answer, which never shows the list itself. */
export function countGaps(doc: ParagraphDoc): number {
  return doc.sections.reduce((n, s) => n + s.parties.filter((p) => p.fields.some((x) => x.missing)).length, 0);
}
