/**
 * Which IP addresses a fetch may connect to. Feed and page URLs come from users and from redirects
 * chosen by remote servers, so without this check `mawjaz read http://169.254.169.254/…` (or a feed
 * that redirects there) would read cloud credentials or poke services on the host's network (SSRF).
 *
 * Ranges: IANA special-purpose registries
 * https://www.iana.org/assignments/iana-ipv4-special-registry and
 * https://www.iana.org/assignments/iana-ipv6-special-registry, as classified by ipaddr.js.
 */
import ipaddr from 'ipaddr.js';

import { InvalidInput } from '../../errors.js';

export type AddressKind =
  | 'public'
  | 'private'
  | 'loopback'
  | 'link-local'
  | 'unique-local'
  | 'carrier-grade NAT'
  | 'multicast'
  | 'unspecified'
  | 'broadcast'
  | 'cloud metadata'
  | 'reserved';

// Instance metadata endpoints hand out credentials; named separately so the refusal says why it matters.
// (AWS/GCP/Azure/OpenStack use 169.254.169.254; AWS's IPv6 endpoint is fd00:ec2::254.)
const METADATA_V4 = ipaddr.IPv4.parse('169.254.169.254');
const METADATA_V6 = ipaddr.IPv6.parse('fd00:ec2::254');

const V4_KINDS: Record<ReturnType<ipaddr.IPv4['range']>, AddressKind> = {
  unicast: 'public',
  private: 'private',
  loopback: 'loopback',
  linkLocal: 'link-local',
  carrierGradeNat: 'carrier-grade NAT',
  multicast: 'multicast',
  unspecified: 'unspecified',
  broadcast: 'broadcast',
  // Documentation, benchmarking and future-use blocks: nothing legitimate to fetch there.
  reserved: 'reserved',
  benchmarking: 'reserved',
  amt: 'reserved',
  as112: 'reserved',
};

/**
 * Classifies an IP address (IPv4, IPv6, with or without brackets). IPv6 forms that embed an IPv4
 * address (IPv4-mapped `::ffff:a.b.c.d`, IPv4-translated, NAT64 `64:ff9b::/96`) are classified by the
 * embedded address, because that is where the packets end up.
 */
export function classifyAddress(address: string): AddressKind {
  const bare = address.startsWith('[') && address.endsWith(']') ? address.slice(1, -1) : address;
  if (!ipaddr.isValid(bare)) throw new InvalidInput(`not an IP address: ${address}`);
  const parsed = ipaddr.parse(bare);
  return parsed instanceof ipaddr.IPv4 ? classifyV4(parsed) : classifyV6(parsed);
}

function classifyV4(ip: ipaddr.IPv4): AddressKind {
  if (ip.match(METADATA_V4, 32)) return 'cloud metadata';
  return V4_KINDS[ip.range()];
}

function classifyV6(ip: ipaddr.IPv6): AddressKind {
  if (ip.match(METADATA_V6, 128)) return 'cloud metadata';
  const range = ip.range();
  switch (range) {
    case 'unicast':
      return 'public';
    case 'ipv4Mapped':
      return classifyV4(ip.toIPv4Address());
    case 'rfc6145':
    case 'rfc6052':
      // The IPv4 address sits in the low 32 bits (RFC 6052 §2.2 with the /96 prefix in use everywhere).
      return classifyV4(embeddedV4(ip));
    case 'loopback':
      return 'loopback';
    case 'linkLocal':
      return 'link-local';
    case 'uniqueLocal':
      return 'unique-local';
    case 'multicast':
      return 'multicast';
    case 'unspecified':
      return 'unspecified';
    default:
      // 6to4, Teredo, ORCHID, documentation, discard…: tunnels that can reach anything, or nothing real.
      return 'reserved';
  }
}

function embeddedV4(ip: ipaddr.IPv6): ipaddr.IPv4 {
  const hi = ip.parts[6] ?? 0;
  const lo = ip.parts[7] ?? 0;
  return new ipaddr.IPv4([hi >> 8, hi & 0xff, lo >> 8, lo & 0xff]);
}

/** Null when the address may be fetched; otherwise the phrase for the refusal, e.g. "a loopback address". */
export function refusalFor(address: string): string | null {
  const kind = classifyAddress(address);
  if (kind === 'public') return null;
  return `${kind === 'unspecified' ? 'an' : 'a'} ${kind} address`;
}
