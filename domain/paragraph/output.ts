import { paragraphNl } from '../../locales/paragraph.nl';
import type { Party } from '../register/types';
import { buildParagraph, DEFAULT_PARAGRAPH_OPTIONS, type ParagraphOptions } from './paragraph';
import { paragraphToDocx, paragraphToHtml, paragraphToMarkdown } from './render';

export type ParagraphFormat = 'md' | 'html' | 'docx';

export const PARAGRAPH_CONTENT_TYPES: Record<ParagraphFormat, string> = {
  md: 'text/markdown; charset=utf-8',
  html: 'text/html; charset=utf-8',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

/** The paragraph for a year in one of its three formats. */
export async function renderParagraph(parties: Party[], year: number, format: ParagraphFormat, options: ParagraphOptions = DEFAULT_PARAGRAPH_OPTIONS): Promise<Buffer> {
  const doc = buildParagraph(parties, year, paragraphNl, options);
  if (format === 'docx') return paragraphToDocx(doc);
  return Buffer.from(format === 'html' ? paragraphToHtml(doc) : paragraphToMarkdown(doc), 'utf8');
}
