import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/**
 * A record card titled with its person's name by an element that is no <h1>-<h5> but reads as a heading: a design
 * system's card title, or an element ARIA calls a heading (heading-like.ts). The facts are captioned list items below
 * it, and a subtitle with the visit's number comes first. Markup of our own, synthetic people.
 */
const page = (title: string) => `<!DOCTYPE html><html><head><title>Visit summary</title></head><body>
  <nav><div>Signed in</div><div><span>Marit Olander, RN</span> <span>(919) 555-0107</span></div></nav>
  <main>
    <x-card>
      <x-card-header><x-card-subtitle>Inpatient stay · FIN 770214452</x-card-subtitle>${title}</x-card-header>
    </x-card>
    <x-list>
      <x-list-header>Patient</x-list-header>
      <x-item><x-label>MRN</x-label><x-note>6630418</x-note></x-item>
      <x-item><x-label>DOB</x-label><x-note>04/23/1944</x-note></x-item>
      <x-item><x-label>Phone</x-label><x-note>(919) 555-0163</x-note></x-item>
    </x-list>
    <x-list>
      <x-list-header>Care contacts</x-list-header>
      <x-item><x-label><h3>Follow-up PCP</h3><p>Dr. Ines Gallo · (919) 555-0140</p></x-label></x-item>
    </x-list>
  </main>
</body></html>`;
const url = 'https://app.transitions.example/visits/v-9Qw2';

describe('a card titled by an element read as a heading', () => {
  it("reads an Ionic card title's name", async () => {
    const { reading } = await readInHappyDom(page('<ion-card-title>Rosalind Achterberg</ion-card-title>'), url, extractClientContext);
    expect(reading).toMatchObject({ name: 'Rosalind Achterberg', mrn: '6630418', dob: '1944-04-23' });
  });

  it('reads the name of an element ARIA calls a heading', async () => {
    const { reading } = await readInHappyDom(page('<div role="heading" aria-level="2">Rosalind Achterberg</div>'), url, extractClientContext);
    expect(reading).toMatchObject({ name: 'Rosalind Achterberg', mrn: '6630418', dob: '1944-04-23' });
  });
});
