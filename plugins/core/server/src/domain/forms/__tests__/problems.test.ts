import { refusalOf } from '../problems';

describe('refusalOf', () => {
  const envelope = {
    data: null,
    error: {
      status: 400,
      name: 'ValidationError',
      message: 'Дані не пройшли перевірку / The request is not valid',
      details: { code: 'invalid', errors: [{ path: ['title'], message: 'Щонайменше 10 символів.', messageEn: 'At least 10 characters.' }] },
    },
  };

  it('reads the field problems in the page language', () => {
    expect(refusalOf(400, envelope, 'uk')).toEqual({
      status: 400,
      code: 'invalid',
      message: 'Дані не пройшли перевірку',
      problems: [{ path: ['title'], text: 'Щонайменше 10 символів.' }],
    });
    expect(refusalOf(400, envelope, 'en').problems).toEqual([{ path: ['title'], text: 'At least 10 characters.' }]);
  });

  it('falls back to words of its own for an English-only or empty answer', () => {
    expect(refusalOf(400, { error: { message: 'Invalid identifier or password' } }, 'uk').message).toBe('Форму не вдалося надіслати. Спробуйте ще раз.');
    expect(refusalOf(429, null, 'en').message).toBe('Too many attempts. Wait a minute and try again.');
    expect(refusalOf(500, 'oops', 'uk').message).toMatch(/на сервері/);
  });
});

describe('users-permissions refusals', () => {
  it('are said in Ukrainian too', () => {
    expect(refusalOf(400, { error: { message: 'Email or Username are already taken' } }, 'uk').message).toMatch(/^Ця адреса або ім'я користувача вже зайняті/);
    expect(refusalOf(400, { error: { message: 'Incorrect code provided' } }, 'en').message).toMatch(/^The link is invalid/);
  });
});
