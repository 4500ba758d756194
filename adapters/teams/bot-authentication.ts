/**
 * Checking the Bot Connector's token on an inbound activity, and saying plainly what went wrong.
 *
 * botbuilder's CloudAdapter.process() authenticates inside and answers any exception that is not its
 * own AuthenticationError with a 500 carrying the exception's text: a forged token (`alg: none`,
 * HS256, another key's signature) fails in jsonwebtoken, so the forger got a 500 and the reason. We
 * authenticate first with the same BotFrameworkAuthentication and classify: the caller's token is wrong
 * in any way → 401 with a fixed body; the signing keys could not be read (Microsoft's OpenID metadata
 * or JWKS unreachable, 5xx, too slow) → 503 with Retry-After, logged with the reason — the caller may
 * be Microsoft and will retry. https://learn.microsoft.com/azure/bot-service/rest-api/bot-framework-rest-connector-authentication
 */
import { type Activity, CallerIdConstants, ConfigurationBotFrameworkAuthentication, type ConfigurationBotFrameworkAuthenticationOptions } from 'botbuilder';
import { errorMessage } from '../../src/errors.js';
import type { TeamsSettings } from './teams-settings.js';

export type AuthenticateRequestResult = Awaited<ReturnType<ConfigurationBotFrameworkAuthentication['authenticateRequest']>>;

/**
 * Microsoft's public cloud, as botframework-connector's AuthenticationConstants spell it. Setting any
 * one of these options makes botbuilder take all of them as given (ParameterizedBotFrameworkAuthentication),
 * so overriding the metadata URL means restating the rest; botframework-connector itself is not one of
 * our dependencies, hence the values here.
 */
const PUBLIC_CLOUD = {
  ToChannelFromBotLoginUrl: 'https://login.microsoftonline.com/botframework.com',
  ToChannelFromBotOAuthScope: 'https://api.botframework.com',
  ToBotFromChannelTokenIssuer: 'https://api.botframework.com',
  OAuthUrl: 'https://api.botframework.com',
  ToBotFromEmulatorOpenIdMetadataUrl: 'https://login.microsoftonline.com/common/v2.0/.well-known/openid-configuration',
  CallerId: CallerIdConstants.PublicAzureChannel,
  ValidateAuthority: true,
} as const;

/** How long reading the signing keys may take before the request is answered 503 (the Connector gives a bot 15 s). */
export const KEY_FETCH_TIMEOUT_MS = 10_000;
/** What a 503 asks the caller to wait, in seconds. */
export const RETRY_AFTER_SECONDS = 30;

export function botAuthentication(settings: TeamsSettings): ConfigurationBotFrameworkAuthentication {
  const { credentials } = settings;
  // An empty app id is botbuilder's "authentication disabled": the Emulator mode, guarded by the caller.
  const options: ConfigurationBotFrameworkAuthenticationOptions =
    credentials.kind === 'emulator'
      ? { MicrosoftAppId: '', MicrosoftAppPassword: '', MicrosoftAppTenantId: '' }
      : {
          MicrosoftAppId: credentials.appId,
          MicrosoftAppPassword: credentials.appPassword ?? '',
          MicrosoftAppTenantId: credentials.tenantId ?? '',
          MicrosoftAppType: credentials.appType,
          ...(settings.openIdMetadataUrl !== undefined ? { ...PUBLIC_CLOUD, ToBotFromChannelOpenIdMetadataUrl: settings.openIdMetadataUrl } : {}),
        };
  return new ConfigurationBotFrameworkAuthentication(options);
}

export type Authentication =
  | { ok: true; result: AuthenticateRequestResult }
  | { ok: false; status: 401; reason: string }
  | { ok: false; status: 503; reason: string };

class KeyFetchTimedOut extends Error {}

/**
 * Whether the failure is ours to explain rather than the caller's: reading the signing keys failed.
 * botframework-connector's OpenIdMetadata throws its AuthenticationError with a 5xx statusCode when the
 * metadata or JWKS answer is not OK, and node-fetch's FetchError when they cannot be reached or read;
 * everything the caller controls (token shape, signature, algorithm, issuer, audience, expiry,
 * endorsements, serviceurl claim) fails as a 401 AuthenticationError or a jsonwebtoken error.
 */
function keysUnavailable(error: unknown): boolean {
  if (error instanceof KeyFetchTimedOut) return true;
  if (!(error instanceof Error)) return false;
  if (error.name === 'FetchError') return true;
  const status = (error as { statusCode?: unknown }).statusCode;
  return typeof status === 'number' && status >= 500;
}

export async function authenticateActivity(authentication: ConfigurationBotFrameworkAuthentication, activity: Activity, authorization: string, timeoutMs = KEY_FETCH_TIMEOUT_MS): Promise<Authentication> {
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new KeyFetchTimedOut(`reading the Bot Connector signing keys took over ${timeoutMs} ms`)), timeoutMs);
  });
  try {
    return { ok: true, result: await Promise.race([authentication.authenticateRequest(activity, authorization), timedOut]) };
  } catch (error) {
    return { ok: false, status: keysUnavailable(error) ? 503 : 401, reason: errorMessage(error) };
  } finally {
    clearTimeout(timer);
  }
}
