import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { sexBesideAgeChip } from '../../../src/context/generic/chip-age-sex';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/** The sex chip beside the age in an id's run of chips (chip-age-sex.ts). Markup of our own, synthetic people. */
const read = async (body: string) =>
  (await readInHappyDom(`<!DOCTYPE html><html><head><title>Card</title></head><body>${body}</body></html>`, 'https://hub.example.org/m/p/ZQ-1180', extractClientContext)).reading;

const card = (sub: string) =>
  `<div class="m-header"><button aria-label="Back">‹</button> Enrollment <span class="m-user">Navigator: Pell Sorensen</span></div>` +
  `<div class="card"><div class="card-title">Lakeside Community HUB · Participant Enrollment</div><div class="card-body">` +
  `<p class="pname">Thaddeus Winterbourne</p><p class="psub">${sub}</p><p class="psub">Birthdate 11/2/1982 • Cell 330-555-0117</p><hr>` +
  `<p><span class="k">Enrolled</span> <span class="v">12/02/2026</span></p><p><span class="k">Consent signed</span> <span class="v">Yes – 12/02/2026</span></p>` +
  `<p><span class="k">Emergency contact</span> <span class="v">Odile Winterbourne (sister) 330-555-0160</span></p></div></div>`;

describe("a card's id chip run", () => {
  it('gives the sex printed beside the age', async () => {
    expect((await read(card('Client # ZQ-1180 • 44 yrs • Male')))?.sex).toBe('M');
    expect((await read(card('Client # ZQ-1180 · F · 44 y')))?.sex).toBe('F');
  });

  it('not without an age, nor beside two sex words', () => {
    expect(sexBesideAgeChip(['Client # ZQ-1180', 'Male'])).toBeNull();
    expect(sexBesideAgeChip(['Client # ZQ-1180', '44 yrs', 'Male', 'Female'])).toBeNull();
  });
});
