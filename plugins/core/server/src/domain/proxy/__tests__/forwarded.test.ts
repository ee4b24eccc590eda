import { isFromThisMachine, isLoopbackAddress, trustedForwardedValue } from '../forwarded';

describe('the forwarded value written by the outermost trusted proxy', () => {
  it('takes the last entry behind one proxy, whatever the client put before it', () => {
    expect(trustedForwardedValue('http, https', 1)).toBe('https');
    expect(trustedForwardedValue('evil.example, vzayemodiia.gov.ua', 1)).toBe('vzayemodiia.gov.ua');
  });

  it('counts hops from the right behind a chain of proxies', () => {
    expect(trustedForwardedValue('forged, https, http', 2)).toBe('https');
  });

  it('keeps the single value of a proxy that replaced the header', () => {
    expect(trustedForwardedValue('https', 2)).toBe('https');
  });

  it('trusts nothing without a proxy or without a value', () => {
    expect(trustedForwardedValue('https', 0)).toBeUndefined();
    expect(trustedForwardedValue(undefined, 1)).toBeUndefined();
    expect(trustedForwardedValue(' , ', 1)).toBeUndefined();
  });
});

describe('a loopback address', () => {
  it('recognises IPv4, IPv6 and mapped loopback', () => {
    for (const address of ['127.0.0.1', '127.0.0.2', '::1', '::ffff:127.0.0.1']) expect(isLoopbackAddress(address)).toBe(true);
  });

  it('refuses every other address', () => {
    for (const address of ['10.0.0.1', '::ffff:10.0.0.1', '128.0.0.1', '1127.0.0.1', '', undefined]) {
      expect(isLoopbackAddress(address)).toBe(false);
    }
  });
});

describe('a request from this machine', () => {
  it('is a loopback connection without forwarding headers', () => {
    expect(isFromThisMachine('127.0.0.1', {})).toBe(true);
  });

  it('is not what a proxy on the same host forwards for someone else', () => {
    expect(isFromThisMachine('127.0.0.1', { forwardedFor: '203.0.113.7' })).toBe(false);
    expect(isFromThisMachine('::1', { forwarded: 'for=203.0.113.7' })).toBe(false);
    expect(isFromThisMachine('203.0.113.7', {})).toBe(false);
  });
});
