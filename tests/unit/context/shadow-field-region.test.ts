import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/**
 * A design system's read-only text fields, each rendering its caption and value in a shadow root of its own: the fields
 * of one card share the card although Node.contains stops at each shadow root (region.ts). Markup of our own, synthetic
 * people.
 */
const field = (label: string, value: string) =>
  `<x-field label="${label}" value="${value}" readonly><template shadowrootmode="open"><div><label for="in">${label}</label><div><input id="in" type="text" readonly value="${value}"></div></div></template></x-field>`;
const page = `<!DOCTYPE html><html><head><title>Member · Northgate Care</title></head><body>
  <header><span>Northgate Care</span> <span aria-label="Signed in">Wendell Fairbrook</span></header>
  <main>
    <section>
      <h2>Okonkwo-Reyes, Damaris</h2>
      <div>${field('Member number', 'NG-4471902')}${field('Date of birth', '07/14/1958')}${field('Phone', '(505) 555-0182')}</div>
    </section>
    <section><h3>Notes</h3><p>Prefers calls after 10 am.</p></section>
  </main>
</body></html>`;

describe('fields in shadow roots of their own', () => {
  it('share the card that holds their hosts', async () => {
    const { reading } = await readInHappyDom(page, 'https://care.northgate.example/members/4471902', extractClientContext);
    expect(reading).toMatchObject({ name: 'Damaris Okonkwo-Reyes', mrn: 'NG-4471902', dob: '1958-07-14', phone: '(505) 555-0182' });
  });
});
