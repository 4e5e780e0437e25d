import http from 'node:http';
import type { AddressInfo } from 'node:net';
import jwt from 'jsonwebtoken';
import { keyPair, type KeyPair } from './localKeys';

/**
 * Entra ID for the overview tab's SSO without the internet: a locally minted RSA key published as
 * a JWKS (what login.microsoftonline.com/common/discovery/v2.0/keys serves), and access tokens as
 * Teams' authentication.getAuthToken() hands them to the page.
 */
export const TAB_APP_ID = '0b0e1d2c-3a4b-4c5d-8e6f-7a8b9c0d1e2f';
export const TAB_TENANT = 'b28fdbfd-2b78-4f93-b0f8-8881793f0f8f';
export const OTHER_TENANT = 'aaaaaaaa-0000-4000-8000-000000000000';
export const BOT_DOMAIN = 'partnerwijzer.example.nl';



export class EntraFixture {
  private server: http.Server | undefined;
  readonly trusted = keyPair('entra-key');
  /** Same kid, never published: a forgery. */
  readonly rogue = keyPair('entra-key');
  url = '';

  async start(): Promise<this> {
    this.server = http.createServer((req, res) => {
      res.setHeader('content-type', 'application/json');
      if ((req.url ?? '').startsWith('/common/discovery/v2.0/keys')) {
        const jwk = this.trusted.publicKey.export({ format: 'jwk' }) as Record<string, unknown>;
        res.end(JSON.stringify({ keys: [{ ...jwk, kid: this.trusted.kid, use: 'sig', kty: 'RSA', alg: 'RS256' }] }));
        return;
      }
      res.statusCode = 404;
      res.end('{}');
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', () => resolve()));
    this.url = `http://127.0.0.1:${(this.server!.address() as AddressInfo).port}`;
    return this;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  /** The bot in Teams mode with the tab's keys pointing here. */
  env(): Record<string, string> {
    return {
      MicrosoftAppId: TAB_APP_ID,
      MicrosoftAppPassword: 'unused',
      MicrosoftAppType: 'SingleTenant',
      MicrosoftAppTenantId: TAB_TENANT,
      BOT_DOMAIN,
      ENTRA_JWKS_URL: `${this.url}/common/discovery/v2.0/keys`,
      GRAPH_ENABLED: '0',
    };
  }

  /** A v1 access token for api://<BOT_DOMAIN>/<appId> with scope access_as_user; overrides change claims. */
  mint(overrides: Record<string, unknown> = {}, signer: KeyPair = this.trusted): string {
    const now = Math.floor(Date.now() / 1000);
    const tid = (overrides.tid as string | undefined) ?? TAB_TENANT;
    const claims = {
      iss: `https://sts.windows.net/${tid}/`,
      aud: `api://${BOT_DOMAIN}/${TAB_APP_ID}`,
      tid,
      oid: '11111111-2222-4333-8444-555555555555',
      name: 'Anne de Vries',
      upn: 'a.devries@lindenwaard.nl',
      scp: 'access_as_user',
      iat: now - 10,
      nbf: now - 10,
      exp: now + 3600,
      ...overrides,
    };
    return jwt.sign(claims, signer.privateKey, { algorithm: 'RS256', keyid: signer.kid });
  }
}
