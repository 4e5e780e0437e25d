import { randomUUID } from 'node:crypto';
import type { CloudAdapter } from 'botbuilder';
import type { Request, Response } from 'restify';
import type { ActivityHandlerBase } from 'botbuilder';
import { checkEnvelope, stripControlDeep } from './activityEnvelope';
import { tenantOf } from './turnInput';
import { TURN_LOGGER, type Logger } from './logger';

interface Captured {
  status: number;
  body: unknown;
  headers: Record<string, string>;
}

/** A stand-in response so we decide what leaves the server (no error details for the caller). */
function captureResponse(): { res: object; captured: Captured } {
  const captured: Captured = { status: 200, body: undefined, headers: {} };
  const res = {
    status(code: number) {
      captured.status = code;
      return res;
    },
    header(name: string, value: string) {
      captured.headers[name] = value;
      return res;
    },
    send(body: unknown) {
      captured.body = body;
      return res;
    },
    end() {
      return res;
    },
  };
  return { res, captured };
}

/** botbuilder reports a token with a bad signature as a plain error (500); it is an auth failure. */
const AUTH_FAILURE = /signature|jwt|token|unauthori[sz]ed|issuer|audience|endorse|expired|not active/i;

export interface RouteOptions {
  /** Tenants served; empty = any (local mode). */
  allowedTenants: string[];
  /** True while shutting down: new turns are turned away with 503. */
  isDraining: () => boolean;
}

/** POST /api/messages: validate, authenticate (adapter), check the tenant, run the turn, answer with a clean status. */
export function messagesRoute(adapter: CloudAdapter, bot: ActivityHandlerBase, logger: Logger, opts: RouteOptions) {
  return async (req: Request, res: Response): Promise<void> => {
    const correlationId = randomUUID();
    const log = logger.child({ correlationId });
    if (opts.isDraining()) {
      res.header('Retry-After', '5');
      res.status(503);
      res.json({ error: { code: 'ShuttingDown' } });
      return;
    }
    const check = checkEnvelope(req.body);
    if (!check.ok) {
      log.warn({ status: check.status, reason: check.reason }, 'rejected inbound request');
      res.status(check.status);
      res.json({ error: { code: 'BadRequest', message: check.reason } });
      return;
    }
    req.body = stripControlDeep(req.body);
    const body = req.body as { type: string; id?: string; conversation: { id: string } };
    log.info({ type: body.type, activityId: body.id }, 'turn');
    const { res: stand, captured } = captureResponse();
    let refusedTenant: string | undefined;
    try {
      // The logic runs only after botbuilder has authenticated the request.
      await adapter.process(req, stand as never, async (ctx) => {
        ctx.turnState.set(TURN_LOGGER, log);
        const tenant = tenantOf(ctx.activity);
        if (opts.allowedTenants.length > 0 && (!tenant || !opts.allowedTenants.includes(tenant))) {
          refusedTenant = tenant ?? '(none)';
          return;
        }
        await bot.run(ctx);
      });
    } catch (err) {
      log.error({ err: err instanceof Error ? err.message : String(err) }, 'adapter failed');
      captured.status = 500;
    }
    if (refusedTenant !== undefined) {
      log.warn({ tenantId: refusedTenant, type: body.type }, 'refused: tenant not allowed');
      res.status(403);
      res.json({ error: { code: 'Forbidden' } });
      return;
    }
    if (captured.status === 500 && typeof captured.body === 'string' && AUTH_FAILURE.test(captured.body)) captured.status = 401;
    // Adapter errors arrive as strings (stack details): never send those to the caller.
    if (captured.status >= 400 && (captured.body === undefined || typeof captured.body === 'string')) {
      const reason = typeof captured.body === 'string' ? captured.body.slice(0, 300) : undefined;
      log.warn({ status: captured.status, reason }, 'turn refused or failed');
      res.status(captured.status);
      res.json({ error: { code: captured.status === 401 ? 'Unauthorized' : captured.status === 501 ? 'NotImplemented' : 'Error' } });
      return;
    }
    res.status(captured.status);
    if (captured.body !== undefined) res.json(captured.body);
    else res.end();
  };
}
