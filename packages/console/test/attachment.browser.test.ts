import { mkdirSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { livechat, widgetScript } from '@parley/adapter-livechat';
import { createDesk, createMemoryStore, type Desk } from '@parley/core';
import {
  chromiumLaunchOptions,
  createFakeClock,
  hasChromium,
  type Rgb,
  testPng,
} from '@parley/core/testing';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createConsole, nodeHandler, type ParleyConsole } from '../src/index.js';

const OUT = fileURLToPath(new URL('../test-output/', import.meta.url));
const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

/** A real striped PNG of `w`×`h` in `rgb` and white, so screenshots show a picture. */
function png(w: number, h: number, rgb: Rgb): Buffer {
  return testPng(w, h, (x) => (x % 20 < 10 ? rgb : [250, 250, 250]));
}

async function axeSerious(p: Page): Promise<string[]> {
  await p.addScriptTag({ content: axeSource });
  return p.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run(): Promise<{ violations: Array<{ id: string; impact: string; nodes: unknown[] }> }>;
        };
      }
    ).axe;
    return (await axe.run()).violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${JSON.stringify(v.nodes)}`);
  });
}

const loaded = (p: Page, selector: string) =>
  p
    .locator(selector)
    .last()
    .evaluate((img) => (img as HTMLImageElement).naturalWidth);

describe.skipIf(!hasChromium)(
  'IN2: attachments between the console and the widget in headless Chromium (skipped only when /usr/bin/chromium is absent)',
  { timeout: 120_000 },
  () => {
    let desk: Desk;
    let panel: ParleyConsole;
    let server: Server;
    let url: string;
    let browser: Browser;

    beforeAll(async () => {
      mkdirSync(OUT, { recursive: true });
      const clock = createFakeClock(new Date().toISOString());
      const chat = livechat({ allowedOrigins: '*' });
      desk = createDesk({
        clock,
        store: createMemoryStore({ clock }),
        teams: [{ id: 'support', operators: [{ id: 'maria', name: 'Maria', presence: 'online' }] }],
        channels: [{ id: 'web', name: 'Website', adapter: chat, route: { team: 'support' } }],
      });
      await desk.start();
      panel = createConsole({
        desk,
        // The host signs operators in; here a cookie names Maria.
        authenticate: (request) =>
          (request.headers.get('cookie') ?? '').includes('op=maria')
            ? { id: 'maria', name: 'Maria', tenantId: 'default', role: 'admin' }
            : undefined,
        readMedia: (link) => chat.readFile(link),
        presenceSyncMs: 0,
      });
      const handler = nodeHandler(panel);
      server = createServer((req, res) => {
        if ((req.url ?? '/').startsWith('/console')) return void handler(req, res);
        if ((req.url ?? '/').startsWith('/widget.js')) {
          res.setHeader('content-type', 'text/javascript');
          return void widgetScript(req.url).then((js) => res.end(js));
        }
        res.setHeader('content-type', 'text/html; charset=utf-8');
        res.end(
          '<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>Shop</title></head><body><main><h1>Batik shop</h1></main><script src="/widget.js" data-channel="web" data-lang="en" data-name="Sari Dewi"></script></body></html>',
        );
      });
      server.on('upgrade', (req, socket, head) => {
        if (!panel.handleUpgrade(req, socket, head)) chat.handleUpgrade(req, socket, head);
      });
      await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
      url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      browser = await chromium.launch(chromiumLaunchOptions);
    });
    afterAll(async () => {
      await browser?.close();
      panel?.close();
      server?.closeAllConnections();
      await new Promise<void>((r) => server?.close(() => r()));
      await desk?.stop();
    });

    for (const [size, viewport] of [
      ['desktop', { width: 1280, height: 800 }],
      ['phone', { width: 375, height: 740 }],
    ] as const) {
      it(`IN2: the visitor's image shows in the console; the operator's image reaches the widget (${size})`, async () => {
        const visitor = await (await browser.newContext({ viewport })).newPage();
        await visitor.goto(`${url}/`);
        await visitor.getByRole('button', { name: 'Open chat' }).click();
        await visitor.getByLabel('Type a message…').waitFor();
        await visitor.locator('input[type=file]').setInputFiles({
          name: `torn-${size}.png`,
          mimeType: 'image/png',
          buffer: png(120, 80, [200, 40, 40]),
        });
        await visitor.locator('.msg.in .meta span[title="Sent"]').first().waitFor();
        await visitor.getByLabel('Type a message…').fill(`The shirt arrived torn (${size})`);
        await visitor.keyboard.press('Enter');

        // bypassCSP only so axe-core can be injected; the console's own CSP is tested elsewhere.
        const context = await browser.newContext({ viewport, locale: 'en-US', bypassCSP: true });
        await context.addCookies([{ name: 'op', value: 'maria', url }]);
        const op = await context.newPage();
        await op.goto(`${url}/console/`);
        await op.locator('.rowbtn', { hasText: `arrived torn (${size})` }).click();
        // The visitor's file comes through the console's media route and `readMedia`.
        await op.locator('.msg img').first().waitFor();
        expect(await loaded(op, '.msg img')).toBe(120);
        await op.locator('input[type=file]').setInputFiles({
          name: 'replacement.png',
          mimeType: 'image/png',
          buffer: png(160, 100, [20, 90, 160]),
        });
        await op.locator('.msg.operator img').waitFor();
        expect(await loaded(op, '.msg.operator img')).toBe(160);
        await op.getByLabel('Reply', { exact: true }).fill('We are sending a new one today.');
        await op.getByRole('button', { name: 'Send' }).click();
        await op.locator('.msg.operator', { hasText: 'new one today' }).waitFor();
        await op.screenshot({ path: `${OUT}console-attachment-${size}.png` });
        expect(await axeSerious(op)).toEqual([]);

        // The widget shows the operator's image, fetched over its socket.
        await visitor.locator('.msg.out img').waitFor();
        await visitor.getByText('We are sending a new one today.').waitFor();
        await expect.poll(() => loaded(visitor, '.msg.out img'), { timeout: 10_000 }).toBe(160);
        await visitor.screenshot({ path: `${OUT}widget-operator-image-${size}.png` });
        await context.close();
        await visitor.context().close();
      });
    }
  },
);
