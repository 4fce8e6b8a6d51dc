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
});
