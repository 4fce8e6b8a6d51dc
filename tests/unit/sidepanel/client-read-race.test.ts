import { describe, expect, test, vi } from 'vitest';
import { signal } from '@preact/signals';
import type { ClientRecord } from '../../../src/model/records';
import type { BindingModel } from '../../../src/sidepanel/models/binding';
import type { RapportDb } from '../../../src/store/db';

/** The record reads, held until the test lets each one answer. */
const reads: { id: string; answer: (record: ClientRecord) => void }[] = [];
vi.mock('../../../src/store/client-reads', () => ({
  getClient: (_db: unknown, id: string) => new Promise<ClientRecord>((answer) => reads.push({ id, answer })),
  mergeCandidatesFor: async () => [],
}));
const enrolled = vi.fn<(id: string, now: number) => ClientRecord>();
vi.mock('../../../src/sidepanel/models/load-actions', () => ({
  loadActions: async () => ({ enrolClient: async (_db: unknown, id: string, now: number) => enrolled(id, now) }),
}));

const { createClientModel } = await import('../../../src/sidepanel/models/client');

const NOW = Date.UTC(2026, 11, 4, 15, 0);
const seen = { id: 'c1', createdAt: NOW - 1000, updatedAt: NOW - 1000, rev: 1, name: 'Jane M Doe' } as unknown as ClientRecord;

/**
 * Under load the panel's first read of the page's client can still be in flight when the user
 * presses "Add to my caseload": that read began before the write, so it answers with the record as
 * it was. Landing after the write, it must not put "Add to my caseload" back on screen.
 */
describe('the page client while its first read is in flight', () => {
  test('an enrolment made meanwhile stays shown; the record is read again after it', async () => {
    const context = { name: 'Jane M Doe', source: 'demo-classic', confidence: 0.9 };
    const tab = { url: 'http://127.0.0.1/chart/1', context };
    const binding = {
      tab: signal(tab),
      clientId: signal<string | undefined>('c1'),
      known: signal({ tab, client: seen }),
      askForClient: async () => undefined,
    } as unknown as BindingModel;
    const model = createClientModel({} as RapportDb, binding);
    expect(reads.map((read) => read.id)).toEqual(['c1']);
    expect(model.client.value?.enrolledAt).toBeUndefined();

    const joined = { ...seen, enrolledAt: NOW };
    enrolled.mockReturnValue(joined);
    await model.enrol('c1', NOW);
    expect(model.client.value?.enrolledAt).toBe(NOW);

    reads[0]!.answer(seen);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(model.client.value?.enrolledAt).toBe(NOW);
    expect(reads).toHaveLength(2);
    reads[1]!.answer(joined);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(model.client.value).toEqual(joined);
    model.dispose();
  });
});
