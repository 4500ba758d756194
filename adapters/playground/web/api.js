// @ts-check
/**
 * The playground's JSON API (same origin). Every failure is shown to the user with the server's own
 * words ({"error": "…"}) and rethrown, so the caller can restore its controls.
 */
import { notify } from './notice.js';

export class ApiError extends Error {
  /**
   * @param {string} message
   * @param {number} status
   */
  constructor(message, status) {
    super(message);
    this.status = status;
  }
}

/**
 * What the person can do on the page about a refusal: the server's sentence names what was wrong, this
 * says what next. No status codes: they mean nothing to someone trying the bot.
 * @param {number} status
 */
function nextStep(status) {
  if (status === 401 || status === 403) return 'Reload the page to start a new playground session.';
  if (status === 404) return 'Reload the page: it may be older than the server.';
  if (status === 429) return 'Wait a few seconds, then try again.';
  if (status >= 500) return "Try again in a minute; the server's terminal shows what failed.";
  return '';
}

/**
 * @param {string} path
 * @param {RequestInit} init
 * @returns {Promise<unknown>} the parsed JSON body; callers name its shape (the contract)
 */
async function request(path, init) {
  let response;
  try {
    response = await fetch(path, { credentials: 'same-origin', ...init });
  } catch (error) {
    const failure = new ApiError('The playground server did not answer. Start it again in its terminal, then reload this page.', 0);
    notify(failure.message, 'error');
    throw failure;
  }
  const body = await response.text();
  /** @type {unknown} */
  let json = null;
  try {
    json = body === '' ? null : JSON.parse(body);
  } catch {
    json = null;
  }
  if (!response.ok) {
    const said = json !== null && typeof json === 'object' && 'error' in json && typeof json.error === 'string' ? json.error : body.slice(0, 300) || response.statusText;
    const failure = new ApiError([said, nextStep(response.status)].filter((s) => s !== '').join(' '), response.status);
    notify(failure.message, 'error');
    throw failure;
  }
  if (json === null) {
    const failure = new ApiError('The playground server gave an answer this page cannot read. Reload the page and try again.', response.status);
    notify(failure.message, 'error');
    throw failure;
  }
  return json;
}

/**
 * @param {string} path
 */
export function getJson(path) {
  return request(path, { method: 'GET', headers: { accept: 'application/json' } });
}

/**
 * @param {string} path
 * @param {unknown} body
 */
export function postJson(path, body) {
  return request(path, { method: 'POST', headers: { 'content-type': 'application/json', accept: 'application/json' }, body: JSON.stringify(body ?? {}) });
}
