import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { RELATION } from '../../../src/context/generic/relation-words';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/** "Parents: …" names the client's relatives (relation-words.ts). Markup of our own, synthetic people. */
const read = async (body: string) =>
  (await readInHappyDom(`<!DOCTYPE html><html><body>${body}</body></html>`, 'https://kids-ed.example.org/triage/5520', extractClientContext)).reading;

describe('a line of both parents', () => {
  it('is a relation word', () => expect(RELATION.test('Parents')).toBe(true));

  it('leaves the child the client', async () => {
    const r = await read(`<div role="region" aria-label="Patient header"><span aria-label="Patient name">Tobiah Lund-Ferraro</span>
      <span aria-label="Date of birth">2021-08-30</span><span aria-label="Medical record number">KD 7730041</span></div>
      <div class="parents">Parents: Anders Lund (DOB 05/01/1987) · Giulia Ferraro (DOB 12/12/1989, (617) 555-0164)</div>`);
    expect(r).toMatchObject({ name: 'Tobiah Lund-Ferraro', dob: '2021-08-30', mrn: 'KD 7730041' });
  });
});
