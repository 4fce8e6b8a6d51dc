import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/**
 * A specialty EHR's patient bar marked as the banner landmark, opening with the name in natural order before a line of
 * its facts (landmark-name.ts). Markup of our own, synthetic people.
 */
const bar = (open: string, extra = '') => `<!DOCTYPE html><html><head><title>Eye Exam</title></head><body>
  <div role="banner"><div>${open}</div><div><span>64 y M</span> <span>DOB 02/14/1962</span> <span>Pt ID 301877</span></div>${extra}</div>
  <main><h2>Comprehensive eye exam</h2><table><tr><th></th><th>OD</th><th>OS</th></tr><tr><th>IOP</th><td>17</td><td>19</td></tr></table></main>
</body></html>`;
const url = 'https://eyes.example.org/ehr/patient/301877/exam/5521';

describe('a banner landmark that opens with the name', () => {
  it('names the client by its first text', async () => {
    const { reading } = await readInHappyDom(bar('Tobias Okonjo-Reyes'), url, extractClientContext);
    expect(reading).toMatchObject({ name: 'Tobias Okonjo-Reyes', mrn: '301877', dob: '1962-02-14' });
  });

  it('names nobody when another bare name sits in the landmark too', async () => {
    const { reading } = await readInHappyDom(bar('Tobias Okonjo-Reyes', '<div>Helena Marsh</div>'), url, extractClientContext);
    expect(reading?.name).toBeUndefined();
  });

  it('never takes a view title for a name', async () => {
    const { reading } = await readInHappyDom(bar('Glaucoma Clinic'), url, extractClientContext);
    expect(reading?.name).toBeUndefined();
  });
});
