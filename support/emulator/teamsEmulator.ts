import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { cardProblems } from '../cardValidator';

/**
 * A Teams channel emulator: a real HTTP server that plays the Bot Connector on the bot's serviceUrl
 * (replies, sends, updates, POST /v3/conversations, members, team details) and posts Teams-shaped
 * activities to the running bot over HTTP. Every card the bot sends is checked against the
 * Adaptive Card 1.5 schema, the adaptivecards library and the 28 KB limit.
 */
export interface ConnectorCall {
  method: string;
  path: string;
  /** Decoded conversation id, when the path has one. */
  conversationId?: string;
  /** The activity replied to, for POST /v3/conversations/{id}/activities/{activityId}. */
  replyToId?: string;
  body: Record<string, unknown> | undefined;
  headers: http.IncomingHttpHeaders;
  status: number;
  at: number;
}

export interface Fault {
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
}

export interface TurnResult {
  status: number;
  body: unknown;
  /** Connector calls the bot made while this turn ran. */
  calls: ConnectorCall[];
}

export interface TeamMember {
  id: string;
  name: string;
  aadObjectId: string;
  email?: string;
  userPrincipalName?: string;
}

export class TeamsEmulator {
  private server: http.Server | undefined;
  private seq = 1_700_000_000_000;
  readonly calls: ConnectorCall[] = [];
  readonly cardErrors: { path: string; problems: string[] }[] = [];
  /** Faults to answer the next sends with, in order (for throttling and removal tests). */
  readonly faults: Fault[] = [];
  /** Faults to answer the next roster look-ups (GET …/members/{id}) with, in order (a throttled roster). */
  readonly memberFaults: Fault[] = [];
  /** Answers this share of sends with the fault, at random (benchmarks of throttling storms). */
  randomFault: { rate: number; fault: Fault; random: () => number } | undefined;
  /** Runs before the emulator answers a Connector call (tests use it to change the world mid-turn). */
  beforeAnswer: ((call: ConnectorCall) => Promise<void>) | undefined;
  /** Milliseconds every send takes, to make a fan-out slow enough to interrupt. */
  sendDelayMs = 0;
  members: TeamMember[] = [
    { id: '29:user-anne', name: 'Anne de Vries', aadObjectId: '00000000-0000-0000-0000-0000000000a1', email: 'a.devries@lindenwaard.example' },
  ];
  /** Per-conversation rosters (by conversation id without ;messageid=…); others use `members`. */
  rosters = new Map<string, TeamMember[]>();
  teams = new Map<string, { id: string; name: string; aadGroupId: string; channels: { id: string; name: string | null }[] }>();
  /** Files users "uploaded": served at the downloadUrl of a file.download.info attachment. */
  readonly files = new Map<string, Buffer>();
  /** What the bot PUT into "OneDrive" after a file consent accept, by upload session name. */
  readonly uploads = new Map<string, { bytes: Buffer; headers: http.IncomingHttpHeaders }>();
  url = '';

  constructor(
    private readonly botUrl: string,
    /** Benchmarks turn this off so the emulator's own checks do not count as bot latency. */
    private readonly validateCards = true,
  ) {}

  async start(): Promise<this> {
    this.server = http.createServer((req, res) => {
      this.handle(req, res).catch((err: unknown) => {
        res.statusCode = 500;
        res.end(JSON.stringify({ error: { code: 'EmulatorError', message: String(err) } }));
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', () => resolve()));
    this.url = `http://127.0.0.1:${(this.server!.address() as AddressInfo).port}/`;
    return this;
  }

  async stop(): Promise<void> {
    if (!this.server) return;
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server!.close(() => resolve()));
    this.server = undefined;
  }

  /** The bot's outgoing message activities (sends, replies, updates), in order. */
  get sentActivities(): Record<string, unknown>[] {
    return this.calls.filter((c) => c.body && (c.method === 'POST' || c.method === 'PUT') && /\/activities/.test(c.path)).map((c) => c.body!);
  }

  reset(): void {
    this.calls.length = 0;
    this.cardErrors.length = 0;
    this.faults.length = 0;
    this.memberFaults.length = 0;
  }

  /** Puts a file where the bot can fetch it and returns the attachment Teams sends for it. */
  fileAttachment(name: string, bytes: Buffer): Record<string, unknown> {
    const id = `${this.nextId()}-${name}`;
    this.files.set(id, bytes);
    const ext = name.split('.').pop() ?? '';
    return {
      contentType: 'application/vnd.microsoft.teams.file.download.info',
      contentUrl: `https://contoso.sharepoint.com/personal/${encodeURIComponent(name)}`,
      name,
      content: { downloadUrl: `${this.url}files/${encodeURIComponent(id)}`, uniqueId: id, fileType: ext },
    };
  }

  /** The uploadInfo Teams sends with a fileConsent/invoke accept, pointing at this emulator. */
  uploadInfo(name: string): Record<string, unknown> {
    return { name, uploadUrl: `${this.url}upload/${encodeURIComponent(name)}`, contentUrl: `https://contoso.sharepoint.com/personal/${encodeURIComponent(name)}`, uniqueId: `u-${name}`, fileType: name.split('.').pop() };
  }

  /** Posts an activity to the bot as Teams would, with serviceUrl pointing at this emulator. */
  async send(activity: Record<string, unknown>, opts: { headers?: Record<string, string>; raw?: string } = {}): Promise<TurnResult> {
    const before = this.calls.length;
    const payload = opts.raw ?? JSON.stringify({ ...activity, serviceUrl: this.url });
    const res = await fetch(`${this.botUrl}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(opts.headers ?? {}) },
      body: payload,
    });
    const text = await res.text();
    let body: unknown = text;
    try {
      body = text === '' ? undefined : JSON.parse(text);
    } catch {
      // Non-JSON body stays a string.
    }
    return { status: res.status, body, calls: this.calls.slice(before) };
  }

  private async readBody(req: http.IncomingMessage): Promise<Record<string, unknown> | undefined> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    if (chunks.length === 0) return undefined;
    return JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>;
  }

  private checkCards(path: string, body: Record<string, unknown> | undefined): void {
    if (!this.validateCards) return;
    const attachments = (body?.attachments as { contentType?: string; content?: unknown }[] | undefined) ?? [];
    for (const a of attachments) {
      if (a.contentType === 'application/vnd.microsoft.card.adaptive') {
        let problems: string[];
        try {
          problems = cardProblems(a.content);
        } catch (err) {
          problems = [`validator failed: ${String(err)}`];
        }
        if (problems.length > 0) this.cardErrors.push({ path, problems });
      }
    }
  }

  private json(res: http.ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): number {
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
    res.end(body === undefined ? '' : JSON.stringify(body));
    return status;
  }

  private nextId(): string {
    this.seq += 1;
    return String(this.seq);
  }

  private async handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://emulator');
    const path = url.pathname.replace(/\/+/g, '/');
    const file = /^\/files\/([^/]+)$/.exec(path);
    if (file && req.method === 'GET') {
      const bytes = this.files.get(decodeURIComponent(file[1]));
      this.calls.push({ method: 'GET', path, body: undefined, headers: req.headers, status: bytes ? 200 : 404, at: Date.now() });
      res.writeHead(bytes ? 200 : 404, { 'content-type': 'application/octet-stream' });
      res.end(bytes ?? '');
      return;
    }
    const upload = /^\/upload\/([^/]+)$/.exec(path);
    if (upload && req.method === 'PUT') {
      const chunks: Buffer[] = [];
      for await (const chunk of req) chunks.push(chunk as Buffer);
      this.uploads.set(decodeURIComponent(upload[1]), { bytes: Buffer.concat(chunks), headers: req.headers });
      this.calls.push({ method: 'PUT', path, body: undefined, headers: req.headers, status: 201, at: Date.now() });
      res.writeHead(201, { 'content-type': 'application/json' });
      res.end('{}');
      return;
    }
    const body = await this.readBody(req);
    const call: ConnectorCall = { method: req.method ?? 'GET', path, body, headers: req.headers, status: 0, at: Date.now() };
    this.calls.push(call);
    if (this.beforeAnswer) await this.beforeAnswer(call);

    const m = /^\/v3\/conversations\/([^/]+)(?:\/(activities|members|pagedmembers)(?:\/([^/]+))?)?$/.exec(path);
    if (m) {
      call.conversationId = decodeURIComponent(m[1]);
      const [, , kind, sub] = m;
      if (kind === 'activities' && (req.method === 'POST' || req.method === 'PUT')) {
        if (sub && req.method === 'POST') call.replyToId = decodeURIComponent(sub);
        if (this.sendDelayMs > 0) await new Promise((r) => setTimeout(r, this.sendDelayMs));
        const fault = this.faults.shift() ?? (this.randomFault && this.randomFault.random() < this.randomFault.rate ? this.randomFault.fault : undefined);
        if (fault) {
          call.status = this.json(res, fault.status, fault.body ?? { error: { code: 'Fault', message: 'injected' } }, fault.headers);
          return;
        }
        this.checkCards(path, body);
        const id = req.method === 'PUT' && sub ? decodeURIComponent(sub) : this.nextId();
        call.status = this.json(res, req.method === 'POST' ? 201 : 200, { id });
        return;
      }
      if (kind === 'activities' && req.method === 'DELETE') {
        call.status = this.json(res, 200, undefined);
        return;
      }
      const roster = this.rosters.get(call.conversationId.split(';')[0]) ?? this.members;
      if (kind === 'members' && req.method === 'GET') {
        if (sub) {
          const fault = this.memberFaults.shift();
          if (fault) {
            call.status = this.json(res, fault.status, fault.body ?? { error: { code: 'Fault', message: 'injected' } }, fault.headers);
            return;
          }
          const who = decodeURIComponent(sub);
          const lower = who.toLowerCase();
          const member = roster.find((x) => x.id === who || x.aadObjectId === who || (x.userPrincipalName ?? x.email ?? '').toLowerCase() === lower);
          call.status = member
            ? this.json(res, 200, this.teamsAccount(member))
            : this.json(res, 404, { error: { code: 'MemberNotFoundInConversation', message: 'The member was not found' } });
          return;
        }
        call.status = this.json(res, 200, roster.map((x) => this.teamsAccount(x)));
        return;
      }
      if (kind === 'pagedmembers' && req.method === 'GET') {
        call.status = this.json(res, 200, { members: roster.map((x) => this.teamsAccount(x)) });
        return;
      }
    }
    if (path === '/v3/conversations' && req.method === 'POST') {
      const params = body ?? {};
      const channelData = params.channelData as { channel?: { id?: string } } | undefined;
      this.checkCards(path, params.activity as Record<string, unknown> | undefined);
      if (params.isGroup && channelData?.channel?.id) {
        const activityId = this.nextId();
        call.status = this.json(res, 201, { id: `${channelData.channel.id};messageid=${activityId}`, activityId });
        return;
      }
      const members = params.members as { id?: string }[] | undefined;
      if (params.isGroup || !members?.[0]?.id) {
        call.status = this.json(res, 400, { error: { code: 'BadSyntax', message: 'Incorrect conversation creation parameters' } });
        return;
      }
      call.status = this.json(res, 201, { id: `a:personal-${members[0].id}` });
      return;
    }
    const t = /^\/v3\/teams\/([^/]+)(\/conversations)?$/.exec(path);
    if (t && req.method === 'GET') {
      const team = this.teams.get(decodeURIComponent(t[1]));
      if (!team) {
        call.status = this.json(res, 404, { error: { code: 'NotFound', message: 'Team not found' } });
        return;
      }
      call.status = t[2]
        ? this.json(res, 200, { conversations: team.channels })
        : this.json(res, 200, { id: team.id, name: team.name, aadGroupId: team.aadGroupId });
      return;
    }
    call.status = this.json(res, 404, { error: { code: 'NotFound', message: `emulator has no route ${req.method} ${path}` } });
  }

  private teamsAccount(m: TeamMember): Record<string, unknown> {
    const [givenName, ...rest] = m.name.split(' ');
    return {
      id: m.id,
      name: m.name,
      aadObjectId: m.aadObjectId,
      objectId: m.aadObjectId,
      email: m.email,
      userPrincipalName: m.userPrincipalName ?? m.email,
      givenName,
      surname: rest.join(' '),
      tenantId: 'b28fdbfd-2b78-4f93-b0f8-8881793f0f8f',
      userRole: 'user',
    };
  }
}
