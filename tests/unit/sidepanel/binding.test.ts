import { describe, expect, test } from 'vitest';
import { createBindingModel } from '../../../src/sidepanel/models/binding';
import type { PanelHost } from '../../../src/sidepanel/host';
import type { TabContext } from '../../../src/messaging/schema';
import { memoryHost } from './memory-host';

const jane: TabContext = {
  tabId: 7,
  url: 'http://127.0.0.1/classic/chart/1',
  frameUrl: 'http://127.0.0.1/classic/chart/1',
  context: { name: 'Jane M. Doe', mrn: 'MRN-100234', source: 'demo-classic', confidence: 0.95 },
  readAt: 2,
};

describe('the tab the panel is bound to', () => {
  test('an answer read before a change the background announced does not undo that change', async () => {
    const fake = memoryHost({ tabId: 7, now: () => 0 });
    let answer: (reply: { tab: TabContext | null }) => void = () => undefined;
    // The background read its storage before the reader's report landed: its answer is stale.
    const host: PanelHost = { ...fake.host, getTabContext: () => new Promise((resolve) => (answer = resolve)) };
    const binding = createBindingModel(host);
    const started = binding.start();
    await Promise.resolve();
    fake.showInTab(jane);
    expect(binding.tab.value?.context?.name).toBe('Jane M. Doe');
    answer({ tab: null });
    await started;
    expect(binding.tab.value?.context?.name).toBe('Jane M. Doe');
    expect(binding.ready.value).toBe(true);
  });

  test('switching tabs shows nothing of the old tab while the new one is asked for', async () => {
    const fake = memoryHost({ tabId: 7, now: () => 0 });
    fake.showInTab(jane);
    let answer: (reply: { tab: TabContext | null }) => void = () => undefined;
    let calls = 0;
    const host: PanelHost = {
      ...fake.host,
      getTabContext: (tabId) => (calls++ === 0 ? fake.host.getTabContext(tabId) : new Promise((resolve) => (answer = resolve))),
    };
    const binding = createBindingModel(host);
    await binding.start();
    expect(binding.tab.value?.context?.name).toBe('Jane M. Doe');
    fake.activateTab(9);
    expect(binding.tab.value).toBeNull();
    answer({ tab: null });
  });
});
