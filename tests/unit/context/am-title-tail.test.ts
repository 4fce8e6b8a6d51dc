import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/**
 * A heading that is a view's title, then the name it shows ("QUICKVIEW: OYELOWO, Tobi"), above the chart's line of
 * identity values (am-title-tail.ts); never after another person's label. Markup of our own, synthetic people.
 */
const page = (heading: string) =>
  `<!DOCTYPE html><html><head><title>Chart</title></head><body><div class="top"><span>Clinic EHR</span></div><main><h2 class="qv-title">${heading}</h2><div class="qv-sub">#80119 · 36yo M · DOB 04/04/1990</div><section><h3>Active problems</h3><ul><li>Asthma</li></ul></section></main></body></html>`;
const read = async (html: string) => (await readInHappyDom(html, 'https://ehr.example.org/chart/80119', extractClientContext)).reading;

describe("a heading's title before the name", () => {
  it('is not part of the name', async () => {
    for (const heading of ['QUICKVIEW: OYEKAN, Tobi', 'Chart Summary - OYEKAN, Tobi']) {
      expect(await read(page(heading)), heading).toMatchObject({ name: 'Tobi Oyekan', mrn: '80119', dob: '1990-04-04' });
    }
  });

  it("gives no name after another person's label", async () => {
    expect((await read(page('Provider: HALVORSEN, Tobias')))?.name).toBeUndefined();
  });
});
