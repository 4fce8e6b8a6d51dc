import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';

/** A side panel headed by a person's name (cr-named-panel.ts); markup of our own. */
const parse = (panelHead: string) =>
  new DOMParser().parseFromString(
    `<!DOCTYPE html><html><head><title>Request 5521 - Help desk</title></head><body><main><h1>Refill not received after discharge</h1>` +
      `<div class="props"><div><label>Patient Name</label><div><input type="text" value="Cordelia Vantongeren"></div></div>` +
      `<div><label>Patient DOB</label><div><input type="text" value="8/30/1941"></div></div>` +
      `<div><label>Member ID</label><div><input type="text" value="QH-3308127"></div></div></div>` +
      `<article><b>Requester</b><p>My mother came home on Tuesday and her pharmacy has nothing.</p></article></main>` +
      `<aside aria-label="Requester context"><h3>${panelHead}</h3><dl><dt>Email</dt><dd>someone@mail.example</dd><dt>Phone</dt><dd>(971) 555-0134</dd></dl></aside></body></html>`,
    'text/html',
  );
const read = (head: string) => extractClientContext(parse(head), 'https://help.care-example.org/agent/requests/5521');

describe('a side panel headed by a person', () => {
  it("takes nothing from another person's panel beside the client the page names", async () => {
    expect((await read('Vantongeren, Philomena'))?.phone).toBeUndefined();
    const r = await read('Philomena Vantongeren');
    expect(r?.name).toBe('Cordelia Vantongeren');
    expect(r?.mrn).toBe('QH-3308127');
    expect(r?.phone).toBeUndefined();
  });

  it("keeps what the client's own panel gives, and a panel a heading does not name", async () => {
    expect((await read('Cordelia Vantongeren'))?.phone).toBe('(971) 555-0134');
    expect((await read('Mrs. Cordelia M. Vantongeren'))?.phone).toBe('(971) 555-0134');
    expect((await read('VANTONGEREN, CORDELIA'))?.phone).toBe('(971) 555-0134');
    expect((await read('Contact details'))?.phone).toBe('(971) 555-0134');
  });

  it('keeps what a panel gives when the client is named inside it, whatever its heading', async () => {
    const doc = new DOMParser().parseFromString(
      `<!DOCTYPE html><html><body><header><span>Signed in: Maya Lindgren, RD</span></header><main><h1>Calendar</h1></main>` +
        `<aside role="dialog" aria-label="Appointment details"><h3>Initial Consultation</h3><div><span>Client</span> <a href="#">Priya Venkataraman</a></div>` +
        `<dl><dt>Date</dt><dd>Dec 8, 2026</dd><dt>Provider</dt><dd>Maya Lindgren, RD</dd><dt>Client DOB</dt><dd>03/15/1992</dd><dt>Client phone</dt><dd>(206) 555-0162</dd></dl></aside></body></html>`,
      'text/html',
    );
    const r = await extractClientContext(doc, 'https://app.practice-example.com/calendar');
    expect(r).toMatchObject({ name: 'Priya Venkataraman', dob: '1992-03-15', phone: '(206) 555-0162' });
  });
});
