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

  it('reads the name after an avatar that opens the banner landmark itself, no class naming either', async () => {
    // Server-rendered with white space between tags, as a product's templates print it.
    const banner = (avatar: string, name: string) => `<!DOCTYPE html><html><head><title>Chart</title></head><body><main>
<header role="banner" aria-label="patient banner">
  <div>
    <div role="img">${avatar}</div>
    <div>
      <div>
        <span>${name}</span>
        <div><span>Female</span></div>
        <span>Admitted</span>
      </div>
      <div>
        <span>71 yrs</span><span>·</span><span>09-Mar-1955</span><span>·</span><span><div><span>Chart ID: </span><span>77031K</span></div></span><span>·</span><span><label><span>National ID: </span><span>29384756</span></label></span>
      </div>
    </div>
    <div><button>Actions</button></div>
  </div>
</header>
<section><h2>Vitals</h2><p>152/95</p></section></main></body></html>`;
    const url = 'https://ehr.example.org/chart/77031K';
    expect((await readInHappyDom(banner('NB', 'Nadia Okoro Bello'), url, extractClientContext)).reading).toMatchObject({ name: 'Nadia Okoro Bello', mrn: '77031K' });
    // Initials of the given and middle names, as some products draw them.
    expect((await readInHappyDom(banner('NO', 'Nadia Okoro Bello'), url, extractClientContext)).reading).toMatchObject({ name: 'Nadia Okoro Bello' });
    expect((await readInHappyDom(banner('TK', 'Nadia Okoro Bello'), url, extractClientContext)).reading?.name).toBeUndefined();
  });

  it("never reads a badge inside the banner whose block holds a name alone (the signed-in user's)", async () => {
    const html = `<!DOCTYPE html><html><head><title>Chart</title></head><body><header role="banner"><div><span>TN</span><span>Tam Nguyen</span></div><div><span>71 yrs</span> · <span>09-Mar-1955</span> · <span>Chart ID: </span><span>77031K</span></div></header></body></html>`;
    expect((await readInHappyDom(html, 'https://ehr.example.org/chart/77031K', extractClientContext)).reading?.name).toBeUndefined();
  });

  it('reads no name when the initials are not its', async () => {
    expect(await read(page('TN'))).toBeNull();
  });
});
