import { mkdirSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { openaiAssistant } from '@parley/assistant';
import { contentText } from '@parley/core';
import { chromiumLaunchOptions, hasChromium, type Rgb, testPng } from '@parley/core/testing';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TeamStatus } from '../protocol.js';
import { type Harness, startHarness } from '../test-support/harness.js';
import { widgetScript } from '../widget-script.js';

const OUT = fileURLToPath(new URL('../../test-output/', import.meta.url));
const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);
/** A real 160×100 PNG (a striped swatch), so the screenshot shows a picture. */
function swatch(): Buffer {
  const bands: Rgb[] = [
    [122, 62, 20],
    [230, 180, 90],
    [40, 70, 110],
  ];
  return testPng(160, 100, (x, y) => bands[Math.floor((x + y) / 12) % 3]!);
}
const PNG = swatch();
const ANSWER = 'Thanks, we got it!';
const REPLY = ['Our batik ', 'shirts ship ', 'in two days. ', 'Tracking comes ', 'by email.'];

/**
 * A model server on loopback that streams its answer as SSE chunks and stops halfway
 * until `release()`, so the browser shows the reply being written.
 */
async function pausingModel(): Promise<{ server: Server; url: string; release(): void }> {
  let release: () => void = () => {};
  let midway = new Promise<void>((r) => (release = r));
  const server = createServer((req, res) => {
    let raw = '';
    req.on('data', (c) => (raw += c));
    req.on('end', async () => {
      const asked = JSON.stringify(JSON.parse(raw).messages.at(-1));
      res.writeHead(200, { 'content-type': 'text/event-stream' });
      const chunk = (delta: object, finish: string | null = null) =>
        res.write(
          `data: ${JSON.stringify({ id: 'c1', object: 'chat.completion.chunk', created: 0, model: 'm', choices: [{ index: 0, delta, finish_reason: finish, logprobs: null }] })}\n\n`,
        );
      chunk({ role: 'assistant', content: '' });
      // Only the shipping question pauses; anything else is answered at once.
      if (asked.includes('ship')) {
        for (const piece of REPLY.slice(0, 3)) chunk({ content: piece });
        await midway;
        midway = new Promise<void>((r) => (release = r));
        for (const piece of REPLY.slice(3)) chunk({ content: piece });
      } else {
        chunk({ content: ANSWER });
      }
      chunk({}, 'stop');
      res.end('data: [DONE]\n\n');
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return { server, url: `http://127.0.0.1:${port}/v1`, release: () => release() };
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

describe.skipIf(!hasChromium)(
  'CH5: widget journeys in headless Chromium (skipped only when /usr/bin/chromium is absent)',
  { timeout: 90_000 },
  () => {
    let t: Harness;
    let browser: Browser;
    let model: Awaited<ReturnType<typeof pausingModel>>;
    let team: TeamStatus = { status: 'online', replyTime: 'We usually reply in a few minutes' };

    beforeAll(async () => {
      mkdirSync(OUT, { recursive: true });
      model = await pausingModel();
      t = await startHarness({
        chat: { status: () => team },
        assistant: (clock) =>
          openaiAssistant({ baseURL: model.url, apiKey: 'k', model: 'm', clock, env: {} }),
        http: (req, res) => {
          if ((req.url ?? '/').startsWith('/widget.js')) {
            res.setHeader('content-type', 'text/javascript');
            void widgetScript(req.url).then((js) => res.end(js));
            return;
          }
          const prechat = (req.url ?? '/').startsWith('/prechat')
            ? ' data-prechat="name,email"'
            : '';
          res.setHeader('content-type', 'text/html; charset=utf-8');
          res.end(
            `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>Shop</title></head><body><main><h1>Batik shop</h1></main><script src="/widget.js" data-channel="web" data-lang="en" data-greeting="Hi! Ask us about sizes and delivery."${prechat}></script></body></html>`,
          );
        },
      });
      t.chat.attach(t.server);
      browser = await chromium.launch(chromiumLaunchOptions);
    });
    afterAll(async () => {
      await browser?.close();
      await t?.close();
      await new Promise<void>((r) => model?.server.close(() => r()));
    });

    for (const [size, viewport] of [
      ['desktop', { width: 1100, height: 760 }],
      ['phone', { width: 375, height: 740 }],
    ] as const) {
      it(`CH5: pre-chat form, an image attachment, then a streamed AI reply (${size})`, async () => {
        team = { status: 'online', replyTime: 'We usually reply in a few minutes' };
        const context = await browser.newContext({ viewport, isMobile: size === 'phone' });
        const p = await context.newPage();
        await p.goto(`http://127.0.0.1:${new URL(t.url).port}/prechat`);
        await p.getByRole('button', { name: 'Open chat' }).click();
        // The team's status and reply time come from the server's status option.
        await p.getByText('We usually reply in a few minutes').waitFor();
        expect(await p.locator('.presence').textContent()).toBe('Online');
        await p.getByLabel('Name').fill(`Dewi ${size}`);
        await p.getByLabel('E-mail').fill(`dewi.${size}@example.co.id`);
        await p.getByRole('button', { name: 'Start chat' }).click();
        await p.getByLabel('Type a message…').waitFor();

        // A file of the wrong type is refused in the browser, with the limit said.
        await p.locator('input[type=file]').setInputFiles({
          name: 'notes.txt',
          mimeType: 'text/plain',
          buffer: Buffer.from('hello'),
        });
        await p.getByText('Send an image or PDF up to 5 MB.').waitFor();
        await p.locator('input[type=file]').setInputFiles({
          name: 'shirt.png',
          mimeType: 'image/png',
          buffer: PNG,
        });
        await p.locator('.msg.in img').waitFor();
        await p.locator('.msg.in .meta span[title="Sent"]').first().waitFor();
        await p.getByText(ANSWER).waitFor();
        expect(await p.locator('.msg.in img').getAttribute('src')).toMatch(/^blob:/);

        // The emoji picker inserts at the caret.
        await p.getByLabel('Type a message…').fill('How fast do you ship? ');
        await p.getByRole('button', { name: 'Emoji' }).click();
        await p.getByRole('button', { name: '👍' }).click();
        expect(await p.getByLabel('Type a message…').inputValue()).toBe('How fast do you ship? 👍');
        await p.keyboard.press('Enter');

        // The reply is visible half written, before the model has finished.
        const draft = p.locator('.msg.draft');
        await draft.getByText('Our batik shirts ship in two days.').waitFor();
        expect(await p.getByText('Tracking comes by email.').count()).toBe(0);
        expect(await draft.locator('.who').textContent()).toBe('SofiaAI');
        await p.screenshot({ path: `${OUT}widget-streaming-${size}.png` });
        model.release();
        await p.locator('.msg.out:not(.draft)').getByText(REPLY.join('')).waitFor();
        expect(await draft.count()).toBe(0);
        await p.screenshot({ path: `${OUT}widget-attachment-${size}.png` });

        expect(await axeSerious(p)).toEqual([]);
        const { items } = await t.desk.inbox.list({ search: `Dewi ${size}` });
        const stored = await t.desk.inbox.messages(items[0]!.conversation.id);
        expect(items[0]!.contact.email).toBe(`dewi.${size}@example.co.id`);
        expect(items[0]!.conversation.language).toBe('en');
        expect(stored.map((m) => `${m.direction}:${m.content.type}`)).toEqual([
          'inbound:media',
          'outbound:text',
          'inbound:text',
          'outbound:text',
        ]);
        // The streamed reply is recorded once, whole.
        expect(stored.filter((m) => contentText(m.content) === REPLY.join(''))).toHaveLength(1);
        await context.close();
        expect(t.errors).toEqual([]);
      });
    }

    it('CH5: while the team is away the widget asks for an email; the contact gets it (phone)', async () => {
      team = { status: 'away', replyTime: 'We reply within one working day' };
      const context = await browser.newContext({
        viewport: { width: 375, height: 740 },
        isMobile: true,
      });
      const p = await context.newPage();
      await p.goto(`http://127.0.0.1:${new URL(t.url).port}/`);
      await p.getByRole('button', { name: 'Open chat' }).click();
      await p.getByText('We are away right now.').waitFor();
      expect(await p.locator('.presence').textContent()).toBe('Away');
      await p.getByText('We reply within one working day').waitFor();
      await p.getByLabel('E-mail').fill('rudi@example');
      await p.getByRole('button', { name: 'Start chat' }).click();
      expect(await p.getByLabel('E-mail').getAttribute('aria-invalid')).toBe('true');
      await p.screenshot({ path: `${OUT}widget-offline-phone.png` });
      expect(await axeSerious(p)).toEqual([]);
      await p.getByLabel('E-mail').fill('rudi@example.com');
      await p.getByRole('button', { name: 'Start chat' }).click();
      await p.getByLabel('Type a message…').fill('Do you have size XL?');
      await p.keyboard.press('Enter');
      await p.getByText(ANSWER).waitFor();
      const { items } = await t.desk.inbox.list({ search: 'size XL' });
      expect(items[0]!.contact.email).toBe('rudi@example.com');
      await context.close();
      expect(t.errors).toEqual([]);
    });
  },
);
