import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/** A physician's face-to-face encounter for a home health certification dates no stay (face-to-face.ts). Our own markup. */
const form = (section: string, rows: string) =>
  `<!DOCTYPE html><html><body><div class="doc"><h2>Home Health Certification</h2>` +
  `<div class="title">Patient</div><div class="r"><span>Name</span><span>Oyelaran, Bartholomew</span></div>` +
  `<div class="r"><span>Date of Birth</span><span>04/17/1941</span></div><div class="r"><span>Medical Record #</span><span>HC-330918</span></div>` +
  `<div class="title">${section}</div>${rows}</div></body></html>`;
const read = async (html: string) => (await readInHappyDom(html, 'https://homecare.example.org/referrals/4471/print', extractClientContext)).reading;

describe("a face-to-face encounter's date", () => {
  it('is not an admission under a section titled for it', async () => {
    const r = await read(form('Face-to-face encounter', '<div class="r"><span>Encounter date</span><span>11/24/2026</span></div><div class="r"><span>Clinician</span><span>Dr. Imelda Sorensen</span></div>'));
    expect(r).toMatchObject({ name: 'Bartholomew Oyelaran', mrn: 'HC-330918', dob: '1941-04-17' });
    expect(r?.admitDate).toBeUndefined();
  });

  it("is read as the stay's under another section's title", async () => {
    const r = await read(form('Hospital stay', '<div class="r"><span>Encounter date</span><span>11/24/2026</span></div>'));
    expect(r).toMatchObject({ admitDate: '2026-11-24' });
  });
});
