// Next calls register() once when a server process starts. The Node.js server starts computing
// today's analysis right away (lib/dal/warmup.ts), so the first visitor does not wait for it.
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    const { warmUp } = await import('./lib/dal/warmup');
    warmUp();
  }
}
