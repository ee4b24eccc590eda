import { accountUi } from '../lib/i18n-account';
import { messages, pageLang } from './api-client';
import { getSession, logout, SIGNED_OUT } from './session';

/** Header widget: "Увійти" for guests; for citizens their name (a link to the account page) and a sign-out button. */
class SessionStatus extends HTMLElement {
  async connectedCallback() {
    // The guest's view (the "Увійти" link) comes back when the session ends on this page, e.g. the account is deleted.
    const guestView = [...this.childNodes];
    document.addEventListener(SIGNED_OUT, () => this.replaceChildren(...guestView), { once: true });
    const user = await getSession();
    if (!user) return;
    const lang = pageLang();
    const t = messages(lang);

    const name = document.createElement('span');
    name.className = 'session-user';
    const label = document.createElement('span');
    label.className = 'visually-hidden';
    label.textContent = `${t.signedIn} `;
    const account = document.createElement('a');
    account.href = `/${lang}/account/`;
    account.textContent = user.username;
    const where = document.createElement('span');
    where.className = 'visually-hidden';
    where.textContent = ` (${accountUi[lang].myAccount})`;
    account.append(where);
    name.append(label, account);

    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'header-button';
    button.textContent = t.logout;
    button.addEventListener('click', async () => {
      button.disabled = true;
      if (await logout()) window.location.reload();
      else button.disabled = false;
    });

    this.replaceChildren(name, button);
  }
}

if (!customElements.get('session-status')) customElements.define('session-status', SessionStatus);
