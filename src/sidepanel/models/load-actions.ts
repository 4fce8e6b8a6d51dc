type Actions = typeof import('./actions');

let loaded: Actions | undefined;

/**
 * What the first screen's actions need (see actions.ts), fetched once the panel has started. Once
 * loaded an action starts at once, not a module load later: a read made after the click that
 * asked for a write still sees it.
 */
export async function loadActions(): Promise<Actions> {
  return (loaded ??= await import('./actions'));
}
