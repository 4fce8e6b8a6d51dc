import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/**
 * A printed care plan or assessment names whose it is ("Care Plan for: …", labels.ts), beside the member's
 * birth date and number; whoever prepared it is not the client. Markup of our own, synthetic people.
 */
const page = (label: string) =>
  `<!DOCTYPE html><html><head><title>Print</title></head><body><div class="printable"><h1>Plan</h1><p><strong>${label}</strong> Benedikt Oyarzún &nbsp; <strong>DOB:</strong> 08/19/1949 &nbsp; <strong>Member ID:</strong> KX-700213</p><p><strong>Prepared by:</strong> Lindqvist, Maja RN</p></div></body></html>`;
const read = async (html: string) => (await readInHappyDom(html, 'https://plan.example.org/print/7', extractClientContext)).reading;

describe('a printed plan', () => {
  it('names its client after "… for:"', async () => {
    for (const label of ['Care Plan for:', 'Plan of Care for:', 'Individualized Service Plan for:', 'Assessment for:']) {
      expect(await read(page(label)), label).toMatchObject({ name: 'Benedikt Oyarzún', mrn: 'KX-700213', dob: '1949-08-19' });
    }
  });
});
