/**
 * Reading the X-Forwarded-* headers a chain of reverse proxies wrote. Each proxy appends what it saw, so with `hops`
 * trusted proxies the entry `hops` places from the right was written by the outermost trusted one; everything to
 * its left came from the client and may be invented. Koa applies the same rule to X-Forwarded-For through
 * `maxIpsCount`, but reads X-Forwarded-Proto and X-Forwarded-Host from the left.
 */
export function trustedForwardedValue(header: string | undefined, hops: number): string | undefined {
  if (hops <= 0 || !header) return undefined;
  const entries = header
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  if (entries.length === 0) return undefined;
  // Fewer entries than hops: a trusted proxy replaced the header instead of appending; its value is the one left.
  return entries[Math.max(0, entries.length - hops)];
}

const LOOPBACK_V4 = /^(::ffff:)?127(\.\d{1,3}){3}$/i;

/** 127.0.0.0/8, ::1 and IPv4-mapped loopback: a connection from this machine. */
export function isLoopbackAddress(address: string | undefined): boolean {
  if (!address) return false;
  return address === '::1' || LOOPBACK_V4.test(address);
}

/**
 * A person at this machine: a loopback connection that no proxy forwarded (a proxy on the same host connects from
 * loopback too, on behalf of anyone on the internet).
 */
export function isFromThisMachine(remoteAddress: string | undefined, headers: { forwardedFor?: string; forwarded?: string }): boolean {
  return isLoopbackAddress(remoteAddress) && !headers.forwardedFor && !headers.forwarded;
}
