import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/** A calendar's edit-event dialog: the patient's cell leads with a read-only input, the birth date after it. Markup of our own. */
const read = async (html: string) => (await readInHappyDom(`<!DOCTYPE html><html><body>${html}</body></html>`, 'https://ehr.example.org/calendar/day', extractClientContext)).reading;
const dialog = (cell: string) => `<table class="cal"><tr><td>08:00 Quist, Halvard (Office Visit)</td></tr><tr><td>08:30 Ferrante, Lucia (New Patient)</td></tr></table><div role="dialog"><table><tr><td class="lbl">Category:</td><td><select><option selected>Office Visit</option></select></td></tr><tr><td class="lbl">Patient:</td><td>${cell}</td></tr><tr><td class="lbl">Home Phone:</td><td>(616) 555-0144</td></tr></table></div>`;

describe('a control leading a cell of the record\'s other labelled facts', () => {
  it('holds the label\'s value', async () => {
    expect(await read(dialog('<input value="Lindqvist, Tove" readonly> <span>DOB: 1961-03-22</span>'))).toMatchObject({ name: 'Tove Lindqvist', dob: '1961-03-22', phone: '(616) 555-0144' });
  });

  it('is not taken when free text follows it or leads the cell', async () => {
    expect(await read(dialog('<input value="Lindqvist, Tove" readonly> <span>see chart</span>'))).toBeNull();
    expect(await read(dialog('Search <input value="Lindqvist, Tove"> <span>DOB: 1961-03-22</span>'))).toBeNull();
  });
});
