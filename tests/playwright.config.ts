import { defineConfig } from '@playwright/test';
import fs from 'node:fs';

// Debian's Chromium where it exists (this machine and CI cannot download Playwright's browsers);
// Playwright's own browser elsewhere.
const systemChromium = '/usr/bin/chromium';

// The CLI the specs run says its errors in the user's locale (src/cli/language.ts); they read its English.
process.env.KELISIM_LANG ??= 'en';

export default defineConfig({
  testDir: './e2e',
  outputDir: '../test-results/e2e',
  timeout: 120_000,
  expect: { timeout: 15_000 },
  fullyParallel: false,
  workers: 1,
  reporter: [['list']],
  use: {
    viewport: { width: 1366, height: 768 },
    locale: 'kk-KZ',
    launchOptions: {
      executablePath: fs.existsSync(systemChromium) ? systemChromium : undefined,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
});
