import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/**
 * A contact card without a single class name: the name is a plain span that opens the block holding the client's
 * birth date and record number, no heading, no landmark, no label (block-lead-name.ts). Markup of our own, synthetic
 * people.
 */
const page = (card: string) => `<!DOCTYPE html><html><head><title>Contact</title></head><body>
  <div><span>Relay CRM</span> <span>Signed in as Bram Oyelaran</span></div>
  <div>
    <div><span aria-hidden="true">NW</span><div><span>Nadia Wexford-Ames</span><div><span>Owner</span> <a>Bram Oyelaran</a></div></div><button>Call</button></div>
    <div>
      <div><div>Details</div>
        <div><span>Birthday</span><span>March 9, 1951</span></div>
        <div><span>Client #</span><span>RC-40917</span></div>
        <div><span>Phone</span><span>555-014-2290</span></div>
        <div><span>Emergency contact</span><span>Silas Wexford (son) 555-014-7781</span></div>
      </div>
      ${card}
    </div>
  </div>
</body></html>`;
const url = 'https://crm.example.org/contacts/40917';

describe('the name opening the block that holds the facts', () => {
  it('reads the plain span first in the card as the client', async () => {
    const { reading } = await readInHappyDom(page('<div><p><b>Bram Oyelaran</b> logged a call on 12/02/2026.</p></div>'), url, extractClientContext);
    expect(reading).toMatchObject({ name: 'Nadia Wexford-Ames', mrn: 'RC-40917', dob: '1951-03-09' });
  });

  it('reads no name when another name stands alone on a line of the block', async () => {
    const { reading } = await readInHappyDom(page('<div><div>Care team</div><div>Ilse Marrow</div><div>Tomas Reyes</div></div>'), url, extractClientContext);
    // The block's first text is never taken beside the care team. The card's title may still be read by the record
    // header's rule, as it is when the owner's caption has its colon ('Owner Bram Oyelaran' is a caption's line, no
    // second name: caption-led-line.ts); never a care team member.
    expect((reading?.provenance as Record<string, string> | undefined)?.name ?? '').not.toContain('first text of the block');
    expect(reading?.name === undefined || reading.name === 'Nadia Wexford-Ames').toBe(true);
  });

  it('reads the name after a title saying whom the card is for', async () => {
    const card = `<!DOCTYPE html><html><body><div><span>Triage desk</span> <span>Petra Lindgren</span></div>
      <div><div><div>Referral for</div><div>Chidinma Okafor</div>
        <div><div><span>Patient Key</span><span>TK-55012</span></div><div><span>Birth Date</span><span>1962-04-17</span></div></div></div>
      <div><h1>Referral status</h1><p>Received 11/20/2026 from the hub.</p></div></div></body></html>`;
    const { reading } = await readInHappyDom(card, 'https://triage.example.org/referrals/55012', extractClientContext);
    expect(reading).toMatchObject({ name: 'Chidinma Okafor', dob: '1962-04-17' });
  });
});
