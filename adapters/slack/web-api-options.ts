/** Web API client options shared by the Bolt app and the brief poster. */
import type { WebClientOptions } from '@slack/web-api';

/** SLACK_API_URL as the client wants it: method names are appended, so the base must end with "/". */
export function webApiOptions(apiUrl: string | undefined): WebClientOptions {
  return apiUrl ? { slackApiUrl: apiUrl.endsWith('/') ? apiUrl : `${apiUrl}/` } : {};
}
