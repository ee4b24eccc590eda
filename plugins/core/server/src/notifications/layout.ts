import { escapeHtml, type Language, type RenderedMail } from './render';

const FOOTER = {
  uk: {
    sender: 'Цей лист надіслала платформа електронної демократії «ВзаємоДія».',
    unsubscribe: 'Більше не отримувати такі листи',
  },
  en: {
    sender: 'This message was sent by the VzayemoDiia e-democracy platform.',
    unsubscribe: 'Stop receiving messages like this',
  },
} as const;

/**
 * Wraps a rendered template into the mail a person receives: a plain HTML page in the recipient's language and a
 * footer naming the sender, with the one-click unsubscribe link when the mail is one a person can stop.
 */
export function layoutMail(body: RenderedMail, language: Language, unsubscribeUrl: string | null): RenderedMail {
  const f = FOOTER[language];
  const textFooter = ['', '--', f.sender, ...(unsubscribeUrl ? [`${f.unsubscribe}: ${unsubscribeUrl}`] : [])].join('\n');
  const htmlFooter =
    `<p>${escapeHtml(f.sender)}</p>` +
    (unsubscribeUrl ? `<p><a href="${escapeHtml(unsubscribeUrl)}">${escapeHtml(f.unsubscribe)}</a></p>` : '');
  const html =
    `<!doctype html><html lang="${language}"><head><meta charset="utf-8"><title>${escapeHtml(body.subject)}</title></head>` +
    `<body style="font-family:system-ui,sans-serif;line-height:1.5;max-width:40em;margin:0 auto;padding:1em;color:#1a1a1a">` +
    `${body.html}<hr style="border:0;border-top:1px solid #ccc;margin-top:2em">` +
    `<div style="font-size:small;color:#555">${htmlFooter}</div></body></html>`;
  return { subject: body.subject, text: `${body.text.replace(/\s+$/, '')}\n${textFooter}\n`, html };
}
