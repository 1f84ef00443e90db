// Next bundles pages and route handlers into separate module graphs, so a module-level `let` or
// Map exists once per bundle, not once per process: two copies of a cache compute everything
// twice. State that must be one per server process lives on globalThis under a registered symbol.

/** The process-wide instance of `name`, created by `init` the first time any bundle asks. */
export function processShared<T>(name: string, init: () => T): T {
  const key = Symbol.for(`koppelvlak.${name}`);
  const holder = globalThis as unknown as Record<symbol, T | undefined>;
  return (holder[key] ??= init());
}
