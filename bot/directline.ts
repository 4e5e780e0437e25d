import { randomUUID } from 'node:crypto';
import type { Activity } from 'botbuilder';
import type { Request, Response, Server } from 'restify';
import { stripControlDeep } from './activityEnvelope';
import type { Logger } from './logger';

/**
 * Local mode only: a minimal Direct Line v3 service (polling) for the web chat, plus the Bot
 * Connector endpoints the bot calls on its serviceUrl, all on the bot's own server. The user's
 * activities go to the bot through the same handler as /api/messages traffic.
 */
interface LocalConversation {
  id: string;
  activities: Partial<Activity>[];
  lastSeen: number;
}

const MAX_CONVERSATIONS = 200;
const MAX_ACTIVITIES = 500;

export type DeliverToBot = (activity: Partial<Activity>) => Promise<void>;

export class LocalDirectLine {
  private readonly conversations = new Map<string, LocalConversation>();
  private seq = 0;

  constructor(
    private readonly serviceUrl: () => string,
    private readonly deliver: DeliverToBot,
    private readonly logger: Logger,
  ) {}

  register(server: Server): void {
    server.post('/v3/directline/conversations', async (req, res) => this.start(req, res));
    server.post('/v3/directline/tokens/refresh', async (_req, res) => {
      res.json({ token: 'local', expires_in: 3600 });
    });
    server.get('/v3/directline/conversations/:id', async (req, res) => this.reconnect(req, res));
    server.get('/v3/directline/conversations/:id/activities', async (req, res) => this.poll(req, res));
    server.post('/v3/directline/conversations/:id/activities', async (req, res) => this.postFromUser(req, res));
    // Bot Connector API as the bot calls it on serviceUrl.
    server.post('/v3/conversations/:id/activities', async (req, res) => this.fromBot(req, res));
    server.post('/v3/conversations/:id/activities/:activityId', async (req, res) => this.fromBot(req, res));
    server.put('/v3/conversations/:id/activities/:activityId', async (req, res) => this.updateFromBot(req, res));
  }

  private conversation(id: string): LocalConversation | undefined {
    const c = this.conversations.get(id);
    if (c) c.lastSeen = Date.now();
    return c;
  }

  private start(_req: Request, res: Response): void {
    if (this.conversations.size >= MAX_CONVERSATIONS) {
      const oldest = [...this.conversations.values()].sort((a, b) => a.lastSeen - b.lastSeen)[0];
      this.conversations.delete(oldest.id);
    }
    const id = `local-${randomUUID()}`;
    this.conversations.set(id, { id, activities: [], lastSeen: Date.now() });
    res.status(201);
    res.json({ conversationId: id, token: 'local', expires_in: 3600 });
  }

  private reconnect(req: Request, res: Response): void {
    const c = this.conversation(req.params.id);
    if (!c) {
      res.status(404);
      res.json({ error: { code: 'BadArgument', message: 'Conversation not found' } });
      return;
    }
    res.json({ conversationId: c.id, token: 'local', expires_in: 3600 });
  }

  private poll(req: Request, res: Response): void {
    const c = this.conversation(req.params.id);
    if (!c) {
      res.status(404);
      res.json({ error: { code: 'BadArgument', message: 'Conversation not found' } });
      return;
    }
    const watermark = Number((req.query as { watermark?: string }).watermark ?? 0) || 0;
    res.json({ activities: c.activities.slice(watermark), watermark: String(c.activities.length) });
  }

  private append(c: LocalConversation, activity: Partial<Activity>): void {
    c.activities.push(activity);
    if (c.activities.length > MAX_ACTIVITIES) c.activities.splice(0, c.activities.length - MAX_ACTIVITIES);
  }

  private async postFromUser(req: Request, res: Response): Promise<void> {
    const c = this.conversation(req.params.id);
    // The same boundary as /api/messages: no NUL or control characters reach the dialogs or the store.
    const body = stripControlDeep(req.body) as Partial<Activity> | undefined;
    if (!c || !body || typeof body !== 'object' || typeof body.type !== 'string') {
      res.status(c ? 400 : 404);
      res.json({ error: { code: 'BadArgument', message: c ? 'Invalid activity' : 'Conversation not found' } });
      return;
    }
    const id = `${c.id}|${String(++this.seq).padStart(7, '0')}`;
    const activity: Partial<Activity> = {
      ...body,
      id,
      channelId: 'directline',
      serviceUrl: this.serviceUrl(),
      timestamp: new Date(),
      conversation: { id: c.id, isGroup: false, conversationType: 'personal', name: 'web chat' },
      from: { id: body.from?.id ?? 'local-user', name: body.from?.name ?? 'Local user', role: 'user' },
      recipient: { id: 'partnerwijzer', name: 'Partnerwijzer', role: 'bot' },
    };
    this.append(c, activity);
    res.json({ id });
    try {
      await this.deliver(activity);
    } catch (err) {
      this.logger.error({ err: err instanceof Error ? err.message : String(err) }, 'local web chat turn failed');
    }
  }

  private fromBot(req: Request, res: Response): void {
    const c = this.conversation(req.params.id);
    if (!c) {
      res.status(404);
      res.json({ error: { code: 'ConversationNotFound', message: 'Conversation not found' } });
      return;
    }
    const body = req.body as Partial<Activity>;
    const id = `${c.id}|${String(++this.seq).padStart(7, '0')}`;
    this.append(c, { ...body, id, timestamp: new Date(), conversation: { id: c.id, isGroup: false, conversationType: 'personal', name: 'web chat' } });
    res.json({ id });
  }

  private updateFromBot(req: Request, res: Response): void {
    const c = this.conversation(req.params.id);
    if (!c) {
      res.status(404);
      res.json({ error: { code: 'ConversationNotFound', message: 'Conversation not found' } });
      return;
    }
    const body = req.body as Partial<Activity>;
    // Appended, not replaced in place, so polling clients past the old watermark still see it.
    this.append(c, { ...body, id: req.params.activityId, timestamp: new Date() });
    res.json({ id: req.params.activityId });
  }
}
