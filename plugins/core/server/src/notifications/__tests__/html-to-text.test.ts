import { htmlToText } from '../html-to-text';

describe('plain text from users-permissions’ HTML mail', () => {
  it('keeps the links readable and the paragraphs apart', () => {
    const html =
      '<p>Вітаємо!</p>\n<p>Перейдіть за посиланням:</p>\n<p><a href="http://x/api/auth/email-confirmation?confirmation=abc">http://x/api/auth/email-confirmation?confirmation=abc</a></p>\n<hr>\n<p>Hello &amp; welcome, <a href="http://x/a?b=1&amp;c=2">open</a></p>';
    expect(htmlToText(html)).toBe(
      'Вітаємо!\n\nПерейдіть за посиланням:\n\nhttp://x/api/auth/email-confirmation?confirmation=abc\n\n----\n\nHello & welcome, open (http://x/a?b=1&c=2)',
    );
  });
});
