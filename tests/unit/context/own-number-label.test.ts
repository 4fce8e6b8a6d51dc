import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/**
 * A banner's definition list prints the client's encounter or account number and then their phone ("FIN: … Phone: …"):
 * the number's label is no other person's, so the phone after it is the client's (own-number-label.ts). A phone after a
 * PCP's entry stays theirs. Markup of our own, synthetic people.
 */
const page = (label: string, value: string) =>
  '<!DOCTYPE html><html><head><title>Care plan</title></head><body><header>Signed in as: Oren Vaskó, RN</header>' +
  '<section class="person-banner"><h1>LINDQVIST-ARDEN, MAGNUS</h1><dl>' +
  `<dt>DOB:</dt><dd>03-Mar-1950</dd><dt>Sex:</dt><dd>Male</dd><dt>MRN:</dt><dd>00734418</dd><dt>${label}</dt><dd>${value}</dd><dt>Phone:</dt><dd>(563) 555-0128</dd>` +
  '</dl></section><h2>Goals</h2><p>Walk 20 minutes a day.</p></body></html>';
const read = async (html: string) => (await readInHappyDom(html, 'https://cm.example.org/persons/88/care-plan', extractClientContext)).reading;

describe('a phone after the client’s own encounter or account number', () => {
  it('is the client’s', async () => {
    for (const label of ['FIN:', 'CSN:', 'Visit #:', 'Account #:']) {
      expect(await read(page(label, '55120447')), label).toMatchObject({ name: 'Magnus Lindqvist-Arden', mrn: '00734418', phone: '(563) 555-0128' });
    }
  });

  it('is not the client’s after a provider’s entry', async () => {
    expect((await read(page('PCP:', 'Dr. Hedda Marsh')))?.phone).toBeUndefined();
  });
});
