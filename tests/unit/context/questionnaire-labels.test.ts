import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

const read = async (body: string) =>
  (await readInHappyDom(`<!DOCTYPE html><html><body>${body}</body></html>`, 'https://forms.example.org/intake/review/5', extractClientContext)).reading;

describe("an intake questionnaire's 'Best phone' (questionnaire-labels.ts)", () => {
  it('reads the answer to "Best phone number" as the client\'s phone', async () => {
    const form = `<h1>Pre-visit questionnaire</h1><div class="hdr">Patient: <b>Marisela Quintanar</b> | DOB: <b>1991-03-17</b> | MRN: <b>QX-20418</b></div>
      <ul class="answers"><li><span class="q">Preferred language</span> <span class="a">Spanish</span></li>
      <li><span class="q">Best phone number</span> <span class="a">(505) 555-0146</span></li></ul>`;
    expect(await read(form)).toMatchObject({ name: 'Marisela Quintanar', mrn: 'QX-20418', phone: '(505) 555-0146' });
  });
});
