import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';
import { matchLabel } from '../../../src/context/generic/labels';

/** A virtual visit's member panel and an e-prescribing patient band. Markup of our own. */
const read = async (html: string) => (await readInHappyDom(`<!DOCTYPE html><html><body>${html}</body></html>`, 'https://erx.example.org/patient/medications', extractClientContext)).reading;

describe('labels of video-visit rooms and e-prescribing screens', () => {
  it('read a callback number as the client\'s phone', async () => {
    expect(matchLabel('Callback number (if disconnected):')?.field).toBe('phone');
    expect(matchLabel('Call-back phone')?.field).toBe('phone');
    expect(await read('<section><h3>Member</h3><table><tr><td>Name</td><td>Oyelaran, Temitope</td></tr><tr><td>DOB</td><td>04/14/1980</td></tr><tr><td>Callback Phone</td><td>704-555-0121</td></tr></table></section>')).toMatchObject({ name: 'Temitope Oyelaran', phone: '704-555-0121' });
  });

  it('read an application\'s "Ext ID" as the chart id it was launched with', async () => {
    expect(matchLabel('Ext ID:')?.field).toBe('mrn');
    expect(matchLabel('Ext #:')?.field).not.toBe('mrn');
    expect(matchLabel('Ext. No.')?.field).not.toBe('mrn');
    expect(await read('<div id="pt"><table><tr><td><b>HALVORSEN, INGE</b></td><td>DOB: 03/02/1951 (75 Y)</td><td>Gender: F</td><td>Ext ID: 00412209</td></tr></table></div>')).toMatchObject({ name: 'Inge Halvorsen', mrn: '00412209', dob: '1951-03-02' });
  });
});
