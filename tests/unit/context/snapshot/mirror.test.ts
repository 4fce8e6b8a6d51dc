import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { Window } from 'happy-dom';
import { MirrorSender, QUIET_READS, type MirrorOptions } from '../../../../src/context/snapshot/mirror-send';
import { VisibilityChecker } from '../../../../src/context/dom';
import { Mirrors, withOracle, type MirrorRead } from '../../../../src/context/snapshot/mirror-read';
import { Mirror } from '../../../../src/context/snapshot/mirror-keep';
import { readInRounds } from '../../../../src/context/snapshot/mirror-rounds';
import { isMirrorPart } from '../../../../src/context/snapshot/mirror-check';
import type { MirrorPart } from '../../../../src/context/snapshot/mirror-wire';
import { parseMessage } from '../../../../src/messaging/schema';
import { extractClientContext } from '../../../../src/context/extract';
import { ADAPTERS } from '../../../../src/context/adapters/index';
import { MAX_SCRIPT_CHARS } from '../../../../src/context/generic/structured-check';

const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../fixtures');
const URL_ = 'https://ehr.example.org/chart';

/** A page in a window of its own at `url` (happy-dom: markup visibility and inline styles, no layout). */
function page(html: string, url = URL_, type?: string): Document {
  const window = new Window({ url, settings: { disableJavaScriptFileLoading: true, disableJavaScriptEvaluation: true, disableIframePageLoading: true } });
  if (type) return new window.DOMParser().parseFromString(html, type as DOMParserSupportedType) as unknown as Document;
  window.document.write(html);
  return window.document as unknown as Document;
}

/** A frame's sender and the reading page's mirrors (a blank window's documents), each message sent as JSON as messaging does. */
function split(doc: Document, options: MirrorOptions = {}) {
  const sender = new MirrorSender(doc, options);
  const mirrors = new Mirrors((new Window().document as unknown as Document).implementation, ADAPTERS);
  const messages: MirrorPart[] = [];
  const read = async (request: Omit<MirrorRead, 'part'> = { url: URL_ }, tab = 1) =>
    readInRounds(sender, await sender.begin(), async (part) => {
      messages.push(part);
      return mirrors.read(tab, 0, JSON.parse(JSON.stringify({ ...request, part })) as MirrorRead, { today: '2026-12-05' });
    });
  return { sender, mirrors, messages, read, context: async (request?: Omit<MirrorRead, 'part'>) => ((await read(request)) as { context: unknown } | null)?.context };
}

const live = (doc: Document, url = URL_) => extractClientContext(doc, url, { today: '2026-12-05' });

describe('the mirror of a page', () => {
  it('reads an adapter site with the adapter the frame named, as the frame would have', async () => {
    const json = JSON.parse(readFileSync(path.join(FIXTURES, 'openemr/dashboard.json'), 'utf8')) as { url: string };
    const doc = page(readFileSync(path.join(FIXTURES, 'openemr/dashboard.html'), 'utf8').replace(/<link\b[^>]*>/gi, ''), json.url);
    const read = await split(doc).context({ url: json.url, adapter: 'openemr' });
    expect(read).toMatchObject({ source: 'openemr' });
    expect(read).toEqual(await live(doc, json.url));
  });

  it('uses what the user taught for the origin', async () => {
    const url = 'https://crm.example.org/people/7';
    const doc = page('<div class="who">Mabel Quist</div><p>Member since 2019</p>', url);
    const profile = { origin: 'https://crm.example.org', selectors: { name: '.who' } };
    expect(await split(doc).context({ url, profile })).toMatchObject({ name: 'Mabel Quist', source: 'profile' });
  });

  it('carries what form controls show now (typing fires no mutation), and only what changed', async () => {
    const doc = page('<label>Patient name <input id="n" value="Old Name"></label><label>DOB <input id="d" value="01/02/1950"></label><select id="s"><option>F</option><option selected>M</option></select>');
    const { read, messages } = split(doc);
    await read();
    (doc.getElementById('n') as HTMLInputElement).value = 'Jane Doe';
    (doc.getElementById('s') as HTMLSelectElement).selectedIndex = 0;
    messages.length = 0;
    await read();
    expect(messages[0]?.whole).toBeUndefined();
    // The typed input and both options, three numbers each.
    expect(messages[0]?.values?.length).toBe(9);
  });

  it('re-attaches open shadow roots, also one attached after the page was sent', async () => {
    const doc = page('<patient-card id="c"></patient-card><div id="h"></div>');
    doc.getElementById('h')?.attachShadow({ mode: 'open' }).append(doc.createElement('h1'));
    const { read, messages } = split(doc);
    await read();
    const root = doc.getElementById('c')?.attachShadow({ mode: 'open' }) as ShadowRoot;
    const name = doc.createElement('h1');
    name.textContent = 'Jane Doe';
    root.append(name, 'DOB: 01/02/1950 MRN: 448812');
    // Nothing else changed: it is in one of the next QUIET_READS + 1 reads.
    messages.length = 0;
    for (let i = 0; i <= QUIET_READS; i++) await read();
    expect(messages.flatMap((m) => m.deltas ?? []).map((d) => d[0])).toEqual(['s']);
    // And changes inside it travel as deltas too.
    name.textContent = 'John Roe';
    messages.length = 0;
    const again = await read();
    expect(messages[0]?.deltas?.length).toBeGreaterThan(0);
    expect((again as { context: unknown }).context).toEqual(await live(doc));
  });

  it('keeps inline scripts, cut one character past what the structured reader reads, and sends a changed one anew', async () => {
    const doc = page(`<h1>Jane Doe</h1><script type="application/json" id="a">${'x'.repeat(MAX_SCRIPT_CHARS + 50)}</script><script id="b">var s = 1;</script>`);
    const { read, messages } = split(doc);
    await read();
    const wire = messages[0]?.whole?.root?.[1] ?? [];
    expect(wire.some((e) => typeof e === 'string' && e.length === MAX_SCRIPT_CHARS + 1)).toBe(true);
    (doc.getElementById('b') as HTMLElement).textContent = 'var s = 2;';
    messages.length = 0;
    await read();
    expect(messages[0]?.deltas?.map((d) => d[0])).toEqual(['r']);
  });

  it('keeps an XML document as XML, namespaces and content type', async () => {
    const xml = '<ClinicalDocument xmlns="urn:hl7-org:v3" xmlns:sdtc="urn:hl7-org:sdtc"><recordTarget><patientRole><patient><name><given>Jane</given><family>Doe</family></name><sdtc:raceCode code="x"/></patient></patientRole></recordTarget></ClinicalDocument>';
    const doc = page(xml, URL_, 'application/xml');
    const { read, messages } = split(doc);
    await read();
    expect(messages[0]?.whole?.contentType).toMatch(/xml/);
    expect(messages[0]?.whole?.root?.[1]).toContain('urn:hl7-org:sdtc');
  });

  it('is cut, and read as no client, past its caps', async () => {
    const doc = page(`<p>Jane Doe</p><p>DOB 01/02/1950</p>${'<i>x</i>'.repeat(50)}`);
    expect(await split(doc, { maxElements: 40 }).context()).toBeNull();
    expect(await split(doc, { maxText: 20 }).context()).toBeNull();
    const whole = split(doc);
    await whole.read();
    expect(whole.messages[0]?.whole?.truncated).toBe(false);
  });

  it('works in slices, yielding between them', async () => {
    const doc = page(`${'<div><span>Jane Doe</span> 01/02/1950</div>'.repeat(1000)}`);
    let now = 0;
    const slices: number[] = [];
    // Each clock read (one every 32 nodes) advances a millisecond: a slice is used up after some 256 nodes.
    await new MirrorSender(doc).begin({ clock: () => now++, yieldTo: async () => {}, onSlice: (ms) => slices.push(ms) });
    expect(slices.length).toBeGreaterThan(10);
  });

  it('is sent whole again when the reading page lost it, and watched after as before; a dropped read\'s changes go with the next read', async () => {
    const doc = page('<header><h1>Jane Doe</h1><p>DOB: 01/02/1950 · MRN: 448812</p></header>');
    const a = split(doc);
    await a.read();
    // The reading page closed (its mirrors went): the frame is asked for the page whole.
    a.mirrors.drop(1);
    doc.querySelector('p')?.append(' ');
    a.messages.length = 0;
    expect(await a.context()).toEqual(await live(doc));
    expect(a.messages.map((m) => Boolean(m.whole)).slice(0, 2)).toEqual([false, true]);
    // Sent whole again, the page is still watched: a patient switch that edits texts in place reaches the mirror.
    (doc.querySelector('h1')?.firstChild as Text).nodeValue = 'Anna Poe';
    (doc.querySelector('p')?.firstChild as Text).nodeValue = 'DOB: 03/04/1961 · MRN: 551234';
    a.messages.length = 0;
    expect(await a.context()).toMatchObject({ name: 'Anna Poe', mrn: '551234' });
    expect(a.messages.some((m) => m.whole)).toBe(false);
    // A read's first message that never left (the read was dropped) goes with the next one's changes.
    doc.querySelector('h1')?.setAttribute('title', 'x');
    await a.sender.begin();
    (doc.querySelector('h1') as HTMLElement).textContent = 'John Roe';
    a.messages.length = 0;
    expect(await a.context()).toMatchObject({ name: 'John Roe' });
    expect(a.messages.some((m) => m.whole)).toBe(false);
  });

  it('ends a read still in its rounds when its sender stopped (a second injection replaced the reader), sending nothing more', async () => {
    const doc = page('<header><h1>Jane Doe</h1><p>DOB: 01/02/1950 · MRN: 448812</p></header>');
    const { sender, mirrors, messages } = split(doc);
    const first = await sender.begin();
    const reading = readInRounds(sender, first, async (part) => {
      messages.push(part);
      const answer = await mirrors.read(1, 0, JSON.parse(JSON.stringify({ url: URL_, part })) as MirrorRead, { today: '2026-12-05' });
      sender.stop();
      return answer;
    });
    await expect(reading).rejects.toThrow(/stopped/);
    expect(messages.map((m) => m.round)).toEqual([0]);
    // Nor does it take the page again (a resend answered late): it would watch the page for nobody.
    await expect(sender.begin()).rejects.toThrow(/stopped/);
  });

  it('asks the frame for the verdicts the rules need, and reads only once every one is known', async () => {
    const doc = page('<h1>Jane Doe</h1><p>DOB: 01/02/1950</p><p>MRN: 448812</p>');
    const { read, messages } = split(doc);
    expect(await read()).toEqual({ context: await live(doc) });
    expect(messages.map((m) => m.round)).toEqual([0, 1]);
    expect(messages[1]?.seen?.length).toBeGreaterThan(0);
    // The next read answers those up front: one message.
    messages.length = 0;
    await read();
    expect(messages.map((m) => m.round)).toEqual([0]);
  });
});

describe('a caption only a screen reader is given (dom.ts isMuted)', () => {
  const SR = 'position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap';
  const CARD = `<h3>Delphine Marchetti</h3><div><span style="${SR}">Date of birth</span>July 19, 1972</div><div><span style="${SR}">Client ID</span>CL-559120</div>`;

  it('crosses as a verdict of its own, and the mirror reads what the live page reads', async () => {
    const doc = page(CARD);
    const { context, messages } = split(doc);
    const read = await context();
    expect(read).toMatchObject({ name: 'Delphine Marchetti', dob: '1972-07-19', mrn: 'CL-559120' });
    expect(read).toEqual(await live(doc));
    expect(messages.some((m) => (m.muted?.length ?? 0) > 0)).toBe(true);
  });

  it('is no caption when the frame says it is hidden another way', async () => {
    const doc = page(CARD);
    const original = VisibilityChecker.prototype.isMuted;
    const muted = vi.spyOn(VisibilityChecker.prototype, 'isMuted').mockImplementation(function (this: VisibilityChecker, el: Element) {
      return el.ownerDocument !== doc && original.call(this, el);
    });
    try {
      expect(await split(doc).context()).not.toMatchObject({ mrn: 'CL-559120' });
    } finally {
      muted.mockRestore();
    }
  });
});

describe('a block whose style keeps its white space (dom.ts whiteSpaceKept)', () => {
  const REPORT = `<style>.rpt{font-family:monospace;white-space:pre-wrap}</style><div class="rpt">SUNFIELD REGIONAL                      ADMISSION ASSESSMENT REPORT
NAME: ABERCROMBIE, TOVE L                   MRN: SR-7730215
DOB: 09/18/1947   AGE: 79   SEX: F          ADM: 12/01/2026
LOC: 2N 214-1                               ATTENDING: MWANGI, OTIENO MD</div>`;

  it('crosses as a verdict of its own: the mirror, which has no style, reads its rows as the live page does', async () => {
    const doc = page(REPORT);
    const { context, messages } = split(doc);
    const read = await context();
    expect(read).toMatchObject({ name: 'Tove L. Abercrombie', mrn: 'SR-7730215', dob: '1947-09-18' });
    expect(read).toEqual(await live(doc));
    expect(messages.some((m) => (m.spaces?.length ?? 0) > 0)).toBe(true);
  });

  it('carries kept runs of spaces apart from kept line breaks: a printed label\'s columns read as the live page reads them', async () => {
    const label = (whiteSpace: string) =>
      page(`<style>.lbl{font-family:monospace;white-space:${whiteSpace}}</style><header>Printed by ADAIR, BETH RN</header><div class="lbl">QUARTERMAIN, EDITH R    F  06/02/1945  MRN:5530218
FIN:660017324  ADM:11/30/26  RM 318-B  DR KALLIO</div>`);
    for (const whiteSpace of ['pre', 'pre-line', 'normal']) {
      const doc = label(whiteSpace);
      const { context, messages } = split(doc);
      expect(await context()).toEqual(await live(doc));
      expect(messages.some((m) => (m.spaces?.length ?? 0) > 0)).toBe(whiteSpace === 'pre');
    }
    expect(await live(label('pre'))).toMatchObject({ mrn: '5530218', sex: 'F', dob: '1945-06-02' });
  });

  it('is one run of text when the frame says its white space is not kept', async () => {
    const doc = page(REPORT);
    const original = VisibilityChecker.prototype.whiteSpaceKept;
    const kept = vi.spyOn(VisibilityChecker.prototype, 'whiteSpaceKept').mockImplementation(function (this: VisibilityChecker, el: Element) {
      return el.ownerDocument === doc ? 'none' : original.call(this, el);
    });
    try {
      expect(await split(doc).context()).not.toMatchObject({ mrn: 'SR-7730215' });
    } finally {
      kept.mockRestore();
    }
  });
});

describe('a mirror message at the boundary', () => {
  it('takes what the sender makes, in a snapshot/read message', async () => {
    const doc = page('<p title="Patient">Jane <b>Doe</b></p><input>');
    const part = await new MirrorSender(doc).begin();
    expect(isMirrorPart(part)).toBe(true);
    expect(parseMessage({ type: 'snapshot/read', url: URL_, part }).ok).toBe(true);
  });

  it('refuses anything else, with a clear error', () => {
    const base = { doc: 'd', gen: 1, seq: 1, round: 0 };
    for (const bad of [
      null,
      { ...base, extra: 1 },
      { ...base, doc: '' },
      { ...base, round: 99 },
      { ...base, whole: { contentType: 'text/html', truncated: false, root: [1, [{}]] } },
      { ...base, deltas: [['x', 1]] },
      { ...base, deltas: [['d', 1, 2]] },
      { ...base, deltas: [['i', 1, 0, [5]]] },
      { ...base, deltas: [['a', 1, ['odd']]] },
      { ...base, values: [1, 'x'] },
      { ...base, seen: [-1] },
      { ...base, muted: [1.5] },
      { ...base, breaks: ['1'] },
      { ...base, spaces: [null] },
    ]) {
      expect(isMirrorPart(bad)).toBe(false);
      expect(parseMessage({ type: 'snapshot/read', url: URL_, part: bad }).ok).toBe(false);
    }
  });

  it('checks and builds a page nested deeper than any recursive walk could, without a stack overflow', async () => {
    const depth = 20_000;
    const wire: (string | number)[] = [1, 'html', 0];
    for (let i = 0; i < depth; i++) wire.push(1, 'div', 0);
    wire.push('Jane Doe');
    for (let i = 0; i <= depth; i++) wire.push(0);
    const part = { doc: 'd', gen: 1, seq: 1, round: 0, whole: { contentType: 'text/html', truncated: false, root: [1, wire] as [number, (string | number)[]] } };
    expect(isMirrorPart(part)).toBe(true);
    const mirrors = new Mirrors((new Window().document as unknown as Document).implementation, ADAPTERS);
    expect(await mirrors.read(1, 0, { url: URL_, part })).not.toEqual({ resend: true });
    expect(mirrors.size).toBe(1);
  });

  it.each([
    ['a message skipped', { doc: 'd', gen: 1, seq: 3, round: 0 }],
    ['another document', { doc: 'e', gen: 1, seq: 2, round: 0 }],
    ['a node the mirror lacks', { doc: 'd', gen: 1, seq: 2, round: 0, deltas: [['t', 999, 'x']] }],
  ])('a message that does not fit the mirror held (%s) asks for the page whole', async (_, part) => {
    const mirrors = new Mirrors((new Window().document as unknown as Document).implementation, ADAPTERS);
    const whole = { doc: 'd', gen: 1, seq: 1, round: 0, whole: { contentType: 'text/html', truncated: false, root: [1, [1, 'html', 0, 1, 'body', 0, 'Jane Doe', 0, 0]] as [number, (string | number)[]] } };
    await mirrors.read(1, 0, { url: URL_, part: whole });
    // A mirror in the same state takes the message that fits: the refusal is the message's own.
    const fits = { doc: 'd', gen: 1, seq: 2, round: 0 } as MirrorPart;
    const control = new Mirrors((new Window().document as unknown as Document).implementation, ADAPTERS);
    await control.read(1, 0, { url: URL_, part: whole });
    expect(await control.read(1, 0, { url: URL_, part: fits })).not.toEqual({ resend: true });
    expect(await mirrors.read(1, 0, { url: URL_, part: part as MirrorPart })).toEqual({ resend: true });
  });

  it('refuses new nodes put in after a node that is not the parent\'s child (the page goes whole)', async () => {
    const mirrors = new Mirrors((new Window().document as unknown as Document).implementation, ADAPTERS);
    const whole = { doc: 'd', gen: 1, seq: 1, round: 0, whole: { contentType: 'text/html', truncated: false, root: [1, [1, 'html', 0, 1, 'body', 0, 'Jane Doe', 0, 0]] as [number, (string | number)[]] } };
    await mirrors.read(1, 0, { url: URL_, part: whole });
    // The text (3) is the body's child, not the root's (1).
    const part = { doc: 'd', gen: 1, seq: 2, round: 0, deltas: [['i', 1, 3, [[9, ['x']]]]] } as MirrorPart;
    expect(await mirrors.read(1, 0, { url: URL_, part })).toEqual({ resend: true });
  });
});

describe('the adapters the reading page knows', () => {
  it("are every adapter the extension has (the demo EHR's in this, the demo, configuration)", async () => {
    const { READER_ADAPTERS } = await import('../../../../src/offscreen/adapters');
    expect(READER_ADAPTERS.map((a) => a.id).sort()).toEqual(ADAPTERS.map((a) => a.id).sort());
  });
});

describe('a shadow root attached late (no mutation tells of it)', () => {
  const attach = (doc: Document, id = 'banner') => {
    const root = doc.getElementById(id)?.attachShadow({ mode: 'open' }) as ShadowRoot;
    const name = doc.createElement('h1');
    name.textContent = 'Jane Doe';
    root.append(name, 'DOB: 01/02/1950 MRN: 448812');
    return name;
  };
  const mutate = (doc: Document) => doc.querySelector('p')?.append('.');
  const shadows = (messages: MirrorPart[]) => messages.flatMap((m) => m.deltas ?? []).filter((d) => d[0] === 's').length;

  it('to a built-in element is in the mirror at the next read after an event told of a change, and its changes travel as deltas after', async () => {
    for (const change of [(doc: Document) => doc.defaultView?.dispatchEvent(new Event('resize')), (doc: Document) => doc.querySelector('p')?.dispatchEvent(new Event('scroll'))]) {
      const doc = page('<header><div id="banner"></div></header><p>Visit notes</p>');
      const { read, messages } = split(doc);
      await read();
      const name = attach(doc);
      change(doc);
      messages.length = 0;
      const after = (await read()) as { context: unknown };
      expect(messages[0]?.whole).toBeUndefined();
      expect(messages[0]?.deltas?.map((d) => d[0])).toContain('s');
      expect(after.context).toMatchObject({ name: 'Jane Doe' });
      expect(after.context).toEqual(await live(doc));
      name.textContent = 'John Roe';
      const again = (await read()) as { context: unknown };
      expect(again.context).toMatchObject({ name: 'John Roe' });
    }
  });

  it('to a built-in element is in the mirror within QUIET_READS + 1 reads on a page that only mutates (a mutation alone does not look at the built-in hosts)', async () => {
    const doc = page('<header><div id="banner"></div></header><p>Visit notes</p>');
    const { read, messages } = split(doc);
    await read();
    attach(doc);
    messages.length = 0;
    const readings: unknown[] = [];
    for (let i = 0; i <= QUIET_READS; i++) {
      mutate(doc);
      readings.push(((await read()) as { context: unknown }).context);
      if (i === 0) expect(shadows(messages)).toBe(0);
    }
    expect(shadows(messages)).toBe(1);
    expect(readings.at(-1)).toMatchObject({ name: 'Jane Doe' });
    expect(readings.at(-1)).toEqual(await live(doc));
  });

  it('to a custom element (its upgrade) is in the mirror at the next read after a mutation', async () => {
    const doc = page('<header><x-banner id="banner"></x-banner></header><p>Visit notes</p>');
    const { read, messages } = split(doc);
    await read();
    attach(doc);
    mutate(doc);
    messages.length = 0;
    const after = (await read()) as { context: unknown };
    expect(shadows(messages)).toBe(1);
    expect(JSON.stringify(messages[0]?.deltas)).toContain('Jane Doe');
    expect(after.context).toEqual(await live(doc));
  });

  it('is in the mirror within QUIET_READS + 1 reads on a page that tells of nothing', async () => {
    const doc = page('<header><div id="banner"></div></header><p>Visit notes</p>');
    const { read, messages } = split(doc);
    await read();
    await read();
    attach(doc);
    messages.length = 0;
    const readings: unknown[] = [];
    for (let i = 0; i <= QUIET_READS; i++) readings.push(((await read()) as { context: unknown }).context);
    expect(messages.flatMap((m) => m.deltas ?? []).map((d) => d[0])).toEqual(['s']);
    expect(readings.at(-1)).toMatchObject({ name: 'Jane Doe' });
  });
});

describe('a banner drawn anew in place of the last one (a patient switch)', () => {
  const BANNER = '<table id="b"><tr><td>Patient:</td><td><b>DOE, JANE</b></td><td>DOB:</td><td>01/02/1950</td><td>MRN:</td><td>448812</td></tr></table>';
  const switched = (doc: Document, edit: (banner: Element) => void) => {
    const old = doc.getElementById('b') as Element;
    const banner = old.cloneNode(true) as Element;
    edit(banner);
    old.replaceWith(banner);
  };

  it('is read in one message: the elements asked about in the old banner are answered up front in the new one', async () => {
    const doc = page(`<header>${BANNER}</header><p>Visit notes</p>`);
    const { read, messages } = split(doc);
    await read();
    await read();
    switched(doc, (b) => ((b.querySelector('b') as Element).textContent = 'ROE, RICHARD'));
    messages.length = 0;
    const after = (await read()) as { context: unknown };
    expect(after.context).toMatchObject({ name: 'Richard Roe' });
    expect(after.context).toEqual(await live(doc));
    expect(messages).toHaveLength(1);
    expect(messages[0]?.seen?.length).toBeGreaterThan(0);
  });

  it('still reads what the live page hides as hidden, and what a wrong guess missed', async () => {
    const doc = page(`<header>${BANNER}</header><p>Visit notes</p>`);
    const { read } = split(doc);
    await read();
    switched(doc, (b) => {
      (b.querySelector('b') as Element).textContent = 'ROE, RICHARD';
      b.querySelector('tr')?.setAttribute('hidden', '');
      const caption = doc.createElement('caption');
      caption.textContent = 'Patient: Mabel Quist MRN: 55120';
      b.prepend(caption);
    });
    const after = (await read()) as { context: unknown } | null;
    expect(after?.context).toEqual(await live(doc));
    expect(JSON.stringify(after?.context ?? null)).not.toContain('Roe');
    switched(doc, (b) => b.querySelector('tr')?.removeAttribute('hidden'));
    const shown = (await read()) as { context: unknown } | null;
    expect(shown?.context).toEqual(await live(doc));
    expect(shown?.context).toMatchObject({ name: 'Richard Roe' });
  });
});

describe('a quiet read (nothing told of a change since the last read)', () => {
  /** Verdicts judged on the live page (the mirror's own checks run in the same process here). */
  const onPage = (judged: { mock: { calls: unknown[][] } }, doc: Document) => judged.mock.calls.filter(([el]) => (el as Element).ownerDocument === doc).length;
  const CHART = '<h1>Jane Doe</h1><p>DOB: 01/02/1950</p><p>MRN: 448812</p><label>Note <input id="n" value="x"></label><p id="other">Visit</p><p id="gone">MRN: 99812</p>';

  it("judges again only what the last read saw, and every QUIET_READS + 1'th read judges everything anew", async () => {
    const doc = page(CHART);
    // A record number the page's layout hides (the live checker's verdict): judged unseen.
    const gone = doc.getElementById('gone') as Element;
    const original = VisibilityChecker.prototype.isVisible;
    const judged = vi.spyOn(VisibilityChecker.prototype, 'isVisible').mockImplementation(function (this: VisibilityChecker, el: Element) {
      return el !== gone && original.call(this, el);
    });
    // A quiet read judges what was seen by its layout alone (its markup cannot have changed with no mutation).
    const rendered = vi.spyOn(VisibilityChecker.prototype, 'isRendered');
    const { read, messages } = split(doc);
    await read();
    try {
      const counts: number[] = [];
      const byLayout: number[] = [];
      const answered: string[] = [];
      for (let i = 0; i <= QUIET_READS; i++) {
        judged.mockClear();
        rendered.mockClear();
        messages.length = 0;
        await read();
        counts.push(onPage(judged, doc) + onPage(rendered, doc));
        byLayout.push(onPage(rendered, doc));
        answered.push(JSON.stringify([messages[0]?.seen, messages[0]?.unseen]));
      }
      const [seen, unseen] = JSON.parse(answered[0] as string) as number[][];
      expect(seen?.length).toBeGreaterThan(0);
      expect(unseen?.length).toBeGreaterThan(0);
      expect(counts.slice(0, QUIET_READS)).toEqual(Array(QUIET_READS).fill(seen?.length));
      expect(counts[QUIET_READS]).toBe((seen?.length ?? 0) + (unseen?.length ?? 0));
      expect(byLayout).toEqual([...Array(QUIET_READS).fill(seen?.length), 0]);
      expect(new Set(answered).size).toBe(1);
    } finally {
      judged.mockRestore();
      rendered.mockRestore();
    }
  });

  it('never reads what a change nothing told of hid (a style sheet edited through the CSSOM: the live checker alone knows)', async () => {
    const doc = page('<header id="a"><h1>Jane Doe</h1><p>DOB: 01/02/1950 · MRN: 448812</p></header>');
    const { read } = split(doc);
    expect(((await read()) as { context: unknown }).context).toMatchObject({ name: 'Jane Doe' });
    await read();
    const banner = doc.getElementById('a') as Element;
    const original = VisibilityChecker.prototype.isVisible;
    const judged = vi.spyOn(VisibilityChecker.prototype, 'isVisible').mockImplementation(function (this: VisibilityChecker, el: Element) {
      return el.ownerDocument === doc && banner.contains(el) ? false : original.call(this, el);
    });
    // The edit changes layout alone: the markup still shows the banner, its boxes do not.
    const rendered = vi.spyOn(VisibilityChecker.prototype, 'isRendered').mockImplementation((el: Element) => !(el.ownerDocument === doc && banner.contains(el)));
    try {
      expect(((await read()) as { context: unknown }).context).toBeNull();
    } finally {
      judged.mockRestore();
      rendered.mockRestore();
    }
  });

  it('is no quiet read after a mutation, a form value changed, or an event that may restyle the page', async () => {
    const changes: ((doc: Document) => void)[] = [
      (doc) => doc.getElementById('other')?.setAttribute('class', 'x'),
      (doc) => void ((doc.getElementById('n') as HTMLInputElement).value = 'typed'),
      (doc) => doc.defaultView?.dispatchEvent(new Event('resize')),
      (doc) => doc.getElementById('other')?.dispatchEvent(new Event('pointerover', { bubbles: true })),
      (doc) => doc.getElementById('other')?.dispatchEvent(new Event('scroll')),
      // An image's load reaches the document, never the window (the DOM's rule for load events).
      (doc) => doc.getElementById('other')?.dispatchEvent(new Event('load')),
    ];
    for (const change of changes) {
      const doc = page(CHART);
      const { read } = split(doc);
      await read();
      await read();
      const judged = vi.spyOn(VisibilityChecker.prototype, 'isVisible');
      try {
        change(doc);
        await read();
        expect(onPage(judged, doc)).toBeGreaterThan(0);
      } finally {
        judged.mockRestore();
      }
    }
  });
});

describe('"nobody here", and whether it may stand (src/content/frame-read.ts lets a settled answer stand)', () => {
  it('a page read to its end that shows no client is settled; a page with a client is its reading', async () => {
    expect(await split(page('<main><h1>Today\'s schedule</h1><p>No patient selected.</p></main>')).read()).toEqual({ context: null, settled: true });
    const jane = await split(page('<header><dl><dt>Patient</dt><dd>DOE, JANE M</dd><dt>MRN</dt><dd>MRN-100234</dd><dt>DOB</dt><dd>01/05/1950</dd></dl></header>')).read();
    expect(jane).toMatchObject({ context: { mrn: 'MRN-100234' } });
    expect(jane).not.toHaveProperty('settled');
  });

  it('a page too large to mirror, and a read that gave up, are no client but never settled', async () => {
    const mirrors = new Mirrors((new Window().document as unknown as Document).implementation, ADAPTERS);
    const truncated = { doc: 'd', gen: 1, seq: 1, round: 0, whole: { contentType: 'text/html', truncated: true, root: [1, [1, 'html', 0, 1, 'body', 0, 'Nobody', 0, 0]] as [number, (string | number)[]] } };
    expect(await mirrors.read(1, 0, { url: URL_, part: truncated })).toEqual({ context: null });
    const whole = { ...truncated, whole: { ...truncated.whole, truncated: false } };
    const mirror = new Mirror(whole, (new Window().document as unknown as Document).implementation);
    mirror.apply(whole);
    const gaveUp = async (_: Document, onGaveUp: () => void) => (onGaveUp(), null);
    expect(await withOracle(mirror, new Map(), 0, gaveUp)).toEqual({ context: null });
    expect(await withOracle(mirror, new Map(), 0, async () => null)).toEqual({ context: null, settled: true });
  });
});
