export type PasswordCompare = (password: string, hash: string) => Promise<boolean>;

/**
 * Compares the password with the account's hash, or with a decoy hash when there is no such account (or it has no
 * password): a known and an unknown address then cost the same bcrypt work, so the time of the answer does not tell
 * who has an account. Only a real hash can match.
 */
export async function passwordMatches(
  password: string,
  storedHash: string | null | undefined,
  compare: PasswordCompare,
  decoyHash: string,
): Promise<boolean> {
  const matches = await compare(password, storedHash || decoyHash);
  return Boolean(storedHash) && matches;
}
