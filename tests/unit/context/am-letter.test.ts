import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/**
 * A referral letter: the practice's letterhead in bold ("Ekvall Internal Medicine") names no one, and the subject line
 * ("<b>Re:</b> Jane Doe, DOB: …, Chart # …") names whom the letter is about. Markup of our own, synthetic people.
 */
const page = (practice: string) =>
  `<!DOCTYPE html><html><head><title>Letter</title></head><body><article class="letter"><header class="letterhead"><b>${practice}</b><br>4 Harbour Rd, Salem MA · Tel (978) 555-0170 · Fax (978) 555-0171</header><p>Dear Dr. Haidar,</p><p><b>Re:</b> Marisela Quintana-Oduya, DOB: 12/02/1963, Chart # 3371104</p><p>I am referring this patient for evaluation of palpitations.</p><p>Sincerely,<br>Anselm Ekvall, MD</p></article></body></html>`;
const read = async (html: string) => (await readInHappyDom(html, 'https://ehr.example.org/letters/52', extractClientContext)).reading;

describe('a referral letter', () => {
  it('is about the patient its subject line names, never its letterhead', async () => {
    for (const practice of ['Ekvall Internal Medicine', 'Harbour Family Medicine', 'Salem Hand Surgery']) {
      expect(await read(page(practice)), practice).toMatchObject({ name: 'Marisela Quintana-Oduya', mrn: '3371104', dob: '1963-12-02' });
    }
  });
});
