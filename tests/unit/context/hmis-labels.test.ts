import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/**
 * HMIS and Ryan White systems label the client's number under the system's or program's name and the stay with HUD's
 * project start and exit dates (hmis-labels.ts). Markup of our own, synthetic people.
 */
const page = (idLabel: string, start: string, exit: string) =>
  `<!DOCTYPE html><html><head><title>Client</title></head><body><div class="user">Signed in: Marek Oyelowo</div>
<h1>Philippa Dunmore-Achebe</h1>
<dl class="details"><dt>Record ID</dt><dd>a0R7x00000Lk2pQ</dd><dt>${idLabel}</dt><dd>HC-441802</dd><dt>Household ID</dt><dd>HH-5530</dd>
<dt>Birthdate</dt><dd>03/08/1990</dd><dt>Gender</dt><dd>Female</dd></dl>
<h3>Current enrollment</h3>
<dl class="enrollment"><dt>Project Type</dt><dd>Transitional Housing</dd><dt>${start}</dt><dd>10/19/2026</dd><dt>${exit}</dt><dd>01/15/2027</dd></dl>
</body></html>`;
const read = async (html: string) => (await readInHappyDom(html, 'https://coc.hmis.example/client/a0R7x00000Lk2pQ', extractClientContext)).reading;

describe("HMIS and Ryan White systems' labels", () => {
  it("read the client's number under the system's or program's name, ahead of a record id", async () => {
    for (const label of ['HMIS Client ID', 'HMIS ID', 'ADAP Client ID', 'Agency Client No.', 'Provider Client ID']) {
      expect(await read(page(label, 'Project Start Date', 'Expected Exit')), label).toMatchObject({ name: 'Philippa Dunmore-Achebe', mrn: 'HC-441802', dob: '1990-03-08' });
    }
  });

  it('read the project start as the admission and the exit as the discharge', async () => {
    expect(await read(page('HMIS Client ID', 'Project Start Date', 'Expected Exit'))).toMatchObject({ admitDate: '2026-10-19', dischargeDate: '2027-01-15', dischargeActual: false });
    expect(await read(page('HMIS Client ID', 'Entry Date', 'Exit Date'))).toMatchObject({ admitDate: '2026-10-19', dischargeDate: '2027-01-15', dischargeActual: true });
  });

  it('leave a bare provider id unread', async () => {
    expect((await read(page('Provider ID', 'Project Start Date', 'Expected Exit')))?.mrn).not.toBe('HC-441802');
  });
});
