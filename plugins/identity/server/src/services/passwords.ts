import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { invalidField } from '@vzd/core/server';
import { checkPassword, parseCommonPasswords, type PasswordContext } from '../domain/password-policy';

const LIST = join('server', 'data', 'common-passwords.txt');

/** The shipped list sits beside the sources; found by walking up from here, from dist/ or from server/src. */
function findList(from: string): string {
  for (let dir = from; dir !== dirname(dir); dir = dirname(dir)) {
    if (existsSync(join(dir, LIST))) return join(dir, LIST);
  }
  throw new Error(`identity: ${LIST} not found above ${from}`);
}

/** The password policy with the common-password list loaded once per process. */
const passwords = () => {
  let common: Set<string> | undefined;
  const list = () => (common ??= parseCommonPasswords(readFileSync(findList(__dirname), 'utf8')));

  return {
    /** 400 with a message on the `password` field when the policy refuses it. */
    assertAcceptable(password: unknown, context: PasswordContext, field = 'password'): void {
      if (typeof password !== 'string') return; // users-permissions' own validation reports a missing password
      const verdict = checkPassword(password, list(), context);
      if (!verdict.ok) throw invalidField(field, verdict.message);
    },
  };
};

export default passwords;
