/**
 * A local stand-in for Microsoft's side of Bot Framework authentication, so tests can send activities
 * carrying real Bot Connector tokens to the real server:
 * - the OpenID metadata document and JWKS the bot reads the Connector's signing keys from
 *   (MICROSOFT_OPENID_METADATA_URL points here), at /v1/… always healthy and at /flaky/… answering as
 *   `flaky` says (5xx, connection reset, no answer at all);
 * - an App Service managed-identity token endpoint (Azure's IDENTITY_ENDPOINT contract), which a
 *   UserAssignedMSI bot asks for the token it posts its replies with — botbuilder's password flow goes
 *   through MSAL, which insists on an https authority and Microsoft's instance discovery;
 * - a signer for channel tokens as the Connector makes them, and for the forgeries a test must refuse.
 * https://learn.microsoft.com/azure/bot-service/rest-api/bot-framework-rest-connector-authentication
 */
import { createHmac, generateKeyPairSync, type KeyObject, sign } from 'node:crypto';
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** The issuer of channel tokens in Microsoft's public cloud. */
export const CHANNEL_ISSUER = 'https://api.botframework.com';
/** The secret App Service hands its managed-identity endpoint's callers (X-IDENTITY-HEADER). */
export const IDENTITY_HEADER = 'fake-app-service-identity-header';

export type FlakyMode = 'ok' | 'metadata-500' | 'keys-503' | 'reset' | 'hang';

interface KeyPair {
  kid: string;
  privateKey: KeyObject;
  publicKey: KeyObject;
}

function keyPair(kid: string): KeyPair {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  return { kid, privateKey, publicKey };
}

const base64url = (value: string | Buffer) => Buffer.from(value).toString('base64url');

/**
 * A compact JWS. Hand-built rather than with a JWT library because the tests need the tokens a
 * library refuses to make (`alg: none`, HS256 keyed with an RSA public key); jsonwebtoken verifies
 * them all inside botbuilder.
 */
function jws(header: Record<string, unknown>, payload: Record<string, unknown>, signWith: (input: string) => Buffer): string {
  const input = `${base64url(JSON.stringify(header))}.${base64url(JSON.stringify(payload))}`;
  return `${input}.${base64url(signWith(input))}`;
}

export class FakeBotIdentity {
  url = '';
  /** What /flaky/… does; /v1/… always answers. */
  flaky: FlakyMode = 'ok';
  /** Requests for the metadata or the keys, by path. */
  readonly keyRequests: string[] = [];
  /** Managed-identity token requests: the resource asked for and whether the identity header was right. */
  readonly tokenRequests: Array<{ resource: string | null; clientId: string | null; headerOk: boolean }> = [];
  readonly published = keyPair('mawjaz-test-key-1');
  /** A key the fake never publishes: a token signed with it is a forgery. */
  readonly unpublished = keyPair('mawjaz-test-key-1');
  private readonly server: Server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    const query = new URL(req.url ?? '/', 'http://fake').searchParams;
    if (path.startsWith('/msi/')) {
      const headerOk = req.headers['x-identity-header'] === IDENTITY_HEADER;
      this.tokenRequests.push({ resource: query.get('resource'), clientId: query.get('client_id'), headerOk });
      if (!headerOk) return json(res, 401, { error: 'invalid identity header' });
      return json(res, 200, { access_token: `msi-token-${this.tokenRequests.length}`, expires_on: String(Math.floor(Date.now() / 1000) + 3600), resource: query.get('resource'), token_type: 'Bearer', client_id: query.get('client_id') });
    }
    this.keyRequests.push(path);
    const [, family] = path.split('/');
    if (family === 'flaky' && !this.answerFlaky(path, res)) return;
    if (path.endsWith('/.well-known/openidconfiguration')) {
      return json(res, 200, { issuer: CHANNEL_ISSUER, jwks_uri: `${this.url}/${family}/keys`, id_token_signing_alg_values_supported: ['RS256'], token_endpoint_auth_methods_supported: ['private_key_jwt'] });
    }
    if (path.endsWith('/keys')) {
      const jwk = this.published.publicKey.export({ format: 'jwk' });
      // As Microsoft publishes them: RSA keys naming the channels each may sign for.
      return json(res, 200, { keys: [{ kty: 'RSA', use: 'sig', kid: this.published.kid, n: jwk.n, e: jwk.e, endorsements: ['msteams'] }] });
    }
    json(res, 404, { error: 'not found' });
  });

  /** True when the flaky endpoint should answer normally. */
  private answerFlaky(path: string, res: ServerResponse): boolean {
    switch (this.flaky) {
      case 'ok':
        return true;
      case 'metadata-500':
        if (!path.endsWith('/keys')) json(res, 500, { error: 'metadata unavailable' });
        return path.endsWith('/keys');
      case 'keys-503':
        if (path.endsWith('/keys')) json(res, 503, { error: 'keys unavailable' });
        return !path.endsWith('/keys');
      case 'reset':
        res.socket?.destroy();
        return false;
      case 'hang':
        return false;
    }
  }

  async start(): Promise<string> {
    await new Promise<void>((r) => this.server.listen(0, '127.0.0.1', r));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this.url;
  }

  /** MICROSOFT_OPENID_METADATA_URL for a server reading the healthy (or the flaky) keys. */
  metadataUrl(family: 'v1' | 'flaky' = 'v1'): string {
    return `${this.url}/${family}/.well-known/openidconfiguration`;
  }

  /** The environment of a UserAssignedMSI bot on App Service whose managed identity is this fake. */
  managedIdentityEnv(appId: string, tenantId: string, family: 'v1' | 'flaky' = 'v1'): Record<string, string> {
    return {
      MICROSOFT_APP_ID: appId,
      MICROSOFT_APP_TYPE: 'UserAssignedMSI',
      MICROSOFT_APP_TENANT_ID: tenantId,
      MICROSOFT_OPENID_METADATA_URL: this.metadataUrl(family),
      // Read by Azure's SDK itself (App Service's managed-identity contract), not by Mawjaz's configuration.
      IDENTITY_ENDPOINT: `${this.url}/msi/token`,
      IDENTITY_HEADER,
    };
  }

  /** The claims of a channel token the Connector would send for `appId`, replying at `serviceUrl`. */
  claims(appId: string, serviceUrl: string, over: Record<string, unknown> = {}): Record<string, unknown> {
    const now = Math.floor(Date.now() / 1000);
    return { iss: CHANNEL_ISSUER, aud: appId, serviceurl: serviceUrl, nbf: now - 60, iat: now - 60, exp: now + 3600, ...over };
  }

  /** `Bearer <RS256 token>` signed with the published key (or, `withKey: 'unpublished'`, a forgery under its kid). */
  bearer(claims: Record<string, unknown>, withKey: 'published' | 'unpublished' = 'published'): string {
    const key = withKey === 'published' ? this.published : this.unpublished;
    return `Bearer ${jws({ alg: 'RS256', typ: 'JWT', kid: this.published.kid }, claims, (input) => sign('sha256', Buffer.from(input), key.privateKey))}`;
  }

  /** `alg: none` under the published kid: no signature at all. */
  unsigned(claims: Record<string, unknown>): string {
    return `Bearer ${jws({ alg: 'none', typ: 'JWT', kid: this.published.kid }, claims, () => Buffer.alloc(0))}`;
  }

  /** HS256 keyed with the published public key's PEM text: the algorithm-confusion forgery. */
  hmacWithPublicKey(claims: Record<string, unknown>): string {
    const secret = this.published.publicKey.export({ type: 'spki', format: 'pem' });
    return `Bearer ${jws({ alg: 'HS256', typ: 'JWT', kid: this.published.kid }, claims, (input) => createHmac('sha256', secret).update(input).digest())}`;
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((r) => this.server.close(() => r()));
  }
}

function json(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
}
