import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/**
 * A referral read in a web mail conversation: the client is introduced mid-sentence after "our patient", with the
 * birth date right after the name and a chart number further on (prose-subject.ts). Markup of our own, synthetic people.
 */
const message = (sentence: string) => `<!DOCTYPE html><html><head><title>New referral - Mail</title></head><body>
  <div role="navigation"><a href="#inbox">Inbox 8</a><a href="#sent">Sent</a></div>
  <div role="main"><h2>New referral</h2>
    <div><span>Elm Street Clinic</span> <span>&lt;frontdesk@elmstreet.example&gt;</span> <span>Fri, Dec 4, 2:18 PM</span></div>
    <div><div>Hello,</div><div>${sentence}</div><div>Kendra Lutz<br>Referral Coordinator<br>P (412) 555-0100</div></div>
  </div></body></html>`;
const url = 'https://mail.example.org/mail/u/0/#inbox/FMfcgzQXJWxk';

describe('a referral sentence that introduces its client', () => {
  it('after "our patient" names them, with the birth date and the chart number', async () => {
    const { reading } = await readInHappyDom(message('Please see the attached referral for our patient Lucinda Oyelowo, DOB 03/19/1977, chart #B-40921, for care coordination.'), url, extractClientContext);
    expect(reading).toMatchObject({ name: 'Lucinda Oyelowo', mrn: 'B-40921', dob: '1977-03-19' });
  });

  it("never names a relative the sentence introduces as the patient's", async () => {
    const { reading } = await readInHappyDom(message("Please call our patient's wife Agnes Oyelowo, DOB 03/19/1950, chart #B-40921, about transport."), url, extractClientContext);
    expect(reading?.name).not.toBe('Agnes Oyelowo');
  });
});
