import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/**
 * A design system's label element names, by `for`, a custom element that renders its text control in its shadow root
 * (as UI5's ui5-label and ui5-input do): the label's value is that control's (hosted-control.ts). Markup of our own,
 * synthetic people.
 */
const input = (id: string, value: string) =>
  `<x-input id="${id}" readonly value="${value}"><template shadowrootmode="open"><div><input type="text" readonly value="${value}"></div></template></x-input>`;
const page = `<!DOCTYPE html><html><head><title>Communication settings</title></head><body>
  <header><span>Cascade Health</span> <span>Signed in: Dr. Anselm Kroll</span></header>
  <main>
    <h2>Liesel Marchetti-Ode</h2>
    <div>
      <x-label for="mrn">MRN</x-label>${input('mrn', '4409127')}
      <x-label for="dob">Date of birth</x-label>${input('dob', '09/30/1966')}
      <x-label for="ph">Preferred phone</x-label>${input('ph', '(206) 555-0148')}
    </div>
  </main>
</body></html>`;

describe('a label element naming a custom element by for', () => {
  it('reads the control the element renders in its shadow root', async () => {
    const { reading } = await readInHappyDom(page, 'https://care.cascade.example/patients/4409127/settings', extractClientContext);
    expect(reading).toMatchObject({ name: 'Liesel Marchetti-Ode', mrn: '4409127', dob: '1966-09-30', phone: '(206) 555-0148' });
  });
});
