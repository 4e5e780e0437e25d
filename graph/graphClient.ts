import type { TokenCredential } from '@azure/identity';
import { Client, HTTPMessageHandler, type Context, type Middleware } from '@microsoft/microsoft-graph-client';

const GRAPH_SCOPE = 'https://graph.microsoft.com/.default';

/**
 * Adds the bearer token to every request. The SDK's own AuthenticationHandler only does so for
 * https Graph hosts; this client only ever calls the configured GRAPH_BASE_URL, so no token can
 * leak elsewhere, and a local Graph (tests, air-gapped proxies) works too.
 */
class BearerTokenMiddleware implements Middleware {
  private next: Middleware | undefined;

  constructor(private readonly credential: TokenCredential) {}

  async execute(context: Context): Promise<void> {
    const token = await this.credential.getToken(GRAPH_SCOPE);
    if (!token) throw new Error('no Graph token');
    const headers = new Headers((context.options?.headers as HeadersInit | undefined) ?? {});
    headers.set('Authorization', `Bearer ${token.token}`);
    context.options = { ...(context.options ?? {}), headers };
    await this.next!.execute(context);
  }

  setNext(next: Middleware): void {
    this.next = next;
  }
}

/**
 * A Graph client for GRAPH_BASE_URL without the SDK's retry handler: callers decide how to treat
 * throttling, so a throttled Graph never holds a chat answer.
 */
export function createGraphClient(baseUrl: string, credential: TokenCredential): Client {
  const url = new URL(baseUrl.replace(/\/+$/, ''));
  const segments = url.pathname.split('/').filter((s) => s !== '');
  const version = segments.pop() ?? 'v1.0';
  const base = `${url.protocol}//${url.host}/${segments.length ? `${segments.join('/')}/` : ''}`;
  const auth = new BearerTokenMiddleware(credential);
  auth.setNext(new HTTPMessageHandler());
  return Client.initWithMiddleware({ middleware: auth, baseUrl: base, defaultVersion: version, customHosts: new Set([url.hostname]) });
}
