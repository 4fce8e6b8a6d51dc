// node tests/bench/style-signals.mjs: which cheap signals the content script could watch tell of each way a page can
// hide a banner cell with no mutation (docs/reader-split.md, fourteenth session). A verdict cached across reads is safe
// only if some signal fires for every row: the first (a rule's declaration edited in place, as JSS sets dynamic
// values) fires none, and changes neither the sheets' count nor their rules' count nor any rule's identity.
import { chromium } from 'playwright-core';

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu'] });
const HTML = `<!doctype html><style id=s>.cell { color: black } @keyframes fade { from { opacity: 1 } to { opacity: 0 } }</style>
<div id=wrap><table><tr><td class=cell id=c>DOE, JANE</td><td id=d>MRN-1</td></tr></table></div>`;

/** One way to hide cell #c (run in the page; `sheet` is the page's style element's, `adopted` a constructed sheet adopted before). */
const attack = async (name) => {
  const sheet = document.getElementById('s').sheet;
  const run = {
    "a rule's declaration edited in place (JSS)": () => (sheet.cssRules[0].style.color = 'transparent'),
    'insertRule into an existing sheet': () => sheet.insertRule('#c { color: transparent }', 1),
    'replaceSync of an adopted sheet': () => globalThis.adopted.replaceSync('#c { color: transparent }'),
    'insertRule into an adopted sheet': () => globalThis.adopted.insertRule('#c { color: transparent }'),
    'adoptedStyleSheets assigned': () => {
      const more = new CSSStyleSheet();
      more.replaceSync('#c { color: transparent }');
      document.adoptedStyleSheets = [...document.adoptedStyleSheets, more];
    },
    'a sheet that showed it disabled': () => (globalThis.showing.disabled = true),
    'a class toggled on an ancestor': () => {
      sheet.insertRule('.x td { color: transparent }', 0);
      document.getElementById('wrap').className = 'x';
    },
    'font-size 0 by an edited rule': () => (sheet.cssRules[0].style.fontSize = '0px'),
    'an animation that ends at opacity 0': async () => {
      sheet.cssRules[0].style.animation = 'fade 50ms forwards';
      await new Promise((resolve) => setTimeout(resolve, 200));
    },
  };
  if (!name) return Object.keys(run);
  const c = document.getElementById('c');
  globalThis.adopted = new CSSStyleSheet();
  globalThis.adopted.replaceSync('#d { color: red }');
  document.adoptedStyleSheets = [globalThis.adopted];
  // A sheet whose rule keeps the cell shown (over a transparent rule), disabled later by one attack.
  const extra = document.createElement('style');
  extra.textContent = '#c { color: black !important }';
  document.head.append(extra);
  globalThis.showing = extra.sheet;
  if (name === 'a sheet that showed it disabled') sheet.insertRule('#c { color: transparent }', 0);
  else extra.sheet.disabled = true;
  const sheets = () => [...document.styleSheets, ...document.adoptedStyleSheets];
  const counts = () => sheets().map((s) => `${s.cssRules.length}${s.disabled}`).join();
  const firsts = () => sheets().map((s) => s.cssRules[0]);
  const shown = () => `${getComputedStyle(c).color} ${getComputedStyle(c).fontSize} ${getComputedStyle(c).opacity}`;
  const settle = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 250)));
  await settle();
  const before = { counts: counts(), firsts: firsts(), shown: shown() };
  const fired = { mutation: 0, resize: 0, intersection: 0, 'intersection v2': 0, events: [] };
  const skipFirst = (key) => {
    let first = true;
    return () => (first ? (first = false) : fired[key]++);
  };
  const mutations = new MutationObserver((records) => (fired.mutation += records.length));
  mutations.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
  const resize = new ResizeObserver(skipFirst('resize'));
  resize.observe(c);
  const intersection = new IntersectionObserver(skipFirst('intersection'));
  intersection.observe(c);
  const visibility = new IntersectionObserver(skipFirst('intersection v2'), { trackVisibility: true, delay: 100 });
  visibility.observe(c);
  for (const type of ['transitionrun', 'animationstart', 'animationend', 'load', 'scroll', 'resize']) document.addEventListener(type, () => fired.events.push(type), true);
  await settle();
  await run[name]();
  await settle();
  for (const o of [mutations, resize, intersection, visibility]) o.disconnect();
  return {
    ...fired,
    'rule counts': counts() === before.counts ? 'same' : 'changed',
    'first rules': firsts().every((r, i) => r === before.firsts[i]) && firsts().length === before.firsts.length ? 'same' : 'changed',
    animations: document.getAnimations().length,
    cell: `${before.shown} -> ${shown()}`,
  };
};

try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.setContent(HTML);
  for (const name of await page.evaluate(attack, '')) {
    await page.setContent(HTML);
    console.log(`${name.padEnd(44)} ${JSON.stringify(await page.evaluate(attack, name))}`);
  }
} finally {
  await browser.close();
}
