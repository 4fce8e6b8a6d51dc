import type { PickerEvent, SiteAccessState, SiteHost } from '../../../src/sidepanel/models/site';
import type { ContextField } from '../../../src/model/context';

/**
 * The site controls' browser in memory: the permission prompt is a promise the test answers, and
 * the picker's clicks are events the test sends.
 */
export function memorySiteHost(options: { access?: Exclude<SiteAccessState, 'unknown' | 'unsupported'>; tabUrl?: string } = {}) {
  const calls: string[] = [];
  const pickerListeners = new Set<(event: PickerEvent) => void>();
  let answerPrompt: (granted: boolean) => void = () => undefined;
  let access = options.access ?? 'not-enabled';
  let reachable = true;
  const host: SiteHost = {
    tabUrl: async () => options.tabUrl,
    access: async () => access,
    requestAccess: (pattern) => {
      calls.push(`request ${pattern}`);
      return new Promise<boolean>((resolve) => (answerPrompt = resolve));
    },
    enable: async (origin) => {
      calls.push(`enable ${origin}`);
      access = 'enabled';
      return true;
    },
    startPicker: async (tabId, field) => {
      calls.push(`pick ${tabId} ${field}`);
      return reachable;
    },
    stopPicker: async (tabId) => void calls.push(`stop ${tabId}`),
    onPicker: (listener) => {
      pickerListeners.add(listener);
      return () => pickerListeners.delete(listener);
    },
    profilesChanged: async () => void calls.push('profiles changed'),
  };
  return {
    host,
    calls,
    answerPrompt: (granted: boolean) => answerPrompt(granted),
    unreachable: () => (reachable = false),
    pick(tabId: number, field: ContextField, selector: string, text: string, frameUrl = 'https://ehr.example.org/chart/1') {
      pickerListeners.forEach((listener) => listener({ kind: 'picked', tabId, frameUrl, field, selector, text }));
    },
    escape: (tabId: number) => pickerListeners.forEach((listener) => listener({ kind: 'aborted', tabId })),
  };
}
