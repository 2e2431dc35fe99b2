import { existsSync } from 'node:fs';

/**
 * Where browser tests find Chromium: Debian's package by default, `CHROMIUM_PATH` to
 * override. Tests skip (saying so in their name) when it is absent; CI installs it.
 */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const hasChromium = existsSync(chromiumPath);

/**
 * Launch options for playwright-core's `chromium.launch()`: headless, and without the
 * background networking a closed sandbox refuses (it would stall start-up).
 */
export const chromiumLaunchOptions = {
  executablePath: chromiumPath,
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
};
