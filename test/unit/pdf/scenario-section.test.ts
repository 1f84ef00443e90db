import { describe, expect, it } from 'vitest';
import { cascadeSvg, scenarioSections } from '@/lib/pdf/html-scenario';
import type { BriefingData, BriefingScenario } from '@/lib/pdf/model';

const scenario = (names: string[] | null): BriefingScenario => ({
  id: 'sc-00000000-0000-4000-8000-000000000001',
  name: 'Stroom VR17 <24 uur> (fictief)',
  failure: 'Landelijk transport en distributie elektriciteit',
  national: false,
  regions: [{ code: 'VR17', name: 'Rotterdam-Rijnmond' }],
  maxHours: 24,
  computedOn: '2026-06-01',
  steps: [
    {
      id: 'elek',
      name: 'Landelijk transport en distributie elektriciteit',
      step: 0,
      hours: 0,
      category: 'A',
    },
    { id: 'regio', name: 'Regionale distributie elektriciteit', step: 1, hours: 0, category: 'A' },
    { id: 'spraak', name: 'Spraakdienst en sms', step: 2, hours: 2, category: 'B' },
    {
      id: '112',
      name: 'Communicatie met en tussen hulpdiensten middels 112 en C2000',
      step: 2,
      hours: 2,
      category: 'A',
    },
  ],
  later: [{ name: 'Drinkwatervoorziening', atLeastHours: 240 }],
  edges: [
    ['elek', 'regio'],
    ['regio', 'spraak'],
    ['regio', '112'],
    ['spraak', '112'],
  ],
  cycles: [],
  figures: { organisations: 12, expected: 20, realised: 15, missing: 5, coverage: 0.75, density: 0.21 },
  missing: [
    { a: 'Veiligheidsregio Rotterdam-Rijnmond', b: 'Stedin Netbeheer B.V.' },
    { a: 'Politie Rotterdam', b: 'KPN' },
  ],
  singlePersons: { count: 2, names },
});

const data = (locale: 'nl' | 'en', s: BriefingScenario[]) => ({ locale, scenarios: s }) as BriefingData;

describe('scenarioSections', () => {
  it('titles the section with the scenario name, escaped, and says what fails where and for how long', () => {
    const html = scenarioSections(data('nl', [scenario(null)]));
    expect(html).toContain('Scenario: Stroom VR17 &lt;24 uur&gt; (fictief)');
    expect(html).toContain(
      'Uitval van Landelijk transport en distributie elektriciteit, in Rotterdam-Rijnmond, binnen 24 uur.',
    );
    expect(html).toContain('Later dan de duur: Drinkwatervoorziening.');
  });

  it('lists the missing links and shows the affected region on the map', () => {
    const html = scenarioSections(data('nl', [scenario(null)]));
    expect(html).toContain('Ontbrekende verbindingen (2)');
    expect(html).toContain('<li>Politie Rotterdam – KPN</li>');
    expect(html).toMatch(/<title>Rotterdam-Rijnmond: getroffen<\/title>/);
    expect(html).toMatch(/<title>[^<]+: niet getroffen<\/title>/);
    expect(html).toContain('75');
  });

  it('leaves person names out unless the briefing includes them (the stuurgroep’s PDF)', () => {
    const without = scenarioSections(data('nl', [scenario(null)]));
    expect(without).toContain('2 verbindingen rusten op één persoon (namen niet opgenomen).');
    expect(without).not.toContain('Voorbeeldstra');
    const withNames = scenarioSections(data('en', [scenario(['A. Voorbeeldstra', 'B. Testerman'])]));
    expect(withNames).toContain('2 links hang on one person: A. Voorbeeldstra, B. Testerman.');
  });

  it('is written in English too', () => {
    const html = scenarioSections(data('en', [scenario(null)]));
    expect(html).toContain(
      'Failure of Landelijk transport en distributie elektriciteit, in Rotterdam-Rijnmond, within 24 hours.',
    );
    expect(html).toContain('Missing links (2)');
    expect(html).toContain('Cascade of the failure');
  });

  it('is empty without scenarios', () => {
    expect(scenarioSections(data('nl', []))).toBe('');
    expect(scenarioSections({ locale: 'nl' } as BriefingData)).toBe('');
  });
});

describe('cascadeSvg', () => {
  it('draws one column per step, a box per process and an arrow per dependency', () => {
    const svg = cascadeSvg(scenario(null), 'nl');
    expect(svg.match(/<rect /g)).toHaveLength(4);
    expect(svg.match(/marker-end="url\(#arrow\)"/g)).toHaveLength(4);
    expect(svg).toContain('Stap 0 (uitval)');
    expect(svg).toContain('Stap 2');
    expect(svg).not.toContain('Stap 3');
    // Same-column dependency (spraak → 112, both step 2) is drawn as a dashed bend.
    expect(svg.match(/stroke-dasharray/g)).toHaveLength(1);
    expect(svg).toMatch(/viewBox="0 0 510 /);
  });
});
