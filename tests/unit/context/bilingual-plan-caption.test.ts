import { describe, expect, it } from 'vitest';
import { insuranceCaptioned } from '../../../src/context/generic/ins-caption-value';

const value = (caption: string) => {
  const d = new DOMParser().parseFromString(
    `<!DOCTYPE html><html lang="es"><body><div class="row"><span class="lbl">${caption}</span> <span class="val">Medicare Advantage · No. de miembro / Member No. 88271045</span></div></body></html>`,
    'text/html',
  );
  return d.querySelector('.val') as Element;
};

describe('a bilingual insurance caption', () => {
  it("makes the member number in its value the plan's, as the English caption alone does", () => {
    expect(insuranceCaptioned(value('Insurance:'), '88271045')).toBe(true);
    expect(insuranceCaptioned(value('Seguro / Insurance:'), '88271045')).toBe(true);
    expect(insuranceCaptioned(value('Aseguradora / Payer'), '88271045')).toBe(true);
  });

  it('not under a caption whose halves name no plan', () => {
    expect(insuranceCaptioned(value('Expediente / Chart #:'), '88271045')).toBe(false);
  });
});
