import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/**
 * An eligibility response prints the patient's card and then the subscriber's in the same layout, each captioned
 * by a plain element that names its section only through aria-labelledby, aria-label or role="heading"
 * (sc-others-card.ts): the subscriber's name and birth date are theirs, the patient's card is read. Markup of our
 * own, synthetic people.
 */
const pair = (l: string, v: string) => `<div><span class="lbl">${l}</span><span class="val">${v}</span></div>`;
const card = (id: string, caption: string, how: 'by' | 'label' | 'role', rows: string) => {
  const open = how === 'by' ? `<section aria-labelledby="${id}"><div id="${id}">${caption}</div>` : how === 'label' ? `<section aria-label="${caption}"><div>${caption}</div>` : `<section><div role="heading" aria-level="2">${caption}</div>`;
  return `${open}<div style="display:grid;grid-template-columns:repeat(4,1fr)">${rows}</div></section>`;
};
const page = (how: 'by' | 'label' | 'role') =>
  `<!DOCTYPE html><html><head><title>Eligibility Response</title></head><body><div>Portal · Hello, Kendra Mills</div><h1>Eligibility and Benefits Response</h1>
<p>Payer: EXAMPLE HEALTH PLAN | Transaction Date: 12/05/2026</p>
${card('p-h', 'Patient', how, pair('Patient Name', 'QUINTERO, AMARA L') + pair('Member ID', 'WXK502218841') + pair('Date of Birth', '03/22/2011') + pair('Gender', 'Female') + pair('Relationship to Subscriber', 'Child') + pair('Address', '12 ELM ST, MESA AZ') + pair('Plan', 'Choice PPO') + pair('Coverage Dates', '01/01/2026 – 12/31/2026'))}
${card('s-h', 'Subscriber', how, pair('Subscriber Name', 'QUINTERO, MATEO J') + pair('Subscriber ID', 'WXK502218841') + pair('Date of Birth', '09/30/1979') + pair('Group Number', '266104') + pair('Group Name', 'NORTHPOINT LOGISTICS INC'))}
</body></html>`;
const read = async (html: string) => (await readInHappyDom(html, 'https://portal.example.org/eligibility/response/77120', extractClientContext)).reading;

describe("a card named for the subscriber", () => {
  it("holds the subscriber's values, not the patient's", async () => {
    for (const how of ['by', 'label', 'role'] as const) {
      const r = await read(page(how));
      expect(r?.name, how).toBe('Amara L. Quintero');
      expect(r?.dob, how).toBe('2011-03-22');
    }
  });
});
