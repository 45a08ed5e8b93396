// Loads rendered pages in headless Chromium (Debian's /usr/bin/chromium,
// driven by playwright-core) as readers would see them, and checks them:
// no console errors, nothing runs, no sideways scrolling on a phone, a
// visible skip link on the first Tab, and zero axe-core violations.
// Saves screenshots for people to look at.
//
// Usage: node tests/browser/check_page.mjs SCREENSHOT_DIR NAME=PAGE.html...
// A page named fragment* is content pasted into someone else's page: it
// brings no skip link of its own, so that check is left out for it, and it
// may load the stylesheet beside it (plan render --fragment --css).
// Prints one line per check and "N passed, N failed"; exits 1 on any failure.
import { chromium } from 'playwright-core';
import { createRequire } from 'node:module';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const require = createRequire(import.meta.url);
const axePath = require.resolve('axe-core/axe.min.js');

const [shotDir, ...pages] = process.argv.slice(2);
if (!shotDir || pages.length === 0) {
  console.error('usage: node check_page.mjs SCREENSHOT_DIR NAME=PAGE.html...');
  process.exit(2);
}
mkdirSync(shotDir, { recursive: true });

let passed = 0;
let failed = 0;
function check(name, ok, detail = '') {
  if (ok) passed++;
  else failed++;
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${name}${!ok && detail ? `\n     ${detail}` : ''}`);
}

const widths = [
  { label: 'desktop', width: 1280, height: 900 },
  { label: 'phone', width: 375, height: 812 },
  { label: 'small-phone', width: 320, height: 640 },
];

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
         '--disable-component-update', '--disable-sync'],
});

try {
  for (const spec of pages) {
    const eq = spec.indexOf('=');
    const name = spec.slice(0, eq);
    const url = pathToFileURL(resolve(spec.slice(eq + 1))).href;
    for (const size of widths) {
      // bypassCSP lets axe be injected; it also lifts the page's own ban on
      // scripts, so nothing below relies on the CSP to keep hostile text inert.
      const context = await browser.newContext({
        viewport: { width: size.width, height: size.height },
        bypassCSP: true,
      });
      const page = await context.newPage();
      const errors = [];
      const dialogs = [];
      const requests = [];
      page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
      page.on('pageerror', (e) => errors.push(String(e)));
      page.on('dialog', async (d) => { dialogs.push(d.message()); await d.dismiss(); });
      // A fragment's host page may link the stylesheet --css wrote, beside it.
      const own = (u) => u === url || (name.startsWith('fragment') &&
        u.endsWith('.css') && u.startsWith(url.slice(0, url.lastIndexOf('/') + 1)));
      page.on('request', (r) => { if (!own(r.url())) requests.push(r.url()); });
      await page.goto(url, { waitUntil: 'load' });
      const where = `${name} at ${size.width}px`;

      check(`${where}: no console errors`, errors.length === 0, errors.join(' | '));
      check(`${where}: no dialogs opened`, dialogs.length === 0, dialogs.join(' | '));
      check(`${where}: loads nothing else`, requests.length === 0, requests.join(' | '));
      const inert = await page.evaluate(() => ({
        scripts: document.querySelectorAll('script').length,
        handlers: [...document.querySelectorAll('*')].flatMap((el) =>
          [...el.attributes].filter((a) => a.name.startsWith('on')).map((a) => `${el.tagName}[${a.name}]`)),
        jsLinks: [...document.querySelectorAll('[href],[src],[action],[formaction]')]
          .map((el) => el.getAttribute('href') || el.getAttribute('src') || el.getAttribute('action') || '')
          .filter((v) => /^\s*(javascript|vbscript|data):/i.test(v)),
      }));
      check(`${where}: no script, handler or javascript: link in the page`,
            inert.scripts === 0 && inert.handlers.length === 0 && inert.jsLinks.length === 0,
            JSON.stringify(inert));

      const overflow = await page.evaluate(() => ({
        scroll: document.documentElement.scrollWidth,
        client: document.documentElement.clientWidth,
      }));
      check(`${where}: no horizontal scrolling`, overflow.scroll <= overflow.client,
            `page is ${overflow.scroll}px wide in a ${overflow.client}px window`);

      if (!name.startsWith('fragment')) {
        await page.keyboard.press('Tab');
        const skip = await page.evaluate(() => {
          const el = document.activeElement;
          const box = el ? el.getBoundingClientRect() : { width: 0, height: 0 };
          return { text: el ? el.textContent : '', width: box.width, height: box.height };
        });
        check(`${where}: first Tab shows the skip link`,
              /skip/i.test(skip.text) && skip.width > 20 && skip.height > 10, JSON.stringify(skip));
        await page.screenshot({ path: `${shotDir}/${name}-${size.width}-skip-link.png` });
        await page.keyboard.press('Escape');
        await page.evaluate(() => document.activeElement && document.activeElement.blur());
      }

      await page.screenshot({ path: `${shotDir}/${name}-${size.width}.png`, fullPage: true });

      await page.addScriptTag({ path: axePath });
      const result = await page.evaluate(async () => {
        // eslint-disable-next-line no-undef
        const r = await axe.run(document, { resultTypes: ['violations'] });
        return r.violations.map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.slice(0, 3)
          .map((n) => n.target.join(' ')).join(', ')}`);
      });
      check(`${where}: axe-core finds no violations`, result.length === 0, result.join('\n     '));
      await context.close();
    }

    const context = await browser.newContext({ viewport: { width: 794, height: 1123 } });
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'load' });
    await page.emulateMedia({ media: 'print' });
    const printOverflow = await page.evaluate(() =>
      document.documentElement.scrollWidth <= document.documentElement.clientWidth);
    check(`${name} printed (A4 width): fits the page`, printOverflow);
    await page.screenshot({ path: `${shotDir}/${name}-print.png`, fullPage: true });
    await context.close();
  }
} finally {
  await browser.close();
}

console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
