import { expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/** A check-in screen's patient strip, a region its aria-label names the patient's, chips side by side (labelled.ts). Synthetic people. */
const page =
  `<!DOCTYPE html><html><head><title>Check-in</title></head><body><div class="top"><span>Welcome</span><span>Reviewer: Ines Varga</span></div>` +
  `<div class="strip" aria-label="Patient"><span class="nm">Oskar Bielecki-Hale</span> <span>|</span> <span>MRN: K5520931</span> <span>|</span> <span>DOB: 4/2/1961</span>` +
  ` <span>|</span> <span>64 y.o. M</span> <span>|</span> <span>CSN: 771200345</span></div><h2>Check-in completed</h2></body></html>`;

it('a region named the patient\'s is read on as its banner line: the sex after the age too', async () => {
  expect((await readInHappyDom(page, 'https://welcome.example.org/review/4', extractClientContext)).reading).toMatchObject({
    name: 'Oskar Bielecki-Hale',
    mrn: 'K5520931',
    dob: '1961-04-02',
    sex: 'M',
  });
});
