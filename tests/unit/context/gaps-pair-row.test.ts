import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/**
 * A form's rows of three label/value pairs side by side, one led by the client's preferred name (sc-pair-row.ts).
 * Markup of our own, synthetic people.
 */
const read = async (rows: string[]) =>
  (await readInHappyDom(`<!DOCTYPE html><html><head><title>Individual Data Form</title></head><body><h1>Individual Data Form</h1><table class="form">${rows.map((r) => `<tr>${r.split('|').map((c, i) => `<td${i % 2 ? '' : ' class="lbl"'}>${c.trim()}</td>`).join('')}</tr>`).join('')}</table></body></html>`, 'https://ids.example.org/idf/view/3310', extractClientContext)).reading;

describe('three pairs to a row', () => {
  it("reads the pairs after the client's preferred name in its row", async () => {
    const r = await read(['Last Name | Brannigan | First Name | Odile | Middle Name | T', 'Preferred Name | Dee | Gender | Female | Date of Birth | 03/07/1941', 'Individual ID | QX-2201 | SSN | XXX-XX-1234']);
    expect(r).toMatchObject({ name: 'Odile T. Brannigan', mrn: 'QX-2201', dob: '1941-03-07', sex: 'F' });
  });

  it("reads nothing of a row another person's label leads", async () => {
    const r = await read(['Last Name | Brannigan | First Name | Odile', 'Individual ID | QX-2201 | Gender | Female', 'Emergency Contact | Paul Brannigan | Date of Birth | 05/05/1939']);
    expect(r).toMatchObject({ name: 'Odile Brannigan', mrn: 'QX-2201' });
    expect(r?.dob).toBeUndefined();
  });
});
