import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/**
 * An HL7 v2 message shown as its ER7 text (hl7v2-er7.ts): the patient is PID's, never the NK1 relative's, the IN1
 * insured's or the PV1 doctors'. Markup of our own, synthetic people.
 */
const MESSAGE = [
  'MSH|^~\\&amp;|REG|NORTHWOOD|ENGINE|LAB|20260402101500||ADT^A01|N0042|P|2.5',
  'EVN|A01|20260402101400',
  'PID|1||AC-55120^^^NW^AN~7730144^^^NW^MR||QUILLFEATHER^ROSALIND^J||19700118|F|||9 ELM ST^^ASHBY^MA^01431||(978)555-0161',
  'NK1|1|QUILLFEATHER^BARNABY|SPO^Spouse||(978)555-0177',
  'PV1|1|I|3S^310^A^NW||||4401^OYELEKE^TUNDE^^^^MD|||MED|||||||||V-88120|||||||||||||||||||||||||20260401223000',
  'IN1|1|AET|01|AETNA|||||||||||QUILLFEATHER^BARNABY|02|19680705',
];

const page = (body: string) => `<!DOCTYPE html><html><head><title>Message N0042</title></head><body>
  <div class="top">Engine console · signed in as kwatanabe</div>
  <h1>Message N0042 (Source)</h1>
  ${body}
  <p>Received 2026-04-02 10:15 · Status SENT</p></body></html>`;

describe('an HL7 v2 message shown as ER7 text', () => {
  it('reads the PID patient from a pre, the MR-typed id, the inpatient stay', async () => {
    const { reading } = await readInHappyDom(page(`<pre>${MESSAGE.join('\n')}</pre>`), 'https://engine.example.org/messages/N0042', extractClientContext);
    expect(reading?.name).toMatch(/^Rosalind J\.? Quillfeather$/);
    expect(reading?.mrn).toBe('7730144');
    expect(reading?.dob).toBe('1970-01-18');
    expect(reading?.sex).toBe('F');
    expect(String(reading?.phone).replace(/\D/g, '')).toBe('9785550161');
    expect(reading?.admitDate).toBe('2026-04-01');
    expect(reading?.location).toMatch(/3S\W*310\W*A/);
  });

  it('reads lines parted by <br> and one span per field alike', async () => {
    const spans = MESSAGE.map((l) => `<div>${l.split('|').map((f) => `<span>${f}</span>`).join('<span>|</span>')}</div>`).join('');
    for (const body of [`<div class="log">${MESSAGE.join('<br>')}</div>`, `<div class="body">${spans}</div>`]) {
      const { reading } = await readInHappyDom(page(body), 'https://engine.example.org/messages/N0042', extractClientContext);
      expect(reading?.name).toMatch(/^Rosalind J\.? Quillfeather$/);
      expect(reading?.mrn).toBe('7730144');
    }
  });

  it('reads nothing from two messages of two patients', async () => {
    const other = MESSAGE.map((l) => l.replace('QUILLFEATHER^ROSALIND^J', 'HARTWELL^OTTO').replace('7730144', '7730999').replace('19700118', '19550303'));
    const { reading } = await readInHappyDom(page(`<pre>${MESSAGE.join('\n')}</pre><pre>${other.join('\n')}</pre>`), 'https://engine.example.org/messages', extractClientContext);
    expect(reading).toBeNull();
  });
});
