/**
 * storage.session keys the background writes and panels read (trusted contexts only). Apart from
 * schema.ts so that a panel reads them without loading the message schemas.
 */
export const SESSION_KEYS = { lastShortcut: 'shortcut:last', panelShow: 'panel:show' } as const;
