// Makes the README's screenshots of the bundled plan's page (docs/*.png):
// the top of the page on a desktop, and recommendation 28 on a phone.
// Usage: build/plan render --as-of 2025-01-01 -o build/docs-page.html &&
//        node tests/browser/docs_screenshots.mjs build/docs-page.html docs
import { chromium } from 'playwright-core';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const [pagePath, outDir] = process.argv.slice(2);
const url = pathToFileURL(resolve(pagePath)).href;
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
         '--disable-component-update', '--disable-sync'],
});
try {
  const desktop = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
  await desktop.goto(url);
  await desktop.screenshot({ path: `${outDir}/render-desktop.png` });

  const phone = await browser.newPage({ viewport: { width: 375, height: 800 }, deviceScaleFactor: 2 });
  await phone.goto(url);
  await phone.locator('#recommendation-28').screenshot({ path: `${outDir}/render-phone.png` });
} finally {
  await browser.close();
}
