// Checks `plan render --fragment` inside a force website's page whose own
// stylesheet is aggressive (host-site.css), in headless Chromium: the
// fragment brings no h1, its headings start at the level asked for, every
// class and id in it starts with plan-, and the host's leaking styles do not
// reach it (capitals, letter spacing, heading borders, ::before bullets,
// list markers, content-box sizing), while its own styles do not leak out
// (the host's h1 keeps its capitals).
// Usage: node check_fragment.mjs NAME=PAGE.html=FIRST_HEADING_LEVEL...
import { chromium } from 'playwright-core';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

let passed = 0;
let failed = 0;
function check(name, ok, detail = '') {
  if (ok) passed++;
  else failed++;
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${name}${!ok && detail ? `\n     ${detail}` : ''}`);
}

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
         '--disable-component-update', '--disable-sync'],
});
try {
  for (const spec of process.argv.slice(2)) {
    const [name, file, level] = spec.split('=');
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(pathToFileURL(resolve(file)).href, { waitUntil: 'load' });
    const r = await page.evaluate(() => {
      const root = document.querySelector('.plan-page');
      const inside = root ? [root, ...root.querySelectorAll('*')] : [];
      const bad = (list) => list.slice(0, 5).join(', ');
      const heads = [...root.querySelectorAll('h1, h2, h3, h4, h5, h6')];
      const style = (el, pseudo) => getComputedStyle(el, pseudo);
      return {
        found: !!root,
        badClasses: bad(inside.flatMap((el) => [...el.classList]).filter((c) => !c.startsWith('plan-'))),
        badIds: bad(inside.map((el) => el.id).filter((id) => id &&
          !/^(plan-|recommendation-|evidence-)/.test(id))),
        h1: root.querySelectorAll('h1').length,
        firstHeading: heads.length ? heads[0].tagName : '',
        capitals: bad(heads.filter((h) => style(h).textTransform !== 'none').map((h) => h.textContent)),
        spacing: bad(heads.filter((h) => style(h).letterSpacing !== 'normal').map((h) => h.textContent)),
        italic: bad(heads.filter((h) => style(h).fontStyle !== 'normal').map((h) => h.textContent)),
        borders: bad(heads.filter((h) => style(h).borderBottomStyle !== 'none').map((h) => h.textContent)),
        centred: bad(heads.filter((h) => !['left', 'start'].includes(style(h).textAlign)).map((h) => h.textContent)),
        bullets: bad([...root.querySelectorAll('li, dt, p, span')]
          .filter((el) => !['none', 'normal'].includes(style(el, '::before').content))
          .map((el) => `${el.tagName} ${style(el, '::before').content}`)),
        markers: bad([...root.querySelectorAll('.plan-evidence > li, .plan-tiles > li, .plan-toc li, .plan-updates > li')]
          .filter((li) => style(li).listStyleType !== 'none').map((li) => style(li).listStyleType)),
        shaded: bad([...root.querySelectorAll('.plan-evidence > li, .plan-toc li, .plan-updates > li')]
          .filter((li) => style(li).backgroundColor !== 'rgba(0, 0, 0, 0)').map((li) => style(li).backgroundColor)),
        justified: bad([...root.querySelectorAll('p')].filter((el) => style(el).textAlign === 'justify')
          .map((el) => el.textContent.slice(0, 30))),
        spans: bad([...root.querySelectorAll('span')].filter((s) => style(s).textTransform !== 'none')
          .map((s) => s.textContent)),
        sizing: bad(inside.filter((el) => style(el).boxSizing !== 'border-box').map((el) => el.tagName)),
        hostH1: style(document.querySelector('body > main > h1, main.content > h1')).textTransform,
      };
    });
    check(`${name}: the fragment is there`, r.found);
    check(`${name}: every class in it starts with plan-`, r.badClasses === '', r.badClasses);
    check(`${name}: every id in it starts with plan- (or is a recommendation's anchor)`, r.badIds === '', r.badIds);
    check(`${name}: no h1 of its own`, r.h1 === 0, `${r.h1} h1`);
    check(`${name}: headings start at h${level}`, r.firstHeading === `H${level}`, r.firstHeading);
    check(`${name}: headings not in capitals`, r.capitals === '', r.capitals);
    check(`${name}: headings not letter-spaced`, r.spacing === '', r.spacing);
    check(`${name}: headings not in italics`, r.italic === '', r.italic);
    check(`${name}: headings without the host's borders`, r.borders === '', r.borders);
    check(`${name}: headings aligned left`, r.centred === '', r.centred);
    check(`${name}: no ::before bullets from the host`, r.bullets === '', r.bullets);
    check(`${name}: no list markers on its own lists`, r.markers === '', r.markers);
    check(`${name}: list items not shaded by the host`, r.shaded === '', r.shaded);
    check(`${name}: paragraphs not justified by the host`, r.justified === '', r.justified);
    check(`${name}: text not lower-cased by the host`, r.spans === '', r.spans);
    check(`${name}: border-box sizing throughout`, r.sizing === '', r.sizing);
    check(`${name}: its styles do not leak out (the host's h1 keeps its capitals)`, r.hostH1 === 'uppercase', r.hostH1);
    await context.close();
  }
} finally {
  await browser.close();
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
