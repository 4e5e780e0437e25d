import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { kitPath } from '../paths';

/**
 * A local Microsoft Graph: GET /v1.0/users/{id|mail} answers in the shape of
 * ../shared/kit/graph/user-get.default.response.json; modes make it slow, throttled (429 with
 * Retry-After and the kit's throttling body) or failing (500 with the kit's error body).
 */
export type GraphMode = { kind: 'ok' } | { kind: 'slow'; ms: number } | { kind: 'throttle'; retryAfter: string } | { kind: 'error'; status: number };

export class GraphEmulator {
  private server: http.Server | undefined;
  url = '';
  mode: GraphMode = { kind: 'ok' };
  readonly requests: { path: string; authorization: string | undefined }[] = [];
  readonly users = new Map<string, Record<string, unknown>>();
  /** user object id → group ids, for POST /users/{id}/checkMemberGroups */
  readonly groups = new Map<string, string[]>();

  /** A user found at /users/{mail} and /users/{id}; `id` is the Entra object id (default `id-<mail>`). */
  addUser(mail: string, displayName: string, jobTitle: string, id = `id-${mail}`): void {
    const template = JSON.parse(fs.readFileSync(kitPath('graph', 'user-get.default.response.json'), 'utf8')) as Record<string, unknown>;
    const [givenName, ...rest] = displayName.split(' ');
    this.users.set(mail.toLowerCase(), { ...template, displayName, givenName, surname: rest.join(' '), jobTitle, mail, userPrincipalName: mail, id });
  }

  async start(): Promise<this> {
    this.server = http.createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', () => resolve()));
    this.url = `http://127.0.0.1:${(this.server!.address() as AddressInfo).port}/v1.0`;
    return this;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  private send(res: http.ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
    res.writeHead(status, { 'content-type': 'application/json', ...headers });
    res.end(JSON.stringify(body));
  }

  private async handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://graph');
    this.requests.push({ path: url.pathname + url.search, authorization: req.headers.authorization });
    const mode = this.mode;
    if (mode.kind === 'slow') await new Promise((r) => setTimeout(r, mode.ms));
    if (mode.kind === 'throttle') {
      const body = JSON.parse(fs.readFileSync(kitPath('graph', 'error-429-throttled.response.json'), 'utf8')) as unknown;
      return this.send(res, 429, body, { 'Retry-After': mode.retryAfter });
    }
    if (mode.kind === 'error') {
      const body = JSON.parse(fs.readFileSync(kitPath('graph', 'error-generic.response.json'), 'utf8')) as unknown;
      return this.send(res, mode.status, body);
    }
    const cmg = /^\/v1\.0\/users\/([^/]+)\/checkMemberGroups$/.exec(url.pathname);
    if (cmg && req.method === 'POST') {
      const chunks: Buffer[] = [];
      for await (const c of req) chunks.push(c as Buffer);
      const asked = (JSON.parse(Buffer.concat(chunks).toString('utf8')) as { groupIds: string[] }).groupIds;
      const member = this.groups.get(decodeURIComponent(cmg[1]).toLowerCase()) ?? [];
      return this.send(res, 200, { '@odata.context': 'https://graph.microsoft.com/v1.0/$metadata#Collection(Edm.String)', value: asked.filter((g) => member.includes(g)) });
    }
    const m = /^\/v1\.0\/users\/([^/]+)$/.exec(url.pathname);
    if (!m) return this.send(res, 404, { error: { code: 'NotFound', message: 'no such route' } });
    const key = decodeURIComponent(m[1]).toLowerCase();
    const user = this.users.get(key) ?? [...this.users.values()].find((u) => String(u.id).toLowerCase() === key);
    if (!user) return this.send(res, 404, { error: { code: 'Request_ResourceNotFound', message: 'Resource does not exist' } });
    const select = url.searchParams.get('$select');
    const picked = select ? Object.fromEntries(select.split(',').filter((k) => k in user).map((k) => [k, user[k]])) : user;
    return this.send(res, 200, { '@odata.context': 'https://graph.microsoft.com/v1.0/$metadata#users/$entity', ...picked });
  }
}
