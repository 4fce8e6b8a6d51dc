import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';
import { withoutTypeIcon } from '../../../src/context/generic/property-icon';

/**
 * A no-code database page: the record's title, then its properties, each name after an icon of its type
 * (property-icon.ts). Markup of our own, synthetic people.
 */
const page = `<!DOCTYPE html><html><head><title>Wendell Achebe</title></head><body>
  <nav><div>Peer Support</div><div>Participants</div></nav>
  <main><h1>Wendell Achebe</h1>
    <div role="table" aria-label="Page properties">
      <div role="row"><div role="cell">◉ Status</div><div role="cell">Active</div></div>
      <div role="row"><div role="cell"># Participant #</div><div role="cell">20917</div></div>
      <div role="row"><div role="cell">📅 Birthday</div><div role="cell">July 4, 1979</div></div>
      <div role="row"><div role="cell">📞 Phone</div><div role="cell">(971) 555-0163</div></div>
      <div role="row"><div role="cell">Aa Pronouns</div><div role="cell">he/him</div></div>
    </div>
    <p>Lives with his sister. Goals: steady housing.</p></main></body></html>`;

describe("a database property's type icon", () => {
  it('is no word of its label', async () => {
    const { reading } = await readInHappyDom(page, 'https://notion.example.org/peer/Wendell-Achebe-4f1c9e2a7b5d', extractClientContext);
    expect(reading).toMatchObject({ name: 'Wendell Achebe', mrn: '20917', dob: '1979-07-04', phone: '(971) 555-0163' });
  });

  it('is one glyph, never a separator or an empty field\'s placeholder before the next caption', () => {
    expect(withoutTypeIcon('📅 Birthday')).toBe('Birthday');
    expect(withoutTypeIcon('--- Birth Date')).toBe('--- Birth Date');
    expect(withoutTypeIcon('· Admission Date')).toBe('· Admission Date');
  });
});
