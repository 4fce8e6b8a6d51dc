import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/** A crisis line's third-party caller section (scr-others-section.ts). Markup of our own, synthetic people. */
const read = async (body: string) =>
  (await readInHappyDom(`<!DOCTYPE html><html><head><title>Contact</title></head><body>${body}</body></html>`, 'https://line.example.org/contacts/5531', extractClientContext)).reading;

const section = (title: string, rows: string) => `<section><h3>${title}</h3><table>${rows}</table></section>`;
const row = (label: string, value: string) => `<tr><th>${label}</th><td>${value}</td></tr>`;

describe("a third-party caller's section", () => {
  const page = (callerTitle: string) =>
    `<h1>Contact 5531</h1>${section(callerTitle, row('Name', 'Rosalie Venturi') + row('Phone', '(207) 555-0144'))}` +
    section('About the individual', row('Name', 'Caspian Thorley') + row('DOB', '02/19/1993') + row('Phone', '(207) 555-0177') + row('Client ID', 'LN-88120'));

  it("is the caller's: the person they rang about is the client", async () => {
    for (const title of ['Caller (third party)', 'Third-party caller', 'Third party reporter']) {
      const r = await read(page(title));
      expect(r?.name, title).toBe('Caspian Thorley');
      expect(r?.phone, title).toBe('(207) 555-0177');
      expect(r?.mrn, title).toBe('LN-88120');
    }
  });

  it('not when the title only says the call was a third-party one', async () => {
    const r = await read(`<h2>Third-party call</h2>${section('Client', row('Name', 'Caspian Thorley') + row('DOB', '02/19/1993') + row('Client ID', 'LN-88120'))}`);
    expect(r?.name).toBe('Caspian Thorley');
  });
});
