import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/**
 * An ABA practice's labels for the child it treats (learner-labels.ts): a session note's "Learner:", an assessment
 * report's "Learner's Name:", an intake form's "Child's legal first name" beside the parents' own fields. Markup of
 * our own, synthetic people.
 */
const read = (body: string) =>
  readInHappyDom(`<!DOCTYPE html><html><head><title>ABA</title></head><body>${body}</body></html>`, 'https://aba.example.org/notes/7', extractClientContext);

describe('an ABA practice names its learner', () => {
  it("by a 'Learner:' caption in a session note's header line", async () => {
    const { reading } = await read(`<h1>Session Note</h1>
      <p>Learner: <b>Tobias Engström</b> | DOB: 04/02/2019 | Learner ID: L-7713 | Sex: M</p>
      <p>Rendering: Nadia Coles, RBT | Supervising BCBA: Imre Halasz, BCBA</p>`);
    expect(reading?.name).toBe('Tobias Engström');
    expect(reading?.dob).toBe('2019-04-02');
  });

  it("by 'Learner's Name:' in a report's identifying table", async () => {
    const { reading } = await read(`<h1>Skills Assessment Report</h1><table>
      <tr><td>Learner's Name:</td><td>Wren Abiodun</td><td>Date of Birth:</td><td>March 3, 2020</td></tr>
      <tr><td>Parents:</td><td>Kemi and Dayo Abiodun</td><td>Assessor:</td><td>Hollis Fry, BCBA</td></tr></table>`);
    expect(reading?.name).toBe('Wren Abiodun');
  });

  it("by an intake form's child's name parts and birth date, not a parent's", async () => {
    const { reading } = await read(`<form><fieldset><legend>Child</legend>
      <label for="a">Child's legal first name</label><input id="a" value="Oskar" readonly>
      <label for="b">Child's legal last name</label><input id="b" value="Pemberton-Lowe" readonly>
      <label for="c">Child's date of birth</label><input id="c" type="date" value="2021-08-14" readonly></fieldset>
      <fieldset><legend>Parent / Guardian</legend>
      <label for="d">Full name</label><input id="d" value="Ingrid Pemberton-Lowe" readonly>
      <label for="e">Date of birth</label><input id="e" type="date" value="1988-01-20" readonly></fieldset></form>`);
    expect(reading?.name).toBe('Oskar Pemberton-Lowe');
    expect(reading?.dob).toBe('2021-08-14');
  });
});
