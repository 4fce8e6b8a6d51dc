import { shortText } from '../parse/text';
import { isAction } from './am-name-action';

/**
 * A CRM record's title heading holds more than the name: the module's badge or an avatar's letters before it
 * ("<h1><span>Co</span> <span>Mr. Jane Doe</span> <span><button>Follow</button></span></h1>", SugarCRM-style
 * record headers) and its own buttons, nested anywhere in it. The heading's text runs them into the name, and a
 * badge of two capitalised letters reads as a given name. The name is the heading's text without its buttons,
 * and without a first element of one to three letters when more than one word follows it.
 */
export function headingWithoutBadge(heading: Element): string | null {
  const first = heading.firstElementChild;
  const lead = first && !heading.firstChild?.nodeValue?.trim() ? shortText(first, 6) : null;
  const badge = lead && /^\p{L}{1,3}$/u.test(lead) ? lead : null;
  if (!badge && !heading.querySelector('button, [role="button"]')) return null;
  const text = shortText(heading, 80, 400, (el) => !isAction(el));
  if (!text || !badge || !text.startsWith(badge)) return text;
  const rest = text.slice(badge.length).trim();
  return rest.split(/\s+/).length > 1 ? rest : text;
}
