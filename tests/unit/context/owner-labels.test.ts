import { describe, expect, it } from 'vitest';
import { matchLabel } from '../../../src/context/generic/labels';
import { captionedBold } from '../../../src/context/generic/captioned-bold';

/** The user a CRM record belongs to, captioned beside the record's own fields. */
const bold = (html: string) => {
  const div = document.createElement('div');
  div.append(...new DOMParser().parseFromString(html, 'text/html').body.childNodes);
  return div.querySelector('strong, b') as Element;
};

describe('an owner\'s caption', () => {
  it('labels no client field', () => {
    for (const caption of ['Ticket owner', 'Sales owner', 'Account Owner', 'Deal owner', 'Assigned to', 'Assignee']) expect(matchLabel(caption)).toMatchObject({ field: null });
  });

  it('makes the bold name after it its value, colon or not', () => {
    expect(captionedBold(bold('Sales owner <strong>Noor Haddad</strong>'))).toBe(true);
    expect(captionedBold(bold('Record · Assigned to <b>Noor Haddad</b>'))).toBe(true);
    expect(captionedBold(bold('Member at Lakeside Plan <b>Noor Haddad</b>'))).toBe(false);
  });
});
