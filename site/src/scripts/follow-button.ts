import { accountUi } from '../lib/i18n-account';
import { callApi, generalProblem, loginHref, messages, pageLang } from './api-client';
import { getSession } from './session';

interface Subscription {
  id: number;
  kind: string;
  authority: { slug: string } | null;
}

/** Follows an authority, or stops following it; the button says what a press will do. */
class FollowButton extends HTMLElement {
  private readonly language = pageLang();
  private readonly a = accountUi[this.language];
  private readonly t = messages(this.language);
  private following = false;

  private get slug(): string {
    return this.dataset.authority ?? '';
  }
  private get button(): HTMLButtonElement | null {
    return this.querySelector('[data-follow-button]');
  }
  private get result(): HTMLElement | null {
    return this.querySelector('[data-follow-result]');
  }

  connectedCallback() {
    this.querySelector('form')?.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.toggle();
    });
    void this.showState();
  }

  private async showState() {
    const user = await getSession();
    if (!user) return;
    const list = await callApi<{ data?: Subscription[] }>('/api/core/subscriptions');
    if (!list.ok) return;
    this.following = (list.body?.data ?? []).some((s) => s.kind === 'authority' && s.authority?.slug === this.slug);
    this.render();
  }

  private async toggle() {
    const button = this.button;
    if (!button || button.disabled) return;
    const user = await getSession();
    if (user === null) {
      this.say('info', this.a.followLoginNeeded, { href: loginHref(this.language), text: this.t.login });
      this.result?.focus();
      return;
    }
    button.disabled = true;
    const target = { kind: 'authority', authority: this.slug };
    const result = this.following
      ? await callApi(`/api/core/subscriptions?${new URLSearchParams(target).toString()}`, { method: 'DELETE' })
      : await callApi('/api/core/subscriptions', { method: 'POST', json: target });
    button.disabled = false;
    if (!result.ok) {
      if (result.failure.status === 401) this.say('error', this.a.followLoginNeeded, { href: loginHref(this.language), text: this.t.login });
      else this.say('error', generalProblem(result.failure, this.t));
      return;
    }
    this.following = !this.following;
    this.render();
    this.say('success', this.following ? this.a.followDone : this.a.unfollowDone, this.following ? { href: `/${this.language}/account/`, text: this.a.myAccount } : undefined);
  }

  private render() {
    const button = this.button;
    if (button) button.textContent = this.following ? this.a.unfollow : this.a.follow;
    if (this.following && !this.result?.textContent) this.say('info', this.a.following);
  }

  private say(kind: 'info' | 'success' | 'error', text: string, link?: { href: string; text: string }) {
    const region = this.result;
    if (!region) return;
    region.className = kind === 'info' ? '' : `notice notice-${kind}`;
    const p = document.createElement('p');
    p.textContent = text;
    if (link) {
      const a = document.createElement('a');
      a.href = link.href;
      a.textContent = link.text;
      p.append(' ', a);
    }
    region.replaceChildren(p);
  }
}

if (!customElements.get('follow-button')) customElements.define('follow-button', FollowButton);
