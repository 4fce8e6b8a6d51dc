import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/**
 * "Social Beneficiary Identifier 1QA7-RT2-YH44" with no colon: "Social" is an SSN's caption, but the bare
 * "Identifier" after "Beneficiary" ends that caption, it does not start a record number of its own
 * (run-on-labels.ts). Markup of our own, synthetic people.
 */
const read = async (ids: string) =>
  (
    await readInHappyDom(
      `<!DOCTYPE html><html><body><h2>Example patient</h2>
<p>Wilhelmina Strand-Okafor, female, born 1958-03-22</p>
<table><tr><td>Other identifiers</td><td><ul>${ids}</ul></td></tr></table></body></html>`,
      'https://fhir.example.org/ig/Patient-strand.html',
      extractClientContext,
    )
  ).reading;

describe('a bare id noun after a caption word', () => {
  it('is the end of that caption, not a record number label', async () => {
    const r = await read('<li>Social Beneficiary Identifier 7XK2-PL4-QQ19 (use official)</li>');
    expect(r).toMatchObject({ name: 'Wilhelmina Strand-Okafor' });
    expect(r?.mrn).toBeUndefined();
  });

  it('still starts a second pair after a value with a digit', async () => {
    const r = await read('<li>Account 5520193 Identifier 44718230</li>');
    expect(r?.mrn).toBe('44718230');
  });
});

describe("a one-line summary's identifier typed in brackets, with its use in brackets of its own", () => {
  it('is the record number, colon or not, before a member number elsewhere', async () => {
    const r = (
      await readInHappyDom(
        `<!DOCTYPE html><html><body><h2>Example patient</h2>
<p>Wilhelmina Strand-Okafor (official) Female, DoB 1958-03-22 ( Medical record number 55120377 (use usual, ))</p>
<table><tr><td>Other Ids</td><td><ul><li>Member Number WX-8812034 (use secondary, )</li></ul></td></tr></table></body></html>`,
        'https://fhir.example.org/ig/Patient-strand.html',
        extractClientContext,
      )
    ).reading;
    expect(r).toMatchObject({ name: 'Wilhelmina Strand-Okafor', mrn: '55120377' });
  });
});
