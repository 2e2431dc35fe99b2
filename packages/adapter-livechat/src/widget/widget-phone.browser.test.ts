import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { chromiumLaunchOptions, hasChromium } from '@parley/core/testing';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, startHarness } from '../test-support/harness.js';
import { widgetScript } from '../widget-script.js';

const OUT = fileURLToPath(new URL('../../test-output/', import.meta.url));
const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

describe.skipIf(!hasChromium)(
  'CH5: the widget on a 375 px phone (skipped only when /usr/bin/chromium is absent)',
  { timeout: 60_000 },
  () => {
    let t: Harness;
    let browser: Browser;

    beforeAll(async () => {
      mkdirSync(OUT, { recursive: true });
      t = await startHarness({
        script: (input) =>
          `echo: ${input.turn.map((m) => (m.content.type === 'text' ? m.content.text : '')).join()}`,
        http: (req, res) => {
          if ((req.url ?? '/').startsWith('/widget.js')) {
            res.setHeader('content-type', 'text/javascript');
            void widgetScript(req.url).then((js) => res.end(js));
            return;
          }
          res.setHeader('content-type', 'text/html; charset=utf-8');
          if ((req.url ?? '/').startsWith('/prechat')) {
            res.end(
              '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Shop</title></head><body><main><h1>Shop</h1></main><script src="/widget.js" data-channel="web" data-prechat="name,email,phone"></script></body></html>',
            );
            return;
          }
          res.end(
            '<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>Shop</title></head><body><main><h1>Shop</h1></main><script src="/widget.js" data-channel="web" data-color="#b4005a" data-greeting="Hi! Ask us anything about sizes and delivery." data-reply-time="We usually reply within 10 minutes."></script></body></html>',
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

    it('CH5: full screen with a 16 px input, times and a date separator; the launcher closes; no serious axe findings', async () => {
      const context = await browser.newContext({
        viewport: { width: 375, height: 740 },
        isMobile: true,
        hasTouch: true,
        bypassCSP: true,
      });
      const p = await context.newPage();
      await p.goto(`http://127.0.0.1:${new URL(t.url).port}/`);
      const launcher = p.getByRole('button', { name: 'Open chat' });
      await launcher.click();
      // While open, the launcher is the close button (and the panel's × too). The panel
      // is a part loaded on first use, so wait for it rather than count at once.
      await p.getByRole('button', { name: 'Close chat' }).first().waitFor();
      // The host's greeting and expected reply time head the chat before anything is said.
      await p.getByText('Hi! Ask us anything about sizes and delivery.').waitFor();
      await p.getByText('We usually reply within 10 minutes.').waitFor();
      await p.getByLabel('Type a message…').fill('hello');
      await p.keyboard.press('Enter');
      await p.getByText('echo: hello').waitFor();
      const box = await p.getByRole('dialog', { name: 'Chat with us' }).boundingBox();
      expect(box).toMatchObject({ x: 0, y: 0, width: 375, height: 740 });
      const fontSize = await p.evaluate(() => {
        const area = document
          .querySelector('parley-livechat')
          ?.shadowRoot?.querySelector('textarea');
        return area ? getComputedStyle(area).fontSize : '';
      });
      expect(fontSize).toBe('16px');
      const times = await p.evaluate(
        () =>
          document.querySelector('parley-livechat')?.shadowRoot?.querySelectorAll('.msg time')
            .length,
      );
      expect(times).toBe(2);
      // The harness desk runs on a fake clock (January 2026) and the visitor's own message
      // is stamped now: two days, two separators.
      expect(
        await p.evaluate(
          () =>
            document.querySelector('parley-livechat')?.shadowRoot?.querySelectorAll('.day').length,
        ),
      ).toBe(2);
      await p.screenshot({ path: `${OUT}widget-phone-open.png` });

      await p.addScriptTag({ content: axeSource });
      const serious = await p.evaluate(async () => {
        const axe = (
          window as unknown as {
            axe: { run(): Promise<{ violations: Array<{ id: string; impact: string }> }> };
          }
        ).axe;
        return (await axe.run()).violations
          .filter((v) => v.impact === 'serious' || v.impact === 'critical')
          .map(
            (v) =>
              `${v.id}: ${JSON.stringify((v as unknown as { nodes: Array<{ target: unknown; any: Array<{ message: string }> }> }).nodes.map((n) => [n.target, n.any[0]?.message]))}`,
          );
      });
      expect(serious).toEqual([]);

      await p.getByRole('button', { name: 'Close chat' }).first().click();
      await launcher.waitFor();
      await p.screenshot({ path: `${OUT}widget-phone-closed.png` });
      expect(t.errors).toEqual([]);
    });

    it('CH5: the pre-chat form asks name, e-mail and phone, refuses bad ones, and the contact gets them', async () => {
      const context = await browser.newContext({
        viewport: { width: 1000, height: 760 },
        bypassCSP: true,
      });
      const p = await context.newPage();
      await p.goto(`http://127.0.0.1:${new URL(t.url).port}/prechat`);
      await p.getByRole('button', { name: 'Open chat' }).click();
      await p.getByText('Tell us who you are').waitFor();
      expect(await p.getByLabel('Type a message…').isVisible()).toBe(false);
      await p.getByLabel('Name').fill('Dewi Lestari');
      await p.getByLabel('E-mail').fill('dewi@example');
      await p.getByLabel('Phone').fill('12');
      await p.getByRole('button', { name: 'Start chat' }).click();
      expect(await p.getByLabel('E-mail').getAttribute('aria-invalid')).toBe('true');
      expect(await p.getByLabel('Phone').getAttribute('aria-invalid')).toBe('true');
      expect(await p.getByLabel('Name').getAttribute('aria-invalid')).toBe('false');
      await p.screenshot({ path: `${OUT}widget-prechat-invalid.png` });
      await p.getByLabel('E-mail').fill('dewi@example.co.id');
      await p.getByLabel('Phone').fill('+62 812 3456 7890');
      await p.getByRole('button', { name: 'Start chat' }).click();
      const box = p.getByLabel('Type a message…');
      await box.waitFor();
      await box.fill('Is the batik shirt in stock?');
      await p.keyboard.press('Enter');
      await p.getByText('echo: Is the batik shirt in stock?').waitFor();
      const { items } = await t.desk.inbox.list({ search: 'batik' });
      expect(items[0]?.contact).toMatchObject({
        name: 'Dewi Lestari',
        email: 'dewi@example.co.id',
        phone: '+6281234567890',
      });
      // A reload does not ask again.
      await p.reload();
      await p.getByRole('button', { name: 'Open chat' }).click();
      await p.getByText('echo: Is the batik shirt in stock?').waitFor();
      expect(await p.getByText('Tell us who you are').count()).toBe(0);
      expect(t.errors).toEqual([]);
    });
  },
);
