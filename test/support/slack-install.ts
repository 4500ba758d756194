/**
 * Installing the app by OAuth as a browser and Slack do it, against the real server: GET /slack/install
 * (a redirect to Slack with a signed state, also set as a cookie), then Slack's redirect back to
 * /slack/oauth_redirect with a code, which the server exchanges at oauth.v2.access on a FakeSlack.
 * https://docs.slack.dev/authentication/installing-with-oauth
 */
import { randomBytes } from 'node:crypto';
import { BOT_SCOPES } from '../../adapters/slack/registrations.js';
import type { FakeSlack } from './fake-slack.js';

/** The cookie Bolt's InstallProvider keeps the state in. */
export const STATE_COOKIE = 'slack-app-oauth-state';

/** A workspace, the person installing, and the bot token Slack grants it. */
export interface Grant {
  id: string;
  user: string;
  token: string;
}

/**
 * Makes `slack` answer oauth.v2.access as Slack answers a bot-only install (no user scopes: authed_user
 * has no token), with the grant registered for the code; returns where to register grants.
 */
export function answerTokenExchanges(slack: FakeSlack): Map<string, Grant> {
  const grants = new Map<string, Grant>();
  slack.answers.set('/api/oauth.v2.access', (body) => {
    const grant = grants.get(new URLSearchParams(body).get('code') ?? '');
    if (!grant) return { ok: false, error: 'invalid_code' };
    return {
      ok: true,
      app_id: 'A0MAWJAZ',
      authed_user: { id: `${grant.user}` },
      scope: BOT_SCOPES.join(','),
      token_type: 'bot',
      access_token: grant.token,
      bot_user_id: 'U0MAWJAZBOT',
      team: { id: grant.id, name: `Policy unit ${grant.id}` },
      enterprise: null,
      is_enterprise_install: false,
    };
  });
  slack.answers.set('/api/auth.test', () => ({ ok: true, url: 'https://policy.slack.com/', team: 'Policy unit', user: 'mawjaz', team_id: 'T0ALPHA', user_id: 'U0MAWJAZBOT', bot_id: 'B0MAWJAZ', is_enterprise_install: false }));
  return grants;
}

/** GET /slack/install as a browser does: where it is sent, and the state cookie it is given. */
export async function startInstall(serverUrl: string): Promise<{ status: number; location: URL; state: string; cookie: string }> {
  const res = await fetch(`${serverUrl}/slack/install`, { redirect: 'manual' });
  const location = new URL(res.headers.get('location') ?? 'missing:');
  const cookie = res.headers.getSetCookie().find((c) => c.startsWith(`${STATE_COOKIE}=`)) ?? '';
  return { status: res.status, location, state: location.searchParams.get('state') ?? '', cookie };
}

/** Slack sending the browser back to /slack/oauth_redirect. */
export async function oauthRedirect(serverUrl: string, query: Record<string, string>, cookie?: string): Promise<{ status: number; body: string }> {
  const res = await fetch(`${serverUrl}/slack/oauth_redirect?${new URLSearchParams(query).toString()}`, { redirect: 'manual', headers: cookie ? { cookie } : {} });
  return { status: res.status, body: await res.text() };
}

/** The whole install of the app into a workspace, Slack granting `grant.token`. */
export async function installWorkspace(serverUrl: string, grants: Map<string, Grant>, grant: Grant): Promise<{ status: number; body: string }> {
  const { state, cookie } = await startInstall(serverUrl);
  const code = `code-${grant.id}-${randomBytes(4).toString('hex')}`;
  grants.set(code, grant);
  return oauthRedirect(serverUrl, { code, state }, cookie.split(';')[0]);
}
