import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/**
 * A subject banner printing its one person as a head row over one row of values (banner-record-grid.ts); the same
 * table with no banner around it stays a list of one. Markup of our own, synthetic people.
 */
const table = `<table><tr><th>Study Subject ID</th><th>MRN</th><th>Last Name</th><th>First Name</th><th>Birth Date</th><th>Gender</th></tr>
  <tr><td>0761-004</td><td>K30092211</td><td>ABERNETHY</td><td>LUCIAN</td><td>03/27/1959</td><td>Male</td></tr></table>`;
const page = (cls: string) => `<!DOCTYPE html><html><head><title>Subject</title></head><body>
  <div class="protocol">Protocol 0761 | PI: Henrike Salo, MD</div>
  <div class="${cls}">${table}</div>
  <p>Consent signed 10/02/2026</p></body></html>`;

describe('a subject banner grid', () => {
  it('reads the one row under the captions in a banner', async () => {
    const { reading } = await readInHappyDom(page('subjectBanner'), 'https://ctms.example.edu/subject/4', extractClientContext);
    expect(reading?.name).toBe('Lucian Abernethy');
    expect(reading?.mrn).toBe('K30092211');
    expect(reading?.dob).toBe('1959-03-27');
  });

  it('leaves the same table outside a banner alone', async () => {
    const { reading } = await readInHappyDom(page('results'), 'https://ctms.example.edu/subject/4', extractClientContext);
    expect(reading?.mrn).toBeUndefined();
  });
});
