import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/**
 * 'Next-of-Kin', hyphenated as FHIR narratives and many registration forms print it, is another person's row
 * as 'Next of kin' is (others.ts and the label lists). Markup of our own, synthetic people.
 */
const page = (kin: string) =>
  `<!DOCTYPE html><html><head><title>Patient summary</title></head><body><div class="box"><p>Oskar Brzezinski Male, DoB: 1952-02-17 ( Medical record number: WR-77120)</p>` +
  `<table class="grid"><tr><td>Language:</td><td>Polish</td></tr><tr><td>${kin}</td><td><ul><li>Irena Brzezinska </li><li>ph: 555-301-8842(Mobile)</li></ul></td></tr></table></div></body></html>`;
const read = async (html: string) => (await readInHappyDom(html, 'https://ig.example.org/Patient-brzezinski.html', extractClientContext)).reading;

describe('a Next-of-Kin row', () => {
  it("holds the relative's phone, not the client's", async () => {
    for (const kin of ['Next-of-Kin:', 'Next of kin:']) {
      const r = await read(page(kin));
      expect(r, kin).toMatchObject({ name: 'Oskar Brzezinski', mrn: 'WR-77120', dob: '1952-02-17' });
      expect(r?.phone, kin).toBeUndefined();
    }
  });
});
