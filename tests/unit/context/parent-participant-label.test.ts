import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';
import { matchLabel } from '../../../src/context/generic/labels';

/**
 * A family-support programme's visit record captions its enrolled parent with both words ("Parent / Participant",
 * parent-participant-label.ts); "Parent / Guardian" stays someone else's caption. Markup of our own, synthetic people.
 */
describe("an enrolled parent's caption", () => {
  it('labels the name', async () => {
    const html = `<!DOCTYPE html><html><head><title>Visit record</title></head><body><h1>Visit record</h1>
      <div><label for="a">Parent/Participant</label><input id="a" value="Coralie Ashdown-Baines" readonly></div>
      <div><label for="b">Participant ID</label><input id="b" value="FS-30918" readonly></div>
      <div><label for="c">DOB</label><input id="c" value="08/11/2000" readonly></div>
      <div><label>Children present</label><span>Rufus Ashdown-Baines (DOB 01/02/2025)</span></div></body></html>`;
    const { reading } = await readInHappyDom(html, 'https://fs.example.org/visits/3', extractClientContext);
    expect(reading?.name).toBe('Coralie Ashdown-Baines');
    expect(reading?.mrn).toBe('FS-30918');
  });

  it('only with a client word', () => {
    expect(matchLabel('Caregiver / Client')?.field).toBe('name');
    expect(matchLabel('Participant (Parent)')?.field).toBe('name');
    expect(matchLabel('Parent / Guardian')?.field ?? null).toBeNull();
  });
});
