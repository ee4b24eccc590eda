import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkPassword, parseCommonPasswords, PASSWORD_MIN_LENGTH } from '../password-policy';

const common = parseCommonPasswords(readFileSync(join(__dirname, '..', '..', '..', 'data', 'common-passwords.txt'), 'utf8'));
const problemOf = (password: string, context = {}) => {
  const verdict = checkPassword(password, common, context);
  return verdict.ok ? null : verdict.problem;
};

describe('the password policy', () => {
  it('ships a list of a few hundred common passwords and their words', () => {
    expect(common.size).toBeGreaterThan(500);
    expect(common.has('password')).toBe(true);
    expect(common.has('пароль')).toBe(true);
    expect(common.has('gfhjkm')).toBe(true);
  });

  it('accepts long passphrases without asking for digits, capitals or symbols', () => {
    for (const ok of ['kashtany tsvitut u travni', 'Korrekt-Kin-Batareya-7', 'сонячний ранок над дніпром', 'Tsvit-Kashtanu-Na-Podoli-5']) {
      expect(problemOf(ok)).toBeNull();
    }
  });

  it(`refuses passwords shorter than ${PASSWORD_MIN_LENGTH} characters, counting letters not bytes`, () => {
    expect(problemOf('Kyiv-2024!')).toBe('too_short');
    expect(problemOf('абвгдеєжзий')).toBe('too_short');
    expect(problemOf('їжак-у-тумані')).toBeNull();
  });

  it('refuses what bcrypt would cut off (over 72 bytes)', () => {
    expect(problemOf('ж'.repeat(20) + ' мій довгий пароль з кирилиці')).toBe('too_long');
    expect(problemOf('a-long-latin-passphrase-'.repeat(4))).toBe('too_long');
  });

  it('refuses common passwords however they are dressed up', () => {
    for (const bad of ['password1234', 'Password2024!', 'P@ssw0rd2024', 'pass-word-pass-word', 'iloveyou2024', '!!!Slava-Ukraini!!!', 'qwertyqwerty', 'Пароль123456', 'gfhjkm123456']) {
      expect([bad, problemOf(bad)]).toEqual([bad, 'common']);
    }
  });

  it('refuses keyboard runs and sequences, in both layouts', () => {
    for (const bad of ['1234567890123', 'йцукенгшщзхї', 'zaq1xsw2cde3vfr4', 'abcdefghijklm', '9876543210987']) {
      expect([bad, problemOf(bad)]).toEqual([bad, 'sequence']);
    }
  });

  it('refuses repeats of something short', () => {
    for (const bad of ['aaaaaaaaaaaaaa', 'xyzxyzxyzxyz', '12121212121212', 'xyz!xyz!xyz!']) {
      expect([bad, problemOf(bad)]).toEqual([bad, 'repetitive']);
    }
  });

  it('refuses a password built on the account’s own email, username or the platform’s name', () => {
    const context = { email: 'oksana.melnyk@example.com', username: 'oksanka77' };
    expect(problemOf('oksana.melnyk2024', context)).toBe('personal');
    expect(problemOf('Oksanka77-2024!', context)).toBe('personal');
    expect(problemOf('VzayemoDiia-2024', context)).toBe('personal');
    expect(problemOf('oksana.melnyk loves kashtany', context)).toBeNull();
  });

  it('says what is wrong in Ukrainian and English', () => {
    const verdict = checkPassword('short', common);
    expect(verdict).toEqual({
      ok: false,
      problem: 'too_short',
      message: { uk: expect.stringContaining('щонайменше 12 символів'), en: expect.stringContaining('at least 12 characters') },
    });
  });
});
