/**
 * Which Bot Connector URLs the bot may post to. An activity's `serviceUrl` is where the bot sends its
 * reply, with its token: left open, anyone who can get an activity accepted chooses where the bot
 * POSTs (a loopback admin port, a cloud metadata address) and, with credentials, collects the bot's
 * Connector token. So the URL is checked before an activity is stored or answered, and again before a
 * proactive post to a stored reference (a reference stored before this check, or under a wider list).
 *
 * Emulator mode: loopback only (the Emulator listens on this machine). With credentials: Microsoft's
 * Teams Connector hosts, as the Teams SDK lists them per cloud
 * (https://microsoft.github.io/teams-sdk/csharp/essentials/app-configuration/service-url-validation),
 * plus *.botframework.com (the Azure portal's "Test in Web Chat"), over https; then the operator's
 * MAWJAZ_TEAMS_SERVICE_URLS (other sovereign clouds, a test connector).
 */
import { MawjazError } from '../../src/errors.js';
import { isLoopback } from '../../src/http/loopback.js';
import type { TeamsSettings } from './teams-settings.js';

/** Teams' Bot Connector hosts: public (commercial and GCC), GCC High, DoD, China (21Vianet). */
export const MICROSOFT_CONNECTOR_HOSTS: readonly string[] = [
  'smba.trafficmanager.net',
  'smba.onyx.prod.teams.trafficmanager.net',
  'smba.infra.gcc.teams.microsoft.com',
  'smba.infra.gov.teams.microsoft.us',
  'smba.infra.dod.teams.microsoft.us',
  'frontend.botapi.msg.infra.teams.microsoftonline.cn',
];
const MICROSOFT_CONNECTOR_DOMAIN = '.botframework.com';

/** A proactive post refused because the stored reference's serviceUrl is not (or no longer) allowed. */
export class ServiceUrlNotAllowed extends MawjazError {
  constructor(message: string) {
    super('service_url_not_allowed', message);
  }
}

export interface ServiceUrlPolicy {
  allows(serviceUrl: unknown): boolean;
  /** For refusals and logs: what would have been allowed. */
  readonly description: string;
}

function parsed(serviceUrl: unknown): URL | null {
  return typeof serviceUrl === 'string' && URL.canParse(serviceUrl) ? new URL(serviceUrl) : null;
}

function microsoftHost(url: URL): boolean {
  if (url.protocol !== 'https:' || url.port !== '' || url.username !== '' || url.password !== '') return false;
  const host = url.hostname.toLowerCase();
  return MICROSOFT_CONNECTOR_HOSTS.includes(host) || host.endsWith(MICROSOFT_CONNECTOR_DOMAIN);
}

/** Same scheme, host and port as the entry, and under its path (`/teams/` allows `/teams/x`, not `/teamsx`). */
function underEntry(url: URL, entry: URL): boolean {
  if (url.origin !== entry.origin || url.username !== '' || url.password !== '') return false;
  const prefix = entry.pathname.endsWith('/') ? entry.pathname : `${entry.pathname}/`;
  return url.pathname === entry.pathname || url.pathname.startsWith(prefix);
}

export function serviceUrlPolicy(settings: TeamsSettings): ServiceUrlPolicy {
  if (settings.credentials.kind === 'emulator') {
    return {
      allows: (serviceUrl) => {
        const url = parsed(serviceUrl);
        return url !== null && (url.protocol === 'http:' || url.protocol === 'https:') && url.username === '' && url.password === '' && isLoopback(url.hostname);
      },
      description: 'in Emulator mode, a URL on this machine (localhost, 127.0.0.1, ::1)',
    };
  }
  const extra = settings.extraServiceUrls.map((entry) => new URL(entry));
  return {
    allows: (serviceUrl) => {
      const url = parsed(serviceUrl);
      return url !== null && (microsoftHost(url) || extra.some((entry) => underEntry(url, entry)));
    },
    description: `Microsoft's Bot Connector hosts${extra.length > 0 ? ` or ${extra.map((entry) => entry.href).join(', ')}` : ''} (MAWJAZ_TEAMS_SERVICE_URLS adds more)`,
  };
}
