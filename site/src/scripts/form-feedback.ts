import { fill, type ClientUi } from '../lib/i18n';
import type { FieldProblem } from './api-client';

type Control = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

/**
 * Field errors and the form's status line, following the markup of Field.astro: each control is described by its
 * hint and by an error paragraph `[data-error-for=name]`; the status region is `[data-form-status]` (aria-live).
 * With the script running, the browser's own bubbles are switched off (`novalidate`) so every message is ours,
 * in the page language, and stays visible next to its field.
 */
export class FormFeedback {
  readonly status: HTMLElement;

  constructor(
    readonly form: HTMLFormElement,
    private readonly t: ClientUi,
  ) {
    form.noValidate = true;
    const status = form.querySelector<HTMLElement>('[data-form-status]');
    if (!status) throw new Error('form without [data-form-status]');
    this.status = status;
  }

  controls(): Control[] {
    return [...this.form.querySelectorAll<Control>('input[name], textarea[name], select[name]')].filter(
      (c) => c.type !== 'hidden' && c.type !== 'submit',
    );
  }

  clear(): void {
    for (const el of this.form.querySelectorAll<HTMLElement>('[data-error-for]')) el.textContent = '';
    for (const c of this.controls()) c.removeAttribute('aria-invalid');
    this.say('info', '');
  }

  /** Shows a message under the field; returns false when the form has no such field. */
  fieldError(name: string, message: string): boolean {
    const control = this.form.elements.namedItem(name);
    const slot = this.form.querySelector<HTMLElement>(`[data-error-for="${CSS.escape(name)}"]`);
    if (!(control instanceof HTMLElement) || !slot) return false;
    slot.textContent = slot.textContent ? `${slot.textContent} ${message}` : message;
    control.setAttribute('aria-invalid', 'true');
    return true;
  }

  /** Server field errors (`error.details.errors[].path`); those without a field go to the status line. */
  showServerErrors(problems: FieldProblem[], fallback: string): void {
    const loose = problems.filter((p) => !p.field || !this.fieldError(p.field, p.message)).map((p) => p.message);
    const anyField = problems.length > loose.length;
    this.say('error', [anyField ? this.t.fixErrors : '', ...loose].filter(Boolean).join(' ') || fallback);
    if (anyField) this.focusFirstInvalid();
  }

  /** Checks the constraints written in the markup (required, minlength, maxlength, type=email). */
  validate(): boolean {
    let ok = true;
    for (const control of this.controls()) {
      const message = this.problemOf(control);
      if (message) {
        ok = false;
        this.fieldError(control.name, message);
      }
    }
    if (!ok) {
      this.say('error', this.t.fixErrors);
      this.focusFirstInvalid();
    }
    return ok;
  }

  private problemOf(control: Control): string | null {
    const value = control.value.trim();
    if (control.required && !value) return control instanceof HTMLSelectElement ? this.t.choose : this.t.required;
    if (!value || control instanceof HTMLSelectElement) return null;
    const min = Number(control.getAttribute('minlength') ?? 0);
    const max = Number(control.getAttribute('maxlength') ?? 0);
    if (min && value.length < min) return fill(this.t.tooShort, { n: min });
    if (max && value.length > max) return fill(this.t.tooLong, { n: max });
    if (control.type === 'email' && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value)) return this.t.badEmail;
    return null;
  }

  focusFirstInvalid(): void {
    this.form.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }

  /** Writes the status line (announced politely); an optional link follows the text. */
  say(kind: 'info' | 'error' | 'success', text: string, link?: { href: string; text: string }): void {
    this.status.className = `form-status${kind === 'info' ? '' : ` notice notice-${kind}`}`;
    const children: Node[] = [];
    if (text) {
      const p = document.createElement('p');
      p.textContent = text;
      if (link) {
        const a = document.createElement('a');
        a.href = link.href;
        a.textContent = link.text;
        p.append(' ', a);
      }
      children.push(p);
    }
    this.status.replaceChildren(...children);
  }

  busy(on: boolean): void {
    const button = this.form.querySelector<HTMLButtonElement>('button[type="submit"]');
    this.form.setAttribute('aria-busy', String(on));
    if (!button) return;
    button.disabled = on;
    if (on) {
      button.dataset.label ??= button.textContent ?? '';
      button.textContent = this.t.sending;
    } else if (button.dataset.label !== undefined) {
      button.textContent = button.dataset.label;
    }
  }

  value(name: string): string {
    const control = this.form.elements.namedItem(name);
    return control instanceof HTMLInputElement || control instanceof HTMLTextAreaElement || control instanceof HTMLSelectElement
      ? control.value
      : '';
  }
}
