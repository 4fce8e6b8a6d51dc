import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/**
 * A worklist's record header marks the phone chip with a telephone sign instead of a label: "☎ (415) 555-0172"
 * (cm-line-phone.ts). Markup of our own, synthetic people.
 */
const page = (chip: string) =>
  `<!DOCTYPE html><html><head><title>TCM</title></head><body><div class="tcm"><div class="hdr"><h1>Amadou Keita-Lund</h1><span class="pill">TCM 99496</span> <span>DOB 10/14/1939</span> <span>MRN 3341277</span> <span>${chip}</span></div><dl><dt>Discharge date</dt><dd>12/02/2026</dd></dl></div></body></html>`;
const read = async (chip: string) => (await readInHappyDom(page(chip), 'https://tcm.eastbay-care.net/patients/3341277', extractClientContext)).reading;

describe('a phone chip marked with a telephone sign', () => {
  it("is the client's phone", async () => {
    for (const chip of ['☎ (415) 555-0172', '📞 415-555-0172', '✆(415) 555-0172']) expect((await read(chip))?.phone, chip).toMatch(/555-0172$/);
  });
});
