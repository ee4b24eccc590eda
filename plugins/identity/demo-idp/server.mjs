// Demo identity provider: a real OpenID Connect provider (oidc-provider) with invented people, for development and
// tests only. Citizens go through its own login and consent pages, exactly as with Diia or BankID; nothing is
// skipped. Started by launch.ts as a child process; configured by the DEMO_IDP_CONFIG environment variable (JSON).
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import Provider from 'oidc-provider';

const config = JSON.parse(process.env.DEMO_IDP_CONFIG ?? '{}');
const host = config.host ?? '127.0.0.1';
const LABEL = 'Демо-постачальник ідентифікації / Demo identity provider';

/** RNOKPP check digit (weights of the State Tax Service), so invented numbers look like real ones. */
const withCheckDigit = (nine) => {
  const weights = [-1, 5, 7, 9, 4, 6, 10, 5, 7];
  const sum = [...nine].reduce((s, d, i) => s + Number(d) * weights[i], 0);
  return `${nine}${(sum % 11) % 10}`;
};

const demoPersons = JSON.parse(readFileSync(new URL('./persons.json', import.meta.url), 'utf8'));
// Tests get people of their own, so no test depends on which demo person another test has used.
const testPersons = Array.from({ length: config.testPersons ?? 0 }, (_, i) => {
  const n = String(i + 1).padStart(2, '0');
  return { id: `test-${n}`, givenName: 'Тестова', familyName: `Особа ${n}`, rnokpp: withCheckDigit(`39${String(i + 1).padStart(7, '0')}`), community: 'bucha' };
});
const persons = new Map([...demoPersons, ...testPersons].map((p) => [p.id, p]));

const claimsOf = (p) => ({
  sub: p.id,
  name: `${p.givenName} ${p.familyName}`,
  given_name: p.givenName,
  family_name: p.familyName,
  rnokpp: p.rnokpp,
  ...(p.community ? { community: p.community } : {}),
});

const escape = (s) =>
  String(s).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);

const page = (title, body) => `<!doctype html>
<html lang="uk"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(title)} — ${LABEL}</title>
<style>
 body{font:16px/1.5 system-ui,sans-serif;max-width:36rem;margin:2rem auto;padding:0 1rem;color:#1b1b1b}
 .banner{background:#fff3cd;border:2px solid #b58100;padding:.75rem 1rem;border-radius:.5rem}
 .banner strong{display:block;font-size:1.15rem}
 fieldset{border:1px solid #888;border-radius:.5rem;margin:1rem 0}
 label{display:block;padding:.35rem 0}
 button{font:inherit;padding:.5rem 1.25rem;margin:.25rem .5rem .25rem 0;border-radius:.35rem;border:1px solid #1b1b1b;cursor:pointer}
 button.primary{background:#0b5394;color:#fff;border-color:#0b5394}
</style></head>
<body>
<div class="banner" role="note"><strong>${LABEL}</strong>
Це не Дія і не BankID: люди й номери вигадані, лише для розробки та тестів.
<br>This is not Diia or BankID: the people and numbers are invented, for development and tests only.</div>
<h1>${escape(title)}</h1>
${body}
</body></html>`;

const send = (res, status, html) => {
  res.writeHead(status, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
  res.end(html);
};

const readForm = (req) =>
  new Promise((resolve, reject) => {
    let raw = '';
    req.setEncoding('utf8');
    req.on('data', (chunk) => {
      raw += chunk;
      if (raw.length > 10_000) req.destroy(new Error('form too large'));
    });
    req.on('end', () => resolve(new URLSearchParams(raw)));
    req.on('error', reject);
  });

const CLAIM_LABELS = {
  name: 'ПІБ / Full name',
  given_name: 'Ім’я / Given name',
  family_name: 'Прізвище / Family name',
  rnokpp: 'РНОКПП (ідентифікаційний код) / Taxpayer number',
  community: 'Громада проживання / Community of residence',
};
const SCOPE_CLAIMS = {
  openid: ['sub'],
  profile: ['name', 'given_name', 'family_name'],
  rnokpp: ['rnokpp'],
  community: ['community'],
};

function loginPage(uid, clientName) {
  const choices = [...persons.values()]
    .map(
      (p, i) =>
        `<label><input type="radio" name="person" value="${escape(p.id)}"${i === 0 ? ' checked' : ''}> ${escape(p.givenName)} ${escape(p.familyName)}` +
        ` — РНОКПП ${escape(p.rnokpp)}${p.community ? `, ${escape(p.community)}` : ''}</label>`,
    )
    .join('\n');
  return page(
    'Вхід / Sign in',
    `<p>«${escape(clientName)}» просить підтвердити вашу особу. Оберіть демо-особу, від імені якої увійти.<br>
     “${escape(clientName)}” asks to verify your identity. Choose the demo person to sign in as.</p>
     <form method="post" action="/interaction/${escape(uid)}/login">
       <fieldset><legend>Демо-особи / Demo people</legend>${choices}</fieldset>
       <button class="primary" type="submit">Увійти / Sign in</button>
     </form>
     <form method="post" action="/interaction/${escape(uid)}/abort"><button type="submit">Скасувати / Cancel</button></form>`,
  );
}

function consentPage(uid, clientName, person, scopes) {
  const claims = scopes.flatMap((s) => SCOPE_CLAIMS[s] ?? []).filter((c) => CLAIM_LABELS[c]);
  const items = claims.map((c) => `<li>${CLAIM_LABELS[c]}</li>`).join('');
  return page(
    'Згода / Consent',
    `<p>Ви увійшли як <strong>${escape(person ? `${person.givenName} ${person.familyName}` : '?')}</strong>.</p>
     <p>«${escape(clientName)}» отримає такі дані / will receive:</p><ul>${items}</ul>
     <form method="post" action="/interaction/${escape(uid)}/confirm"><button class="primary" type="submit">Дозволити / Allow</button></form>
     <form method="post" action="/interaction/${escape(uid)}/abort"><button type="submit">Відмовити / Deny</button></form>`,
  );
}

async function main() {
  const server = createServer();
  await new Promise((resolve) => server.listen(config.port ?? 0, host, resolve));
  const issuer = `http://${config.publicHost ?? host}:${server.address().port}`;

  const redirectUris = config.redirectUris?.length ? config.redirectUris : ['http://127.0.0.1/api/identity/verify/callback'];
  const loopback = redirectUris.every((u) => ['127.0.0.1', 'localhost', '[::1]'].includes(new URL(u).hostname));
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });

  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: config.clientId,
        client_secret: config.clientSecret,
        client_name: 'ВзаємоДія / VzayemoDiia',
        // A native client may come back to any port on this machine (RFC 8252 §7.3): the test server's port is
        // chosen after this provider starts.
        application_type: loopback ? 'native' : 'web',
        redirect_uris: redirectUris,
        grant_types: ['authorization_code'],
        response_types: ['code'],
        token_endpoint_auth_method: 'client_secret_basic',
      },
    ],
    jwks: { keys: [{ ...privateKey.export({ format: 'jwk' }), kid: 'demo-idp', use: 'sig', alg: 'RS256' }] },
    cookies: { keys: [randomBytes(32).toString('hex')] },
    claims: SCOPE_CLAIMS,
    scopes: Object.keys(SCOPE_CLAIMS),
    pkce: { required: () => true },
    features: { devInteractions: { enabled: false } },
    interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
    clientBasedCORS: () => false,
    ttl: { AccessToken: 300, AuthorizationCode: 60, IdToken: 300, Interaction: 600, Session: 600, Grant: 600 },
    async findAccount(_ctx, sub) {
      const person = persons.get(sub);
      return person ? { accountId: sub, claims: async () => claimsOf(person) } : undefined;
    },
    async renderError(ctx, out) {
      ctx.type = 'html';
      ctx.body = page('Помилка / Error', `<p>${escape(out.error)}</p><p>${escape(out.error_description ?? '')}</p>`);
    },
  });
  const handleProvider = provider.callback();

  async function interaction(req, res, uid, step) {
    const details = await provider.interactionDetails(req, res);
    if (details.uid !== uid) return send(res, 400, page('Помилка / Error', '<p>interaction mismatch</p>'));
    const client = await provider.Client.find(details.params.client_id);
    const clientName = client?.clientName ?? details.params.client_id;

    if (req.method === 'GET' && !step) {
      if (details.prompt.name === 'login') return send(res, 200, loginPage(uid, clientName));
      const scopes = String(details.params.scope ?? '').split(' ');
      return send(res, 200, consentPage(uid, clientName, persons.get(details.session?.accountId), scopes));
    }
    if (req.method !== 'POST') return send(res, 405, page('Помилка / Error', '<p>method not allowed</p>'));

    if (step === 'abort') {
      return provider.interactionFinished(req, res, { error: 'access_denied', error_description: 'End-User denied the request' }, { mergeWithLastSubmission: false });
    }
    if (step === 'login' && details.prompt.name === 'login') {
      const form = await readForm(req);
      const person = persons.get(form.get('person') ?? '');
      if (!person) return send(res, 400, loginPage(uid, clientName));
      return provider.interactionFinished(req, res, { login: { accountId: person.id } }, { mergeWithLastSubmission: false });
    }
    if (step === 'confirm' && details.prompt.name === 'consent') {
      const { prompt, params, session } = details;
      const grant = details.grantId
        ? await provider.Grant.find(details.grantId)
        : new provider.Grant({ accountId: session.accountId, clientId: params.client_id });
      if (prompt.details.missingOIDCScope) grant.addOIDCScope(prompt.details.missingOIDCScope.join(' '));
      if (prompt.details.missingOIDCClaims) grant.addOIDCClaims(prompt.details.missingOIDCClaims);
      if (prompt.details.missingResourceScopes) {
        for (const [indicator, scopes] of Object.entries(prompt.details.missingResourceScopes)) grant.addResourceScope(indicator, scopes.join(' '));
      }
      const grantId = await grant.save();
      return provider.interactionFinished(req, res, { consent: details.grantId ? {} : { grantId } }, { mergeWithLastSubmission: true });
    }
    return send(res, 400, page('Помилка / Error', '<p>unexpected step</p>'));
  }

  server.on('request', (req, res) => {
    const path = new URL(req.url ?? '/', issuer).pathname;
    const match = path.match(/^\/interaction\/([\w-]+)(?:\/(login|confirm|abort))?$/);
    if (!match) return handleProvider(req, res);
    interaction(req, res, match[1], match[2]).catch((error) => {
      send(res, 400, page('Помилка / Error', `<p>${escape(error.message)}</p>`));
    });
  });

  const stop = () => server.close(() => process.exit(0));
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
  process.on('disconnect', stop);
  const ready = { ready: true, issuer, persons: [...persons.keys()] };
  if (process.send) process.send(ready);
  else console.log(JSON.stringify(ready));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
