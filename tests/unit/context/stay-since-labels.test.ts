import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/** A handover note that dates the stay by how long it has lasted. Markup of our own. */
const read = async (html: string) => (await readInHappyDom(`<!DOCTYPE html><html><body>${html}</body></html>`, 'https://handover.example.org/note/55', extractClientContext)).reading;
const note = (label: string) =>
  `<div class="pt"><h2>Quinlan, Rosa</h2><div>F · MRN 5520194 · DOB 08/08/1948</div></div><p><b>${label}:</b> 11/21/2026</p><p>Plan: PT daily.</p>`;

describe('a stay captioned by its duration', () => {
  it('reads "… since" as the admission', async () => {
    for (const label of ['Inpatient since', 'In hospital since', 'Admitted since', 'On the ward since']) {
      expect(await read(note(label))).toMatchObject({ name: 'Rosa Quinlan', admitDate: '2026-11-21' });
    }
  });

  it('leaves a relationship\'s "since" unread', async () => {
    for (const label of ['Patient since', 'Member since']) expect((await read(note(label)))?.admitDate).toBeUndefined();
  });
});
