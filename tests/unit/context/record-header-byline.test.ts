import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/**
 * A helpdesk ticket with no classes: the ticket's conversation, each message led by its author in bold, sits between
 * the ticket's fields and the one associated contact's card, whose name is only a link. Markup of our own.
 */
const page =
  '<nav><span>Helpdesk</span><span>Saoirse Lindgren · Riverbend Navigation</span></nav><div style="display:flex"><aside style="width:300px"><h2>Wheelchai' +
  'r van no-show</h2><p>Pipeline: Member support · Status: Open</p><section><h3>About this ticket</h3><div><span>Priority</span><span>High</span></div><d' +
  'iv><span>Source</span><span>Phone</span></div></section></aside><main style="flex:1"><h3>Conversation</h3><div><p><strong>Dmitri Vasquez</strong>: The' +
  ' driver waited ten minutes at the front door.</p><p><strong>Saoirse Lindgren</strong>: Member was at the clinic entrance instead. Rebooked for Friday.' +
  '</p></div></main><aside style="width:280px"><section><h3>Contacts (1)</h3><div><a href="/contacts/record/9912">Philomena Oduya</a><p>phil.oduya@exampl' +
  'e.com</p><div><span>Phone number</span><span>(503) 555-0117</span></div><div><span>Member ID</span><span>RN-440291</span></div><div><span>Date of birt' +
  'h</span><span>04/19/1952</span></div></div></section></aside></div>';

describe('a message\'s author before its prose', () => {
  it('is never taken for the title of the facts after it', async () => {
    const { reading } = await readInHappyDom(`<!DOCTYPE html><html><head><title>Wheelchair van no-show | Support</title></head><body>${page}</body></html>`, 'https://help.example.net/tickets/3312', extractClientContext);
    expect(reading?.name).not.toBe('Saoirse Lindgren');
    expect(reading?.name).not.toBe('Dmitri Vasquez');
  });
});
