import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/**
 * A protective services or research app keeps its person under a `client` or `participant` key of its state
 * (client-held.ts, structured-check.ts), an aging services app under `consumer` with its `consumerId`: read for the
 * person the banner names. Markup of our own, synthetic people.
 */
const page = (key: string) => `<!DOCTYPE html><html><head><title>Investigation</title></head><body>
  <div class="client-banner"><span class="n">Mirela Gustavsen</span> <span>F</span> <span>81 yrs</span></div>
  <p>Alleged perpetrator: Ansel Krug</p>
  <script type="application/json" id="state">{"investigation":{"id":"INV-9","${key}":{"firstName":"Mirela","lastName":"Gustavsen","birthDate":"1945-04-12","gender":"female"},
    "allegedPerpetrators":[{"firstName":"Ansel","lastName":"Krug","birthDate":"1977-01-30"}]}}</script>
  </body></html>`;

describe("an app state's client or participant", () => {
  for (const key of ['client', 'participant', 'consumer']) {
    it(`reads the birth date kept under "${key}"`, async () => {
      const { reading } = await readInHappyDom(page(key), 'https://aps.example.gov/investigations/INV-9', extractClientContext);
      expect(reading?.name).toBe('Mirela Gustavsen');
      expect(reading?.dob).toBe('1945-04-12');
    });
  }

  it("reads an aging services consumer's consumerId as the record number", async () => {
    const html = `<!DOCTYPE html><html><body><div class="head"><span class="n">Mirela Gustavsen</span> <span>81 y</span></div>
      <script type="application/json" id="app-state">{"session":{"user":{"firstName":"Ansel","lastName":"Krug"}},"consumer":{"consumerId":"55017","firstName":"Mirela","lastName":"Gustavsen","birthDate":"1945-04-12"}}</script></body></html>`;
    const { reading } = await readInHappyDom(html, 'https://aaa.example.org/consumers/55017', extractClientContext);
    expect(reading).toMatchObject({ name: 'Mirela Gustavsen', mrn: '55017', dob: '1945-04-12' });
  });
});
