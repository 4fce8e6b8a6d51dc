import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/** A behavioural-health or crisis line app's store keeps its person under `client` (structured.ts). Markup of our own, synthetic people. */
const read = async (state: string) =>
  (
    await readInHappyDom(
      `<!DOCTYPE html><html><head><title>Follow-up</title><script type="application/json" id="state">${state}</script></head>` +
        `<body><h1>Follow-up FU-2210</h1><div>Leocadia Brightwater • F • (802) 555-0139 • Client # LN-7741</div></body></html>`,
      'https://line.example.org/follow-ups/FU-2210',
      extractClientContext,
    )
  ).reading;

describe("a store's client", () => {
  it("completes the shown client's birth date", async () => {
    const r = await read('{"followUp":{"client":{"firstName":"Leocadia","lastName":"Brightwater","birthDate":"1979-03-08","clientNumber":"LN-7741"}}}');
    expect(r?.name).toBe('Leocadia Brightwater');
    expect(r?.dob).toBe('1979-03-08');
  });

  it('gives nothing for someone the page does not show', async () => {
    const r = await read('{"followUp":{"client":{"firstName":"Ignatius","lastName":"Farrow","birthDate":"1950-11-30"}}}');
    expect(r?.dob).toBeUndefined();
  });
});
