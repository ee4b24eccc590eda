import { escapeHtml } from './render';

interface Bilingual {
  uk: string;
  en: string;
}

export type UnsubscribePageState =
  | { kind: 'confirm'; what: Bilingual; action: string }
  | { kind: 'done'; what: Bilingual }
  | { kind: 'invalid' };

const page = (title: string, body: string) =>
  `<!doctype html><html lang="uk"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">` +
  `<meta name="robots" content="noindex"><title>${escapeHtml(title)}</title>` +
  `<style>body{font-family:system-ui,sans-serif;line-height:1.5;max-width:36em;margin:2em auto;padding:0 1em;color:#1a1a1a}` +
  `button{font:inherit;padding:.5em 1.2em;cursor:pointer}section+section{margin-top:1.5em;border-top:1px solid #ddd;padding-top:1em}</style>` +
  `</head><body>${body}</body></html>`;

/**
 * The tiny page behind the unsubscribe link, in Ukrainian and English. Opening the link only asks; the button (or a
 * mail client's RFC 8058 one-click POST) does it, so a link scanner that follows every URL unsubscribes nobody.
 */
export function unsubscribePage(state: UnsubscribePageState): string {
  if (state.kind === 'invalid') {
    return page(
      'Посилання недійсне / Invalid link',
      `<section lang="uk"><h1>Посилання недійсне</h1><p>Це посилання для відписки пошкоджене або неповне. Скопіюйте його з листа повністю.</p></section>` +
        `<section lang="en"><h1>Invalid link</h1><p>This unsubscribe link is damaged or incomplete. Copy the whole link from the message.</p></section>`,
    );
  }
  const what = { uk: escapeHtml(state.what.uk), en: escapeHtml(state.what.en) };
  if (state.kind === 'done') {
    return page(
      'Ви відписалися / You are unsubscribed',
      `<section lang="uk"><h1>Ви відписалися</h1><p>Ви більше не отримуватимете: ${what.uk}.</p></section>` +
        `<section lang="en"><h1>You are unsubscribed</h1><p>You will no longer receive: ${what.en}.</p></section>`,
    );
  }
  return page(
    'Відписатися / Unsubscribe',
    `<form method="post" action="${escapeHtml(state.action)}">` +
      `<section lang="uk"><h1>Відписатися?</h1><p>Ви більше не отримуватимете: ${what.uk}.</p></section>` +
      `<section lang="en"><h1>Unsubscribe?</h1><p>You will no longer receive: ${what.en}.</p></section>` +
      `<p><button type="submit">Відписатися / Unsubscribe</button></p></form>`,
  );
}
