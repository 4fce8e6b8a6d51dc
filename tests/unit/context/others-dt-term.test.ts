import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/**
 * A profile's definition list of the people around the client: the <dd> after a <dt> naming another person
 * ("Father of baby", "Grandmother") holds that person's birth date (others-key-row.ts), which must not unseat the
 * client's own. Markup of our own, synthetic people.
 */
describe('a relative’s definition term', () => {
  it('makes its value theirs', async () => {
    const html = `<!DOCTYPE html><html><head><title>Profile</title></head><body><main>
      <section><h1>Wilhelmina Tarrant-Oduya</h1><div>MRN: 77120 | Enrolled 2025-10-01</div></section>
      <section><h2>Demographics</h2><table><tr><th>Date of Birth</th><td>06/06/2001</td><th>Gender</th><td>Female</td></tr>
      <tr><th>Phone</th><td>(208) 555-0140</td><th>Language</th><td>English</td></tr></table></section>
      <section><h2>People in her life</h2>
      <dl><dt>Father of baby</dt><dd>Ignatius Pell · DOB 02/02/1999 · (208) 555-0111</dd>
      <dt>Grandmother</dt><dd>Ruth Tarrant · DOB 12/12/1970</dd></dl></section></main></body></html>`;
    const { reading } = await readInHappyDom(html, 'https://hv.example.org/clients/77120', extractClientContext);
    expect(reading?.name).toBe('Wilhelmina Tarrant-Oduya');
    expect(reading?.dob).toBe('2001-06-06');
  });
});
