import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/**
 * School, child-care and camp forms label the client "Child's name" or "Camper's name" (school-labels.ts). Markup of
 * our own, synthetic people.
 */
const form = (caption: string) => `<!DOCTYPE html><html><head><title>Health form</title></head><body>
  <h1>Camp health and immunization form</h1>
  <p>${caption}: <u>Lachlan Brodie</u></p>
  <p>Birth date: <u>2016-09-12</u> Sex: <u>M</u></p>
  <p>Parent/guardian: <u>Fiona Brodie</u></p>
  </body></html>`;

describe("a child's name caption", () => {
  it("reads the name after Child's name", async () => {
    const { reading } = await readInHappyDom(form("Child's name"), 'https://camp.example.org/forms/2291', extractClientContext);
    expect(reading?.name).toBe('Lachlan Brodie');
    expect(reading?.dob).toBe('2016-09-12');
  });

  it("reads the name after Camper's name", async () => {
    const { reading } = await readInHappyDom(form("Camper's name"), 'https://camp.example.org/forms/2291', extractClientContext);
    expect(reading?.name).toBe('Lachlan Brodie');
  });
});
