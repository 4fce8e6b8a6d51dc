import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { matchLabel } from '../../../src/context/generic/labels';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/**
 * School health records label their person as the student (school-labels.ts): the student's name, the district's
 * student number (the record number where no chart number is shown, never over one), a state's number never, and the
 * student's own phone. Markup of our own, synthetic people.
 */
const read = async (body: string) =>
  (await readInHappyDom(`<!DOCTYPE html><html><head><title>Student Health</title></head><body>${body}</body></html>`, 'https://sh.example.org/students/88/health', extractClientContext)).reading;

describe("a school's labels for the student", () => {
  it('labels the name, a weak record number, nothing for a state id, and the phone', () => {
    expect(matchLabel('Student:')?.field).toBe('name');
    expect(matchLabel('Student name')?.field).toBe('name');
    for (const label of ['Student ID', 'Student #', 'Student number', 'Student No.']) {
      expect(matchLabel(label)?.field, label).toBe('mrn');
      expect(matchLabel(label)?.weak, label).toBeGreaterThan(0);
    }
    for (const label of ['State ID', 'State Student ID', 'SSID']) expect(matchLabel(label), label).toMatchObject({ field: null });
    expect(matchLabel('Student cell')?.field).toBe('phone');
  });

  it("reads a compliance header table's student, student number and own cell beside a guardian's", async () => {
    const r = await read(
      `<div class="bar">Health Office · User: Maren Solberg (Aide)</div>
       <table><tr><td><b>Student:</b></td><td>Achebe, Ngozi</td><td><b>Student #:</b></td><td>77120</td><td><b>State ID:</b></td><td>4410093321</td></tr>
       <tr><td><b>Birthdate:</b></td><td>2012-05-08</td><td><b>Student cell:</b></td><td>(802) 555-0110</td><td><b>Guardian:</b></td><td>Ifeoma Achebe · (802) 555-0199</td></tr></table>
       <table><tr><th>Vaccine</th><th>Dose 1</th></tr><tr><td>MMR</td><td>06/01/2013</td></tr></table>`,
    );
    expect(r).toMatchObject({ name: 'Ngozi Achebe', mrn: '77120', dob: '2012-05-08', phone: '(802) 555-0110' });
  });

  it("prefers a school clinic chart's MRN to the student number", async () => {
    const r = await read(
      `<h1>Tobias Lindqvist</h1><dl><dt>Student ID</dt><dd>30917</dd><dt>MRN</dt><dd>5520184</dd><dt>DOB</dt><dd>03/02/2011</dd></dl>`,
    );
    expect(r?.mrn).toBe('5520184');
  });
});
