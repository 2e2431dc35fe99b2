import { describe, expect, it } from 'vitest';
import { createAddressPolicy } from './address-policy.js';

describe('SSRF address policy', () => {
  const policy = createAddressPolicy();

  it.each([
    ['127.0.0.1', 'loopback'],
    ['127.255.0.9', 'loopback'],
    ['10.1.2.3', 'private'],
    ['172.16.0.1', 'private'],
    ['172.31.255.255', 'private'],
    ['192.168.1.1', 'private'],
    ['169.254.169.254', 'linkLocal'],
    ['100.64.0.1', 'carrierGradeNat'],
    ['0.0.0.0', 'unspecified'],
    ['0.1.2.3', 'unspecified'],
    ['224.0.0.1', 'multicast'],
    ['255.255.255.255', 'broadcast'],
    ['192.0.2.10', 'reserved'],
    ['198.51.100.7', 'reserved'],
    ['203.0.113.99', 'reserved'],
    ['198.18.0.1', 'reserved'],
    ['240.0.0.1', 'reserved'],
    ['192.0.0.8', 'reserved'],
    ['::1', 'loopback'],
    ['::', 'unspecified'],
    ['fe80::1', 'linkLocal'],
    ['fc00::1', 'uniqueLocal'],
    ['fd12:3456::1', 'uniqueLocal'],
    ['ff02::1', 'multicast'],
    ['2001:db8::1', 'reserved'],
    ['64:ff9b::a00:1', 'rfc6052'],
    ['2002:a00:1::', '6to4'],
    ['2001::1', 'teredo'],
    ['::ffff:127.0.0.1', 'loopback'],
    ['::ffff:10.0.0.1', 'private'],
    ['::ffff:169.254.169.254', 'linkLocal'],
    ['4000::1', 'unallocated'],
    ['not-an-ip', 'invalid'],
  ])('OB1: %s is refused (%s)', (address, range) => {
    expect(policy(address)).toMatchObject({ allowed: false, range });
  });

  it.each(['93.184.216.34', '8.8.8.8', '1.1.1.1', '2606:4700:4700::1111', '::ffff:8.8.8.8'])(
    'OB1: public %s is allowed',
    (address) => {
      expect(policy(address).allowed).toBe(true);
    },
  );

  it('OB1: allowList and allowPrivateNetworks open what they name, nothing else', () => {
    const listed = createAddressPolicy({ allowList: ['10.8.0.0/16', '::1', '127.0.0.1'] });
    expect(listed('10.8.3.4').allowed).toBe(true);
    expect(listed('10.9.0.1').allowed).toBe(false);
    expect(listed('::1').allowed).toBe(true);
    expect(listed('::ffff:127.0.0.1').allowed).toBe(true);
    expect(listed('127.0.0.2').allowed).toBe(false);
    expect(createAddressPolicy({ allowPrivateNetworks: true })('192.168.0.1').allowed).toBe(true);
    expect(() => createAddressPolicy({ allowList: ['10.0.0.0/99'] })).toThrow(/allowList/);
  });
});
