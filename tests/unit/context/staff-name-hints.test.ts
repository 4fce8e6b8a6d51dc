import { describe, expect, it } from 'vitest';
import { hintWords, namesClient } from '../../../src/context/generic/hints';

/**
 * A contact centre's agent bar marks the agent's name as a name (`data-testid="agent-name"`), as a patient card marks
 * the patient's: an agent's, a representative's or a care coordinator's name is staff's, never the client's
 * (hints.ts). Markup of our own.
 */
const marked = (attributes: string) => {
  const span = new DOMParser().parseFromString(`<span ${attributes}>Rowena Pask</span>`, 'text/html').body.firstElementChild!;
  return hintWords(span);
};

describe("a staff member's name marked as a name", () => {
  for (const attributes of ['data-testid="agent-name"', 'data-testid="rep-name"', 'class="desk__representativeName"', 'data-qa="coordinator-name"', 'class="caseworker-name"']) {
    it(`is not the client's (${attributes})`, () => {
      expect(namesClient(marked(attributes))).toBe(false);
    });
  }
  for (const attributes of ['data-testid="patient-name"', 'class="member__fullName"', 'data-qa="client-name"']) {
    it(`while the client's is (${attributes})`, () => {
      expect(namesClient(marked(attributes))).toBe(true);
    });
  }
});
