import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/**
 * A case management strip prints the client's number after the person's kind with a "#" glued to it ("Client #73019",
 * "Client #FR-3382"), beside the birth date (who-id-chip.ts). Markup of our own, synthetic people.
 */
const page = (chip: string) =>
  `<!DOCTYPE html><html><head><title>Assessment</title></head><body><div class="bar">Assessor: Winifred Oyelaran</div>
<div class="strip"><span class="nm">Ansgar Whitlock-Mbeki</span> &middot; <span>DOB 08/14/1977</span> &middot; <span>${chip}</span> &middot; <span>Male</span></div>
<section><h2>Assessment</h2><p>Total score: 9</p></section></body></html>`;
const read = async (html: string) => (await readInHappyDom(html, 'https://ce.example.org/assessments/8812', extractClientContext)).reading;

describe('a client number with its "#" glued on', () => {
  it('is the record number', async () => {
    expect(await read(page('Client #73019'))).toMatchObject({ name: 'Ansgar Whitlock-Mbeki', mrn: '73019', dob: '1977-08-14' });
    expect((await read(page('Client #FR-3382')))?.mrn).toBe('FR-3382');
  });
  it('needs digits: a word after the mark is no number', async () => {
    expect((await read(page('Client #Priority')))?.mrn).toBeUndefined();
  });
  it('is never a plan member\'s: "Member #TCH-4471" is the insurance card\'s number', async () => {
    expect((await read(page('Member #TCH-4471')))?.mrn).toBeUndefined();
  });
});
