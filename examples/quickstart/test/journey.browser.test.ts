import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromiumLaunchOptions, hasChromium } from '@parley/core/testing';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { texts } from '../src/shop/config.js';
import { startTestQuickstart, type TestQuickstart } from './support/start.js';

const OUT = fileURLToPath(new URL('../test-output/', import.meta.url));

describe.skipIf(!hasChromium)(
  'the quickstart in headless Chromium (skipped only when /usr/bin/chromium is absent)',
  { timeout: 90_000 },
  () => {
    let t: TestQuickstart;
    let browser: Browser;
    const shot = (p: Page, name: string) => p.screenshot({ path: `${OUT}${name}.png` });
    const filter = (p: Page, name: string) =>
      p.getByRole('group', { name: 'Show' }).getByRole('button', { name });

    beforeAll(async () => {
      mkdirSync(OUT, { recursive: true });
      t = await startTestQuickstart();
      browser = await chromium.launch(chromiumLaunchOptions);
    });

    afterAll(async () => {
      await browser?.close();
      await t?.close();
    });

    it('CH5/RT2/AI3/IN1/IN2/IN6: a visitor asks the assistant, gets Maria, and rates the help', async () => {
      const shop = await (
        await browser.newContext({ viewport: { width: 1200, height: 800 } })
      ).newPage();
      const desk = await (
        await browser.newContext({ viewport: { width: 1400, height: 800 } })
      ).newPage();
      await desk.goto(`${t.url}/console/`);
      await desk.getByText('No conversations here.').waitFor();
      await desk.getByText('Live', { exact: true }).waitFor();

      // The visitor: menu buttons (RT2), an answer from the XLSX price list (AI3).
      await shop.goto(`${t.url}/`);
      await shop.getByRole('button', { name: 'Open chat' }).click();
      await shop.getByLabel('Type a message…').fill('hi');
      await shop.keyboard.press('Enter');
      await shop.getByRole('button', { name: 'Products & prices' }).click();
      await shop.getByText('Ask me about a product by its name').waitFor();
      await shop.getByText('AuroraAI', { exact: true }).first().waitFor();
      await shop.getByLabel('Type a message…').fill('How much is the Trail Runner 2?');
      await shop.keyboard.press('Enter');
      await shop.getByText('Trail Runner 2 shoes: $129, 14 in stock').waitFor();
      await shop.getByLabel('Type a message…').fill('I want to talk to a person');
      await shop.keyboard.press('Enter');
      await shop.getByText('passing you to a member of our team').waitFor();

      // The operator: the row says a human is needed (IN1); take over and reply (IN2).
      const row = desk.locator('.rowbtn', { hasText: 'Needs a human' });
      await row.waitFor();
      expect(await row.textContent()).toMatch(/Human/);
      await row.click();
      await desk.getByText('Handed to humans: human-request').waitFor();
      await desk.getByRole('button', { name: 'Take over' }).click();
      await desk.getByText('Human: you').waitFor();
      await desk.getByLabel('Reply', { exact: true }).fill('Hi, I am Maria. Size 42 is in stock!');
      await desk.keyboard.press('Enter');

      // The visitor sees Maria's reply, by name; reading it shows "Seen" in the console.
      await shop.getByText('Hi, I am Maria. Size 42 is in stock!').waitFor();
      await shop.getByText('Maria', { exact: true }).waitFor();
      await desk.locator('.msg', { hasText: 'Size 42 is in stock' }).getByText(/Seen$/).waitFor();

      // Contact panel (IN2): rename, label, note.
      await desk.getByLabel('Name', { exact: true }).fill('Ana Souza');
      await desk.getByRole('button', { name: 'Rename' }).click();
      await desk.locator('.rowbtn', { hasText: 'Ana Souza' }).waitFor();
      await desk.getByLabel('New label').first().fill('Follow Up');
      await desk.getByRole('button', { name: 'Add label' }).first().click();
      await desk.getByRole('button', { name: 'Remove label Follow Up' }).waitFor();
      await desk
        .getByLabel('New note')
        .fill('Runs marathons; offer the Trail Runner 2 socks bundle.');
      await desk.getByRole('button', { name: 'Add note' }).click();
      await desk.getByText('Runs marathons').waitFor();
      await shot(desk, 'console-human');

      // Solve (IN2) sends the survey (IN6); the visitor rates 5; the console shows it.
      await desk.getByRole('button', { name: 'Mark solved' }).click();
      await shop.getByText(texts.csatQuestion).waitFor();
      await shop.getByRole('button', { name: 'Excellent' }).click();
      await shop.getByText(texts.csatThanks).waitFor();
      await desk.getByText('Rated 5/5 by the customer').waitFor();
      expect(await t.desk.csat.responses()).toMatchObject([{ score: 5, operatorId: 'maria' }]);
      await shot(shop, 'shop-visitor');

      // Filters (IN1): the conversation is under Solved, not under Unread once read.
      await filter(desk, 'Solved').click();
      await desk.locator('.rowbtn', { hasText: 'Ana Souza' }).waitFor();
      await filter(desk, 'Unread').click();
      await desk.getByText('No conversations here.').waitFor();
      // All lists open conversations: the solved one is only under Solved.
      await filter(desk, 'All').click();
      await desk.getByText('No conversations here.').waitFor();
      await shot(desk, 'console-solved');
      expect(t.errors).toEqual([]);
    });

    it('IN2: mark unread, hand back to AI, and the assistant answers again', async () => {
      const shop = await (await browser.newContext()).newPage();
      const desk = await (
        await browser.newContext({ viewport: { width: 1400, height: 800 } })
      ).newPage();
      await shop.goto(`${t.url}/`);
      await shop.getByRole('button', { name: 'Open chat' }).click();
      await shop.getByLabel('Type a message…').fill('hello');
      await shop.keyboard.press('Enter');
      await shop.getByRole('button', { name: 'Talk to a person' }).click();
      await shop.getByText(texts.teamAutoMessage).waitFor();

      await desk.goto(`${t.url}/console/`);
      await desk.locator('.rowbtn', { hasText: 'Needs a human' }).click();
      await desk.getByRole('button', { name: 'Mark unread' }).click();
      await desk.locator('.rowbtn', { hasText: 'Needs a human' }).getByLabel('1 Unread').waitFor();
      await filter(desk, 'Unread').click();
      await desk.locator('.rowbtn', { hasText: 'Needs a human' }).waitFor();
      await filter(desk, 'All').click();
      await desk.getByRole('button', { name: 'Hand back to AI' }).click();
      await desk.getByText('AI answers').waitFor();

      await shop.getByLabel('Type a message…').fill('Do you have a physical store?');
      await shop.keyboard.press('Enter');
      await shop.getByText('120 Ridge Road').waitFor();
      await desk.locator('.messages').getByText('120 Ridge Road').waitFor();
      expect(t.errors).toEqual([]);
    });
  },
);
