import { chromium } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { bundleForPage } from '/work/wt/reader/tests/bench/bundle.mjs';
const b = await bundleForPage({ RapportExtract: 'src/context/extract.ts', RapportDom: 'src/context/dom.ts' });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage();
page.on('console', (m) => console.log('console:', m.text()));
await page.setContent(readFileSync('tests/fixtures/demo-classic/chart-1.html', 'utf8'));
await page.addScriptTag({ path: b.RapportExtract });
await page.addScriptTag({ path: b.RapportDom });
console.log(await page.evaluate(async () => {
  try {
    const vis = new globalThis.RapportDom.VisibilityChecker(document); const el = document.querySelector('table#pt-header'); const r = el.getBoundingClientRect(); const cs = getComputedStyle(el); return JSON.stringify({vis: vis.isVisible(el), cv: el.checkVisibility({opacityProperty:true, visibilityProperty:true, contentVisibilityAuto:true}), r, fs: cs.fontSize, color: cs.color, html: document.documentElement.getBoundingClientRect().width});
    return JSON.stringify(await globalThis.RapportExtract.extractClientContext(document, 'http://127.0.0.1:8765/classic/chart/1', {}));
  } catch (e) { return 'ERR ' + e.stack; }
}));
await browser.close();
