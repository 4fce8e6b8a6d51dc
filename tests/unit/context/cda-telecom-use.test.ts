import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/**
 * A CDA stylesheet captions each telecom by its use code's display name ("Primary Home:", "Work Place:"), the same
 * caption over the address group (labels.ts, the bare home/work phone rule). Markup of our own, synthetic people.
 */
const page = (use: string) =>
  `<!DOCTYPE html><html><head><title>Continuity of Care Document</title></head><body><div class="header">` +
  `<div class="patient-name">Ottoline Brisbois</div>` +
  `<div class="row"><div class="attribute-title">Date of Birth</div><div>July 4, 1952</div></div>` +
  `<div class="row"><div class="attribute-title">Patient IDs</div><div><span>6610442</span> <span>2.16.840.1.113883.3.551.1</span></div></div>` +
  `<div class="row"><div class="attribute-title">Contact info</div><div><div class="addr"><div class="addr-h">${use}:</div><p>8 Wren St</p><p>Stevens Point, WI 54481</p></div>` +
  `<div class="tel">${use}: (715) 555-0166</div></div></div></div>` +
  `<h2>Author</h2><div>Casimir Dombrowski, MD</div></body></html>`;
const read = async (html: string) => (await readInHappyDom(html, 'https://hie.example.org/viewer/doc/4411', extractClientContext)).reading;

describe("a telecom captioned by its use code's display name", () => {
  it('is the patient phone', async () => {
    for (const use of ['Primary Home', 'Work Place']) {
      expect(await read(page(use)), use).toMatchObject({ name: 'Ottoline Brisbois', mrn: '6610442', phone: '(715) 555-0166' });
    }
  });
});
