import { messages, pageLang } from './api-client';
import { getSession, logout } from './session';

/** Header widget: "Увійти" for guests, the user name and a sign-out button for citizens. */
class SessionStatus extends HTMLElement {
  async connectedCallback() {
    const user = await getSession();
    if (!user) return;
    const t = messages(pageLang());

    const name = document.createElement('span');
    name.className = 'session-user';
    const label = document.createElement('span');
    label.className = 'visually-hidden';
    label.textContent = `${t.signedIn} `;
    name.append(label, document.createTextNode(user.username));

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
