/** The sealed copy written while a passphrase is being set (fresh.ts): `${name}${STAGING_SUFFIX}`. */
export const STAGING_SUFFIX = '-sealing';
