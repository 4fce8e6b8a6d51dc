import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/**
 * A face sheet printed as headings and tables one after the other: the heading before a table says whose
 * its values are (cm-heading-before.ts). Markup of our own, synthetic people.
 */
const grid = (rows: [string, string][]) => `<table class="sheet">${rows.map(([l, v]) => `<tr><th>${l}</th><td>${v}</td></tr>`).join('')}</table>`;
const page = (other: string) =>
  `<!DOCTYPE html><html><head><title>Face Sheet</title></head><body><div class="sheet-wrap"><h1>Face Sheet</h1>${grid([['Resident Name', 'Vukovic, Zora'], ['Resident ID', 'FS-22091'], ['Birth Date', '06/02/1937'], ['Room', '311-A']])}
<h2>${other}</h2>${grid([['Name', 'Vukovic, Stefan'], ['Birth Date', '10/10/1966'], ['Phone', '(330) 555-0176']])}<h2>Diagnoses</h2>${grid([['Primary', 'Heart failure']])}</div></body></html>`;
const read = async (html: string) => (await readInHappyDom(html, 'https://ltc.example.org/facesheet?id=22091', extractClientContext)).reading;

describe("a table after another person's heading", () => {
  it("is that person's, and the client's table before it still reads", async () => {
    for (const other of ['Responsible Party', 'Emergency Contact', 'Guarantor', 'Authorized Representative', 'Power of Attorney', 'Health Care Proxy']) {
      const r = await read(page(other));
      expect(r?.name, other).toBe('Zora Vukovic');
      expect(r?.dob, other).toBe('1937-06-02');
      expect(r?.mrn, other).toBe('FS-22091');
      expect(r?.phone, other).toBeUndefined();
    }
  });

  it("keeps a physician's or caregiver's phone under their heading from the client", async () => {
    const dl = (rows: [string, string][]) => `<dl>${rows.map(([l, v]) => `<dt>${l}</dt><dd>${v}</dd>`).join('')}</dl>`;
    const html = `<!DOCTYPE html><html><head><title>Face Sheet</title></head><body><div class="patient-bar"><span class="pb-name">Lindahl, Agnete</span> <span>MRN: 400213</span></div><h3>Demographics</h3>${dl([['Date of Birth', '05/05/1940'], ['Phone', '(207) 555-0137']])}<h3>Physician</h3>${dl([['Name', 'Dr. Ruth Amankwah'], ['Phone', '(207) 555-0100']])}</body></html>`;
    const r = await read(html);
    expect(r).toMatchObject({ name: 'Agnete Lindahl', mrn: '400213', phone: '(207) 555-0137' });
  });
});
