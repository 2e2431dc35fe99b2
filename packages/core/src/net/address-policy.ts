import ipaddr from 'ipaddr.js';
import { ParleyError } from '../errors.js';

export interface NetworkPolicyOptions {
  /**
   * Lets requests reach loopback, private and every other special range. For
   * development and tests only: a tenant could otherwise point a webhook at your own
   * network.
   */
  allowPrivateNetworks?: boolean;
  /** Addresses or CIDR ranges (`10.1.2.3`, `10.8.0.0/16`, `::1`) allowed although special. */
  allowList?: readonly string[];
}

/** What the policy decided for one address. */
export interface AddressVerdict {
  allowed: boolean;
  /** The address checked (an IPv4-mapped IPv6 address is checked as IPv4). */
  address: string;
  /** ipaddr.js's range name: `unicast`, `private`, `loopback`, `linkLocal`, … */
  range: string;
}

export type AddressPolicy = (address: string) => AddressVerdict;

// Globally routable IPv6 unicast lives in 2000::/3; ipaddr.js calls other unknown space
// `unicast` too.
const globalUnicast6 = ipaddr.parseCIDR('2000::/3');

/**
 * Decides which IP addresses outbound requests may reach. Only public unicast is allowed
 * by default: loopback, private (RFC 1918), link-local (cloud metadata), CGNAT,
 * multicast, broadcast, unspecified, documentation/benchmark/reserved space, ULA,
 * NAT64/6to4/Teredo and IPv4-mapped IPv6 of any of these are refused.
 */
export function createAddressPolicy(options: NetworkPolicyOptions = {}): AddressPolicy {
  const allowed = (options.allowList ?? []).map(parseRange);
  return (raw) => {
    if (!ipaddr.isValid(raw)) return { allowed: false, address: raw, range: 'invalid' };
    let address = ipaddr.parse(raw);
    if (address.kind() === 'ipv6' && (address as ipaddr.IPv6).isIPv4MappedAddress()) {
      address = (address as ipaddr.IPv6).toIPv4Address();
    }
    const text = address.toString();
    let range: string = address.range();
    if (range === 'unicast' && address.kind() === 'ipv6' && !address.match(globalUnicast6)) {
      range = 'unallocated';
    }
    if (options.allowPrivateNetworks) return { allowed: true, address: text, range };
    const listed = allowed.some(
      ([net, bits]) => net.kind() === address.kind() && address.match(net, bits),
    );
    return { allowed: listed || range === 'unicast', address: text, range };
  };
}

/** The error for a refused destination; says how to allow it for development. */
export function refusedAddress(hostname: string, verdict: AddressVerdict): ParleyError {
  return new ParleyError(
    'INPUT_INVALID',
    `Refused to connect to ${verdict.address} (${verdict.range}) for ${hostname}: webhook and callback URLs must reach the public internet. For development pass allowPrivateNetworks: true, or list the address in allowList.`,
    { details: { reason: 'ssrf', hostname, address: verdict.address, range: verdict.range } },
  );
}

function parseRange(entry: string): [ipaddr.IPv4 | ipaddr.IPv6, number] {
  try {
    if (entry.includes('/')) return ipaddr.parseCIDR(entry);
    const address = ipaddr.parse(entry);
    return [address, address.kind() === 'ipv4' ? 32 : 128];
  } catch {
    throw new ParleyError(
      'CONFIG_INVALID',
      `allowList entry ${JSON.stringify(entry)} is not an IP address or CIDR range (e.g. 10.8.0.0/16).`,
    );
  }
}
