import type { TokenCredential } from '@azure/identity';
import type { Client } from '@microsoft/microsoft-graph-client';
import { createGraphClient } from './graphClient';
import type { DirectoryPerson, PeopleDirectory } from '../domain/people/directory';

export interface GraphDirectoryOptions {
  /** e.g. https://graph.microsoft.com/v1.0 */
  baseUrl: string;
  credential: TokenCredential;
  /** A lookup slower than this yields no enrichment (the answer never waits longer). */
  timeoutMs?: number;
  cacheTtlMs?: number;
  missTtlMs?: number;
  now?: () => number;
  onEvent?: (event: { kind: 'throttled' | 'error' | 'timeout'; status?: number; retryAfterMs?: number }) => void;
}

interface CacheEntry {
  value: DirectoryPerson | undefined;
  expires: number;
}

const MAX_CACHE = 5000;

/**
 * People from Microsoft Graph (GET /users/{mail}), cached. Built without the SDK's retry handler:
 * a throttled or slow Graph must not hold a chat answer, so a 429 pauses lookups until its
 * Retry-After has passed and the answer goes out with register data only.
 */
export class GraphDirectory implements PeopleDirectory {
  private readonly client: Client;
  private readonly cache = new Map<string, CacheEntry>();
  private blockedUntil = 0;
  private readonly now: () => number;

  constructor(private readonly opts: GraphDirectoryOptions) {
    this.client = createGraphClient(opts.baseUrl, opts.credential);
    this.now = opts.now ?? Date.now;
  }

  async lookup(email: string): Promise<DirectoryPerson | undefined> {
    const key = email.toLowerCase();
    const hit = this.cache.get(key);
    if (hit && hit.expires > this.now()) return hit.value;
    if (this.now() < this.blockedUntil) return hit?.value;
    const controller = new AbortController();
    const timeoutMs = this.opts.timeoutMs ?? 1500;
    const timer = setTimeout(() => controller.abort(), timeoutMs);
    try {
      const user = (await this.client
        .api(`/users/${encodeURIComponent(key)}`)
        .select(['displayName', 'jobTitle', 'mail', 'userPrincipalName'])
        .option('signal', controller.signal)
        .get()) as { displayName?: string | null; jobTitle?: string | null; mail?: string | null; userPrincipalName?: string | null };
      const upn = user.userPrincipalName ?? user.mail ?? key;
      const value: DirectoryPerson = {
        displayName: user.displayName ?? null,
        jobTitle: user.jobTitle ?? null,
        mail: user.mail ?? null,
        chatUrl: `https://teams.microsoft.com/l/chat/0/0?users=${encodeURIComponent(upn)}`,
      };
      this.store(key, value, this.opts.cacheTtlMs ?? 60 * 60_000);
      return value;
    } catch (err) {
      const e = err as { statusCode?: number; headers?: Headers; name?: string };
      if (controller.signal.aborted) {
        this.opts.onEvent?.({ kind: 'timeout' });
      } else if (e.statusCode === 429 || e.statusCode === 503) {
        const retryAfterS = Number(e.headers?.get?.('Retry-After') ?? '');
        const retryAfterMs = Number.isFinite(retryAfterS) && retryAfterS > 0 ? retryAfterS * 1000 : 30_000;
        this.blockedUntil = this.now() + retryAfterMs;
        this.opts.onEvent?.({ kind: 'throttled', status: e.statusCode, retryAfterMs });
      } else if (e.statusCode === 404) {
        this.store(key, undefined, this.opts.missTtlMs ?? 10 * 60_000);
      } else {
        this.opts.onEvent?.({ kind: 'error', status: e.statusCode });
      }
      return hit?.value;
    } finally {
      clearTimeout(timer);
    }
  }

  private store(key: string, value: DirectoryPerson | undefined, ttl: number): void {
    if (this.cache.size >= MAX_CACHE) this.cache.delete(this.cache.keys().next().value as string);
    this.cache.set(key, { value, expires: this.now() + ttl });
  }
}
