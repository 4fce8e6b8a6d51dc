import type { LabelRule } from './labels';

/**
 * A bilingual caption, the local language first and its English gloss after a slash ("Sexo / Sex", "Téléphone
 * (domicile) / Home phone"): the local half's rule, when `agrees` with what the English half names (null when the
 * English rules do not know it). Each language says how strict the agreement must be.
 */
export function glossRule(
  key: string,
  rules: readonly LabelRule[],
  ruleFor: (key: string) => LabelRule | null,
  agrees: (local: LabelRule, english: LabelRule | null) => boolean,
): LabelRule | null {
  const halves = key.split(/\s+\/\s+/);
  if (halves.length !== 2) return null;
  const [local, english] = halves as [string, string];
  const rule = rules.find((r) => r.re.test(local));
  return rule && agrees(rule, ruleFor(english)) ? rule : null;
}
