import { randomUUID } from 'node:crypto';
import type { CloudAdapter } from 'botbuilder';
import type { Request, Response } from 'restify';
import type { ActivityHandlerBase } from 'botbuilder';
import { checkEnvelope } from './activityEnvelope';
import type { Logger } from './logger';

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

/** POST /api/messages: validate, hand to the adapter, answer with a clean status. */
export function messagesRoute(adapter: CloudAdapter, bot: ActivityHandlerBase, logger: Logger) {
  return async (req: Request, res: Response): Promise<void> => {
    const correlationId = randomUUID();
    const log = logger.child({ correlationId });
    const check = checkEnvelope(req.body);
    if (!check.ok) {
      log.warn({ status: check.status, reason: check.reason }, 'rejected inbound request');
      res.status(check.status);
      res.json({ error: { code: 'BadRequest', message: check.reason } });
      return;
    }
    const body = req.body as { type: string; id?: string; conversation: { id: string } };
    log.info({ type: body.type, activityId: body.id }, 'turn');
    const { res: stand, captured } = captureResponse();
    try {
      await adapter.process(req, stand as never, (ctx) => bot.run(ctx));
    } catch (err) {
      log.error({ err: err instanceof Error ? err.message : String(err) }, 'adapter failed');
      captured.status = 500;
    }
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
