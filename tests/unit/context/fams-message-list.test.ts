import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/**
 * A web mail folder drawn as a listbox of messages, each option previewing a notice about a different
 * client (unpicked-option.ts): no message is open, so nobody is the client. Markup of our own, synthetic people.
 */
const folder = (picked: string) => `<!DOCTYPE html><html><head><title>Referrals - Mail</title></head><body>
  <nav><div>Inbox 9</div><div>Referrals</div></nav>
  <div role="listbox" aria-label="Message list">
    <div role="option"${picked === 'first' ? ' aria-selected="true"' : ''}><div>Lakeside Hospital</div><div>Discharge notice – MORROW, Delia J</div>
      <div>Patient: Delia J. Morrow DOB: 04/17/1950 MRN: 5512093 Discharged 12/05/2026…</div></div>
    <div role="option"><div>Elm Street Clinic</div><div>New referral — Tobias Lindgren</div>
      <div>our patient Tobias Lindgren, DOB 09/30/1987, chart #E-20417, phone (612) 555-0139…</div></div>
  </div>
  ${picked === 'first' ? `<main aria-label="Reading Pane"><h1>Discharge notice – MORROW, Delia J</h1>
    <p>Patient: Delia J. Morrow<br>DOB: 04/17/1950<br>MRN: 5512093<br>Discharged: 12/05/2026</p></main>` : '<div><b>Select an item to read</b></div>'}
</body></html>`;

describe('a message list of several options', () => {
  it('with none opened reads nobody', async () => {
    const { reading } = await readInHappyDom(folder('none'), 'https://mail.example.org/mail/referrals', extractClientContext);
    expect(reading).toBeNull();
  });

  it('with one opened reads the opened message, not the other previews', async () => {
    const { reading } = await readInHappyDom(folder('first'), 'https://mail.example.org/mail/referrals/id/AAQk1', extractClientContext);
    expect(reading).toMatchObject({ name: 'Delia J. Morrow', mrn: '5512093', dob: '1950-04-17' });
  });
});
