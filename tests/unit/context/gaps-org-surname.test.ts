import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/** A family name that is also an organisation's word, written as a person's (name-shape.ts). Markup of our own. */
const page = (heading: string) =>
  `<!DOCTYPE html><html><head><title>Chart</title></head><body><header>Clinic · Signed in: Ana Poleski</header><div class="banner"><h1>${heading}</h1><div>MRN 4471209 · DOB 03/14/1961 · Male</div></div><main><p>Notes</p></main></body></html>`;
const read = async (html: string) => (await readInHappyDom(html, 'https://ehr.example.org/patient/7741/', extractClientContext)).reading;

describe('an organisation word as a family name', () => {
  it("is the client's in \"Family, Given\" or after a middle initial", async () => {
    expect(await read(page('Harold J. Church'))).toMatchObject({ name: 'Harold J. Church', mrn: '4471209' });
    expect(await read(page('CHURCH, Harold'))).toMatchObject({ name: 'Harold Church', mrn: '4471209' });
    expect(await read(page('Manor, Joyce Ann'))).toMatchObject({ name: 'Joyce Ann Manor' });
  });

  it("is still an organisation's name written as one", async () => {
    for (const heading of ['Grace Church', 'Oak Manor', 'First Baptist Church', 'Westside Branch']) expect((await read(page(heading)))?.name, heading).not.toBe(heading);
  });
});
