/**
 * Multi-workspace installs by OAuth: the HTTPReceiver options that make Bolt serve GET /slack/install
 * (straight to Slack's authorize page, with a signed state also set as a cookie) and
 * GET /slack/oauth_redirect (checks the state against the cookie, exchanges the code with
 * oauth.v2.access, saves the installation). Requests are then authorised from the installation store,
 * so the app has no token of its own. Bolt's own success and failure pages are shown.
 * https://docs.slack.dev/authentication/installing-with-oauth · https://docs.slack.dev/tools/bolt-js/concepts/authenticating-oauth/
 */
import type { HTTPReceiverOptions } from '@slack/bolt';
import type { Logger } from '../../src/logger.js';
import type { SlackInstallationStore } from './installation-store.js';
import { BOT_SCOPES } from './registrations.js';
import { webApiOptions } from './web-api-options.js';

export const INSTALL_PATH = '/slack/install';
export const REDIRECT_PATH = '/slack/oauth_redirect';

export interface SlackOAuthSettings {
  clientId: string;
  clientSecret: string;
  /** Signs the state parameter, so a redirect Slack did not start from our install page is refused. */
  stateSecret: string;
  installationStore: SlackInstallationStore;
}

type OAuthReceiverOptions = Pick<HTTPReceiverOptions, 'clientId' | 'clientSecret' | 'stateSecret' | 'scopes' | 'installationStore' | 'installerOptions'>;

export function oauthReceiverOptions(oauth: SlackOAuthSettings, apiUrl: string | undefined, logger: Logger): OAuthReceiverOptions {
  return {
    clientId: oauth.clientId,
    clientSecret: oauth.clientSecret,
    stateSecret: oauth.stateSecret,
    scopes: [...BOT_SCOPES],
    installationStore: oauth.installationStore,
    installerOptions: {
      installPath: INSTALL_PATH,
      redirectUriPath: REDIRECT_PATH,
      // Our install page is Slack's own: the "Add to Slack" link can point straight at /slack/install.
      directInstall: true,
      // oauth.v2.access and auth.test go where every other Web API call goes (SLACK_API_URL), and log
      // (the client secret in the exchange's body included) through our scrubbing logger.
      clientOptions: webApiOptions(apiUrl, logger),
    },
  };
}
