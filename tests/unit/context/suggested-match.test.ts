import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/**
 * A registration screen's duplicate check proposes one existing record, laid out like a record, until the clerk
 * links to it: the proposal is nobody's chart yet (suggested-match.ts). Markup of our own, synthetic people.
 */
const page = (heading: string) => `<!DOCTYPE html><html><head><title>New registration</title></head><body>
  <main>
    <h1>Register patient</h1>
    <form><label>First name <input value=""></label><label>Last name <input value=""></label></form>
    <section class="dup">
      <h3>${heading}</h3>
      <div class="rec">
        <p>Name: Haverford, Lucille B</p>
        <p>DOB: 07/19/1962</p>
        <p>MRN: RG-4471032</p>
        <p>Phone: (319) 555-0148</p>
      </div>
      <button>Use this record</button> <button>Create new</button>
    </section>
  </main></body></html>`;

describe("a matcher's proposed record", () => {
  it('is nobody read', async () => {
    const { reading } = await readInHappyDom(page('Potential duplicate'), 'https://reg.example.org/register/new', extractClientContext);
    expect(reading).toBeNull();
  });

  it('makes the page no one\'s when the heading reaches only the first of two proposals', async () => {
    const two = `<!DOCTYPE html><html><head><title>Merge</title></head><body><h2>Possible duplicates</h2>
      <div><p>Name: Haverford, Lucille B</p><p>DOB: 07/19/1962</p><p>MRN: RG-4471032</p></div>
      <div><p>Name: Haverford, Lucy</p><p>DOB: 07/19/1962</p><p>MRN: RG-5590178</p></div></body></html>`;
    const { reading } = await readInHappyDom(two, 'https://reg.example.org/merge/4471032', extractClientContext);
    expect(reading).toBeNull();
  });

  it('is read when the heading says it is the record', async () => {
    const { reading } = await readInHappyDom(page('Patient record'), 'https://reg.example.org/register/new', extractClientContext);
    expect(reading?.mrn).toBe('RG-4471032');
  });
});
