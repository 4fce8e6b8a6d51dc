import browser from '../platform/browser';
import type { Translate } from './translate';

/** The extension's own messages: a key without words shows as itself, so a missing string is visible, not blank. */
export const extensionTranslate: Translate = (key, substitutions) => browser.i18n.getMessage(key, substitutions) || key;
