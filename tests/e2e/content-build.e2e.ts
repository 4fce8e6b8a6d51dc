import { describe, expect, test } from 'vitest';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchWithExtension } from './browser';

/**
 * What the builds ship for page reading (after `npm run build`): the store builds carry no demo
 * adapter (no script, no id, no marker), the demo build carries both; every adapter is its own
 * self-contained script the background injects on demand; nothing is web-accessible to pages.
 */
const DEMO_IDS = ['demo-classic', 'demo-app'];
/**
 * gzip -9 bytes of the script injected into every EHR frame. Issue 9's target is 12 KB; the bench
 * reports it. This holds what has been reached so it only shrinks: lower it with each cut. (Raised
 * once, 18.75 → 19.25 KB, for the reading rules that took unseen pages from 64 % to 70 % of fields:
 * 19.1 → 19.6 KB. Lowered 18.375 → 16.125 KB when the shape rules became a part that borrows the modules it shares;
 * 16.375 KB with the corpus branch's block and stay rules merged, +277 B; 16.4 KB with its prose and
 * HAPI rules, +14 B: 249 → 269 of 357 corpus fields. 4.375 KB (4,438 B) when the reader proper
 * became a part of its own, loaded only where the pre-check, a taught profile or an adapter says the
 * page may show a client; 4.4 KB (4,486 B) with the pre-check's unlabelled call-link phone; 4.375 KB
 * (4,477 B) when the shape rules joined the reader part; 4.365 KB (4,463 B) with the part loader set
 * once and the pre-check's skipped-tag lookup shared by elements and shadow roots; 4.5 KB when every
 * answer the content script gets is checked against the message map, messaging/content-checks.ts: +131 B.)
 * 4.53 KB (4,634 B, +29 B) when the structured check also opens for normalised collections and app
 * state in data-page / data-state attributes (crm branch). 4.635 KB (4,743 B, +108 B) when those
 * attributes are looked for on the app's root and two levels under <body> only, not by a whole-document
 * selector: on the 25,000-element page bench that search alone had taken the generic read from 0.41× to
 * 0.92× one innerText (structured-check.ts stateValues).
 */
const CONTENT_SCRIPT_BUDGET = 4.635 * 1024;
/**
 * gzip -9 bytes of each part, injected only into a frame that needs it.
 * Shapes 4.65 → 4.75 KB (4,737 → 4,837 B) for the one-line record rules ("born …" in prose, a "#" identifier on a
 * line a name leads): generator prose-lines 11 → 17 of 20 read right. 5.15 KB (5,246 B) when the
 * adapter's block completion moved here from the content script (main.js 16,790 → 16,761 B) and
 * gained the stay from an export's one Encounter entry naming the client. The reader 13.6 KB
 * (13,905 B): what main.js carried beyond the small stage (16,761 B before the split) and the lent
 * modules' table; 14.25 KB (14,481 B) with the corpus branch's form-control values and phone rules.
 * The shape rules joined the reader part (85 of the 86 corpus pages that loaded the reader loaded
 * them too): 17.25 KB (17,661 B) where a patient frame took 14,481 + 5,247 = 19,728 B in two parts.
 * 18 KB (18,351 B) with the corpus branch's stay sentences and reading past the banner; 18.05 KB
 * for a combined "Unit / Room / Bed" label read whole (it gave a bare "/" as the location). 17.56 KB
 * (18,420 → 17,976 B) when the rules few frames need became the `more` part (880 B: a record export's
 * encounter entry, the region several banners share; 7 of 87 corpus frames load it), and whether the
 * page shows a person known from app state alone moved to the structured part (6 → 6.1 KB, 6,217 B).
 * Reader 17.6 KB (18,005 B) and structured 3.05 KB (6,217 → 3,122 B) when the structured part borrowed
 * the reader part's parsers and text reader (lent with the shape rules) instead of carrying copies.
 * 17.275 KB (17,677 B) when weighing two readings and completing an adapter's reading from its block
 * joined the `more` part (1.2 KB, 1,201 B): only adapter and structured-data frames, and a few
 * others, load it (18 of 87 corpus frames). 17.075 KB (17,473 B) when the weighing of the structured data against
 * what the page shows joined it too (1.425 KB, 1,458 B). 17 KB (17,379 B) when completing an adapter's reading joined it
 * (1.6 KB, 1,630 B). 16.825 KB (17,222 B) when whether a page without a banner lists
 * people in a table joined it (1.95 KB, 1,990 B; lists load it, and 19 of the 65 corpus frames
 * showing a client). 16.875 KB (17,260 B) when the reader part lends the adapter scripts its
 * helpers (+38 B; each adapter script 5.5–5.8 → 1.5–1.8 KB, an adapter frame ≈4 KB lighter).
 * 18.05 KB (18,453 B, +1,193 B) and more 2 KB (2,032 B) with the reader branch's rules: the stay in a
 * table's one row, an encounter-numbered row and a class-led encounter period, one-word names beside a
 * record number and a birth date, one-line records a chart-style name leads and sentences giving a
 * whole identity (corpus 276 → 278/357, generated held-out 67 → 70 of 80, inline-prose 11 → 14 of 20).
 * Structured 3.3 KB (3,122 → 3,375 B, +253 B) when it reads the camelCase patient and admission of
 * GraphQL/Apollo/Redux stores (generic/app-state.ts; main.js +3 B, 4,597 → 4,600 B).
 * Reader 18,532 B (+79 B) when a stay sentence no longer ends at an abbreviation or an initial ("St. Luke's",
 * "Dr. Okafor", "J. Smith") and a form's note field is read for the stay alone. +33 B when a banner
 * line's chips, a wrapped value's parts and a stay table's cells are judged as the page shows them; +100 B
 * when a form control a stylesheet hides is not read as a label's value and a display: contents wrapper
 * is judged by its parent and its own text's boxes; +21 B when a labelled chip's value is read from its
 * shown parts only. Together
 * 18,681 B: 18.25 KB. 18.125 KB (18,511 B, −170 B) when the visibility
 * checker's and slicer's private state became #private fields (the minifier shortens them), the field
 * normalisers a table, a label spelling's or an age's white space a plain space (keys and tokens have one
 * space between words), and the checker kept the browser's boxes instead of copies. +43 B when a value
 * read from an element's own text (an inline label, a "#" identifier, an encounter period, a summary or
 * stay sentence, an aria-labelled element) is read from its shown parts only: 18,555 B. +390 B with a
 * record number in brackets after a heading name ("(Resident # 200418)" too), a relative named anywhere
 * before a line's identity, an insurance line's member number kept from the record number, and a form's
 * header and far tab section joined by the name the window title gives (name-id.ts,
 * relative-sentence.ts, plan-number.ts, titled-region.ts; corpus held-out 89 → 94/151): 18,951 B.
 * Structured 3,441 B (+66 B) when a store's patient slice holds the open record one level down
 * ('current', 'selected', …; state-slice.ts).
 * Reader 18.005 KB (18,951 → 18,435 B) when a sentence giving a whole identity and a one-word name
 * became the `cued` part (1.06 KB, 1,081 B; 5 of 91 corpus frames, 4 of the 69 showing a client, load
 * it), borrowing the reader's label rules and helpers, and the region a window's title names joined
 * `more` (2.075 KB, 2,115 B; only frames that already load it ask). The stay in sentences stays in the
 * reader: 14 plain patient frames ask for it, and a part those frames load puts the median patient frame
 * over main.js + the reader (tests/bench/content-size.mjs --frames: median 23,575 → 23,078 B).
 * +29 B (18,464 B) when the stay table takes a table's shown rows as they come and only under a header
 * naming the stay, instead of judging every row of a flowsheet first (bench generic ≈0.75× → ≈0.4×).
 * +443 B (18,921 B merged; more 2,130 B) with face-sheet grids, the bare-ID ranking, the census action column, a call
 * link's number, count-bracketed labels, chip labels and a resident header's 'Family, Given
 * (resident #)' first text; structured +74 B (3,515 B) with a store's resident or member, its
 * phoneNumber and stays' status.
 * Reader 19,132 B (+181 B): 18.51 → 18.69 KB when a lone "ID" under another thing's row (a CDA
 * footer's document or organisation) is not the record number and an identifier list's leading SSN
 * and root-only OID entries are passed over (cda-row.ts, cda-ids.ts; HL7 CDA.xsl 4.x renderings in the probe 3 → 14 of 14).
 * Reader 19,188 B (+56 B): 18.75 KB when tag names are compared in capitals in XHTML documents too (tag.ts:
 * a browser opening a C-CDA file renders the HL7 stylesheet's XHTML as an XML document, "td" not "TD";
 * in real Chromium the probe's 18 documents went 2 → 18 of 18) and an identity line in a row another
 * person's label heads ("Author") is that person's. 19,210 B (+22 B): 18.8 KB when "Given Family, Jr." (a
 * suffix alone after the comma) is no longer read family-first ("Jr. Given Family"). 19,239 B when a period
 * given by its end alone ("to April 1, 2025") is a discharge, not an admission. 19,273 B: 18.85 KB when a
 * document's title ("Discharge Summary (March 9, 2025)") no longer dates the discharge (cda-title.ts).
 * Merged with the cued part and the face-sheet rules: reader 19,292 B, more 2,143 B, cued 1,093 B,
 * structured 3,516 B (tag names through tagOf).
 * phoneNumber and stays' status. Reader +329 B (19,250 B) with CRM detail rows of label, value, label,
 * value, a staff-headed row's client identity, header values above their captions and a subscriber id
 * yielding to the member number (crm branch: tuning crm-records 4 → 10/10, member-pages 7 → 13/15,
 * held-out 105 → 115/167); structured +562 B (4,077 B) with a normalised store's selected or addressed
 * record and app state in the root element's data-page / data-state attribute (app-normalised 0 → 18/18,
 * held-out spa-redux 7 → 13/16). Reader +86 B (19,336 B) with a stay table's place from its location
 * column (member-pages 13 → 14/15).
 * Merged (cda + crm): reader 19,697 B, structured 4,078 B, main.js 4,620 B.
 * Reader 18.735 KB (18,921 → 19,181 B, +260 B) with the community-mh rules: a program episode's admission and
 * enrollment labels, a caption under its value, name cells joining the banner line they sit in or beside, chips with
 * no space between tags read one by one, tooltip labels (a label repeating its own text still a label), a strip's
 * 'FAMILY,GIVEN (id)' beside a labelled stay, 'H:' phones (community-mh tuning 20/36 → 56/60, generated tuning
 * 216 → 220/240). Cued 1.335 KB (1,081 → 1,367 B) with a
 * record page's one heading its breadcrumb or title repeats as a client's (page-name.ts; only frames left nameless ask).
 * More 2.125 KB (2,173 B) when the stay a page shows is kept beside a client only its app state names (weigh.ts).
 * Merged (cda + crm + community-mh): reader 19,938 B, more 2,183 B, cued 1,380 B.
 * Structured 4.03 KB (3,516 → 4,121 B, +605 B) when it reads
 * a C-CDA file opened with no stylesheet (cda-raw.ts: the ClinicalDocument's recordTarget and encounter,
 * from 0 to 21 of 21 synthetic documents in Chromium's XML viewer); main.js +14 B (4,606 B) to ask for
 * it in an XML document, reader +9 B (19,301 B) to skip an XML document's own tables.
 * Merged (raw C-CDA + the rest): reader 19,947 B, structured 4,671 B, main.js 4,635 B.
 * crm, second shift: reader +87 B
 * with a form control read past its own buttons (a date picker's calendar) and the unlabelled
 * "Male · 71 yrs · plan" lines kept aside; more 2.33 KB (2,373 B, +230 B) with the sex such a line under
 * the client's name gives (crm-subtitle.ts; only frames showing such a line load it). Reader 19.34 KB
 * (19,801 B, +17 B) with an age in years and months ("65 Y 2 M").
 * Merged (all of 2026-12-04): reader 20,047 B, more 2,415 B.
 * Reader 19.61 KB (20,074 B, +27 B) when cleanText returns an already clean text as it is (one test
 * instead of two replaces that copy it: the generic read's costliest helper on the bench chart).
 * Structured 4.57 KB (4,679 B, +14 B) when app state attributes are looked for on an element's first
 * 20 children without copying all of them (main.js 4,746 B, +3 B).
 * Reader 19.66 KB (20,127 B, +53 B) when a document header's encounter row and participants' rows
 * ("Indirect target - emergency contact …") are never read as the client's banner line (cda-row.ts):
 * real C-CDA headers from 13 public sources rendered with the HL7 4.x stylesheet, names 27 → 29/30,
 * birth dates 27 → 29/30 (two documents had been refused for a second birth date).
 * Reader 19.7 KB (20,162 B, +35 B) when a period's end given as a time alone ("March 12, 2011 10:32AM -
 * 1:32PM", the HL7 4.x stylesheet's same-day encounter) ends on the start's day: discharges 4 → 7/11.
 * Cued 1.375 KB (1,406 B, +24 B) when a demographic's label ("Race", "Ethnicity") is never a one-word
 * name: a real C-CDA in the older viewer stylesheet whose patient name the reader refuses was read as "Race".
 * Reader 19.72 KB (20,191 B, +29 B) when Chromium's XML viewer tree (a raw C-CDA's markup printed as text)
 * is never read as a page (cda-viewer.ts): its narrative rows had refused 20 of 30 real documents that
 * the file itself names; raw C-CDA in Chromium with the built extension, names 10 → 29/30.
 * Reader 19.82 KB (20,286 B, +95 B) when the telecom line of the patient's "Contact Details" / "Contact
 * info" cell in a document header is the client's phone (cda-contact.ts): real C-CDA headers, phones
 * 3 → 22/23 (HL7 4.x) and 0 → 23/23 (older viewer), none wrong.
 * Reader 19.86 KB (20,333 B, +47 B) when that cell's lines are told apart at its line breaks (a browser's
 * text of the cell runs "USTel: …" together): in real Chromium, phones HL7 4.x 5 → 22/23, older viewer 0 → 23/23.
 * Reader 19.91 KB (20,384 B, +51 B) when an identifier's authority printed after it as a UUID or a coded
 * name ("28366080 ProviderID", older viewer stylesheet) is left out of the record number (cda-ids.ts):
 * real C-CDA with full bodies in the full older-viewer stylesheet, record numbers 10 → 11/12, none wrong.
 * Reader 19.97 KB (20,449 B, +65 B) when the HL7 CDA stylesheet's encounter printed as a date alone (its
 * start and end on one day; "from …" when open, "at …" for a point) is discharged that day (cda-row.ts):
 * real C-CDA, HL7 4.x discharges 7 → 11/11 (header-only) and 3 → 5/5 (full bodies), none wrong.
 */
const PART_BUDGETS: Readonly<Record<string, number>> = { 'reader.js': 19.98 * 1024, 'structured.js': 4.57 * 1024, 'teach.js': 2.75 * 1024, 'more.js': 2.36 * 1024, 'cued.js': 1.375 * 1024 };

/**
 * gzip -9 bytes of each adapter script, injected with the reader part into a frame of its site: its
 * rules and the declarative runner, which borrows the reader part's helpers (1,543-1,791 B; 5.5-5.8 KB
 * when each script carried its own copy of them).
 */
const ADAPTER_SCRIPT_BUDGET = 1.8 * 1024;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

describe.each(['dist/chrome', 'dist/firefox'])('store build %s', (dist) => {
  test('has no demo adapter anywhere', () => {
    const scripts = files(dist).filter((f) => f.endsWith('.js'));
    expect(scripts.length).toBeGreaterThan(3);
    for (const file of scripts) {
      const text = readFileSync(file, 'utf8');
      for (const id of DEMO_IDS) expect(text.includes(`"${id}"`) || text.includes(`\`${id}\``) || text.includes(`'${id}'`), `${file} mentions ${id}`).toBe(false);
      expect(text.includes('table#pt-header'), `${file} has the demo marker`).toBe(false);
    }
    expect(existsSync(join(dist, 'src/content/adapters/demo-classic.js'))).toBe(false);
  });
  test('adapter scripts are self-contained (no imports) and nothing is web-accessible', () => {
    const adapters = files(join(dist, 'src/content/adapters'));
    expect(adapters.length).toBeGreaterThanOrEqual(9);
    const parts = files(join(dist, 'src/content/parts'));
    expect(parts.map((f) => f.replace(/.*\//, '')).sort()).toEqual(['cued.js', 'more.js', 'reader.js', 'structured.js', 'teach.js']);
    for (const file of [...adapters, ...parts, join(dist, 'src/content/main.js')]) expect(readFileSync(file, 'utf8')).not.toMatch(/^\s*import[\s{]/m);
    expect(JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8')).web_accessible_resources).toBeUndefined();
  });
  test('the content script in every EHR frame stays within its size budget, without the reader, the picker, the structured-data reader or the shape rules', () => {
    const main = readFileSync(join(dist, 'src/content/main.js'));
    expect(gzipSync(main, { level: 9 }).length).toBeLessThanOrEqual(CONTENT_SCRIPT_BUDGET);
    // The reader's label tables (a label that names someone else) are in its part alone.
    expect(main.includes('authenticator')).toBe(false);
    expect(readFileSync(join(dist, 'src/content/parts/reader.js')).includes('authenticator')).toBe(true);
    // Loaded on demand (src/content/parts): the picker's element, the app-state variable names, the name particles.
    expect(main.includes('rapport-picker')).toBe(false);
    expect(main.includes('__NEXT_DATA__') || main.includes('APOLLO_STATE')).toBe(false);
    expect(main.includes('binti')).toBe(false);
  });
  test('each adapter script stays within its size budget', () => {
    for (const file of files(join(dist, 'src/content/adapters'))) expect(gzipSync(readFileSync(file), { level: 9 }).length, file).toBeLessThanOrEqual(ADAPTER_SCRIPT_BUDGET);
  });
  test('each part stays within its own size budget', () => {
    for (const [name, budget] of Object.entries(PART_BUDGETS)) {
      expect(gzipSync(readFileSync(join(dist, 'src/content/parts', name)), { level: 9 }).length, name).toBeLessThanOrEqual(budget);
    }
  });
});

test('the demo build carries the demo adapters as scripts of their own', () => {
  for (const id of DEMO_IDS) expect(existsSync(join('dist/chrome-demo/src/content/adapters', `${id}.js`))).toBe(true);
});


test('in Chromium, a patient frame loads the reader part alone; the rarer shape rules and those a page\'s words call for arrive as parts of their own when a reading asks', async () => {
  const html = '<!doctype html><html><body><header class="patient-banner"><dl><dt>Patient name</dt><dd>DOE, JANE M</dd><dt>MRN</dt><dd>MRN-100234</dd><dt>DOB</dt><dd>01/05/1950</dd></dl></header></body></html>';
  const server = createServer((_, res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html));
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const browser = await launchWithExtension('dist/chrome-demo');
  try {
    const { tabId } = await browser.openTab(`http://127.0.0.1:${(server.address() as { port: number }).port}/chart.html`);
    // Run in the content scripts' own world, where the parts meet main.js.
    const [result] = await (await browser.worker()).evaluate(
      (tab) =>
        chrome.scripting.executeScript({
          target: { tabId: tab },
          func: async () => {
            type Rules = { load(): Promise<object> };
            type Slots = { read?: unknown; more?: object; cued?: object; shapes?: { more: Rules; cued: Rules } };
            const parts = () => (globalThis as { __rapportParts?: Slots }).__rapportParts ?? {};
            for (let i = 0; i < 100 && !parts().read; i++) await new Promise((r) => setTimeout(r, 100));
            const before = { reader: Boolean(parts().read), more: Boolean(parts().more), cued: Boolean(parts().cued) };
            const registered = async (id: 'more' | 'cued') => {
              const loaded = await parts().shapes?.[id].load();
              return loaded !== undefined && parts()[id] === loaded && Object.values(loaded).length > 0 && Object.values(loaded).every((f) => typeof f === 'function');
            };
            return { before, loaded: { more: await registered('more'), cued: await registered('cued') } };
          },
        }),
      tabId,
    );
    expect(result?.result).toEqual({ before: { reader: true, more: false, cued: false }, loaded: { more: true, cued: true } });
  } finally {
    await browser.close();
    await new Promise((done) => server.close(done));
  }
});
