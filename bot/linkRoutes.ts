import type { Server } from 'restify';
import type { CalendarService } from '../domain/calendar/calendarService';
import type { ChecklistRun } from '../domain/checklists/types';
import { PARAGRAPH_CONTENT_TYPES, paragraphRenderer, type ParagraphFormat } from '../domain/paragraph/output';
import { paragraphNl } from '../locales/paragraph.nl';
import type { RegisterService } from '../domain/register/registerService';
import type { ParagraphTextStore } from '../store/paragraphTextStore';
import { registerToCsv } from '../domain/register/registerCsv';
import { registerToXlsx, XLSX_CONTENT_TYPE } from '../domain/register/registerXlsx';
import type { CalendarStore } from '../store/calendarStore';
import type { Logger } from './logger';

interface Deps {
  checklists: { openRuns(): Promise<ChecklistRun[]> };
  calendarStore: CalendarStore;
  calendar: CalendarService;
  register: RegisterService;
  /** The vision section of the paragraph, per year (migration 011). */
  paragraphTexts?: ParagraphTextStore;
  logger: Logger;
}

/**
 * Secret-link endpoints: GET /calendar/<token>.ics (subscribable in Outlook) and
 * GET /downloads/<token>/<file> (the budget paragraph, the register file). An unknown, expired or revoked token is a
 * plain 404, indistinguishable from a token that never existed.
 */
export function registerLinkRoutes(server: Server, deps: Deps): void {
  const notFound = (res: { status(n: number): void; setHeader(k: string, v: string): void; end(b: string): void }) => {
    res.status(404);
    res.setHeader('content-type', 'text/plain; charset=utf-8');
    res.end('Niet gevonden.');
  };

  server.get('/calendar/:file', async (req, res) => {
    const m = /^([A-Za-z0-9_-]{20,64})\.ics$/.exec(String(req.params.file));
    const token = m ? await deps.calendarStore.findToken(m[1], 'calendar') : undefined;
    if (!token) return notFound(res);
    const { parties } = await deps.register.snapshot();
    const ics = await deps.calendar.ics(parties, 'Partnerwijzer — verbonden partijen', await deps.checklists.openRuns());
    deps.logger.info({ feed: token.token.slice(0, 6) }, 'calendar feed served');
    res.status(200);
    res.setHeader('content-type', 'text/calendar; charset=utf-8');
    res.setHeader('cache-control', 'private, max-age=300');
    res.end(ics);
  });

  server.get('/downloads/:token/:file', async (req, res) => {
    const token = await deps.calendarStore.findToken(String(req.params.token), 'download');
    const reg = /^register-\d{4}-\d{2}-\d{2}\.(xlsx|csv)$/.exec(String(req.params.file));
    if (token && reg && token.scope.what === 'register') {
      const parties = (await deps.register.snapshot()).parties;
      const bytes = reg[1] === 'xlsx' ? await registerToXlsx(parties) : Buffer.from(registerToCsv(parties), 'utf8');
      res.status(200);
      res.setHeader('content-type', reg[1] === 'xlsx' ? XLSX_CONTENT_TYPE : 'text/csv; charset=utf-8');
      res.setHeader('content-disposition', `attachment; filename="${req.params.file}"`);
      res.setHeader('cache-control', 'no-store');
      res.end(bytes);
      return;
    }
    const m = /^paraga?raaf-verbonden-partijen-(\d{4})\.(docx|html|md)$/.exec(String(req.params.file));
    if (!token || !m || token.scope.what !== 'paragraph' || Number(token.scope.year) !== Number(m[1])) return notFound(res);
    const format = m[2] as ParagraphFormat;
    const { parties } = await deps.register.snapshot();
    // The publishable budget variant: gaps marked in place, no internal list with names and e-mail addresses.
    const vision = (await deps.paragraphTexts?.vision(Number(m[1]), 'begroting')) ?? null;
    const bytes = await paragraphRenderer(paragraphNl)(parties, Number(m[1]), format, { variant: 'begroting', intern: false, vision });
    res.status(200);
    res.setHeader('content-type', PARAGRAPH_CONTENT_TYPES[format]);
    res.setHeader('content-disposition', `attachment; filename="${req.params.file}"`);
    res.setHeader('cache-control', 'no-store');
    res.end(bytes);
  });
}
