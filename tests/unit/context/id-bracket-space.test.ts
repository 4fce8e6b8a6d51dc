import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/** A record number in brackets with spaces inside them ("( Medical record number: WR-77120 )") ends at its last character. Our own markup. */
const html = `<!DOCTYPE html><html><head><title>Patient</title></head><body><div class="box"><p>Oskar Brzezinski Male, DoB: 1952-02-17 ( Medical record number: WR-77120 )</p></div></body></html>`;

describe('a bracketed record number with a space before the bracket', () => {
  it('keeps no space', async () => {
    expect((await readInHappyDom(html, 'https://ig.example.org/Patient-brzezinski.html', extractClientContext)).reading).toMatchObject({ name: 'Oskar Brzezinski', mrn: 'WR-77120' });
  });
});
