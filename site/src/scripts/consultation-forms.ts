import { consultationClientUi } from '../lib/i18n-consultations';
import { callApi, generalProblem, loginHref, messages, pageLang, type ApiFailure } from './api-client';
import { FormFeedback } from './form-feedback';
import { getSession } from './session';

/**
 * Comment, reply and questionnaire forms of a consultation. Each posts JSON on the same origin with the session
 * cookie; field errors from the API (`error.details.errors[].path`) land under their fields, the rest in the
 * form's aria-live status line.
 */

const lang = pageLang();
const t = messages(lang);
const c = consultationClientUi[lang];

async function explain(feedback: FormFeedback, failure: ApiFailure) {
  if (failure.status === 400 && failure.fields.length > 0) {
    feedback.showServerErrors(failure.fields, generalProblem(failure, t));
    return;
  }
  if (failure.code === 'duplicate_contribution') feedback.say('error', c.duplicate);
  else if (failure.code === 'already_answered') feedback.say('info', c.alreadyAnswered);
  else if (failure.status === 401 || (failure.status === 403 && !(await getSession()))) {
    feedback.say('error', c.loginNeeded, { href: loginHref(lang), text: t.login });
  } else if (failure.status === 409) feedback.say('error', failure.message ?? c.closed);
  else feedback.say('error', generalProblem(failure, t));
  feedback.status.focus();
}

class ConsultationForm extends HTMLElement {
  connectedCallback() {
    const form = this.querySelector<HTMLFormElement>('[data-consultation-form]');
    if (!form) return;
    const feedback = new FormFeedback(form, t);
    const isReply = this.dataset.kind === 'reply';
    void getSession().then((user) => {
      const notice = this.querySelector<HTMLElement>('[data-login-needed]');
      if (notice && user) notice.hidden = true;
    });

    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      feedback.clear();
      if (!feedback.validate()) return;
      feedback.busy(true);
      const result = await callApi(form.getAttribute('action') ?? '', {
        method: 'POST',
        json: { body: feedback.value('body').trim() },
      });
      feedback.busy(false);
      if (result.ok) {
        form.reset();
        feedback.say('success', isReply ? c.replyThanks : c.commentThanks);
        feedback.status.focus();
        return;
      }
      await explain(feedback, result.failure);
    });
  }
}

class ConsultationQuestionnaire extends HTMLElement {
  connectedCallback() {
    const form = this.querySelector<HTMLFormElement>('[data-questionnaire-form]');
    if (!form) return;
    const feedback = new FormFeedback(form, t);

    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      feedback.clear();
      const answers: Record<string, number | string | null> = {};
      let missing: HTMLElement | null = null;
      for (const block of form.querySelectorAll<HTMLElement>('[data-question]')) {
        const id = block.dataset.question ?? '';
        let value: number | string | null = null;
        if (block.dataset.type === 'single_choice') {
          const checked = block.querySelector<HTMLInputElement>('input[type="radio"]:checked');
          value = checked ? Number(checked.value) : null;
        } else {
          const text = block.querySelector('textarea')?.value.trim() ?? '';
          value = text || null;
        }
        const required = Boolean(block.querySelector('[required]'));
        if (required && value === null) {
          const slot = block.querySelector<HTMLElement>(`[data-error-for]`);
          if (slot) slot.textContent = block.dataset.type === 'single_choice' ? t.choose : t.required;
          block.querySelector('input, textarea')?.setAttribute('aria-invalid', 'true');
          missing ??= block.querySelector<HTMLElement>('input, textarea');
        }
        answers[id] = value;
      }
      if (missing) {
        feedback.say('error', t.fixErrors);
        missing.focus();
        return;
      }
      feedback.busy(true);
      const result = await callApi(form.getAttribute('action') ?? '', { method: 'POST', json: { answers } });
      feedback.busy(false);
      if (result.ok) {
        for (const control of form.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input, textarea')) control.disabled = true;
        feedback.say('success', c.answersThanks);
        feedback.status.focus();
        return;
      }
      await explain(feedback, result.failure);
    });
  }
}

if (!customElements.get('consultation-form')) customElements.define('consultation-form', ConsultationForm);
if (!customElements.get('consultation-questionnaire')) customElements.define('consultation-questionnaire', ConsultationQuestionnaire);
