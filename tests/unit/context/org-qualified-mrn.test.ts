import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { matchLabel } from '../../../src/context/generic/labels';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/**
 * A record number printed under its issuing organisation in brackets ("MRN (Harbourside Medical Center)") is this
 * client's; one under a person or a relation is not (org-qualified-mrn.ts). Markup of our own, synthetic people.
 */
describe('a record number qualified by its issuer', () => {
  it('labels the record number when the brackets name an organisation', () => {
    expect(matchLabel('MRN (Harbourside Medical Center)')?.field).toBe('mrn');
    expect(matchLabel('Medical Record Number (St. Columba):')?.field).toBe('mrn');
    expect(matchLabel('MRN (Mother)')).toBeNull();
    expect(matchLabel('MRN (Ada Brennan)')).toBeNull();
  });

  it('reads it in a demographics table', async () => {
    const { reading } = await readInHappyDom(
      `<!DOCTYPE html><html><head><title>Summary</title></head><body><h1>Health Summary</h1>
       <table><tr><th>Name</th><td>Perpetua Linwood</td></tr><tr><th>Date of Birth</th><td>02/14/1950</td></tr>
       <tr><th>MRN (Harbourside Medical Center)</th><td>HM0042178</td></tr></table></body></html>`,
      'https://phr.example.org/summary',
      extractClientContext,
    );
    expect(reading?.name).toBe('Perpetua Linwood');
    expect(reading?.mrn).toBe('HM0042178');
  });
});
