import { createHash } from 'node:crypto';
import { GENESIS_HASH, hashEntry, type AuditEvent } from '..';

const event: AuditEvent = {
  module: 'petitions',
  action: 'signature.added',
  itemId: 'pet-42',
  actor: 'user-7',
  payload: { count: 25000, threshold: { value: 25000, reached: true } },
  occurredAt: '2026-08-21T12:00:00.000Z',
};

describe('hashEntry', () => {
  it('is the SHA-256 of the canonical JSON with keys sorted, which stored chains depend on', () => {
    const canonical =
      '{"action":"signature.added","actor":"user-7","itemId":"pet-42","module":"petitions",' +
      '"occurredAt":"2026-08-21T12:00:00.000Z","payload":{"count":25000,"threshold":{"reached":true,"value":25000}},' +
      `"prevHash":"${GENESIS_HASH}","seq":1}`;
    const expected = createHash('sha256').update(canonical).digest('hex');
    expect(hashEntry(GENESIS_HASH, 1, event)).toBe(expected);
    expect(expected).toMatch(/^[0-9a-f]{64}$/);
  });

  it('does not depend on the key order of the payload, at any depth', () => {
    const reordered: AuditEvent = {
      ...event,
      payload: { threshold: { reached: true, value: 25000 }, count: 25000 },
    };
    expect(hashEntry(GENESIS_HASH, 1, reordered)).toBe(hashEntry(GENESIS_HASH, 1, event));
  });

  it('ignores fields that are not part of the event', () => {
    const withExtras = { ...event, id: 99, createdAt: 'whenever' } as AuditEvent;
    expect(hashEntry(GENESIS_HASH, 1, withExtras)).toBe(hashEntry(GENESIS_HASH, 1, event));
  });

  it.each<[string, (e: AuditEvent) => AuditEvent]>([
    ['module', (e) => ({ ...e, module: 'consultations' })],
    ['action', (e) => ({ ...e, action: 'signature.removed' })],
    ['itemId', (e) => ({ ...e, itemId: 'pet-43' })],
    ['actor', (e) => ({ ...e, actor: null })],
    ['payload', (e) => ({ ...e, payload: { ...e.payload, count: 24999 } })],
    ['occurredAt', (e) => ({ ...e, occurredAt: '2026-08-21T12:00:00.001Z' })],
  ])('changes when the %s changes', (_field, change) => {
    expect(hashEntry(GENESIS_HASH, 1, change(event))).not.toBe(hashEntry(GENESIS_HASH, 1, event));
  });

  it('changes with the sequence number and the previous hash', () => {
    const base = hashEntry(GENESIS_HASH, 1, event);
    expect(hashEntry(GENESIS_HASH, 2, event)).not.toBe(base);
    expect(hashEntry('f'.repeat(64), 1, event)).not.toBe(base);
  });

  it('hashes the instant, so the database may spell the same time with an offset', () => {
    const withOffset = { ...event, occurredAt: '2026-08-21T15:00:00+03:00' };
    expect(hashEntry(GENESIS_HASH, 1, withOffset)).toBe(hashEntry(GENESIS_HASH, 1, event));
  });

  it('treats an undefined payload field like an absent one, as JSON storage does', () => {
    const withUndefined = { ...event, payload: { ...event.payload, note: undefined } };
    expect(hashEntry(GENESIS_HASH, 1, withUndefined)).toBe(hashEntry(GENESIS_HASH, 1, event));
  });

  it('refuses an occurredAt that is not an instant', () => {
    expect(() => hashEntry(GENESIS_HASH, 1, { ...event, occurredAt: 'yesterday' })).toThrow(RangeError);
  });

  it('refuses a payload that JSON storage could not keep as it is', () => {
    const circular: Record<string, unknown> = {};
    circular.self = circular;
    expect(() => hashEntry(GENESIS_HASH, 1, { ...event, payload: { ratio: Number.NaN } })).toThrow();
    expect(() => hashEntry(GENESIS_HASH, 1, { ...event, payload: { big: BigInt(1) } })).toThrow();
    expect(() => hashEntry(GENESIS_HASH, 1, { ...event, payload: circular })).toThrow();
  });
});
