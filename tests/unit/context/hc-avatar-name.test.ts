import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/** The name after an avatar of its initials (hc-avatar-name.ts). Markup of our own, synthetic people. */
const page = (avatar: string) =>
  `<!DOCTYPE html><html><head><title>Patient Detail</title></head><body><header><span class="me">Nguyen, Tam</span></header><div class="detail"><aside class="pt-card"><div class="avatar">${avatar}</div><div class="nm">Ifeoma Castellanos</div><dl><dt>DOB</dt><dd>1966-01-23</dd><dt>Phone</dt><dd>(469) 555-0190</dd></dl></aside><section><h3>Glucose</h3><p>182 mg/dL</p></section></div></body></html>`;
const read = async (html: string) => (await readInHappyDom(html, 'https://rpm.example.org/patients/3391', extractClientContext)).reading;

describe('a card that opens with an avatar of initials', () => {
  it('reads the text after it as the name when the initials are its', async () => {
    expect(await read(page('IC'))).toMatchObject({ name: 'Ifeoma Castellanos', dob: '1966-01-23' });
  });

  it('reads the first line of the block after the avatar, above the identity line', async () => {
    const html = `<!DOCTYPE html><html><head><title>Patient</title></head><body><div class="pt-head"><div class="avatar">MO</div><div class="who"><div class="nm">Mehmet Oztürk</div><div class="sub">MRN 55014402 · DOB 1950-03-09</div></div></div><section><h3>Blood Pressure</h3><p>152/95</p></section></body></html>`;
    expect((await readInHappyDom(html, 'https://rpm.example.org/patients/4402', extractClientContext)).reading).toMatchObject({ name: 'Mehmet Oztürk', mrn: '55014402' });
  });

  it("never reads the user's badge in a top bar beside the client's identity", async () => {
    const html = `<!DOCTYPE html><html><head><title>Patient</title></head><body><div id="app"><div class="topbar"><span class="avatar">TN</span><span class="who">Tam Nguyen</span></div><div class="sub">MRN 55014402 · DOB 1950-03-09</div><section><h3>Readings</h3><p>152/95</p></section></div></body></html>`;
    expect((await readInHappyDom(html, 'https://rpm.example.org/patients/4402', extractClientContext)).reading?.name).toBeUndefined();
  });

  it("never reads a search's one result that way", async () => {
    const html = `<!DOCTYPE html><html><head><title>Search</title></head><body><h1>Search Results</h1><div class="card"><div class="avatar">JO</div><div class="nm">Jane Okafor</div><div class="sub">MRN 4412077 · DOB 1950-01-05</div></div></body></html>`;
    expect((await readInHappyDom(html, 'https://rpm.example.org/search?q=okafor', extractClientContext)).reading?.name).toBeUndefined();
  });

  it('reads no name when the initials are not its', async () => {
    expect(await read(page('TN'))).toBeNull();
  });
});
