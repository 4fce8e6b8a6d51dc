import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { unitRoomToken } from '../../../src/context/generic/unit-room-token';

/** A nursing handoff banner whose bed is printed as unit and room, uncaptioned. Our own markup. */
const page = (bed: string) =>
  new DOMParser().parseFromString(
    `<!DOCTYPE html><html><head><title>Handoff</title></head><body><aside><h3>7 West</h3><ul><li>701 Lund, Ebbe</li><li>702 Ayodele, Funmi</li></ul></aside>` +
      `<main><div class="banner"><h1>Ayodele, Funmilayo</h1> <span>61 yrs F</span> • <span>DOB 09/03/1965</span> • <span>MRN 3390127</span> • ` +
      `<span>${bed}</span> • <span>Admitted 12/02/2026</span> • <span>Code: Full</span></div><section><h2>Situation</h2><p>Stable overnight.</p></section></main></body></html>`,
    'text/html',
  );
const read = (doc: Document) => extractClientContext(doc, 'https://handoff.example.org/unit/7W/patient/3390127', { adapters: [], today: '2026-12-07' });

describe("a banner's uncaptioned unit and room", () => {
  it('is the location', async () => {
    expect(await read(page('7W-702-B'))).toMatchObject({ name: 'Funmilayo Ayodele', mrn: '3390127', location: '7W-702-B' });
    expect((await read(page('12N.1204')))?.location).toBe('12N.1204');
  });

  it('is only that shape', () => {
    expect(unitRoomToken('4E-402')).toBe(true);
    expect(unitRoomToken('3W.308-1')).toBe(true);
    expect(unitRoomToken('BPH-0048213')).toBe(false);
    expect(unitRoomToken('60093417')).toBe(false);
    expect(unitRoomToken('12/02/2026')).toBe(false);
  });
});
