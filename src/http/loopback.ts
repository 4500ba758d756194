/**
 * Whether a host name or address is this machine's own (localhost, *.localhost, 127.0.0.0/8, ::1 and
 * their IPv4-mapped forms). Shared by what must stay local: the playground on a loopback bind, and
 * Teams' Emulator mode (its peer and the serviceUrl it replies to).
 */
import ipaddr from 'ipaddr.js';
import { classifyAddress } from '../ingest/fetch/address-policy.js';

const LOOPBACK_NAMES = new Set(['localhost', 'localhost.']);

/** `host` as in a URL's hostname or a socket's address, with or without IPv6 brackets. */
export function isLoopback(host: string): boolean {
  const bare = host.replace(/^\[|\]$/g, '').toLowerCase();
  if (LOOPBACK_NAMES.has(bare) || bare.endsWith('.localhost')) return true;
  return ipaddr.isValid(bare) && classifyAddress(bare) === 'loopback';
}
