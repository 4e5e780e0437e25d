import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { MicrosoftAppCredentials, PasswordServiceClientCredentialFactory, type ServiceClientCredentials } from 'botframework-connector';
import jwt from 'jsonwebtoken';
import { keyPair, type KeyPair } from './localKeys';

/**
 * Bot Framework auth without the internet: a locally minted RSA key pair served through a local
 * OpenID metadata endpoint (keys carry the "msteams" endorsement), tokens signed with it, and a
 * credentials factory that hands out a fixed outbound token instead of calling Entra ID.
 */
export const APP_ID = '00000000-0000-0000-0000-00000000b0t1';
export const TENANT_ID = 'b28fdbfd-2b78-4f93-b0f8-8881793f0f8f';
export const ISSUER = 'https://api.botframework.com';
export const OUTBOUND_TOKEN = 'outbound-test-token';



export class AuthFixture {
  private server: http.Server | undefined;
  readonly trusted = keyPair('trusted-key');
  /** Never published: tokens signed with it are forgeries. */
  readonly rogue = keyPair('trusted-key');
  url = '';

  async start(): Promise<this> {
    this.server = http.createServer((req, res) => {
      const path = (req.url ?? '').split('?')[0];
      res.setHeader('content-type', 'application/json');
      if (path === '/v1/.well-known/openidconfiguration' || path === '/v1/.well-known/openid-configuration') {
        res.end(JSON.stringify({ issuer: ISSUER, authorization_endpoint: `${this.url}/auth`, jwks_uri: `${this.url}/v1/.well-known/keys`, id_token_signing_alg_values_supported: ['RS256'], token_endpoint_auth_methods_supported: ['private_key_jwt'] }));
        return;
      }
      if (path === '/v1/.well-known/keys') {
        const jwk = this.trusted.publicKey.export({ format: 'jwk' }) as Record<string, unknown>;
        res.end(JSON.stringify({ keys: [{ ...jwk, kid: this.trusted.kid, use: 'sig', kty: 'RSA', endorsements: ['msteams'] }] }));
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

  /** Environment for a bot in Teams mode whose every auth endpoint points here. */
  env(extra: Record<string, string> = {}): Record<string, string> {
    const metadata = `${this.url}/v1/.well-known/openidconfiguration`;
    return {
      MicrosoftAppId: APP_ID,
      MicrosoftAppPassword: 'not-used-by-the-stub',
      MicrosoftAppType: 'SingleTenant',
      MicrosoftAppTenantId: TENANT_ID,
      ToBotFromChannelOpenIdMetadataUrl: metadata,
      ToBotFromChannelTokenIssuer: ISSUER,
      ToBotFromEmulatorOpenIdMetadataUrl: metadata,
      ToChannelFromBotLoginUrl: `${this.url}/login`,
      ToChannelFromBotOAuthScope: 'https://api.botframework.com',
      OAuthUrl: `${this.url}/oauth`,
      GRAPH_ENABLED: '0',
      ...extra,
    };
  }

  /** A Connector → bot token; `overrides` change claims, `key` signs with another key. */
  mint(serviceUrl: string, overrides: Record<string, unknown> = {}, key: KeyPair = this.trusted): string {
    const now = Math.floor(Date.now() / 1000);
    const claims = { iss: ISSUER, aud: APP_ID, serviceurl: serviceUrl, nbf: now - 10, exp: now + 3600, ...overrides };
    return jwt.sign(claims, key.privateKey, { algorithm: 'RS256', keyid: key.kid });
  }
}

/** Hands out a fixed bearer token for outbound Connector calls instead of asking Entra ID. */
export class StubCredentialsFactory extends PasswordServiceClientCredentialFactory {
  constructor() {
    super(APP_ID, 'unused', TENANT_ID);
  }

  async createCredentials(appId: string, audience: string): Promise<ServiceClientCredentials> {
    const creds = new MicrosoftAppCredentials(appId, 'unused', TENANT_ID, audience);
    creds.getToken = async () => OUTBOUND_TOKEN;
    return creds;
  }
}
