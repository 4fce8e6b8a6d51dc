import { describe, expect, test, vi } from 'vitest';
import { signal } from '@preact/signals';
import { T0, useFreshDb } from '../store/helpers';
import { createClient } from '../../../src/store/clients';
import { logContact } from '../../../src/store/contacts';
import { createContactsModel } from '../../../src/sidepanel/models/contacts';
import { createClock } from '../../../src/sidepanel/models/clock';

/** Long enough for every change event posted so far to arrive (they are tasks of this same process). */
const eventsDelivered = () => new Promise((resolve) => setTimeout(resolve, 50));

/** Issue 11: a panel's own write loads its list once, not once for the write and again for its change event. */
describe('one reload per change', () => {
  const db = useFreshDb();

  test("the panel's own write: the list is loaded once; a write from elsewhere: once too", async () => {
    const client = await createClient(db(), { name: 'Ann Example' }, T0);
    const clock = createClock(() => T0);
    const model = createContactsModel(db(), signal(client.id), clock);
    await vi.waitFor(() => expect(model.readyFor.value).toBe(client.id));
    await eventsDelivered();
    // Every load hands the list a new array.
    let loaded = 0;
    const unsubscribe = model.contacts.subscribe(() => loaded++);
    const loads = () => loaded;

    let before = loads();
    await model.log(client.id, { at: T0, channel: 'call', direction: 'outbound', outcome: 'reached', tags: [] });
    expect(model.contacts.value).toHaveLength(1);
    await eventsDelivered();
    expect(loads() - before).toBe(1);

    before = loads();
    await logContact(db(), { clientId: client.id, at: T0 + 1, channel: 'text', direction: 'inbound', outcome: 'message-sent', tags: [] }, T0 + 1);
    await vi.waitFor(() => expect(model.contacts.value).toHaveLength(2));
    await eventsDelivered();
    expect(loads() - before).toBe(1);
    unsubscribe();
    model.dispose();
    clock.dispose();
  });
});
