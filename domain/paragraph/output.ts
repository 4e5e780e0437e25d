import type { Party } from '../register/types';
import { buildParagraph, DEFAULT_PARAGRAPH_OPTIONS, type ParagraphOptions } from './paragraph';
import { paragraphToDocx, paragraphToHtml, paragraphToMarkdown } from './render';
import type { ParagraphTexts } from './texts';

export type ParagraphFormat = 'md' | 'html' | 'docx';

export const PARAGRAPH_CONTENT_TYPES: Record<ParagraphFormat, string> = {
  md: 'text/markdown; charset=utf-8',
  html: 'text/html; charset=utf-8',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

export type ParagraphRenderer = (parties: Party[], year: number, format: ParagraphFormat, options?: ParagraphOptions) => Promise<Buffer>;

/** Renders the paragraph for a year in one of its three formats, in the given texts. */
export function paragraphRenderer(t: ParagraphTexts): ParagraphRenderer {
  return async (parties, year, format, options = DEFAULT_PARAGRAPH_OPTIONS) => {
    const doc = buildParagraph(parties, year, t, options);
    if (format === 'docx') return paragraphToDocx(doc);
    return Buffer.from(format === 'html' ? paragraphToHtml(doc) : paragraphToMarkdown(doc), 'utf8');
  };
}
