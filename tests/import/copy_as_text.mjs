// A saved web page as a reader's copy of it: the page opened in Chromium,
// everything selected, and the selection's text (what "Select all" then
// "Copy" puts on the clipboard as plain text). Makes a corpus layout's
// page.txt from its page.html, so the two forms hold the same page.
// Usage: node tests/import/copy_as_text.mjs PAGE.html > page.txt
import { chromium } from 'playwright-core';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
         '--disable-component-update', '--disable-sync'],
});
try {
  const page = await browser.newPage();
  await page.goto(pathToFileURL(resolve(process.argv[2])).href);
  const text = await page.evaluate(() => {
    window.getSelection().selectAllChildren(document.body);
    return window.getSelection().toString();
  });
  process.stdout.write(text.endsWith('\n') ? text : text + '\n');
} finally {
  await browser.close();
}
