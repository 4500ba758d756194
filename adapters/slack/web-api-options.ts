/**
 * Web API client options shared by every WebClient we create or have the SDK create (the Bolt app's,
 * the OAuth installer's, Socket Mode's and the brief poster's): where calls go, and the logger. A client
 * without a logger prints to the console at its own level, past the scrubbing of src/logger.ts, so the
 * logger is required here.
 */
import type { WebClientOptions } from '@slack/web-api';
import type { Logger } from '../../src/logger.js';
import { boltLogger } from './bolt-logger.js';

/** SLACK_API_URL as the client wants it (method names are appended, so the base must end with "/"), and our logger. */
export function webApiOptions(apiUrl: string | undefined, logger: Logger): WebClientOptions {
  return { ...(apiUrl ? { slackApiUrl: apiUrl.endsWith('/') ? apiUrl : `${apiUrl}/` } : {}), logger: boltLogger(logger) };
}
