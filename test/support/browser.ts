import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/** Debian's chromium; the tests never download a browser of their own. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * True when browser tests can run. In CI a missing browser is a failure, not a skip,
 * so `describe.skipIf(!hasBrowser)` is only ever a local convenience.
 */
export const hasBrowser = existsSync(CHROMIUM) || Boolean(process.env.CI);

/** Launches headless Chromium with the flags that work on this sandboxed machine. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-quic',
      '--disable-sync',
    ],
  });
}
