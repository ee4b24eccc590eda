import { refusedForNoSession } from '../no-session';

const bare = { message: 'Forbidden', details: {} };

describe('refusedForNoSession', () => {
  it("recognises Strapi's refusal of a caller without a session (the public role lacks the permission)", () => {
    expect(refusedForNoSession(403, bare, { credentials: null })).toBe(true);
  });

  it.each([
    ['a signed-in citizen without the permission', 403, bare, { credentials: { id: 7 } }],
    ['a route without authentication (auth: false)', 403, bare, undefined],
    ["a handler's own refusal", 403, { message: 'Потрібна перевірена особа / Verified identity required', details: { code: 'verification_required' } }, { credentials: null }],
    ['a bare refusal with details', 403, { message: 'Forbidden', details: { code: 'cross_origin' } }, { credentials: null }],
    ['another status', 404, { message: 'Not Found', details: {} }, { credentials: null }],
    ['no error body', 403, undefined, { credentials: null }],
  ])('leaves %s alone', (_name, status, error, auth) => {
    expect(refusedForNoSession(status, error, auth)).toBe(false);
  });
});
