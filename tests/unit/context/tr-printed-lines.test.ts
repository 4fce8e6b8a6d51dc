import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/**
 * A referral packet or a terminal inquiry printed as preformatted text, labels in capitals and columns padded with
 * spaces: each line reads as inline labels, and a phone after another person's label on its line is theirs
 * (labelled.ts). Markup of our own, synthetic people.
 */
const packet = `REFERRAL PACKET                         Sent 12/03/2026 16:40
SENDING FACILITY: LAKESIDE GENERAL         PHONE: (414) 555-0100

PATIENT: OYELARAN, BABATUNDE K              MRN: LG-5512093
DOB: 01/14/1946   AGE: 80   SEX: M          ADMITTED: 11/27/2026
ROOM: 5S-512                                EST. DISCHARGE: 12/06/2026
HOME PHONE: (414) 555-0131

EMERGENCY CONTACT: OYELARAN, FOLAKE (WIFE)  PHONE: (414) 555-0132
PCP: HALVORSEN, INGRID MD                   PHONE: (414) 555-0170
`;
const page = (style = '') => `<!DOCTYPE html><html><head><title>Referral Packet</title></head><body><pre${style}>${packet}</pre></body></html>`;
const read = async (style?: string) => (await readInHappyDom(page(style), 'https://packets.lakeside-general.net/print?id=5512', extractClientContext)).reading;

describe('a packet printed as preformatted text', () => {
  it("reads the client's labelled values, not the contacts' phones", async () => {
    expect(await read()).toMatchObject({ name: 'Babatunde K. Oyelaran', mrn: 'LG-5512093', dob: '1946-01-14', sex: 'M', phone: '(414) 555-0131', admitDate: '2026-11-27', dischargeDate: '2026-12-06', location: '5S-512' });
  });

  it('is not read when hidden', async () => {
    expect(await read(' style="display:none"')).toBeNull();
  });
});
