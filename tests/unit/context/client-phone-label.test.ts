import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';
import { clientLabelledPhone } from '../../../src/context/generic/client-phone-label';

/**
 * A letter about a patient prints its recipient's "Phone:" as prominently as the patient's own number, which
 * its label names as the patient's ("Patient phone"): that one is the client's (client-phone-label.ts).
 * Markup of our own, synthetic people.
 */
const page = (label: string) =>
  '<!DOCTYPE html><html><head><title>Referral letter</title></head><body>' +
  '<div class="to"><div>To: Dr. Ottilie Brandvold</div><div>Phone: (307) 555-0140</div></div>' +
  '<p>Re: Achterberg, Linus &nbsp; DOB: 02/09/1963 &nbsp; MRN: 5518-2207</p>' +
  `<table><tr><td>Reason</td><td>Follow-up of ankle fracture</td></tr><tr><td>${label}</td><td>(307) 555-0177</td></tr></table></body></html>`;
const read = async (html: string) => (await readInHappyDom(html, 'https://letters.example.org/out/9912', extractClientContext)).reading;

describe('a phone labelled as the client’s beside another bare "Phone"', () => {
  it('is the client’s', async () => {
    for (const label of ['Patient phone', 'Member Tel.', 'Client Phone #']) {
      expect(await read(page(label)), label).toMatchObject({ name: 'Linus Achterberg', mrn: '5518-2207', phone: '(307) 555-0177' });
    }
  });

  it('is none when two numbers are labelled as the client’s', () => {
    const phones = [
      { how: 'label "Patient phone"', value: '(307) 555-0177' },
      { how: 'label "Patient cell phone"', value: '(307) 555-0178' },
      { how: 'label "Phone"', value: '(307) 555-0140' },
    ];
    expect(clientLabelledPhone(phones)).toBeUndefined();
  });
});
