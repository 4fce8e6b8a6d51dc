import { describe, expect, it } from 'vitest';
import { Window } from 'happy-dom';
import { shortText } from '../../../src/context/parse/text';
import { tagOf } from '../../../src/context/tag';

/**
 * A face sheet's box prints its caption on the line above its value ("Medical Record No.<br><b>MR4480113</b>"). A
 * browser gives a line break no box of its own, so a visibility check that judges it hidden must not glue the
 * words it parts: in Chromium the record number had been read as "No.MR4480113" (parse/text.ts).
 */
describe('a line break in a shown text', () => {
  it('parts the words around it even where the check judges it hidden', () => {
    const doc = new Window().document;
    doc.body.innerHTML = '<table><tr><td>Medical Record No.<br><b>MR4480113</b></td></tr></table>';
    const cell = doc.querySelector('td') as unknown as Element;
    const shown = (e: Element) => tagOf(e) !== 'BR';
    expect(shortText(cell, 200, 400, shown)).toBe('Medical Record No. MR4480113');
  });
});
