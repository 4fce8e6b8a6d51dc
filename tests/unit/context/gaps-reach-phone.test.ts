import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/** A referral's sentence on how to reach the client it names gives their phone (reach-phone.ts). Our own markup. */
const message = (body: string) =>
  `<!DOCTYPE html><html><body><div class="thread"><h2>Referral: care coordination</h2><div class="from">Lakeside Family Practice</div>` +
  `<div class="body">${body}</div></div></body></html>`;
const read = async (body: string) => (await readInHappyDom(message(body), 'https://mail.example.org/inbox/thread/8841', extractClientContext)).reading;
const intro = 'Please see the attached referral for our patient Tobias Lindqvist-Amaro, DOB 03/11/1979, chart #LF-30417, for follow-up after his recent fall.';

describe('a sentence on reaching the client', () => {
  it('gives their phone', async () => {
    expect(await read(`<p>${intro} He is best reached at (608) 555-0143 after 5 pm.</p>`)).toMatchObject({ name: 'Tobias Lindqvist-Amaro', mrn: 'LF-30417', phone: '(608) 555-0143' });
    expect(await read(`<p>${intro} Best number to reach him is 608-555-0143 (cell).</p>`)).toMatchObject({ phone: '608-555-0143' });
  });

  it("never gives a relative's", async () => {
    expect((await read(`<p>${intro} His wife Maren can be reached at (608) 555-0199.</p>`))?.phone).toBeUndefined();
    expect((await read(`<p>${intro} He lives with his daughter. Best number to reach her is (608) 555-0199.</p>`))?.phone).toBeUndefined();
  });
});
