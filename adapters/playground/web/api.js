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
 * @param {string} path
 * @param {RequestInit} init
 * @returns {Promise<unknown>} the parsed JSON body; callers name its shape (the contract)
 */
async function request(path, init) {
  let response;
  try {
    response = await fetch(path, { credentials: 'same-origin', ...init });
  } catch (error) {
    const failure = new ApiError(`The playground server did not answer (${path}): is \`mawjaz serve\` still running?`, 0);
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
    const failure = new ApiError(`${said} (HTTP ${response.status})`, response.status);
    notify(failure.message, 'error');
    throw failure;
  }
  if (json === null) {
    const failure = new ApiError(`${path} did not answer with JSON`, response.status);
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
