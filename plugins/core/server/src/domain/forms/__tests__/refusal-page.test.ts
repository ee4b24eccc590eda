import { refusalPage, showRefusal, type RefusalView } from '../refusal-page';

// The shape Astro gives Field.astro and the layout (trimmed): what the server marks up again after a refusal.
const PAGE = `<!DOCTYPE html><html lang="uk"><head><meta charset="utf-8"><title>Нова петиція &amp; більше</title></head>
<body><main id="main"><h1>Нова петиція</h1>
<form class="form" method="post" action="/api/petitions/petitions" id="petition-form">
<input type="hidden" name="_page" value="/uk/petitions/new/">
<div class="field"><label for="petition-authority">Орган влади</label><p class="field-error" id="petition-authority-error" data-error-for="authority"></p>
<select id="petition-authority" name="authority" required><option value="">Оберіть</option><option value="bucha">Буча</option></select></div>
<div class="field"><label for="petition-title">Назва петиції</label><p class="field-error" id="petition-title-error" data-error-for="title"></p>
<input id="petition-title" name="title" required type="text" minlength="10"></div>
<div class="field"><label for="petition-text">Текст</label><p class="field-error" id="petition-text-error" data-error-for="text"></p>
<textarea id="petition-text" name="text" required></textarea></div>
<div class="field"><label for="petition-password">Пароль</label><input id="petition-password" name="password" type="password"></div>
<fieldset class="field"><legend>Як часто?</legend><p class="field-error" data-error-for="q1"></p>
<input type="radio" id="q1-a" name="q1" value="a"><label for="q1-a">A</label><input type="radio" id="q1-b" name="q1" value="b"><label for="q1-b">B</label></fieldset>
<button type="submit">Надіслати</button></form></main><script type="module" src="/_astro/x.js"></script></body></html>`;

const view = (over: Partial<RefusalView> = {}): RefusalView => ({
  lang: 'uk',
  formId: 'petition-form',
  refusal: { status: 400, code: 'invalid', message: 'Дані не пройшли перевірку', problems: [{ path: ['title'], text: 'Щонайменше 10 символів.' }] },
  values: { authority: 'bucha', title: 'Липи <b>"так"</b>', text: 'Текст & <script>alert(1)</script>', password: 'secret', q1: 'b' },
  ...over,
});

describe('showRefusal', () => {
  const html = showRefusal(PAGE, view())!;

  it('puts a GOV.UK error summary first in <main>, linking to the field by its label', () => {
    expect(html).toContain(
      '<main id="main"><div class="error-summary" id="error-summary" role="alert" tabindex="-1" autofocus><h2 class="error-summary-title">Є проблема</h2>' +
        '<ul class="error-summary-list"><li><a href="#petition-title">Назва петиції: Щонайменше 10 символів.</a></li></ul></div><h1>',
    );
    expect(html).toContain('<title>Помилка: Нова петиція &amp; більше</title>');
  });

  it('marks the field and writes the problem under it', () => {
    expect(html).toContain('<p class="field-error" id="petition-title-error" data-error-for="title">Щонайменше 10 символів.</p>');
    expect(html).toMatch(/<input id="petition-title" name="title"[^>]* aria-invalid="true"/);
    expect(html).not.toMatch(/id="petition-text"[^>]*aria-invalid/);
  });

  it('puts back what was posted, escaped, but never the password', () => {
    expect(html).toContain('value="Липи &lt;b&gt;&quot;так&quot;&lt;/b&gt;"');
    expect(html).toContain('<textarea id="petition-text" name="text" required>Текст &amp; &lt;script&gt;alert(1)&lt;/script&gt;</textarea>');
    expect(html).toContain('<option value="bucha" selected>Буча</option>');
    expect(html).toMatch(/<input type="radio" id="q1-b" name="q1" value="b" checked>/);
    expect(html).not.toContain('secret');
    expect(html).toContain('<input type="hidden" name="_page" value="/uk/petitions/new/">');
  });

  it('names a question by its legend and lists a refusal without a field as its message', () => {
    const grouped = showRefusal(PAGE, view({ refusal: { status: 400, code: null, message: 'Ні', problems: [{ path: ['q1'], text: 'Оберіть.' }] } }))!;
    expect(grouped).toContain('<li><a href="#q1-a">Як часто? Оберіть.</a></li>');
    const general = showRefusal(PAGE, view({ refusal: { status: 409, code: 'already_signed', message: 'Ви вже підписали цю петицію', problems: [] } }))!;
    expect(general).toContain('<ul class="error-summary-list"><li>Ви вже підписали цю петицію</li></ul>');
  });

  it('adds the way on the refusal calls for, and sets the hidden fields it is given', () => {
    const html401 = showRefusal(PAGE, view({ link: { href: '/uk/account/login/?next=%2Fuk%2F', text: 'Увійти' }, hidden: { _page: '/uk/x/' } }))!;
    expect(html401).toContain('<li><a href="/uk/account/login/?next=%2Fuk%2F">Увійти</a></li>');
    expect(html401).toContain('<input type="hidden" name="_page" value="/uk/x/">');
  });

  it('leaves a page without <main> to the plain page', () => {
    expect(showRefusal('<html><body><form></form></body></html>', view())).toBeNull();
    const plain = refusalPage(view({ lang: 'en' }), '/en/petitions/new/');
    expect(plain).toMatch(/^<!doctype html><html lang="en">/);
    expect(plain).toContain('<a href="/en/petitions/new/">Back to the form</a>');
    expect(plain).toContain('<li>Щонайменше 10 символів.</li>');
  });
});
