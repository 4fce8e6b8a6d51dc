import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/**
 * A caption in capitals whose words after the label's own run to the colon ("PHONE ON FILE: …", as a stylesheet's
 * text-transform or a terminal shows "Phone on file:"): a capital initial no longer marks the next label, and the value
 * after the colon is the caption's (capital-caption-tail.ts). Words naming another person or another line still end
 * it. Markup of our own, synthetic people.
 */
const page = (line: string) => `<!DOCTYPE html><html><head><title>Member</title></head><body>
<div><div>Dana Q. Whitfield</div><div>DOB 10/07/1984 · F · MRN: QW-0091820</div><div>${line}</div></div>
<main><h2>Notes</h2><p>No open tasks.</p></main></body></html>`;
const url = 'https://care.example.org/members/QW-0091820';

describe('a caption in capitals running to its colon', () => {
  it('reads the phone after "PHONE ON FILE:"', async () => {
    const { reading } = await readInHappyDom(page('PHONE ON FILE: 555-410-6628'), url, extractClientContext);
    expect(reading).toMatchObject({ name: 'Dana Q. Whitfield', mrn: 'QW-0091820', phone: '555-410-6628' });
  });

  it('does not read a phone captioned as another line or another person\u2019s', async () => {
    for (const line of ['PHONE AT WORK OFFICE: 555-410-6628', 'PHONE OF SPOUSE: 555-410-6628', 'PHONE NONE. FAX: 555-410-6628']) {
      const { reading } = await readInHappyDom(page(line), url, extractClientContext);
      expect(reading?.phone, line).toBeUndefined();
    }
  });
});
