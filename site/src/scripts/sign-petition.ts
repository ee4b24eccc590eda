import { fill } from '../lib/i18n';
import { accountUi, isVerificationErrorCode, verifyStartHref } from '../lib/i18n-account';
import { formatDateTime } from '../lib/format';
import { callApi, generalProblem, loginHref, messages, pageLang } from './api-client';
import { SIGNATURES_CHANGED, type SignaturesChanged } from './petition-progress';
import { getSession } from './session';

interface SignatureStatus {
  signed: boolean;
  signedAt: string | null;
  canSign: boolean;
  reason: string | null;
}

interface SignatureCreated {
  signedAt: string;
  signatures: number;
  status: string;
}

class SignPetition extends HTMLElement {
  private readonly language = pageLang();
  private readonly t = messages(this.language);
  private readonly a = accountUi[this.language];

  private get petitionId(): string {
    return this.dataset.id ?? '';
  }
  private get form(): HTMLFormElement | null {
    return this.querySelector('[data-sign-form]');
  }
  private get button(): HTMLButtonElement | null {
    return this.querySelector('[data-sign-button]');
  }
  private get result(): HTMLElement | null {
    return this.querySelector('[data-sign-result]');
  }
  private get notify(): HTMLInputElement | null {
    return this.querySelector('[data-sign-notify]');
  }

  connectedCallback() {
    this.querySelector('[data-sign-notify-field]')?.removeAttribute('hidden');
    this.form?.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.sign();
    });
    void this.showState();
  }

  /** Before any click: guests get a sign-in link, citizens who already signed see when. */
  private async showState() {
    const user = await getSession();
    if (user === undefined) return; // the server did not answer: keep the plain form
    if (user === null) {
      this.closeForm();
      this.say('info', this.t.signLoginNeeded, { href: loginHref(this.language), text: this.t.login });
      return;
    }
    const status = await callApi<{ data?: SignatureStatus }>(`/api/petitions/petitions/${encodeURIComponent(this.petitionId)}/signature`);
    const data = status.ok ? status.body?.data : undefined;
    if (!data) return;
    if (data.signed) {
      this.closeForm();
      this.say('success', data.signedAt ? fill(this.t.signedAlready, { date: formatDateTime(data.signedAt, this.language) }) : this.t.alreadySigned);
    } else if (!data.canSign) {
      this.closeForm();
      this.say('info', this.t.collectionClosed);
    } else {
      this.showVerificationReturn();
    }
  }

  /** Back from the identity provider (`?verified=1` / `?verification_error=…`): say how it went, next to the button. */
  private showVerificationReturn() {
    const params = new URLSearchParams(window.location.search);
    const error = params.get('verification_error');
    if (params.get('verified') === '1') this.say('success', this.a.bannerVerified);
    else if (error !== null) {
      this.say('error', isVerificationErrorCode(error) ? this.a.verificationErrors[error] : this.a.verificationUnknownError, {
        href: verifyStartHref(window.location.pathname),
        text: this.a.verifyLink,
      });
    }
  }

  private async sign() {
    const button = this.button;
    if (!button || button.disabled) return;
    button.disabled = true;
    this.say('info', this.t.sending);
    await this.attempt(button);
    // The button may now be hidden; keep keyboard focus where the answer is.
    if (this.form?.hidden) this.result?.focus();
  }

  private async attempt(button: HTMLButtonElement) {
    const result = await callApi<{ data?: SignatureCreated }>(`/api/petitions/petitions/${encodeURIComponent(this.petitionId)}/signatures`, {
      method: 'POST',
    });

    if (result.ok && result.body?.data) {
      this.closeForm();
      this.say('success', this.t.signThanks);
      if (this.notify?.checked) await this.followAnswer();
      const detail: SignaturesChanged = { documentId: this.petitionId, signatures: result.body.data.signatures };
      document.dispatchEvent(new CustomEvent(SIGNATURES_CHANGED, { detail }));
      return;
    }
    if (result.ok) {
      button.disabled = false;
      this.say('error', this.t.genericError);
      return;
    }

    const failure = result.failure;
    if (failure.code === 'already_signed') {
      this.closeForm();
      this.say('info', this.t.alreadySigned);
    } else if (failure.status === 409) {
      this.closeForm();
      this.say('info', failure.message ?? this.t.collectionClosed);
    } else if (failure.code === 'verification_required') {
      // The authority wants a verified identity: the server's words, and the way there (back to this page).
      button.disabled = false;
      this.say('error', failure.message ?? this.a.levelMissing.email, {
        href: verifyStartHref(window.location.pathname),
        text: this.a.verifyLink,
      });
    } else if (failure.status === 401 || failure.status === 403) {
      const user = await getSession();
      if (!user) {
        this.closeForm();
        this.say('error', this.t.signLoginNeeded, { href: loginHref(this.language), text: this.t.login });
      } else {
        button.disabled = false;
        this.say('error', failure.message ?? (user.confirmed ? this.t.genericError : this.t.signUnconfirmed));
      }
    } else {
      button.disabled = false;
      this.say('error', generalProblem(failure, this.t));
    }
  }

  /** Follows the petition (its answer and status news); the signature already counts whatever happens here. */
  private async followAnswer() {
    const followed = await callApi('/api/core/subscriptions', {
      method: 'POST',
      json: { kind: 'item', module: 'petitions', itemId: this.petitionId },
    });
    const p = document.createElement('p');
    p.textContent = followed.ok ? this.a.notifyDone : this.a.notifyFailed;
    this.result?.append(p);
  }

  private closeForm() {
    if (this.form) this.form.hidden = true;
  }

  private say(kind: 'info' | 'success' | 'error', text: string, link?: { href: string; text: string }) {
    const region = this.result;
    if (!region) return;
    region.className = `sign-result${kind === 'info' ? '' : ` notice notice-${kind}`}`;
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

if (!customElements.get('sign-petition')) customElements.define('sign-petition', SignPetition);
