import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/**
 * An exposure report is the exposed worker's; its "Source Patient" block names another person with their own
 * record number and birth date (exposure-source.ts). Markup of our own, synthetic people.
 */
describe("an exposure report's source patient", () => {
  for (const heading of ['Source Patient', 'Source Individual', 'Source of Exposure']) {
    it(`never gives the record number under "${heading}" to the exposed worker`, async () => {
      const html = `<!DOCTYPE html><html><head><title>Incident 4471</title></head><body>
        <h1>Sharps Injury Report</h1>
        <section><h2>Injured Worker</h2>
          <table><tr><th>Name</th><td>Perpetua Vanterpool</td></tr><tr><th>DOB</th><td>1986-09-12</td></tr>
          <tr><th>Unit</th><td>Cath Lab</td></tr></table></section>
        <section><h2>${heading}</h2>
          <table><tr><th>Source name</th><td>Gideon Thistlewood</td></tr><tr><th>Source MRN</th><td>M-7730418</td></tr>
          <tr><th>Source DOB</th><td>1949-01-30</td></tr></table></section>
      </body></html>`;
      const { reading } = await readInHappyDom(html, 'https://safety.example.org/incidents/4471', extractClientContext);
      expect(reading?.name).toBe('Perpetua Vanterpool');
      expect(reading?.mrn).not.toBe('M-7730418');
    });
  }
});
