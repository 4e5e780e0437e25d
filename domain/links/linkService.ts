import type { Party } from '../register/types';
import { buildParagraph, countGaps } from '../paragraph/paragraph';
import type { ParagraphTexts } from '../paragraph/texts';

export interface LinkRecord {
  token: string;
  scope: Record<string, unknown>;
}

/** Storage for secret link tokens (calendar feeds, downloads). */
export interface LinkRepository {
  createToken(kind: 'calendar' | 'download', owner: string, scope: Record<string, unknown>, ttlMs?: number): Promise<LinkRecord>;
  activeFor(kind: 'calendar' | 'download', owner: string): Promise<LinkRecord | undefined>;
  revokeAll(kind: 'calendar' | 'download', owner: string): Promise<number>;
}

const DOWNLOAD_TTL_MS = 24 * 60 * 60_000;

/** Secret, revocable links: a calendar feed per user or team, paragraph downloads for a day. */
export class LinkService {
  constructor(
    private readonly repo: LinkRepository,
    private readonly baseUrl: () => string,
    /** The paragraph's texts, to count its gaps. */
    private readonly paragraphTexts: ParagraphTexts,
  ) {}

  /** The owner's calendar feed URL; an existing active link is reused rather than multiplied. */
  async calendarLink(owner: string): Promise<string> {
    const existing = await this.repo.activeFor('calendar', owner);
    const t = existing ?? (await this.repo.createToken('calendar', owner, {}));
    return `${this.baseUrl()}/calendar/${t.token}.ics`;
  }

  revokeCalendar(owner: string): Promise<number> {
    return this.repo.revokeAll('calendar', owner);
  }

  /** Download links for the paragraph of a year in each format, and how many gaps it has. */
  async paragraphLinks(owner: string, year: number, parties: Party[]): Promise<{ urls: Record<'docx' | 'html' | 'md', string>; gaps: number }> {
    const t = await this.repo.createToken('download', owner, { what: 'paragraph', year }, DOWNLOAD_TTL_MS);
    const base = `${this.baseUrl()}/downloads/${t.token}/paragraaf-verbonden-partijen-${year}`;
    return { urls: { docx: `${base}.docx`, html: `${base}.html`, md: `${base}.md` }, gaps: countGaps(buildParagraph(parties, year, this.paragraphTexts)) };
  }

  /** Download links for the register file (Excel and CSV), valid for 24 hours (local mode, no OneDrive). */
  async registerLinks(owner: string, today: string): Promise<Record<'xlsx' | 'csv', string>> {
    const t = await this.repo.createToken('download', owner, { what: 'register' }, DOWNLOAD_TTL_MS);
    const base = `${this.baseUrl()}/downloads/${t.token}/register-${today}`;
    return { xlsx: `${base}.xlsx`, csv: `${base}.csv` };
  }
}
