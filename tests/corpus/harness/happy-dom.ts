/**
 * A page as the reader meets it in happy-dom: its own window at the page's URL (so `document.URL`,
 * `defaultView` and the page's stylesheets are there), no scripts run and nothing is fetched.
 */
import { Window } from 'happy-dom';
import type { Reading } from './score';

export type Extract = (doc: Document, url: string) => unknown;

export interface ReadResult {
  reading: Reading;
  error?: string;
}

/** Crosses a JSON boundary like a message would, so happy-dom and Chromium readings compare alike. */
export function asReading(value: unknown): Reading {
  return value === null || value === undefined ? null : (JSON.parse(JSON.stringify(value)) as Reading);
}

/**
 * What a browser's parser does with `<template shadowrootmode>` and happy-dom's document.write does
 * not: the template becomes its parent's shadow root (nested ones inside it too), so the reader meets
 * the same composed tree in happy-dom as in Chromium.
 */
export function attachDeclarativeShadowRoots(root: Document | ShadowRoot): void {
  for (const template of Array.from(root.querySelectorAll('template[shadowrootmode]'))) {
    const host = template.parentElement;
    const mode = template.getAttribute('shadowrootmode');
    if (!host || host.shadowRoot || (mode !== 'open' && mode !== 'closed')) continue;
    const shadow = host.attachShadow({ mode });
    shadow.append((template as HTMLTemplateElement).content);
    template.remove();
    attachDeclarativeShadowRoots(shadow);
  }
}

/** `mutate` (harness/mutate.ts) changes the parsed page before it is read. */
export async function readInHappyDom(html: string, url: string, extract: Extract, mutate?: (doc: Document) => void): Promise<ReadResult> {
  const window = new Window({
    url,
    width: 1280,
    height: 900,
    settings: {
      disableJavaScriptFileLoading: true,
      disableIframePageLoading: true,
      handleDisabledFileLoadingAsSuccess: true,
      navigation: { disableMainFrameNavigation: true, disableChildFrameNavigation: true, disableChildPageNavigation: true },
    },
  });
  try {
    window.document.write(html);
    const document = window.document as unknown as Document;
    attachDeclarativeShadowRoots(document);
    mutate?.(document);
    return { reading: asReading(await extract(document, url)) };
  } catch (e) {
    return { reading: null, error: e instanceof Error ? e.message : String(e) };
  } finally {
    await window.happyDOM.close();
  }
}
