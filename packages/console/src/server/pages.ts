import { type Locale, pickLocale } from '../web/i18n.js';

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

const loginTexts: Record<
  Locale,
  Record<'title' | 'user' | 'password' | 'submit' | 'wrong', string>
> = {
  en: {
    title: 'Sign in',
    user: 'User name',
    password: 'Password',
    submit: 'Sign in',
    wrong: 'Wrong user name or password, or too many attempts: wait 15 minutes.',
  },
  id: {
    title: 'Masuk',
    user: 'Nama pengguna',
    password: 'Kata sandi',
    submit: 'Masuk',
    wrong: 'Nama pengguna atau kata sandi salah, atau terlalu banyak percobaan: tunggu 15 menit.',
  },
  pt: {
    title: 'Entrar',
    user: 'Usuário',
    password: 'Senha',
    submit: 'Entrar',
    wrong: 'Usuário ou senha incorretos, ou tentativas demais: aguarde 15 minutos.',
  },
};

export function localeOf(request: Request): Locale {
  return pickLocale(request.headers.get('accept-language') ?? '');
}

/** The console's single page: the script draws everything from the API. */
export function appPage(o: { title: string; base: string; locale: Locale }): string {
  return `<!doctype html>
<html lang="${o.locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="parley-base" content="${esc(o.base)}">
<title>${esc(o.title)}</title>
<link rel="stylesheet" href="${esc(o.base)}/app.css">
</head>
<body>
<div id="app" class="app"><p class="boot">…</p></div>
<script type="module" src="${esc(o.base)}/app.js"></script>
</body>
</html>`;
}

/** The built-in sign-in form: plain HTML, works without scripts. */
export function loginPage(o: {
  title: string;
  base: string;
  locale: Locale;
  failed: boolean;
}): string {
  const t = loginTexts[o.locale];
  return `<!doctype html>
<html lang="${o.locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>${esc(t.title)} · ${esc(o.title)}</title>
<link rel="stylesheet" href="${esc(o.base)}/app.css">
</head>
<body class="login-body">
<main class="login">
<h1>${esc(o.title)}</h1>
<form method="post" action="${esc(o.base)}/login">
${o.failed ? `<p class="error" role="alert">${esc(t.wrong)}</p>` : ''}
<label>${esc(t.user)}<input name="username" autocomplete="username" required maxlength="200" autofocus></label>
<label>${esc(t.password)}<input name="password" type="password" autocomplete="current-password" required maxlength="1024"></label>
<button type="submit">${esc(t.submit)}</button>
</form>
</main>
</body>
</html>`;
}
