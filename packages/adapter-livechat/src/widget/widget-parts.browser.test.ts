import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromiumLaunchOptions, hasChromium } from '@parley/core/testing';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, startHarness } from '../test-support/harness.js';
import { widgetScript } from '../widget-script.js';

const OUT = fileURLToPath(new URL('../../test-output/', import.meta.url));
const NONCE = 'r4nd0mN0nce';

// Pages under the CSPs docs/livechat.md describes: scripts from the widget's origin
// ('self'), or only with the page's nonce; no 'unsafe-inline' anywhere.
const policies = (port: number): Record<string, string> => ({
  self: `default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' blob:; connect-src 'self' ws://127.0.0.1:${port}`,
  nonce: `default-src 'none'; script-src 'nonce-${NONCE}'; style-src 'self'; img-src 'self' blob:; connect-src ws://127.0.0.1:${port}`,
});

describe.skipIf(!hasChromium)(
  'CH5: the widget loads its parts on first use (skipped only when /usr/bin/chromium is absent)',
  { timeout: 60_000 },
  () => {
    let t: Harness;
    let browser: Browser;
    // Every request for the widget's route, as the page asked for it.
    let asked: string[] = [];

    beforeAll(async () => {
      mkdirSync(OUT, { recursive: true });
      t = await startHarness({
        script: async () => 'echo',
        http: (req, res) => {
          const url = new URL(req.url ?? '/', 'http://127.0.0.1');
          if (url.pathname === '/widget.js' || url.pathname === '/old-route.js') {
            asked.push(url.search);
            res.setHeader('content-type', 'text/javascript; charset=utf-8');
            res.setHeader('cache-control', 'public, max-age=300');
            // The old route ignores `?part=` and always answers the first script.
            const which = url.pathname === '/widget.js' ? req.url : undefined;
            void widgetScript(which).then(
              (js) => res.end(js),
              () => {
                res.statusCode = 404;
                res.end();
              },
            );
            return;
          }
          const policy = url.searchParams.get('csp') ?? 'self';
          const port = Number(new URL(t.url).port);
          res.setHeader('content-security-policy', policies(port)[policy]!);
          res.setHeader('content-type', 'text/html; charset=utf-8');
          const src = url.searchParams.has('old') ? '/old-route.js' : '/widget.js';
          const lang = url.searchParams.get('lang') ?? 'en';
          res.end(
            `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>Shop</title></head><body><main><h1>Batik shop</h1></main><script src="${src}" nonce="${NONCE}" data-channel="web" data-lang="${lang}" data-greeting="Hi! Ask us about sizes and delivery."></script></body></html>`,
          );
        },
      });
      t.chat.attach(t.server);
      browser = await chromium.launch(chromiumLaunchOptions);
    });
    afterAll(async () => {
      await browser?.close();
      await t?.close();
    });

    const origin = () => `http://127.0.0.1:${new URL(t.url).port}`;
    // CSP violations the page reports, collected from before the widget runs.
    async function open(path: string, viewport: { width: number; height: number }) {
      const context = await browser.newContext({ viewport });
      const p = await context.newPage();
      await p.addInitScript(() => {
        const seen: string[] = [];
        (window as unknown as { violations: string[] }).violations = seen;
        document.addEventListener('securitypolicyviolation', (e) =>
          seen.push(`${e.violatedDirective} ${e.blockedURI}`),
        );
      });
      const warnings: string[] = [];
      p.on('console', (m) => warnings.push(m.text()));
      asked = [];
      await p.goto(`${origin()}${path}`);
      return { context, p, warnings };
    }
    const violations = (p: Page) =>
      p.evaluate(() => (window as unknown as { violations: string[] }).violations);

    for (const [policy, viewport] of [
      ['self', { width: 1000, height: 760 }],
      ['nonce', { width: 375, height: 740 }],
    ] as const) {
      it(`CH5: the panel loads on the first click and the emoji grid on its first use, under a ${policy} CSP (${viewport.width} px)`, async () => {
        const { context, p } = await open(`/?csp=${policy}`, viewport);
        const bubble = p.getByRole('button', { name: 'Open chat' });
        await bubble.waitFor();
        // A page that shows the bubble has loaded the first script and nothing else.
        expect(asked).toEqual(['']);

        await bubble.click();
        await p.getByRole('dialog', { name: 'Chat with us' }).waitFor();
        await p.getByText('Hi! Ask us about sizes and delivery.').waitFor();
        expect(asked).toEqual(['', '?part=panel']);

        await p.getByRole('button', { name: 'Emoji' }).click();
        const grid = p.getByRole('group', { name: 'Emoji' });
        await grid.getByRole('button', { name: '👍' }).click();
        expect(asked).toEqual(['', '?part=panel', '?part=extras']);
        expect(await p.getByLabel('Type a message…').inputValue()).toBe('👍');
        await p.getByRole('button', { name: 'Emoji' }).click();
        await grid.waitFor();
        // The part's CSS came too: the grid is laid out as a grid, above the composer.
        expect(
          await p.evaluate(() => {
            const el = document
              .querySelector('parley-livechat')
              ?.shadowRoot?.querySelector<HTMLElement>('.emoji');
            return el ? getComputedStyle(el).display : '';
          }),
        ).toBe('grid');
        await p.screenshot({ path: `${OUT}widget-parts-emoji-${viewport.width}.png` });
        // Each part once: closing and opening the grid again asks for nothing.
        await p.getByRole('button', { name: 'Emoji' }).click();
        await grid.waitFor({ state: 'hidden' });
        await p.getByRole('button', { name: 'Emoji' }).click();
        await grid.waitFor();
        await p.getByRole('button', { name: 'Emoji' }).click();
        expect(asked).toEqual(['', '?part=panel', '?part=extras']);

        await p.getByLabel('Type a message…').fill('hello 👍');
        await p.keyboard.press('Enter');
        await p.getByText('echo', { exact: true }).waitFor();
        expect(await violations(p)).toEqual([]);
        await context.close();
      });
    }

    it('CH5: another language is a part asked before the bubble shows, also under a nonce CSP', async () => {
      const { context, p } = await open('/?csp=nonce&lang=id', { width: 1000, height: 760 });
      await p.getByRole('button', { name: 'Buka obrolan' }).click();
      await p.getByRole('dialog', { name: 'Chat dengan kami' }).waitFor();
      expect(asked).toEqual(['', '?part=id', '?part=panel']);
      expect(await violations(p)).toEqual([]);
      await context.close();
    });

    it('CH5: a route that ignores ?part= gets one widget and a warning that says what to fix', async () => {
      const { context, p, warnings } = await open('/?old', { width: 1000, height: 760 });
      await p.getByRole('button', { name: 'Open chat' }).click();
      await expect.poll(() => warnings.join('\n')).toMatch(/serve widgetScript\(req\.url\)/);
      expect(asked).toEqual(['', '?part=panel']);
      expect(await p.locator('parley-livechat').count()).toBe(1);
      await context.close();
    });
  },
);
