import { layoutMail } from '../layout';

describe('mail layout', () => {
  const body = { subject: 'Тема <b>', text: 'Текст\n\n', html: '<p>Текст</p>' };

  it('adds the unsubscribe link to both parts, in the recipient’s language', () => {
    const uk = layoutMail(body, 'uk', 'https://e.gov.ua/api/core/unsubscribe?token=a&b');
    expect(uk.text).toBe('Текст\n\n--\nЦей лист надіслала платформа електронної демократії «ВзаємоДія».\nБільше не отримувати такі листи: https://e.gov.ua/api/core/unsubscribe?token=a&b\n');
    expect(uk.html).toContain('<a href="https://e.gov.ua/api/core/unsubscribe?token=a&amp;b">Більше не отримувати такі листи</a>');
    expect(uk.html).toContain('<html lang="uk">');
    expect(uk.html).toContain('<title>Тема &lt;b&gt;</title>');
    const en = layoutMail(body, 'en', 'https://x/u');
    expect(en.text).toContain('Stop receiving messages like this: https://x/u');
    expect(en.html).toContain('<html lang="en">');
  });

  it('has no unsubscribe link when there is nothing to stop', () => {
    const mail = layoutMail(body, 'en', null);
    expect(mail.text).not.toMatch(/unsubscribe|Stop receiving/i);
    expect(mail.html).not.toContain('<a ');
  });
});
