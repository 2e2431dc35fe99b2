import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { chromiumLaunchOptions, hasChromium } from '@parley/core/testing';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestConsole, type TestConsole } from './support.js';

const OUT = fileURLToPath(new URL('../test-output/', import.meta.url));
const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);
const desktop = { width: 1280, height: 800 };
const phone = { width: 375, height: 740 };

/** Serious and critical axe-core violations on the page as it is now. */
async function axeProblems(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: axeSource });
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run(): Promise<{
            violations: Array<{ id: string; impact: string; nodes: Array<{ target: string[] }> }>;
          }>;
        };
      }
    ).axe;
    return (await axe.run()).violations;
  });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

describe.skipIf(!hasChromium)(
  'the console in headless Chromium (skipped only when /usr/bin/chromium is absent)',
  { timeout: 120_000 },
  () => {
    let c: TestConsole;
    let browser: Browser;
    const shot = (p: Page, name: string) =>
      p.screenshot({ path: `${OUT}${name}.png`, fullPage: false });

    async function signedIn(user: string, password: string, viewport = desktop): Promise<Page> {
      const context = await browser.newContext({ viewport, bypassCSP: true, locale: 'en-US' });
      const page = await context.newPage();
      await page.goto(`${c.url}/console/`);
      await page.getByLabel('User name').fill(user);
      await page.getByLabel('Password').fill(password);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.getByText('Live', { exact: true }).waitFor();
      return page;
    }

    beforeAll(async () => {
      mkdirSync(OUT, { recursive: true });
      // The fake clock starts at the real time: the reports page opens on the last 7 days.
      c = await startTestConsole(new Date().toISOString());
      browser = await chromium.launch(chromiumLaunchOptions);
    });
    afterAll(async () => {
      await browser?.close();
      await c?.close();
    });

    it('IN1/IN2: two operators sign in; Maria takes over, answers with a canned reply and transfers to João on his phone', async () => {
      await c.t.desk.teams.setPresence('joao', 'away');
      await c.t.customer('ana', { name: 'Ana Souza' }).send('What are your opening hours?');
      await c.t.customer('bia', { name: 'Bia Lima' }).send('I want to talk to a person');

      const maria = await signedIn('maria', 'maria-secret-1');
      // Settings (admin): a canned reply with a shortcut.
      await maria.getByRole('link', { name: 'Settings' }).click();
      await maria.getByLabel('Shortcut').fill('hours');
      await maria
        .getByLabel('Text', { exact: true })
        .fill('We are open 9 to 18, Monday to Friday.');
      await maria.getByRole('button', { name: 'Add', exact: true }).click();
      await maria.getByRole('button', { name: 'Save' }).click();
      await maria.getByText('Saved.').waitFor();
      await maria.getByRole('link', { name: 'Inbox' }).click();

      // The list (IN1): both customers, Bia waiting for a human or already Maria's.
      await maria.locator('.rowbtn', { hasText: 'Ana Souza' }).waitFor();
      await maria.locator('.rowbtn', { hasText: 'Bia Lima' }).click();
      await maria.getByText('Handed to humans: customer asked').waitFor();
      await maria.locator('.msg', { hasText: 'Passing you to our team.' }).waitFor();
      // Maria already holds it (the team assigned it to her): the badge says so.
      await maria.getByText('Human: you').waitFor();
      const reply = maria.getByLabel('Reply', { exact: true });
      await reply.fill('/ho');
      await maria.getByRole('option', { name: /\/hours/ }).waitFor();
      await reply.press('Enter');
      expect(await reply.inputValue()).toBe('We are open 9 to 18, Monday to Friday.');
      await reply.press('Enter');
      await maria.locator('.msg.operator', { hasText: 'We are open 9 to 18' }).waitFor();
      expect(c.t.customer('bia').lastText()).toBe('We are open 9 to 18, Monday to Friday.');
      await maria.getByLabel('New label').first().fill('Follow Up');
      await maria.getByRole('button', { name: 'Add label' }).first().click();
      await maria.getByRole('button', { name: 'Remove label Follow Up' }).waitFor();
      await shot(maria, 'console-desktop-chat');
      expect(await axeProblems(maria)).toEqual([]);

      // João signs in on his phone and goes online.
      const joao = await signedIn('joao', 'joao-secret-1', phone);
      await joao.getByLabel('Status').selectOption('online');
      await joao.locator('.rowbtn', { hasText: 'Ana Souza' }).waitFor();
      await shot(joao, 'console-phone-list');

      // Maria transfers Bia to João.
      await maria.getByRole('button', { name: 'Transfer' }).click();
      await maria.locator('#transfer-target').selectOption('operator:joao');
      await maria.locator('#transfer-go').click();
      await maria.getByText('Human: João').waitFor();

      // João sees it assigned to him, opens it full screen and answers.
      await joao.locator('.rowbtn', { hasText: 'Bia Lima' }).getByText('· João').waitFor();
      await joao.locator('.rowbtn', { hasText: 'Bia Lima' }).click();
      await joao.getByText('Human: you').waitFor();
      expect(await joao.locator('.list').isVisible()).toBe(false);
      await joao.getByLabel('Reply', { exact: true }).fill('Hi Bia, João here. How can I help?');
      await joao.getByRole('button', { name: 'Send' }).click();
      await joao.locator('.msg.operator', { hasText: 'João here' }).waitFor();
      await shot(joao, 'console-phone-chat');
      expect(await axeProblems(joao)).toEqual([]);
      const width = await joao.evaluate(() => document.documentElement.scrollWidth);
      expect(width).toBeLessThanOrEqual(375);
      await joao.getByRole('button', { name: 'Mark solved' }).click();
      await joao.getByRole('button', { name: 'Reopen' }).waitFor();
      await joao.getByRole('button', { name: 'Back' }).click();
      await joao.locator('.views').getByRole('button', { name: 'Solved' }).click();
      await joao.locator('.rowbtn', { hasText: 'Bia Lima' }).waitFor();
      // João is not an admin: no reports.
      expect(await joao.getByRole('link', { name: 'Reports' }).count()).toBe(0);
      expect(c.t.errors).toEqual([]);
    });

    it('IN6: the reports page shows the day’s figures with charts, on desktop and on a phone', async () => {
      for (const [name, viewport] of [
        ['desktop', desktop],
        ['phone', phone],
      ] as const) {
        const maria = await signedIn('maria', 'maria-secret-1', viewport);
        await maria.getByRole('link', { name: 'Reports' }).click();
        const tiles = maria.locator('.tiles');
        await tiles.getByText(/^2 \(AI 1 · Human 1\)$/).waitFor();
        await maria.locator('svg.chart').first().waitFor();
        expect(await maria.locator('svg.chart rect.ai').count()).toBeGreaterThan(0);
        expect(await maria.locator('.report-table tbody tr').count()).toBe(7);
        await shot(maria, `reports-${name}`);
        expect(await axeProblems(maria)).toEqual([]);
        await maria.getByLabel('Group by').selectOption('operator');
        await maria.getByRole('button', { name: 'Show', exact: true }).click();
        await maria.locator('.report-table tbody tr', { hasText: 'João' }).waitFor();
        const href = await maria.getByRole('link', { name: 'Export CSV' }).getAttribute('href');
        expect(href).toMatch(/\/console\/api\/reports\/export\?.*by=operator.*format=csv/);
        await maria.context().close();
      }
    });
  },
);
