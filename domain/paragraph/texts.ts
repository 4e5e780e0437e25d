import type { BbvCategory, InterestKind } from '../register/types';

/** One variant of the paragraph: budget (expected figures) or annual report (realised ones). */
export interface ParagraphVariantTexts {
  title(year: number): string;
  introNote(year: number): string;
  visionTitle(year: number): string;
  visionGap(year: number): string;
  interestStart(year: number): string;
  interestEnd(year: number): string;
  equityStart(year: number): string;
  equityEnd(year: number): string;
  debtStart(year: number): string;
  debtEnd(year: number): string;
  result(year: number): string;
  developments(year: number): string;
}

/** The texts the paragraph is written in; locales/ provides them, the caller injects them. */
export interface ParagraphTexts {
  introTitle: string;
  intro: string[];
  summary(n: number): string;
  categories: Record<BbvCategory, string>;
  noneInCategory: string;
  fields: { nameAndLocation: string; legalForm: string; publicInterest: string; governance: string; interestKind: string; risks: string; riskProfile: string };
  interestKinds: Record<InterestKind, string>;
  variants: { begroting: ParagraphVariantTexts; jaarstukken: ParagraphVariantTexts };
  gap: string;
  vacant: string;
  riskProfile: { laag: string; midden: string; hoog: string };
  gapsTitle: string;
  gapsIntro: string;
  gapsNone: string;
  gapsColumns: { party: string; fields: string; accountHolder: string };
  noAccountHolder: string;
  demoNote: string;
}
