import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { Request, Response, Server } from 'restify';
import { z } from 'zod';
import type { GovernanceEvent } from '../domain/calendar/events';
import type { ChecklistRun } from '../domain/checklists/types';
import type { ActionItem, MeetingOutcome, Signal } from '../domain/meetings/types';
import { buildOverview, buildPartyDetail } from '../domain/overview/overview';
import { filterParties, type OverviewData } from '../domain/overview/types';
import type { RegisterService } from '../domain/register/registerService';
import { XLSX_CONTENT_TYPE } from '../domain/register/registerXlsx';
import { overviewText } from '../locales/overview';
import type { Logger } from './logger';
import type { TabAuthenticator } from './tabAuth';
import { today as localToday } from '../domain/time/clock';


export interface OverviewDeps {
  register: RegisterService;
  openRuns(): Promise<ChecklistRun[]>;
  openActions(): Promise<{ outcome: MeetingOutcome; item: ActionItem }[]>;
  openSignals(): Promise<Signal[]>;
  outcomesForParty(partyId: string): Promise<MeetingOutcome[]>;
  events(): Promise<GovernanceEvent[]>;
  /** undefined in local mode: the page and API are open, as the web chat is. */
  auth: TabAuthenticator | undefined;
  appId: string | undefined;
  logger: Logger;
  /** Today in the local time zone; tests pin it. */
  today?: () => string;
}

/** Where `npm run build` puts the page and its bundle: dist/web/overzicht, seen from dist/bot or from bot/ (ts-jest). */
function bundleDir(): string {
  const candidates = [path.join(__dirname, '..', 'web', 'overzicht'), path.join(__dirname, '..', 'dist', 'web', 'overzicht')];
  return candidates.find((p) => fs.existsSync(path.join(p, 'app.js'))) ?? candidates[0];
}

/** Teams (and Outlook, Microsoft 365) may frame the tab; nothing else may. Griffel (Fluent UI) injects style elements. */
const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "font-src 'self' data:",
  "frame-ancestors 'self' https://teams.microsoft.com https://*.teams.microsoft.com https://*.teams.microsoft.us https://*.office.com https://*.cloud.microsoft https://*.microsoft365.com https://*.skype.com",
].join('; ');

const FilterQuery = z.object({
  categorie: z.string().max(64).optional(),
  risico: z.enum(['laag', 'midden', 'hoog', 'onbekend']).optional(),
  portefeuillehouder: z.string().max(200).optional(),
  accounthouder: z.string().max(200).optional(),
  q: z.string().max(200).optional(),
  lang: z.enum(['nl', 'en']).optional(),
});

const PartyId = z.string().min(1).max(64).regex(/^[A-Za-z0-9_-]+$/);

function sendJson(res: Response, status: number, body: unknown): void {
  res.status(status);
  res.setHeader('content-type', 'application/json; charset=utf-8');
  res.setHeader('cache-control', 'private, no-store');
  res.end(JSON.stringify(body));
}

/**
 * GET /overzicht (the page, also the Teams tab's contentUrl), its bundle, and one JSON API under
 * /api/overzicht. In Teams mode every data route first checks the tab's SSO token (401 missing or
 * invalid, 403 another tenant). The API serves only what every reader in the tenant may read in
 * chat: the register, open checklists and actions, open signals, outcomes and dates; never the
 * audit trail, the roles or checklist notes.
 */
export function registerOverviewRoutes(server: Server, deps: OverviewDeps): void {
  const today = deps.today ?? (() => localToday());
  const dir = bundleDir();
  let page: Buffer | undefined;
  server.get('/overzicht', async (_req, res) => {
    page ??= fs.readFileSync(path.join(dir, 'index.html'));
    res.setHeader('content-type', 'text/html; charset=utf-8');
    res.setHeader('cache-control', 'no-cache');
    res.setHeader('content-security-policy', CSP);
    res.setHeader('x-content-type-options', 'nosniff');
    res.end(page);
  });
  const assets = new Map<string, Buffer>();
  server.get('/overzicht/:file', async (req, res) => {
    const file = String(req.params.file);
    if (!/^app\.(js|css)$/.test(file) || !fs.existsSync(path.join(dir, file))) {
      res.status(404);
      res.end('Niet gevonden.');
      return;
    }
    let bytes = assets.get(file);
    if (!bytes) assets.set(file, (bytes = fs.readFileSync(path.join(dir, file))));
    res.setHeader('content-type', file.endsWith('.js') ? 'application/javascript; charset=utf-8' : 'text/css; charset=utf-8');
    res.setHeader('cache-control', 'no-cache');
    res.setHeader('x-content-type-options', 'nosniff');
    res.end(bytes);
  });

  server.get('/api/overzicht/config', async (_req, res) => sendJson(res, 200, { mode: deps.auth ? 'teams' : 'local', appId: deps.appId ?? null }));

  /** Runs the handler only for an accepted caller; refusals carry no detail. */
  const guarded = (handler: (req: Request, res: Response) => Promise<void>) => async (req: Request, res: Response) => {
    if (deps.auth) {
      const result = await deps.auth.check(req.header('authorization'));
      if (!result.ok) {
        deps.logger.warn({ path: req.path(), status: result.status, reason: result.reason }, 'overview request refused');
        if (result.status === 401) res.setHeader('www-authenticate', 'Bearer');
        return sendJson(res, result.status, { error: { code: result.status === 401 ? 'Unauthorized' : 'Forbidden' } });
      }
    }
    try {
      await handler(req, res);
    } catch (err) {
      deps.logger.error({ err: (err as Error).message, path: req.path() }, 'overview request failed');
      sendJson(res, 500, { error: { code: 'InternalError' } });
    }
  };

  const overview = async (): Promise<OverviewData> => {
    const snap = await deps.register.snapshot();
    const [runs, openActions, signals, events] = await Promise.all([deps.openRuns(), deps.openActions(), deps.openSignals(), deps.events()]);
    return buildOverview({ parties: snap.parties, runs, openActions, signals, events, today: today(), demo: snap.demo });
  };

  server.get('/api/overzicht/register', guarded(async (_req, res) => sendJson(res, 200, await overview())));

  server.get('/api/overzicht/partijen/:id', guarded(async (req, res) => {
    const id = PartyId.safeParse(req.params.id);
    const party = id.success ? (await deps.register.snapshot()).activeById.get(id.data) : undefined;
    if (!party) return sendJson(res, 404, { error: { code: 'NotFound' } });
    const [runs, openActions, signals, events, outcomes] = await Promise.all([deps.openRuns(), deps.openActions(), deps.openSignals(), deps.events(), deps.outcomesForParty(party.id)]);
    sendJson(res, 200, buildPartyDetail({ party, runs, openActions, signals, events, outcomes, today: today() }));
  }));

  server.get('/api/overzicht/export.xlsx', guarded(async (req, res) => {
    const q = FilterQuery.safeParse(req.query ?? {});
    if (!q.success) return sendJson(res, 400, { error: { code: 'BadRequest' } });
    const f = q.data;
    const data = await overview();
    const rows = filterParties(data.parties, { category: f.categorie, risk: f.risico, portfolioHolder: f.portefeuillehouder, accountHolder: f.accounthouder, q: f.q });
    const t = overviewText[f.lang ?? 'nl'];
    const bytes = await overviewXlsx(rows, t);
    res.status(200);
    res.setHeader('content-type', XLSX_CONTENT_TYPE);
    res.setHeader('content-disposition', `attachment; filename="${t.exportFile}.xlsx"`);
    res.setHeader('cache-control', 'private, no-store');
    res.end(bytes);
  }));
}

/** Text a spreadsheet would run as a formula gets a leading apostrophe, as the register export does. */
const safe = (s: string | null) => (s !== null && /^[=+\-@\t\r]/.test(s) ? `'${s}` : s);

async function overviewXlsx(rows: OverviewData['parties'], t: (typeof overviewText)['nl']): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(t.exportSheet, { views: [{ state: 'frozen', ySplit: 1 }] });
  const c = t.columns;
  ws.columns = [
    { header: c.code, key: 'code', width: 12 },
    { header: c.name, key: 'name', width: 40 },
    { header: c.category, key: 'category', width: 28 },
    { header: c.risk, key: 'risk', width: 12 },
    { header: c.interest, key: 'interest', width: 18, style: { numFmt: '"€" #,##0' } },
    { header: c.portfolioHolder, key: 'ph', width: 24 },
    { header: c.accountHolder, key: 'ah', width: 24 },
    { header: c.seats, key: 'seats', width: 8 },
    { header: c.signals, key: 'signals', width: 10 },
    { header: c.checklists, key: 'checklists', width: 10 },
    { header: c.overdue, key: 'overdue', width: 10 },
    { header: c.nextDate, key: 'next', width: 14 },
  ];
  ws.getRow(1).font = { bold: true };
  for (const p of rows) {
    ws.addRow({
      code: p.code,
      name: safe(p.name),
      category: t.category[p.category],
      risk: p.risk ? t.risk[p.risk] : t.unknown,
      interest: p.interestCents === null ? null : p.interestCents / 100,
      ph: safe(p.portfolioHolder),
      ah: safe(p.accountHolder),
      seats: p.seats,
      signals: p.openSignals,
      checklists: p.openChecklists,
      overdue: p.overdue,
      next: p.nextDate,
    });
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}
