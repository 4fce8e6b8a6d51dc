import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { matchLabel } from '../../../src/context/generic/labels';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/**
 * Registries and payer portals name a record number's issuing practice short ("MRN (Orchard Family Med)", "MRN (Lakes
 * Pediatrics Group)"): still an organisation, so still this client's record number (org-qualified-mrn.ts). Markup of
 * our own, synthetic people.
 */
describe('a record number under a practice named short', () => {
  it('labels the record number', () => {
    expect(matchLabel('MRN (Orchard Family Med)')?.field).toBe('mrn');
    expect(matchLabel('MRN (Lakes Pediatrics Group)')?.field).toBe('mrn');
    expect(matchLabel('MRN (Sister)')).toBeNull();
  });

  it('reads it in a piped line beside the payer member id', async () => {
    const { reading } = await readInHappyDom(
      `<!DOCTYPE html><html><head><title>Registry</title></head><body>
       <div class="card"><div class="t">Quillfeather, Dorothea</div>
       <div class="s">F | 61 yrs | 08/19/1965 | MRN (Orchard Family Med): OFM-55102 | Payer Member ID: QX7730012</div></div>
       </body></html>`,
      'https://registry.example.org/patients/1',
      extractClientContext,
    );
    expect(reading?.name).toBe('Dorothea Quillfeather');
    expect(reading?.mrn).toBe('OFM-55102');
  });
});
