import type { Core } from '@strapi/strapi';
import { loadEnv } from '@vzd/config';

const confirmationTemplate = `<p>Вітаємо!</p>
<p>Щоб підтвердити адресу електронної пошти на платформі «ВзаємоДія», перейдіть за посиланням:</p>
<p><a href="<%= URL %>?confirmation=<%= CODE %>"><%= URL %>?confirmation=<%= CODE %></a></p>
<hr>
<p>Hello!</p>
<p>To confirm your email address on VzayemoDiia, open this link:</p>
<p><a href="<%= URL %>?confirmation=<%= CODE %>"><%= URL %>?confirmation=<%= CODE %></a></p>`;

const resetTemplate = `<p>Ви попросили змінити пароль на платформі «ВзаємоДія». Посилання діє одну годину:</p>
<p><a href="<%= URL %>?code=<%= TOKEN %>"><%= URL %>?code=<%= TOKEN %></a></p>
<p>Якщо це були не ви, просто проігноруйте цей лист.</p>
<hr>
<p>You asked to change your VzayemoDiia password. The link works for one hour:</p>
<p><a href="<%= URL %>?code=<%= TOKEN %>"><%= URL %>?code=<%= TOKEN %></a></p>
<p>If it was not you, ignore this message.</p>`;

/**
 * Citizen accounts are users-permissions accounts; this sets the rules we rely on: confirmed email before
 * anything counts, one account per address, and links that lead back to our own site pages.
 */
export async function configureAccounts(strapi: Core.Strapi): Promise<void> {
  const env = loadEnv();
  const store = strapi.store({ type: 'plugin', name: 'users-permissions' });
  const advanced = ((await store.get({ key: 'advanced' })) ?? {}) as Record<string, unknown>;
  await store.set({
    key: 'advanced',
    value: {
      ...advanced,
      unique_email: true,
      allow_register: true,
      email_confirmation: true,
      email_confirmation_redirection: `${env.PUBLIC_URL}/uk/account/confirmed/`,
      email_reset_password: `${env.PUBLIC_URL}/uk/account/reset/`,
      default_role: 'authenticated',
    },
  });

  const emails = ((await store.get({ key: 'email' })) ?? {}) as Record<string, unknown>;
  const from = { name: 'ВзаємоДія / VzayemoDiia', email: env.MAIL_FROM.replace(/^.*<|>.*$/g, '') };
  await store.set({
    key: 'email',
    value: {
      ...emails,
      email_confirmation: {
        display: 'Email.template.email_confirmation',
        icon: 'check-square',
        options: { from, response_email: '', object: 'Підтвердіть адресу / Confirm your email', message: confirmationTemplate },
      },
      reset_password: {
        display: 'Email.template.reset_password',
        icon: 'sync',
        options: { from, response_email: '', object: 'Зміна пароля / Password reset', message: resetTemplate },
      },
    },
  });
}
