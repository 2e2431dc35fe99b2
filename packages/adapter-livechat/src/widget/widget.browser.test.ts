import { mkdirSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { fileURLToPath } from 'node:url';
import { contentText } from '@parley/core';
import { chromiumLaunchOptions, hasChromium } from '@parley/core/testing';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, PATH, startHarness, triageMenu } from '../test-support/harness.js';
import { widgetScript } from '../widget-script.js';

const OUT = fileURLToPath(new URL('../../test-output/', import.meta.url));

// Page rules that would wreck an unprotected widget; the shadow root keeps them out.
const hostileCss = `
  * { color: #f0f !important; font-size: 31px !important; letter-spacing: 6px !important; }
  button { display: none !important; }
  div, section { border: 4px dashed lime !important; padding: 40px !important; }
  textarea { visibility: hidden !important; }
  parley-livechat { display: none !important; opacity: 0 !important; }
`;

// With no data-server the widget connects to its own host at /parley/livechat.
const page = (port: number, lang: string, explicitServer: boolean) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Demo shop</title><style>${hostileCss}</style></head>
<body><h1>Demo shop</h1><p>Batik shirts, sandals and more.</p>
<script src="/widget.js" data-channel="web" data-lang="${lang}" data-link-domains="toko.id"${explicitServer ? ` data-server="ws://127.0.0.1:${port}${PATH}"` : ''}></script>
</body></html>`;

describe.skipIf(!hasChromium)(
  'CH5: the widget in headless Chromium (skipped only when /usr/bin/chromium is absent)',
  { timeout: 60_000 },
  () => {
    let t: Harness;
    let browser: Browser;
    let release: () => void = () => {};
    let leaks = 0;
    // A reply that would load, run or link something if the widget rendered markup.
    const hostile = (port: number) =>
      `<img src="http://127.0.0.1:${port}/leak?via=img" onerror="window.__pwned=1"> ` +
      `![x](http://127.0.0.1:${port}/leak?via=markdown) [click me](javascript:window.__pwned=2) ` +
      '<script>window.__pwned=3</script> <b>bold?</b> ' +
      'https://toko.id/promo https://m.toko.id/a https://toko.id.evil.example/login';
    const shot = (p: Page, name: string) => p.screenshot({ path: `${OUT}${name}.png` });

    beforeAll(async () => {
      mkdirSync(OUT, { recursive: true });
      const gate = new Promise<void>((r) => (release = r));
      let port = 0;
      const send = (res: ServerResponse, type: string, body: string) => {
        res.setHeader('content-type', type);
        res.end(body);
      };
      t = await startHarness({
        chat: { rate: { burst: 200, perSecond: 10 } },
        script: async (input) => {
          const content = input.turn[0]!.content;
          if (content.type === 'choice') return `You picked ${content.title}`;
          const text = contentText(content);
          if (text === 'hi') return triageMenu;
          if (text === 'hostile please') return hostile(port);
          if (text === 'slow question') {
            await gate;
            return 'A slow answer';
          }
          return `echo: ${text}`;
        },
        http: (req, res) => {
          const url = new URL(req.url ?? '/', 'http://127.0.0.1');
          if (url.pathname === '/leak') leaks++;
          if (url.pathname === '/widget.js') {
            void widgetScript(req.url).then((js) => send(res, 'text/javascript', js));
          } else if (url.pathname === '/') {
            const lang = url.searchParams.get('lang');
            if (lang !== null) {
              // A strict policy: no inline styles or scripts; the widget must still work.
              res.setHeader(
                'content-security-policy',
                `default-src 'self'; style-src 'self'; connect-src 'self' ws://127.0.0.1:${port}`,
              );
            }
            send(res, 'text/html; charset=utf-8', page(port, lang ?? 'en', lang === null));
          } else {
            res.statusCode = 404;
            res.end();
          }
        },
      });
      port = Number(new URL(t.url).port);
      t.chat.attach(t.server);
      browser = await chromium.launch(chromiumLaunchOptions);
    });

    afterAll(async () => {
      await browser?.close();
      await t?.close();
    });

    const origin = () => `http://127.0.0.1:${new URL(t.url).port}`;
    const focused = (p: Page) =>
      p.evaluate(() => {
        const el = document.querySelector('parley-livechat')?.shadowRoot?.activeElement;
        return el
          ? `${el.tagName.toLowerCase()}${el.className ? `.${el.className}` : ''}`
          : undefined;
      });

    it('CH5/RT2: open, send, see the reply, click a menu button, reload and see the history', async () => {
      const context = await browser.newContext({ viewport: { width: 1000, height: 760 } });
      const p = await context.newPage();
      await p.goto(`${origin()}/`);

      // The hostile page CSS neither hides nor restyles the bubble.
      const bubble = p.getByRole('button', { name: 'Open chat' });
      await bubble.waitFor();
      expect(await bubble.boundingBox()).toMatchObject({ width: 56, height: 56 });

      // Keyboard only: Tab to the bubble, Enter opens, focus lands in the composer.
      await p.keyboard.press('Tab');
      expect(await focused(p)).toBe('button.bubble');
      await p.keyboard.press('Enter');
      const dialog = p.getByRole('dialog', { name: 'Chat with us' });
      await dialog.waitFor();
      expect(await focused(p)).toBe('textarea');

      await p.keyboard.type('hi');
      await p.keyboard.press('Enter');
      await p.getByText('How can we help?').waitFor();
      await p.getByRole('group', { name: 'Options' }).waitFor();
      // The assistant's name heads its run of messages, tagged as AI.
      await p.getByText('SofiaAI', { exact: true }).waitFor();
      await p.getByLabel('Sent').first().waitFor();
      await shot(p, 'widget-menu');

      await p.getByRole('button', { name: 'Sales' }).click();
      await p.getByText('You picked Sales').waitFor();
      expect(await p.getByRole('button', { name: 'Sales' }).isDisabled()).toBe(true);

      // The business typing indicator shows while the assistant works.
      await p.getByLabel('Type a message…').fill('slow question');
      await p.getByRole('button', { name: 'Send' }).click();
      await p.getByText('Typing…').waitFor();
      await shot(p, 'widget-typing');
      release();
      await p.getByText('A slow answer').waitFor();
      await p.getByText('Typing…').waitFor({ state: 'hidden' });

      // Esc closes the panel and gives focus back to the bubble.
      await p.keyboard.press('Escape');
      await dialog.waitFor({ state: 'hidden' });
      expect(await focused(p)).toBe('button.bubble');

      // A reload resumes the session (token in localStorage) with the history.
      await p.reload();
      await p.getByRole('button', { name: 'Open chat' }).click();
      for (const text of [
        'hi',
        'How can we help?',
        'You picked Sales',
        'slow question',
        'A slow answer',
      ]) {
        await p.getByText(text, { exact: true }).waitFor();
      }
      expect(await p.getByRole('button', { name: 'Sales' }).isDisabled()).toBe(true);
      const stored = await p.evaluate(() => localStorage.getItem('parley.livechat.web'));
      expect(stored?.length).toBeGreaterThanOrEqual(32);
      await shot(p, 'widget-after-reload');
      expect(t.errors).toEqual([]);
      await context.close();
    });

    it('P-30, CH5: markup in a reply is shown as text: no element, script or image load comes of it, and links only to allowed domains', async () => {
      const context = await browser.newContext({ viewport: { width: 1000, height: 760 } });
      const p = await context.newPage();
      await p.goto(`${origin()}/`);
      await p.getByRole('button', { name: 'Open chat' }).click();
      await p.getByLabel('Type a message…').fill('hostile please');
      await p.getByRole('button', { name: 'Send' }).click();
      await p.getByText('<script>window.__pwned=3</script>', { exact: false }).waitFor();
      const rendered = await p.evaluate(() => {
        const root = document.querySelector('parley-livechat')?.shadowRoot;
        const last = [...(root?.querySelectorAll('.msg') ?? [])].at(-1);
        return {
          text: last?.textContent ?? '',
          elements: [...(last?.querySelectorAll('img, script, b, iframe, object') ?? [])].map(
            (e) => e.tagName,
          ),
          links: [...(last?.querySelectorAll('a') ?? [])].map((a) => [
            a.getAttribute('href'),
            a.getAttribute('rel'),
          ]),
          pwned: (window as unknown as { __pwned?: number }).__pwned,
        };
      });
      expect(rendered.text).toContain('![x](http://127.0.0.1:');
      expect(rendered.text).toContain('<b>bold?</b>');
      expect(rendered.elements).toEqual([]);
      // Plain http(s) addresses become links a visitor may click (never loaded on their
      // own); the javascript: one stays text.
      for (const [href, rel] of rendered.links) {
        expect(href).toMatch(/^https?:\/\/[^)]*[^).]$/);
        expect(rel).toBe('noopener noreferrer');
      }
      expect(rendered.links.some(([href]) => href?.startsWith('javascript'))).toBe(false);
      // Links only to the page's own site and the listed domains (data-link-domains).
      expect(rendered.links.map(([href]) => new URL(href!).hostname)).toEqual([
        '127.0.0.1',
        '127.0.0.1',
        'toko.id',
        'm.toko.id',
      ]);
      expect(rendered.text).toContain('https://toko.id.evil.example/login');
      expect(rendered.pwned).toBeUndefined();
      expect(leaks).toBe(0);
      await shot(p, 'widget-hostile-reply');
      await context.close();
    });

    it('CH5: after a server restart the widget reconnects with back-off and sends what was typed offline', async () => {
      const context = await browser.newContext();
      const p = await context.newPage();
      await p.goto(`${origin()}/`);
      await p.getByRole('button', { name: 'Open chat' }).click();
      await p.getByLabel('Type a message…').fill('before restart');
      await p.keyboard.press('Enter');
      await p.getByText('echo: before restart').waitFor();

      await t.desk.stop();
      await p.getByText('Connection lost. Reconnecting…').waitFor();
      await p.getByLabel('Type a message…').fill('typed while offline');
      await p.keyboard.press('Enter');
      await p.getByLabel('Sending').waitFor();
      await shot(p, 'widget-offline');

      await t.desk.start();
      await p.getByText('echo: typed while offline').waitFor();
      await p.getByText('Connection lost. Reconnecting…').waitFor({ state: 'hidden' });
      expect(await p.getByText('typed while offline', { exact: true }).count()).toBe(1);

      // Closed panel: a new business message shows as an unread count on the bubble.
      await p.keyboard.press('Escape');
      const { items } = await t.desk.inbox.list();
      const row = items.find(
        (i) => i.conversation.lastMessage?.text === 'echo: typed while offline',
      );
      await t.desk.inbox.reply(row!.conversation.id, 'An operator says hi', {
        operatorId: 'maria',
      });
      await p.getByRole('button', { name: 'Open chat (1 new messages)' }).click();
      await p.getByText('An operator says hi').waitFor();
      await p.getByText('Maria', { exact: true }).waitFor();
      await shot(p, 'widget-operator');
      await context.close();
    });

    it('CH5: texts follow data-lang (id, pt); default server is the script host; works under a strict CSP', async () => {
      const context = await browser.newContext();
      const p = await context.newPage();
      await p.goto(`${origin()}/?lang=id`);
      const bubble = p.getByRole('button', { name: 'Buka obrolan' });
      await bubble.waitFor();
      // Styled under a CSP without 'unsafe-inline' (constructed stylesheet).
      expect(await bubble.boundingBox()).toMatchObject({ width: 56, height: 56 });
      await bubble.click();
      await p.getByRole('dialog', { name: 'Chat dengan kami' }).waitFor();
      await p.getByPlaceholder('Ketik pesan…').fill('halo');
      await p.keyboard.press('Enter');
      await p.getByText('echo: halo').waitFor();
      await p.getByLabel('Terkirim').waitFor();
      await shot(p, 'widget-id');
      await p.goto(`${origin()}/?lang=pt`);
      await p.getByRole('button', { name: 'Abrir chat' }).click();
      await p.getByRole('button', { name: 'Enviar' }).waitFor();
      await context.close();
    });
  },
);
