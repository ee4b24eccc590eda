import type { Lang } from '../lib/i18n';
import { callApi, generalProblem, messages, pageLang, safeNext, type ApiFailure, type FieldProblem } from './api-client';
import { FormFeedback } from './form-feedback';

/**
 * Sign-in, registration and password forms. Sign-in goes to the core's cookie session (the token never reaches
 * scripts); the rest are Strapi users-permissions endpoints, whose messages are English only, so the Ukrainian
 * page shows its own words for them.
 */

type Kind = 'login' | 'register' | 'forgot' | 'reset';

const hasCyrillic = (s: string) => /[\u0400-\u04FF]/.test(s);

class AccountForm extends HTMLElement {
  private readonly language: Lang = pageLang();
  private readonly t = messages(this.language);
  private feedback!: FormFeedback;

  connectedCallback() {
    const form = this.querySelector('form');
    const kind = this.dataset.kind as Kind | undefined;
    if (!form || !kind) return;
    this.feedback = new FormFeedback(form, this.t);
    if (kind === 'reset') this.takeCodeFromUrl(form);

    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      const f = this.feedback;
      f.clear();
      if (!f.validate() || !this.extraChecks(kind)) return;
      f.busy(true);
      try {
        await this[kind](form);
      } finally {
        f.busy(false);
      }
    });
  }

  private extraChecks(kind: Kind): boolean {
    const f = this.feedback;
    if (kind === 'reset' && f.value('password') !== f.value('passwordConfirmation')) {
      f.fieldError('passwordConfirmation', this.t.passwordsDiffer);
      f.say('error', this.t.fixErrors);
      f.focusFirstInvalid();
      return false;
    }
    return true;
  }

  private async login(form: HTMLFormElement) {
    const f = this.feedback;
    const result = await callApi('/api/core/session', {
      method: 'POST',
      json: { identifier: f.value('identifier').trim(), password: f.value('password') },
    });
    if (result.ok) {
      f.say('success', this.t.loginDone);
      window.location.assign(safeNext(new URLSearchParams(window.location.search).get('next'), this.language));
      return;
    }
    const failure = result.failure;
    if (failure.status === 401) this.fail(this.t.loginWrong);
    else if (failure.status === 403 && failure.code === 'email_not_confirmed') this.fail(this.t.loginUnconfirmed);
    else if (failure.status === 403 && failure.code === 'blocked') this.fail(this.t.loginBlocked);
    else this.failWith(failure);
    form.querySelector<HTMLInputElement>('input[name="password"]')?.select();
  }

  private async register(form: HTMLFormElement) {
    const f = this.feedback;
    const email = f.value('email').trim();
    const result = await callApi('/api/auth/local/register', {
      method: 'POST',
      json: { username: f.value('username').trim(), email, password: f.value('password') },
    });
    if (result.ok) {
      form.reset();
      f.say('success', this.t.registerDone.replace('{email}', email));
      f.status.focus();
      return;
    }
    // A taken address or name answers like a new registration (the mail tells its owner), so there is no "taken" case.
    this.failWith(result.failure);
  }

  private async forgot(form: HTMLFormElement) {
    const f = this.feedback;
    const result = await callApi('/api/auth/forgot-password', { method: 'POST', json: { email: f.value('email').trim() } });
    if (result.ok) {
      form.reset();
      f.say('success', this.t.forgotSent);
      f.status.focus();
      return;
    }
    this.failWith(result.failure);
  }

  private async reset(form: HTMLFormElement) {
    const f = this.feedback;
    const result = await callApi('/api/auth/reset-password', {
      method: 'POST',
      json: { code: f.value('code').trim(), password: f.value('password'), passwordConfirmation: f.value('passwordConfirmation') },
    });
    // users-permissions answers with a token as well; it is deliberately ignored (sessions are cookies only).
    if (result.ok) {
      form.hidden = true;
      this.outcomeAfter(form, 'success', this.t.resetDone, { href: `/${this.language}/account/login/`, text: this.t.login });
      return;
    }
    const failure = result.failure;
    if (failure.status === 400 && /code/i.test(failure.rawMessage) && failure.fields.length === 0) {
      this.fail(this.t.resetBadCode, { href: `/${this.language}/account/forgot/`, text: this.t.requestNewLink });
      const codeField = form.querySelector<HTMLElement>('[data-code-field]');
      if (codeField) codeField.hidden = false;
    } else if (failure.status === 400 && /match/i.test(failure.rawMessage)) {
      this.feedback.fieldError('passwordConfirmation', this.t.passwordsDiffer);
      this.fail(this.t.fixErrors);
    } else {
      this.failWith(failure);
    }
  }

  /** The emailed link's code goes into the form, and the field is hidden since there is nothing to type. */
  private takeCodeFromUrl(form: HTMLFormElement) {
    const code = new URLSearchParams(window.location.search).get('code');
    const input = form.elements.namedItem('code');
    if (!code || !(input instanceof HTMLInputElement)) return;
    input.value = code;
    const wrapper = form.querySelector<HTMLElement>('[data-code-field]');
    if (wrapper) wrapper.hidden = true;
  }

  private fail(text: string, link?: { href: string; text: string }) {
    this.feedback.say('error', text, link);
    this.feedback.status.focus();
  }

  /** Field errors next to their fields (in Ukrainian when the server only speaks English), the rest on top. */
  private failWith(failure: ApiFailure) {
    if (failure.status === 400 && failure.fields.length > 0) {
      const fields: FieldProblem[] = failure.fields.map((p) => ({
        field: p.field,
        message: this.language === 'uk' && !hasCyrillic(p.message) ? this.t.checkField : p.message,
      }));
      this.feedback.showServerErrors(fields, generalProblem(failure, this.t));
      return;
    }
    this.fail(generalProblem(failure, this.t));
  }

  private outcomeAfter(form: HTMLFormElement, kind: 'success' | 'error', text: string, link?: { href: string; text: string }) {
    // The status region lives inside the form; when the form is hidden, show the outcome after it instead.
    const note = document.createElement('div');
    note.className = `notice notice-${kind}`;
    note.setAttribute('role', 'status');
    note.tabIndex = -1;
    const p = document.createElement('p');
    p.textContent = text;
    if (link) {
      const a = document.createElement('a');
      a.href = link.href;
      a.textContent = link.text;
      p.append(' ', a);
    }
    note.append(p);
    form.after(note);
    note.focus();
  }
}

if (!customElements.get('account-form')) customElements.define('account-form', AccountForm);
