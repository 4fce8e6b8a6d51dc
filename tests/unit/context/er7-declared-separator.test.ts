import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/**
 * An HL7 v2 message's field separator is the one its header declares (MSH-1), not always '|' (hl7v2-er7.ts): a viewer
 * printing each field in a span may draw the separator as another mark, or put each field on a line of its own.
 * Markup of our own, synthetic people.
 */
const MESSAGE = [
  'MSH|^~\\&amp;|REG|WESTFOLD|ENGINE|LAB|20260402101500||ADT^A01|N0077|P|2.5',
  'PID|1||5520931^^^WF^MR||ABERNATHY^CORDELIA^M||19640922|F|||4 MILL RD^^ASHBY^MA^01431||(978)555-0142',
  'NK1|1|ABERNATHY^FERGUS|SPO^Spouse||(978)555-0199',
  'PV1|1|I|4N^412^B^WF||||4401^OYELEKE^TUNDE^^^^MD',
];

/** One div per segment, one span per field, `between` drawn between fields as the viewer draws it. */
const viewer = (between: string) =>
  `<!DOCTYPE html><html><head><title>Message N0077</title></head><body><h1>Message N0077</h1><div class="msg">${MESSAGE.map(
    (l) => `<div>${l.split('|').map((f) => `<span>${f}</span>`).join(between)}</div>`,
  ).join('')}</div></body></html>`;

describe('an HL7 v2 message read with the separator its header declares', () => {
  it('reads the PID patient when the viewer draws the separator as another mark or as a line break', async () => {
    for (const between of ['<span>·</span>', '<br>']) {
      const { reading } = await readInHappyDom(viewer(between), 'https://engine.example.org/messages/N0077', extractClientContext);
      expect(reading?.name).toMatch(/^Cordelia M\.? Abernathy$/);
      expect(reading?.mrn).toBe('5520931');
      expect(reading?.dob).toBe('1964-09-22');
      expect(String(reading?.phone).replace(/\D/g, '')).toBe('9785550142');
    }
  });

  it('takes no word "MSH" over a line break for a header without its encoding characters', async () => {
    const html = `<!DOCTYPE html><html><head><title>Notes</title></head><body><p>MSH<br>PID<br>ABERNATHY^CORDELIA<br>19640922</p></body></html>`;
    const { reading } = await readInHappyDom(html, 'https://engine.example.org/notes', extractClientContext);
    expect(reading).toBeNull();
  });
});
