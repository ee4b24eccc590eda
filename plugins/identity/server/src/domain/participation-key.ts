import { createHmac } from 'node:crypto';

/**
 * The key that makes one person's participation in one item unique (a petition's signatures, a poll's responses, a
 * consultation's questionnaire): an HMAC under the server's IDENTITY_HASH_KEY of the item's scope and the person's
 * national-id hash. It stays on the participation row when the account is deleted, so the same person cannot take
 * part again through a new account.
 *
 * Why not the national-id hash itself: kept on every row, it would let anyone who reads the database join all the
 * participation of one person across every item and module, and re-attach the history of a deleted account to the
 * person's next verified account with one JOIN. A per-item key is different for every item, so without the server
 * key rows of different items cannot be linked to each other or to a verification.
 */
export function participationKey(key: string, idHash: string, scope: string): string {
  if (key.length < 16) throw new Error('IDENTITY_HASH_KEY is too short');
  if (!/^[a-z][a-z0-9-]*:[a-z][a-z0-9-]*:[A-Za-z0-9-]+$/.test(scope)) throw new Error(`Not a participation scope: ${scope}`);
  return createHmac('sha256', key).update(`participation:${scope}:${idHash}`).digest('hex');
}
