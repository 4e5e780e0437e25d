import type { GlossaryId } from '../domain/glossary/terms';

export type GlossaryTexts = Record<GlossaryId, { term: string; definition: string }>;
