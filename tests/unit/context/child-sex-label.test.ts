import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/**
 * A developmental screening's summary asks the child's sex in the child's own caption ("Child's gender:",
 * learner-labels.ts), beside "Child's name:" and "Child's date of birth:". Markup of our own, synthetic people.
 */
describe("a child's sex caption", () => {
  it('gives the client’s sex', async () => {
    for (const caption of ["Child's gender:", "Child's sex:", 'Child sex:']) {
      const html = `<!DOCTYPE html><html><head><title>Summary</title></head><body><h1>Questionnaire summary</h1>
        <table><tr><td>Child's name:</td><td>Aurelio Benavides</td><td>Child's date of birth:</td><td>09/09/2025</td></tr>
        <tr><td>${caption}</td><td>Male</td><td>Adjusted age:</td><td>14 months</td></tr></table></body></html>`;
      const { reading } = await readInHappyDom(html, 'https://screen.example.org/q/41', extractClientContext);
      expect(reading?.sex, caption).toBe('M');
    }
  });
});
