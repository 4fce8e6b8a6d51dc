import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/** Classic ASP face sheets whose captions are images. Markup and people of our own. */
const read = async (html: string) => (await readInHappyDom(`<!DOCTYPE html><html><body>${html}</body></html>`, 'https://records.example.org/facesheet.asp?cid=88', extractClientContext)).reading;
const cap = (alt: string) => `<td><img src="/images/lbl_${alt.length}.gif" alt="${alt}" width="90" height="14"></td>`;

const client = `<table border="1"><tr>${cap('Client Name')}<td><font><b>Marchetti, Loredana</b></font></td>${cap('Client Number')}<td>31077</td></tr>
  <tr>${cap('Date of Birth')}<td>2/11/1979</td>${cap('Phone')}<td>(503) 555-0124</td></tr>
  <tr>${cap('Admission Date')}<td>11/03/2026</td><td><input type="image" src="/images/btn_edit.gif" alt="Edit Client"></td><td></td></tr></table>`;

describe('a caption drawn as an image (image-caption.ts)', () => {
  it("labels the next cell with its alt text", async () => {
    expect(await read(client)).toMatchObject({ name: 'Loredana Marchetti', mrn: '31077', dob: '1979-02-11', phone: '(503) 555-0124', admitDate: '2026-11-03' });
  });

  it("titles another person's block when its heading row is an image", async () => {
    const contact = `<table border="1"><tr><td colspan="4"><img src="/images/hdr_ec.gif" alt="Emergency Contact"></td></tr>
      <tr>${cap('Name')}<td>Marchetti, Paolo</td>${cap('Relationship')}<td>Husband</td></tr>
      <tr>${cap('Phone')}<td>(503) 555-0188</td><td></td><td></td></tr></table>`;
    expect(await read(client + contact)).toMatchObject({ name: 'Loredana Marchetti', mrn: '31077', phone: '(503) 555-0124' });
  });
});
