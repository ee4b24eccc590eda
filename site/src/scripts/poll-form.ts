import { formatDateTime } from '../lib/format';
import { fill } from '../lib/i18n';
import { pollClientUi } from '../lib/i18n-polls';
import { callApi, generalProblem, loginHref, messages, pageLang } from './api-client';
import { FormFeedback } from './form-feedback';
import { getSession } from './session';

/**
 * Collects the poll form into `{answers: [...]}` (one entry per question, in order; null skips an optional one)
 * and saves it with PUT on the same origin. An earlier response is put back into the form so it can be changed.
 */

type Answer =
  | { question: string; choice: string }
  | { question: string; choices: string[] }
  | { question: string; ranking: string[] }
  | { question: string; value: number }
  | { question: string; text: string }
  | null;

interface MyResponse {
  responded: boolean;
  updatedAt: string | null;
  answers: Answer[] | null;
  canRespond: boolean;
  reason: 'poll_not_open' | 'poll_closed' | 'residence_required' | 'cso_required' | null;
}

const lang = pageLang();
const t = messages(lang);
const p = pollClientUi[lang];

class PollForm extends HTMLElement {
  private form: HTMLFormElement | null = null;
  private feedback: FormFeedback | null = null;

  private get path() {
    return `/api/polls/polls/${encodeURIComponent(this.dataset.id ?? '')}/response`;
  }

  connectedCallback() {
    this.form = this.querySelector<HTMLFormElement>('[data-poll-form]');
    if (!this.form) return;
    this.feedback = new FormFeedback(this.form, t);
    this.form.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.submit();
    });
    void this.showState();
  }

  private blocks(): HTMLElement[] {
    return [...(this.form?.querySelectorAll<HTMLElement>('[data-question]') ?? [])];
  }

  private async showState() {
    const user = await getSession();
    const notice = this.querySelector<HTMLElement>('[data-login-needed]');
    if (user === undefined) return;
    if (user === null) return; // the sign-in notice stays
    if (notice) notice.hidden = true;
    const mine = await callApi<{ data?: MyResponse }>(this.path);
    const data = mine.ok ? mine.body?.data : undefined;
    if (!data) return;
    if (data.answers) this.fill(data.answers);
    if (!data.canRespond && data.reason) {
      this.disable();
      this.feedback?.say('info', this.reasonText(data.reason));
    } else if (data.responded && data.updatedAt) {
      this.feedback?.say('info', fill(p.respondedOn, { date: formatDateTime(data.updatedAt, lang) }));
    }
  }

  private reasonText(reason: NonNullable<MyResponse['reason']>): string {
    return { poll_not_open: p.notOpen, poll_closed: p.closed, residence_required: p.residence, cso_required: p.cso }[reason];
  }

  private disable() {
    for (const control of this.form?.querySelectorAll<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement | HTMLButtonElement>(
      'input, select, textarea, button',
    ) ?? [])
      control.disabled = true;
  }

  /** Puts an earlier response back into the controls. */
  private fill(answers: Answer[]) {
    for (const answer of answers) {
      if (!answer) continue;
      const block = this.blocks().find((b) => b.dataset.question === answer.question);
      if (!block) continue;
      if ('choice' in answer) this.check(block, [answer.choice]);
      else if ('choices' in answer) this.check(block, answer.choices);
      else if ('value' in answer) this.check(block, [String(answer.value)]);
      else if ('text' in answer) {
        const area = block.querySelector('textarea');
        if (area) area.value = answer.text;
      } else if ('ranking' in answer) {
        answer.ranking.forEach((option, i) => {
          const select = block.querySelector<HTMLSelectElement>(`select[data-option="${CSS.escape(option)}"]`);
          if (select) select.value = String(i + 1);
        });
      }
    }
  }

  private check(block: HTMLElement, values: string[]) {
    for (const input of block.querySelectorAll<HTMLInputElement>('input')) input.checked = values.includes(input.value);
  }

  /** Reads every question; writes an error under the ones that are not answered well. */
  private collect(): { answers: Answer[]; firstInvalid: HTMLElement | null } {
    const answers: Answer[] = [];
    let firstInvalid: HTMLElement | null = null;
    for (const block of this.blocks()) {
      const question = block.dataset.question ?? '';
      const required = block.dataset.required === 'true';
      let answer: Answer = null;
      let problem: string | null = null;
      const checked = [...block.querySelectorAll<HTMLInputElement>('input:checked')].map((i) => i.value);
      switch (block.dataset.type) {
        case 'single':
          if (checked[0]) answer = { question, choice: checked[0] };
          break;
        case 'multiple': {
          const max = Number(block.dataset.max ?? 0);
          if (checked.length > 0) answer = { question, choices: checked };
          if (max && checked.length > max) problem = fill(p.tooMany, { n: max });
          break;
        }
        case 'scale':
          if (checked[0]) answer = { question, value: Number(checked[0]) };
          break;
        case 'text': {
          const text = block.querySelector('textarea')?.value.trim() ?? '';
          if (text) answer = { question, text };
          break;
        }
        case 'ranking': {
          const selects = [...block.querySelectorAll<HTMLSelectElement>('select')];
          const places = selects.map((s) => Number(s.value) || 0);
          const anySet = places.some((n) => n > 0);
          const complete = places.every((n) => n > 0) && new Set(places).size === places.length;
          if (complete) {
            answer = { question, ranking: selects.map((s, i) => ({ id: s.dataset.option ?? '', place: places[i] ?? 0 })).sort((a, b) => a.place - b.place).map((x) => x.id) };
          } else if (anySet || required) problem = p.rankingIncomplete;
          break;
        }
      }
      if (!problem && required && answer === null) problem = block.dataset.type === 'text' ? t.required : p.chooseOne;
      if (problem) {
        const slot = block.querySelector<HTMLElement>('[data-error-for]');
        if (slot) slot.textContent = problem;
        const control = block.querySelector<HTMLElement>('input, select, textarea');
        control?.setAttribute('aria-invalid', 'true');
        firstInvalid ??= control;
      }
      answers.push(answer);
    }
    return { answers, firstInvalid };
  }

  private async submit() {
    const feedback = this.feedback;
    if (!feedback || !this.form) return;
    feedback.clear();
    for (const el of this.form.querySelectorAll('[aria-invalid]')) el.removeAttribute('aria-invalid');
    const { answers, firstInvalid } = this.collect();
    if (firstInvalid) {
      feedback.say('error', t.fixErrors);
      firstInvalid.focus();
      return;
    }
    feedback.busy(true);
    const result = await callApi<{ data?: { created: boolean; changed: boolean; receipt: string } }>(this.path, {
      method: 'PUT',
      json: { answers },
    });
    feedback.busy(false);
    if (result.ok) {
      const data = result.body?.data;
      const text = !data ? p.saved : data.created ? p.saved : data.changed ? p.changed : p.unchanged;
      feedback.say('success', data?.receipt ? `${text} ${p.receipt}: ${data.receipt}` : text);
      feedback.status.focus();
      return;
    }
    const failure = result.failure;
    if (failure.code === 'poll_closed') {
      this.disable();
      feedback.say('info', p.closed);
    } else if (failure.code === 'residence_required' || failure.code === 'cso_required' || failure.code === 'poll_not_open') {
      feedback.say('error', failure.message ?? this.reasonText(failure.code));
    } else if (failure.status === 401 || (failure.status === 403 && !(await getSession()))) {
      feedback.say('error', p.loginNeeded, { href: loginHref(lang), text: t.login });
    } else if (failure.status === 400 && failure.fields.length > 0) {
      feedback.showServerErrors(failure.fields, generalProblem(failure, t));
    } else {
      feedback.say('error', generalProblem(failure, t));
    }
    feedback.status.focus();
  }
}

if (!customElements.get('poll-form')) customElements.define('poll-form', PollForm);
