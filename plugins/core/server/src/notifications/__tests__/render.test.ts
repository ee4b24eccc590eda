import { escapeHtml, renderString, renderTemplate, TemplateError, type BilingualTemplate } from '../render';

const petitionMail: BilingualTemplate = {
  uk: { subject: 'Петицію оприлюднено: {{title}}', text: '«{{title}}» — {{authority}}\n{{url}}', html: '<a href="{{url}}">{{title}}</a> — {{authority}}' },
  en: { subject: 'Published: {{title}}', text: '“{{title}}” — {{authority}}\n{{url}}', html: '<a href="{{url}}">{{title}}</a> — {{authority}}' },
};
const data = {
  title: 'Світлофор біля школи',
  authority: { uk: 'Бучанська міська рада', en: 'Bucha City Council' },
  url: { uk: 'https://e.gov.ua/uk/petitions/a/', en: 'https://e.gov.ua/en/petitions/a/' },
};

describe('mail templates', () => {
  it('renders in the recipient’s language, reading { uk, en } values in that language', () => {
    const uk = renderTemplate(petitionMail, data, 'uk');
    expect(uk.subject).toBe('Петицію оприлюднено: Світлофор біля школи');
    expect(uk.text).toBe('«Світлофор біля школи» — Бучанська міська рада\nhttps://e.gov.ua/uk/petitions/a/');
    const en = renderTemplate(petitionMail, data, 'en');
    expect(en.subject).toBe('Published: Світлофор біля школи');
    expect(en.html).toBe('<a href="https://e.gov.ua/en/petitions/a/">Світлофор біля школи</a> — Bucha City Council');
  });

  it('escapes hostile values in the HTML part and leaves the text part as written', () => {
    const hostile = { ...data, title: '<script>alert("x")</script> & <img src=x onerror=alert(1)>', url: 'https://e.gov.ua/"onmouseover="x' };
    const mail = renderTemplate(petitionMail, hostile, 'uk');
    expect(mail.html).not.toMatch(/<script|<img|"onmouseover/);
    expect(mail.html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;img src=x onerror=alert(1)&gt;');
    expect(mail.html).toContain('href="https://e.gov.ua/&quot;onmouseover=&quot;x"');
    expect(mail.text).toContain('<script>alert("x")</script>');
  });

  it('keeps the subject on one line whatever the data holds (no header injection)', () => {
    const mail = renderTemplate(petitionMail, { ...data, title: 'A\r\nBcc: victim@example.org' }, 'en');
    expect(mail.subject).toBe('Published: A Bcc: victim@example.org');
  });

  it('repeats a section for each element of a list and shows an inverted one when it is empty', () => {
    const t = '{{#items}}[{{title}}|{{authority}}]{{/items}}{{^items}}nothing{{/items}}';
    const items = [
      { title: 'a<b', authority: { uk: 'Буча', en: 'Bucha' } },
      { title: 'c', authority: { uk: 'Київ', en: 'Kyiv' } },
    ];
    expect(renderString(t, { items }, 'en', 'html')).toBe('[a&lt;b|Bucha][c|Kyiv]');
    expect(renderString(t, { items: [] }, 'uk', 'text')).toBe('nothing');
  });

  it('shows a conditional section only when the value is there', () => {
    const t = 'Reason.{{#note}} Note: {{note}}{{/note}}';
    expect(renderString(t, { note: 'duplicate of #12' }, 'en', 'text')).toBe('Reason. Note: duplicate of #12');
    expect(renderString(t, { note: '' }, 'en', 'text')).toBe('Reason.');
  });

  it('reads nested values and values of the enclosing scope inside a section', () => {
    expect(renderString('{{#items}}{{name}}@{{site.host}} {{/items}}', { site: { host: 'e.gov.ua' }, items: [{ name: 'a' }] }, 'uk', 'text')).toBe(
      'a@e.gov.ua ',
    );
  });

  it('refuses to render a mail with a hole in it', () => {
    expect(() => renderString('Hello {{name}}', {}, 'uk', 'text')).toThrow(TemplateError);
    expect(() => renderString('Hello {{name}}', { name: { first: 'x' } }, 'uk', 'text')).toThrow(TemplateError);
    expect(() => renderString('{{#a}}x', { a: true }, 'uk', 'text')).toThrow(/not closed/);
    expect(() => renderString('x{{/a}}', { a: true }, 'uk', 'text')).toThrow(/unbalanced/);
  });

  it('escapes the five HTML-significant characters', () => {
    expect(escapeHtml(`&<>"'`)).toBe('&amp;&lt;&gt;&quot;&#39;');
  });
});
