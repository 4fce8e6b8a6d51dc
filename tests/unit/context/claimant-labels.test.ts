import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/**
 * Claim and leave systems caption their person "Claimant", "Injured Worker", "Examinee", and key them by the
 * "Claimant ID" / "Injured Worker ID"; the claim number stays the claim's (claimant-labels.ts). Markup of our own,
 * synthetic people.
 */
describe('claimant labels', () => {
  it('reads the claimant of a disability claim file', async () => {
    const html = `<!DOCTYPE html><html><head><title>Claim 71100422</title></head><body>
      <div class="bar">Claim 71100422 · Approved</div>
      <dl>
        <dt>Claimant</dt><dd>Osric P. Hallorann</dd>
        <dt>Claimant ID</dt><dd>CP-0092214</dd>
        <dt>Date of Birth</dt><dd>1971-04-03</dd>
        <dt>Claim Number</dt><dd>71100422</dd>
        <dt>Date Disability Began</dt><dd>2026-09-14</dd>
        <dt>Attending Physician</dt><dd>Bettina Volk, MD</dd>
      </dl></body></html>`;
    const { reading } = await readInHappyDom(html, 'https://absence.example.com/claims/71100422', extractClientContext);
    expect(reading?.name).toBe('Osric P. Hallorann');
    expect(reading?.mrn).toBe('CP-0092214');
    expect(reading?.dob).toBe('1971-04-03');
  });

  it('reads an injured worker and an examinee under their captions', async () => {
    for (const caption of ['Injured Worker:', 'Examinee:', 'Injured Employee:']) {
      const html = `<!DOCTYPE html><html><head><title>Claim</title></head><body>
        <table><tr><td>${caption}</td><td>Perpetua Okonjo</td></tr>
        <tr><td>DOB:</td><td>02/17/1984</td></tr>
        <tr><td>Claim #:</td><td>WC-2026-118</td></tr>
        <tr><td>Adjuster:</td><td>Lemuel Ashcroft</td></tr></table></body></html>`;
      const { reading } = await readInHappyDom(html, 'https://wc.example.com/claim/WC-2026-118', extractClientContext);
      expect(reading?.name).toBe('Perpetua Okonjo');
      expect(reading?.dob).toBe('1984-02-17');
      expect(reading?.mrn).toBeUndefined();
    }
  });
});
