/**
 * Contact data comes from officials' input; only well-formed http(s) and mailto/tel targets become links, so a
 * `javascript:` URL typed into the admin panel can never reach a citizen's click.
 */

export function safeWebsite(value: string | null): string | null {
  if (!value) return null;
  const candidate = /^[a-z][a-z0-9+.-]*:/i.test(value) ? value : `https://${value}`;
  try {
    const url = new URL(candidate);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
  } catch {
    return null;
  }
}

export function safeMailto(value: string | null): string | null {
  if (!value) return null;
  return /^[^\s@<>"'()]+@[^\s@<>"'()]+\.[^\s@<>"'()]+$/.test(value) ? `mailto:${value}` : null;
}

export function safeTel(value: string | null): string | null {
  if (!value) return null;
  const digits = value.replace(/[\s()-]/g, '');
  return /^\+?\d{5,15}$/.test(digits) ? `tel:${digits}` : null;
}
