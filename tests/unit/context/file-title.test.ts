import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/** A GP system titles the open record "Patient File: <name>" (file-title.ts). Our own markup. */
const page = (title: string) =>
  `<!DOCTYPE html><html><head><title>Practice</title></head><body><div class="top">${title}</div>` +
  '<table><tr><td>Chart ID</td><td>GX-30218</td><td>Date of birth</td><td>09/02/1971</td></tr><tr><td>Sex</td><td>Male</td></tr></table></body></html>';
const read = async (html: string) => (await readInHappyDom(html, 'https://gp.example.ie/file/GX-30218', extractClientContext)).reading;

describe('a record titled as the file of its person', () => {
  it('reads the name after "Patient File:"', async () => {
    expect(await read(page('Patient File: <b>Mr Declan Fitzgerald-Rowe</b>'))).toMatchObject({ name: 'Declan Fitzgerald-Rowe', mrn: 'GX-30218' });
  });

  it('reads no name from a number after "Patient record:"', async () => {
    expect((await read(page('Patient record: <b>GX-30218</b>')))?.name).toBeUndefined();
  });
});
