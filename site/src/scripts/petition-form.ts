import { callApi, generalProblem, loginHref, messages, pageLang } from './api-client';
import { FormFeedback } from './form-feedback';
import { getSession } from './session';

/** Create-petition form: checks the fields, posts JSON, maps `error.details.errors[].path` to the fields. */
class PetitionForm extends HTMLElement {
  private readonly language = pageLang();
  private readonly t = messages(this.language);

  connectedCallback() {
    const form = this.querySelector<HTMLFormElement>('[data-petition-form]');
    if (!form) return;
    const feedback = new FormFeedback(form, this.t);
    this.preselectAuthority(form);
    void this.showLoginNotice();

    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      feedback.clear();
      if (!feedback.validate()) return;

      feedback.busy(true);
      const result = await callApi<{ data?: { documentId: string; status: string } }>('/api/petitions/petitions', {
        method: 'POST',
        json: {
          authority: feedback.value('authority'),
          title: feedback.value('title').trim(),
          text: feedback.value('text').trim(),
        },
      });
      feedback.busy(false);

      if (result.ok) {
        form.reset();
        feedback.say('success', this.t.petitionCreated);
        feedback.status.focus();
        return;
      }
      const failure = result.failure;
      if (failure.status === 400 && failure.fields.length > 0) {
        feedback.showServerErrors(failure.fields, generalProblem(failure, this.t));
        return;
      }
      if (failure.status === 401 || failure.status === 403) {
        const user = await getSession();
        if (!user) {
          feedback.say('error', this.t.petitionLoginNeeded, { href: loginHref(this.language), text: this.t.login });
        } else {
          feedback.say('error', failure.message ?? (user.confirmed ? this.t.genericError : this.t.signUnconfirmed));
        }
      } else {
        feedback.say('error', generalProblem(failure, this.t));
      }
      feedback.status.focus();
    });
  }

  /** `/uk/petitions/new/?authority=bucha` (from an authority's page) preselects that authority. */
  private preselectAuthority(form: HTMLFormElement) {
    const wanted = new URLSearchParams(window.location.search).get('authority');
    const select = form.elements.namedItem('authority');
    if (!wanted || !(select instanceof HTMLSelectElement)) return;
    if ([...select.options].some((o) => o.value === wanted)) select.value = wanted;
  }

  private async showLoginNotice() {
    const notice = this.querySelector<HTMLElement>('[data-login-needed]');
    const user = await getSession();
    if (notice && user) notice.hidden = true;
  }
}

if (!customElements.get('petition-form')) customElements.define('petition-form', PetitionForm);
