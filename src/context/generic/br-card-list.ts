import { tagOf } from '../tag';

/** Whether `el` opens with a bold lead and a line break, the shape of a person's card (hc-br-card.ts). */
function cardShaped(el: Element): boolean {
  const lead = el.firstElementChild;
  return !!lead && /^(?:B|STRONG)$/.test(tagOf(lead)) && tagOf(lead.nextElementSibling ?? lead) === 'BR';
}

/**
 * A messaging inbox or a roster lists its people as cards of that shape side by side ("<b>Yusuf Demir</b><br>DOB
 * 03/03/1977<br>Can I get a work note?", a Klara-, Spruce- or portal-style conversation list): one of several such
 * siblings is a list's entry, never the page's client, whichever of them is selected.
 */
export function amongCards(el: Element): boolean {
  const parent = el.parentElement;
  if (!parent) return false;
  let alike = 0;
  for (let c = parent.firstElementChild, k = 0; c && k < 50; c = c.nextElementSibling, k++) if (c !== el && tagOf(c) === tagOf(el) && cardShaped(c)) alike++;
  return alike > 0;
}
