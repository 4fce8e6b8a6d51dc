import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';

/** A model-driven CRM contact form with a timeline of logged calls. Our own markup. */
const page = (own: string) =>
  new DOMParser().parseFromString(
    `<!DOCTYPE html><html><head><title>Contact: Ruiz, Amparo</title></head><body><div role="banner">Outreach Hub · Lenart Vogel</div>` +
      `<main><h1 title="Amparo Ruiz">Amparo Ruiz</h1><section aria-label="Details"><div><label for="c">Client Number</label><input id="c" value="OH-88120"></div>` +
      `<div><label for="b">Birthday</label><input id="b" value="2/14/1949"></div>${own}</section>` +
      `<section aria-label="Timeline"><ul><li><div class="hd">Phone Call from: <span>Tomas Ruiz</span> (305) 555-0147</div><div>Asked about the ride on Friday</div></li>` +
      `<li><div class="hd">Phone call to Dr. Imre Salo (305) 555-0182</div></li></ul></section></main></body></html>`,
    'text/html',
  );
const read = (doc: Document) => extractClientContext(doc, 'https://outreach.crm.example.com/main.aspx?etn=contact&id=7f10', { adapters: [], today: '2026-12-07' });

describe("a logged call's title in a timeline", () => {
  it("gives no phone: the number is the other party's", async () => {
    const r = await read(page(''));
    expect(r).toMatchObject({ name: 'Amparo Ruiz', mrn: 'OH-88120', dob: '1949-02-14' });
    expect(r?.phone).toBeUndefined();
  });

  it("leaves the record's own phone to be read", async () => {
    expect((await read(page('<div><label for="m">Mobile Phone</label><input id="m" type="tel" value="(786) 555-0119"></div>')))?.phone).toBe('(786) 555-0119');
  });
});
