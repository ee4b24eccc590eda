import { formatDateTime } from '../lib/format';
import { accountUi, isVerificationErrorCode, type AssuranceLevel } from '../lib/i18n-account';
import { callApi, generalProblem, messages, pageLang, type ApiFailure } from './api-client';
import { FormFeedback } from './form-feedback';
import { getSession, sessionEnded, type SessionUser } from './session';

interface IdentityMe {
  level: AssuranceLevel;
  name: string | null;
  community: string | null;
  verifiedAt: string | null;
  verificationAvailable: boolean;
}

interface Subscription {
  id: number;
  kind: 'authority' | 'topic' | 'item';
  authority: { slug: string; nameUk: string; nameEn: string } | null;
  topic: string | null;
  item: { module: string; itemId: string; title: string | null; url: { uk: string; en: string } | null } | null;
}

type Link = { href: string; text: string };

/** Only paths on this site or http(s) addresses become links (the titles and URLs come from modules). */
const safeHref = (value: string | null | undefined): string | null =>
  value && ((value.startsWith('/') && !value.startsWith('//')) || /^https?:\/\//i.test(value)) ? value : null;

/**
 * The account page: fills in who is signed in and their assurance level, shows the result of a verification
 * that just came back, and runs the preference, unfollow, log-out-everywhere and delete forms.
 */
class AccountPage extends HTMLElement {
  private readonly language = pageLang();
  private readonly a = accountUi[this.language];
  private readonly t = messages(this.language);

  /** The community's name baked into the page at build time, or its code when the site does not know it. */
  private communityName(code: string): string {
    try {
      const names = JSON.parse(this.dataset.communities ?? '{}') as Record<string, string>;
      return names[code] ?? code;
    } catch {
      return code;
    }
  }

  private find<T extends HTMLElement = HTMLElement>(selector: string): T | null {
    return this.querySelector<T>(selector);
  }

  async connectedCallback() {
    this.showVerificationResult();
    const state = this.find('[data-account-state]');
    this.note(state, 'info', state?.dataset.loading ?? '');
    const user = await getSession();
    if (user === undefined) {
      this.note(state, 'error', this.t.networkError);
      return;
    }
    if (user === null) {
      for (const section of this.querySelectorAll<HTMLElement>('[data-signed-in]')) section.hidden = true;
      this.note(state, 'info', this.a.signInFirst, { href: this.dataset.login ?? `/${this.language}/account/login/`, text: this.a.signInLink });
      return;
    }
    state?.replaceChildren();
    this.wireLogoutEverywhere();
    this.wireDelete();
    await Promise.all([this.showIdentity(user), this.showPreferences(), this.showSubscriptions()]);
  }

  /** `?verified=1` or `?verification_error=<code>` from the provider's redirect; the query is then dropped. */
  private showVerificationResult() {
    const params = new URLSearchParams(window.location.search);
    const banner = this.find('[data-verification-banner]');
    if (!banner) return;
    const error = params.get('verification_error');
    if (params.get('verified') === '1') {
      this.note(banner, 'success', this.a.bannerVerified);
    } else if (error !== null) {
      const text = isVerificationErrorCode(error) ? this.a.verificationErrors[error] : this.a.verificationUnknownError;
      const retry = error === 'sign_in_required' ? { href: this.dataset.login ?? '', text: this.a.signInLink } : undefined;
      this.note(banner, 'error', text, retry);
    } else {
      return;
    }
    banner.focus();
    params.delete('verified');
    params.delete('verification_error');
    const query = params.toString();
    history.replaceState(history.state, '', window.location.pathname + (query ? `?${query}` : '') + window.location.hash);
  }

  private async showIdentity(user: SessionUser) {
    const result = await callApi<{ data?: IdentityMe }>('/api/identity/me');
    const me = result.ok ? result.body?.data : undefined;
    const who = this.find('[data-who]');
    const rows: [string, string][] = [
      [this.a.whoUser, user.username],
      [this.a.whoEmail, user.email],
    ];
    if (me?.name) rows.push([this.a.whoName, me.name]);
    if (me?.community) rows.push([this.a.whoCommunity, this.communityName(me.community)]);
    if (me?.verifiedAt) rows.push([this.a.whoVerifiedAt, formatDateTime(me.verifiedAt, this.language)]);
    who?.replaceChildren(
      ...rows.flatMap(([term, value]) => {
        const dt = document.createElement('dt');
        dt.textContent = term;
        const dd = document.createElement('dd');
        dd.textContent = value;
        return [dt, dd];
      }),
    );

    // Without an answer from /me, fall back to what the session says (confirmed email or not).
    const level: AssuranceLevel = me?.level ?? (user.confirmed ? 'email' : 'none');
    this.setText('[data-level-name]', this.a.levelNames[level]);
    this.setText('[data-level-explain]', this.a.levelExplain[level]);
    this.setText('[data-level-missing]', this.a.levelMissing[level]);
    for (const dt of this.querySelectorAll<HTMLElement>('dt[data-level]')) {
      if (dt.dataset.level === level) dt.setAttribute('aria-current', 'true');
    }
    const verify = this.find('[data-verify]');
    const hint = this.find('[data-verify-hint]');
    if (level === 'verified' || level === 'none') {
      // Verified: nothing to do; unconfirmed email: the provider would refuse, confirm the email first.
      if (verify) verify.hidden = true;
      if (hint) hint.hidden = true;
    } else if (me && !me.verificationAvailable) {
      if (verify) verify.hidden = true;
      if (hint) hint.textContent = this.a.verifyUnavailable;
    }
  }

  private async showPreferences() {
    const form = this.find<HTMLFormElement>('[data-prefs-form]');
    if (!form) return;
    const result = await callApi<{ data?: { language: 'uk' | 'en' } }>('/api/core/preferences');
    const current = result.ok ? result.body?.data?.language : undefined;
    if (current) {
      const radio = form.querySelector<HTMLInputElement>(`input[name="language"][value="${current}"]`);
      if (radio) radio.checked = true;
    }
    const feedback = new FormFeedback(form, this.t);
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      const language = form.querySelector<HTMLInputElement>('input[name="language"]:checked')?.value;
      if (language !== 'uk' && language !== 'en') return;
      feedback.clear();
      feedback.busy(true);
      const saved = await callApi('/api/core/preferences', { method: 'PUT', json: { language } });
      feedback.busy(false);
      if (saved.ok) feedback.say('success', this.a.prefsSaved);
      else feedback.say('error', generalProblem(saved.failure, this.t));
      feedback.status.focus();
    });
  }

  private async showSubscriptions() {
    const list = this.find<HTMLUListElement>('[data-subs-list]');
    const empty = this.find('[data-subs-empty]');
    const status = this.find('[data-subs-status]');
    if (!list || !empty) return;
    const result = await callApi<{ data?: Subscription[] }>('/api/core/subscriptions');
    if (!result.ok) {
      this.note(status, 'error', generalProblem(result.failure, this.t));
      return;
    }
    const subscriptions = result.body?.data ?? [];
    list.replaceChildren(...subscriptions.map((s) => this.subscriptionItem(s, list, empty, status)));
    empty.hidden = subscriptions.length > 0;
  }

  private subscriptionItem(s: Subscription, list: HTMLElement, empty: HTMLElement, status: HTMLElement | null): HTMLLIElement {
    const li = document.createElement('li');
    const label = document.createElement('span');
    let kind = this.a.subsTopic;
    let what: Node = document.createTextNode(s.topic ?? '');
    if (s.kind === 'authority' && s.authority) {
      kind = this.a.subsAuthority;
      what = this.link(`/${this.language}/authorities/${encodeURIComponent(s.authority.slug)}/`, this.language === 'uk' ? s.authority.nameUk : s.authority.nameEn || s.authority.nameUk);
    } else if (s.kind === 'item' && s.item) {
      kind = this.a.subsItem;
      const title = s.item.title ?? s.item.itemId;
      const href = safeHref(s.item.url?.[this.language]);
      what = href ? this.link(href, title) : document.createTextNode(title);
    }
    label.append(`${kind}: `, what);

    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'button button-secondary';
    button.textContent = this.a.unfollow;
    // The visible word is the same on every row; screen readers hear which follow it ends.
    button.setAttribute('aria-label', `${this.a.unfollow}: ${label.textContent ?? ''}`);
    button.addEventListener('click', async () => {
      button.disabled = true;
      const removed = await callApi(`/api/core/subscriptions/${s.id}`, { method: 'DELETE' });
      if (!removed.ok) {
        button.disabled = false;
        this.note(status, 'error', generalProblem(removed.failure, this.t));
        status?.focus();
        return;
      }
      li.remove();
      empty.hidden = list.children.length > 0;
      this.note(status, 'success', this.a.unfollowed);
      status?.focus();
    });
    li.append(label, button);
    return li;
  }

  private wireLogoutEverywhere() {
    const form = this.find<HTMLFormElement>('[data-logout-all-form]');
    if (!form) return;
    const feedback = new FormFeedback(form, this.t);
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      feedback.clear();
      feedback.busy(true);
      const result = await callApi('/api/core/session?everywhere=true', { method: 'DELETE' });
      if (result.ok) {
        feedback.say('success', this.a.logoutAllDone);
        feedback.status.focus();
        window.location.assign(`/${this.language}/account/login/`);
        return;
      }
      feedback.busy(false);
      this.fail(feedback, result.failure);
    });
  }

  private wireDelete() {
    const form = this.find<HTMLFormElement>('[data-delete-form]');
    if (!form) return;
    const feedback = new FormFeedback(form, this.t);
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      feedback.clear();
      if (!feedback.validate()) return;
      feedback.busy(true);
      const result = await callApi('/api/identity/me', { method: 'DELETE', json: { password: feedback.value('password') } });
      if (result.ok) {
        form.reset();
        sessionEnded();
        for (const section of this.querySelectorAll<HTMLElement>('[data-signed-in]')) {
          if (!section.contains(form)) section.hidden = true;
        }
        feedback.say('success', this.a.deleteDone, { href: `/${this.language}/`, text: this.a.homeLink });
        feedback.status.focus();
        return;
      }
      feedback.busy(false);
      const failure = result.failure;
      if (failure.status === 400 && failure.fields.length > 0) {
        // A wrong password is a field error on `password` ("Пароль невірний"), so it shows next to the field.
        feedback.showServerErrors(failure.fields, this.a.deleteWrongPassword);
        return;
      }
      this.fail(feedback, failure);
    });
  }

  private fail(feedback: FormFeedback, failure: ApiFailure) {
    feedback.say('error', generalProblem(failure, this.t));
    feedback.status.focus();
  }

  private setText(selector: string, text: string) {
    const el = this.find(selector);
    if (el) el.textContent = text;
  }

  private link(href: string, text: string): HTMLAnchorElement {
    const a = document.createElement('a');
    a.href = href;
    a.textContent = text;
    return a;
  }

  private note(region: HTMLElement | null, kind: 'info' | 'success' | 'error', text: string, link?: Link) {
    if (!region) return;
    region.classList.remove('notice', 'notice-success', 'notice-error');
    if (kind !== 'info') region.classList.add('notice', `notice-${kind}`);
    const p = document.createElement('p');
    p.textContent = text;
    if (link) p.append(' ', this.link(link.href, link.text));
    region.replaceChildren(p);
  }
}

if (!customElements.get('account-page')) customElements.define('account-page', AccountPage);
