// Removes people's names from free text (gap explanations, review notes, the snapshot note) when a
// briefing is made without names. Longest names first, so "Anna de Vries-Voorbeeld" goes before
// "Anna de Vries"; whole words only, case-insensitive.

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export function makeNameScrubber(names: readonly string[], replacement: string): (text: string) => string {
  const list = [...new Set(names.map((n) => n.trim()).filter((n) => n.length >= 3))].sort(
    (a, b) => b.length - a.length,
  );
  if (list.length === 0) return (t) => t;
  // Chunks keep each regular expression a reasonable size for a few thousand people.
  const patterns: RegExp[] = [];
  for (let i = 0; i < list.length; i += 300) {
    const alt = list
      .slice(i, i + 300)
      .map(escapeRegExp)
      .join('|');
    patterns.push(new RegExp(`(?<![\\p{L}\\p{N}])(?:${alt})(?![\\p{L}\\p{N}])`, 'giu'));
  }
  return (text: string) => patterns.reduce((t, re) => t.replace(re, replacement), text);
}
