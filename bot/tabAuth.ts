import { createRemoteJWKSet, decodeJwt, errors as joseErrors, jwtVerify, type JWTPayload } from 'jose';

/**
 * Teams tab SSO: the page asks Teams for a token (teams-js authentication.getAuthToken) and sends it
 * as `Authorization: Bearer …`. An Entra ID access token for our own API, checked here before any
 * data is served: signed by a key from Entra's published key set (RS256), within its validity
 * (5 minutes skew), audience `api://<BOT_DOMAIN>/<appId>` (v1 tokens) or the app id (v2 tokens),
 * issuer `https://sts.windows.net/<tid>/` or `https://login.microsoftonline.com/<tid>/v2.0` of the
 * token's own tenant, the delegated scope `access_as_user`, and a tenant we serve.
 */
export const DEFAULT_ENTRA_JWKS_URL = 'https://login.microsoftonline.com/common/discovery/v2.0/keys';
export const SSO_SCOPE = 'access_as_user';

export interface TabUser {
  /** Entra object id */
  oid: string;
  tid: string;
  name: string | null;
  upn: string | null;
}

export type TabAuthResult = { ok: true; user: TabUser } | { ok: false; status: 401 | 403; reason: string };

export interface TabAuthOptions {
  appId: string;
  botDomain: string | undefined;
  allowedTenants: string[];
  jwksUrl?: string;
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export class TabAuthenticator {
  private readonly jwks: ReturnType<typeof createRemoteJWKSet>;
  private readonly audiences: string[];
  private readonly tenants: Set<string>;

  constructor(private readonly opts: TabAuthOptions) {
    // jose caches the key set, refetches when a kid is unknown (at most every 30 s) and at most every 10 minutes otherwise.
    this.jwks = createRemoteJWKSet(new URL(opts.jwksUrl ?? DEFAULT_ENTRA_JWKS_URL), { cooldownDuration: 30_000, cacheMaxAge: 10 * 60_000 });
    this.audiences = [opts.appId, ...(opts.botDomain ? [`api://${opts.botDomain}/${opts.appId}`] : [])];
    this.tenants = new Set(opts.allowedTenants.map((t) => t.toLowerCase()));
  }

  async check(authorization: string | undefined): Promise<TabAuthResult> {
    const m = /^Bearer ([A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*)$/.exec(authorization ?? '');
    if (!m) return { ok: false, status: 401, reason: authorization ? 'malformed' : 'missing' };
    let payload: JWTPayload;
    try {
      // Cheap shape check before any key lookup: the issuer must name the tenant the token claims.
      const claimed = decodeJwt(m[1]);
      if (typeof claimed.tid !== 'string' || !GUID.test(claimed.tid)) return { ok: false, status: 401, reason: 'no tenant' };
      const tid = claimed.tid.toLowerCase();
      ({ payload } = await jwtVerify(m[1], this.jwks, {
        algorithms: ['RS256'],
        audience: this.audiences,
        issuer: [`https://sts.windows.net/${tid}/`, `https://login.microsoftonline.com/${tid}/v2.0`],
        clockTolerance: 300,
        requiredClaims: ['exp', 'iat', 'tid', 'oid'],
      }));
    } catch (err) {
      const reason = err instanceof joseErrors.JOSEError ? err.code : 'invalid';
      return { ok: false, status: 401, reason };
    }
    const scopes = typeof payload.scp === 'string' ? payload.scp.split(' ') : [];
    if (!scopes.includes(SSO_SCOPE)) return { ok: false, status: 401, reason: 'scope' };
    const tid = String(payload.tid).toLowerCase();
    if (!this.tenants.has(tid)) return { ok: false, status: 403, reason: 'tenant' };
    const str = (v: unknown) => (typeof v === 'string' ? v : null);
    return { ok: true, user: { oid: String(payload.oid), tid, name: str(payload.name), upn: str(payload.preferred_username) ?? str(payload.upn) } };
  }
}
