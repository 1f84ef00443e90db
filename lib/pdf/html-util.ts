// Small helpers for building the briefing's HTML and SVG as text. Every value from data goes
// through esc(): names of organisations and notes are user input.

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function esc(value: string | number): string {
  return String(value).replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

/** Joins template parts, dropping false/null/undefined (for optional sections). */
export function join(parts: Array<string | false | null | undefined>): string {
  return parts.filter((p): p is string => typeof p === 'string').join('\n');
}

/** A coverage fraction as a fill colour (light → dark blue) and a text colour that stays readable on it. */
export function coverageColours(value: number | null): { fill: string; text: string } {
  if (value === null) return { fill: '#f2f2f2', text: '#4a4a4a' };
  const steps = ['#eef4fb', '#c9dcf0', '#94bce0', '#5b97cb', '#2f6fae', '#154273'];
  const i = Math.min(steps.length - 1, Math.floor(value * steps.length));
  return { fill: steps[i]!, text: i >= 3 ? '#ffffff' : '#1a1a1a' };
}

export const CHAIN_COLOURS = { algemeen: '#154273', functioneel: '#c05f00', overig: '#5d6b78' } as const;
