import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

const read = async (body: string) =>
  (await readInHappyDom(`<!DOCTYPE html><html><body>${body}</body></html>`, 'https://app.carechat.example/inbox/c_51', extractClientContext)).reading;

const panel = (type: string) => `<main><ul><li>Adaeze Obi</li><li>Corwin Platt</li></ul>
  <aside class="x9a" aria-label="Contact details"><div class="k2f"><div class="n0p">Ignatius Mbeki-Larsen</div><div class="t7q">${type}</div></div>
  <div class="r1"><div class="c1">Gender</div><div class="v1">Male</div></div>
  <div class="r1"><div class="c1">Date of birth</div><div class="v1">04/18/1990</div></div>
  <div class="r1"><div class="c1">Mobile</div><div class="v1">(503) 555-0112</div></div>
  <div class="r1"><div class="c1">Email</div><div class="v1">ignatius@example.net</div></div>
  <div class="r1"><div class="c1">EHR patient ID</div><div class="v1">CC-20918</div></div>
  <div class="r1"><div class="c1">Tags</div><div class="v1">Dr. Osei · Diabetes</div></div></aside></main>`;

describe('a contact panel that types its contact under the name (typed-card-name.ts)', () => {
  it("reads the panel's first line as the client's name when the line under it says Patient", async () => {
    expect(await read(panel('Patient'))).toMatchObject({ name: 'Ignatius Mbeki-Larsen', mrn: 'CC-20918', dob: '1990-04-18', sex: 'M' });
  });

  it('gives nothing for a contact typed as someone else', async () => {
    expect((await read(panel('Caregiver')))?.name).not.toBe('Ignatius Mbeki-Larsen');
  });
});
