import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/** The record number under a hospital's abbreviation ("SJH MRN 5531-220", site-mrn.ts). Markup of our own, synthetic people. */
const page = (site: string) =>
  `<!DOCTYPE html><html><head><title>Stay</title></head><body><h3>Inpatient stay</h3><table>` +
  `<tr><th>Status</th><td>in progress</td></tr>` +
  `<tr><th>Patient</th><td>Wisniewski, Tomasz Jan — ${site} 5531-220 — born 1960-04-04 — male</td></tr>` +
  `<tr><th>Period</th><td>2026-09-14 --&gt; (ongoing)</td></tr></table></body></html>`;
const read = async (html: string) => (await readInHappyDom(html, 'https://ig.example.org/Encounter-e1.html', extractClientContext)).reading;

describe("a hospital's abbreviation before MRN", () => {
  it('labels the record number', async () => {
    expect(await read(page('SJH MRN'))).toMatchObject({ name: 'Tomasz Jan Wisniewski', mrn: '5531-220', dob: '1960-04-04' });
  });

  it("never a relative's or an old one", async () => {
    for (const word of ['MOM MRN', 'OLD MRN']) expect((await read(page(word)))?.mrn, word).toBeUndefined();
  });

  it("never takes a name's last word in capitals before a colon's MRN", async () => {
    const html = `<!DOCTYPE html><html><head><title>REG</title></head><body><pre> NAME: <b>KOWALCZYK,DOROTA ROSS</b>     MRN: <b>880417</b>    DOB: <b>03/02/1957</b></pre></body></html>`;
    expect((await read(html))?.name).toBe('Dorota Ross Kowalczyk');
  });
});
