/** What follows another person's or place's label: a name's or a place's first word, capitalised ("Harold", "Dr."). */
const NAMED = /^\p{Lu}/u;

/**
 * "PCP Harold Finch, MD" printed without its colon: the chip right before a phone still says whose the phone is when
 * it opens with a known label naming someone or somewhere else (othersLabel and OTHERS_SECTION in others.ts: "PCP",
 * "Attending", "Pharmacy"; never "License State") and a capitalised word follows, as a person's or a place's name
 * starts. Gives that label with its colon put back, else ''. A chip with a colon anywhere is read by its colon; only the
 * nearest chip is asked, since nothing without a colon ends the other person's details as a client's own
 * "Pref Lang: English" does.
 */
export function colonlessOthersLead(text: string, others: (label: string) => boolean): string {
  if (text.includes(':')) return '';
  const words = text.trim().split(/\s+/, 5);
  for (let k = Math.min(3, words.length - 1); k >= 1; k--) {
    const label = words.slice(0, k).join(' ');
    if (NAMED.test(words[k] as string) && others(label)) return `${label}:`;
  }
  return '';
}
