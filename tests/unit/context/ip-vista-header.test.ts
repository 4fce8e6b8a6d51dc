import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/**
 * A VistA-style patient header: "FAMILY,GIVEN M" with no space after the comma, then the identifier and
 * "Mon DD,YYYY (age)" with none either. The SSN-style identifier is never the record number. Markup of our own.
 */
const read = async (html: string) => (await readInHappyDom(`<!DOCTYPE html><html><body>${html}</body></html>`, 'https://vista.example.org/cprs', extractClientContext)).reading;
const header = (name: string, line: string) => `<div class="toolbar"><div class="tb-patient"><div>${name}</div><div>${line}</div></div><div class="tb-location"><div>2 WEST MED 208-B</div><div>Provider: ODUYA,FEMI</div></div></div><div class="tabs">Cover Sheet | Problems | Meds</div>`;

describe('a VistA-style header', () => {
  it('names the client and dates the birth', async () => {
    const r = await read(header('GRANTHAM,MILDRED E', '666-21-0934   Sep 14,1941 (85)'));
    expect(r).toMatchObject({ name: 'Mildred E. Grantham', dob: '1941-09-14' });
    expect(r?.mrn).toBeUndefined();
  });

  it('gives nothing where the age disagrees with the date (another person\'s)', async () => {
    expect(await read(header('GRANTHAM,MILDRED E', '666-21-0934   Sep 14,1941 (42)'))).toBeNull();
  });
});
