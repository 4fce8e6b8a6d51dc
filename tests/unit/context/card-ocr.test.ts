import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/**
 * An intake review shows the text read off the insurance card's image; the card's member is the subscriber (here the
 * client's husband) and its id the plan's: neither is the client's (card-ocr.ts). Markup of our own, synthetic people.
 */
const page = (card: string) =>
  `<!DOCTYPE html><html><head><title>Intake review</title></head><body><div class="hdr">Staff: Ingeborg Rask</div><div class="patient"><div class="nm">Solveig Amara Lindqvist</div><div>Born 1979-02-11 · F</div></div>${card}<p>Consent to treat: signed.</p></body></html>`;
const read = async (html: string) => (await readInHappyDom(html, 'https://intake.example.org/review/77', extractClientContext)).reading;

describe("an insurance card's scanned text", () => {
  it('gives no name, record number or birth date', async () => {
    const blocks = [
      '<div class="ocr"><div class="cap">Insurance card (front) — OCR</div><pre>FJORD HEALTH PLAN\nMEMBER: TORBJORN K LINDQVIST\nID: FHP-2209184   GRP: 0410\nDOB: 1975-06-30</pre></div>',
      '<figure><img src="/card.png" alt="Card front"><figcaption>OCR: FJORD HEALTH PLAN • Member: TORBJORN K LINDQVIST • ID: FHP-2209184 • DOB: 1975-06-30</figcaption></figure>',
    ];
    for (const card of blocks) {
      const r = await read(page(card));
      expect(r?.name ?? '', card).not.toMatch(/Torbjorn/i);
      expect(r?.mrn, card).toBeUndefined();
      expect(r?.dob ?? null, card).not.toBe('1975-06-30');
    }
  });
});
