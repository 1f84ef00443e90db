import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { AGREEMENT_STATUSES, CHAINS } from '../../../lib/domain/enums';
import { CONTACT_LIST_COLUMNS, guessEntity, guessField, matchHeaders } from '../../../lib/import/columns';
import { convertCell } from '../../../lib/import/cells';
import { parseCsvRecords } from '../../../lib/io/csv';
import {
  ENUM_SYNONYMS,
  fold,
  isEmail,
  looksLikeFormula,
  matchEnum,
  nearMatches,
  organisationKey,
  parseDate,
  resolveRegions,
  splitList,
} from '../../../lib/import/values';

// The 25 safety regions as published (data/nl/veiligheidsregios.csv), the way the database holds them.
const REGIONS = parseCsvRecords(
  readFileSync(path.join(process.cwd(), 'data/nl/veiligheidsregios.csv'), 'utf8'),
).records.map((r) => ({ code: r.values.code!, name: r.values.name! }));

describe('enumerations', () => {
  it('ignores case, accents and punctuation', () => {
    expect(fold('  Functionéle-Keten ')).toBe('functionele keten');
    expect(matchEnum('Functioneel', CHAINS)).toBe('functioneel');
    expect(matchEnum('ALGEMEEN', CHAINS)).toBe('algemeen');
    expect(matchEnum('In-Voorbereiding', AGREEMENT_STATUSES)).toBe('in-voorbereiding');
  });
  it('knows the Dutch words people write for agreement statuses', () => {
    const s = (x: string) => matchEnum(x, AGREEMENT_STATUSES, ENUM_SYNONYMS.agreementStatus);
    expect(s('ja')).toBe('getekend');
    expect(s('Getekend')).toBe('getekend');
    expect(s('ondertekend')).toBe('getekend');
    expect(s('nee')).toBe('geen');
    expect(s('in voorbereiding')).toBe('in-voorbereiding');
    expect(s('Concept')).toBe('in-voorbereiding');
    expect(s('te vernieuwen')).toBe('verlopen');
    expect(s('misschien')).toBeNull();
    expect(matchEnum('functionele keten', CHAINS, ENUM_SYNONYMS.chain)).toBe('functioneel');
  });
  it('converts an enum cell or names the options it expected', () => {
    const chain = CONTACT_LIST_COLUMNS.find((c) => c.key === 'chain')!;
    expect(convertCell(chain, 'Functioneel')).toEqual({ value: 'functioneel' });
    expect(convertCell(chain, 'privaat')).toEqual({
      code: 'enum',
      params: { options: 'algemeen, functioneel, overig' },
    });
  });
});

describe('lists and regions', () => {
  it('splits one cell on ; , | and line breaks', () => {
    expect(splitList('VR01; VR02,VR03 | VR04\nVR05')).toEqual(['VR01', 'VR02', 'VR03', 'VR04', 'VR05']);
    expect(splitList(' ; ,')).toEqual([]);
  });
  it('reads region codes in their spellings, region names and "alle"', () => {
    expect(resolveRegions('VR01;vr3, VR 05', REGIONS)).toEqual({
      codes: ['VR01', 'VR03', 'VR05'],
      unknown: [],
    });
    expect(resolveRegions('Groningen, Veiligheidsregio Fryslân; vr Drenthe', REGIONS).codes).toEqual([
      'VR01',
      'VR02',
      'VR03',
    ]);
    expect(resolveRegions('Alle', REGIONS).codes).toHaveLength(25);
    expect(resolveRegions('VR01;VR26;Atlantis', REGIONS)).toEqual({
      codes: ['VR01'],
      unknown: ['VR26', 'Atlantis'],
    });
  });
});

describe('dates', () => {
  it('reads d-m-yyyy, d-m-yy and ISO', () => {
    expect(parseDate('1-3-2025')).toBe('2025-03-01');
    expect(parseDate('01/03/25')).toBe('2025-03-01');
    expect(parseDate('15.10.99')).toBe('1999-10-15');
    expect(parseDate('2025-03-01')).toBe('2025-03-01');
    expect(parseDate('2025-03-01T10:00:00Z')).toBe('2025-03-01');
    expect(parseDate(45717)).toBe('2025-03-01');
    expect(parseDate(new Date(Date.UTC(2025, 2, 1)))).toBe('2025-03-01');
  });
  it('refuses impossible and unclear dates', () => {
    for (const bad of [
      '31-2-2025',
      '29-2-2025',
      '2025-13-01',
      '0-1-2025',
      '1-3',
      'maart 2025',
      '1-3-25-1',
      '12345',
    ])
      expect(parseDate(bad), bad).toBeNull();
    expect(parseDate('29-2-2024')).toBe('2024-02-29');
  });
});

describe('e-mail and formulas', () => {
  it('accepts addresses and refuses what is not one', () => {
    expect(isEmail('anna.voorbeeldstra@enexis.invalid')).toBe(true);
    for (const bad of ['anna@', 'anna@enexis', 'anna enexis@x.nl', '@x.nl', 'a..b@x.nl', 'anna@@x.nl'])
      expect(isEmail(bad), bad).toBe(false);
    expect(convertCell({ type: 'email' }, 'anna@')).toEqual({ code: 'email' });
  });
  it('reports text a spreadsheet would run, but not numbers, a dash or quoted text', () => {
    for (const f of ['=HYPERLINK("x")', '+cmd', '-2+3', '@SUM(A1)', ' =1+1'])
      expect(looksLikeFormula(f), f).toBe(true);
    for (const ok of ['-5', '+31', '-', 'Anna', "'=literal"]) expect(looksLikeFormula(ok), ok).toBe(false);
    expect(convertCell({ type: 'text' }, '=1+1')).toEqual({ code: 'formula' });
  });
});

describe('organisation names', () => {
  it('compares without case, accents and legal forms', () => {
    expect(organisationKey('Enexis Netbeheer B.V.')).toBe(organisationKey('enexis netbeheer'));
    expect(organisationKey('Liander N.V.')).toBe('liander');
    expect(organisationKey('Wetterskip Fryslân')).toBe(organisationKey('WETTERSKIP FRYSLAN'));
    expect(organisationKey('Stichting Voorbeeld V.O.F.')).toBe('voorbeeld');
  });
  it('finds near matches for confirmation but not mere generic words', () => {
    const orgs = [
      { name: 'Evides Waterbedrijf' },
      { name: 'Waterschap Noorderzijlvest' },
      { name: 'Waterschap Vechtstromen' },
      { name: 'Enexis Netbeheer B.V.' },
    ];
    expect(nearMatches('Evides', orgs).map((o) => o.name)).toEqual(['Evides Waterbedrijf']);
    expect(nearMatches('Waterschap Noorderzijlvst', orgs).map((o) => o.name)).toEqual([
      'Waterschap Noorderzijlvest',
    ]);
    expect(nearMatches('Waterschap Zuiderzee', orgs)).toEqual([]);
    expect(nearMatches('Enexis Netbeheer', orgs)).toEqual([]); // the same organisation, not a near one
  });
});

describe('header guesses', () => {
  const header = [
    'Organisatie',
    'Keten',
    "Veiligheidsregio('s)",
    'Contactpersoon',
    'E-mail',
    'Functie',
    'Convenant',
    'Getekend op',
    'Evaluatie voor',
  ];
  it('maps Dutch spreadsheet headers of a contact list to its fields', () => {
    expect(guessEntity(header)).toBe('contactlijst');
    expect(matchHeaders('contactlijst', header).mapping).toEqual([
      'organisation',
      'chain',
      'regions',
      'person',
      'email',
      'role',
      'agreementStatus',
      'signedAt',
      'reviewAt',
    ]);
  });
  it('reads English headers and headers that contain a field name', () => {
    expect(
      matchHeaders('contactlijst', ['ORGANISATION', 'Contact person', 'Signed on', 'Shoe size']).mapping,
    ).toEqual(['organisation', 'person', 'signedAt', null]);
    expect(guessField('E-mailadres contactpersoon', CONTACT_LIST_COLUMNS)).toBe('email');
    expect(guessField('Schoenmaat', CONTACT_LIST_COLUMNS)).toBeNull();
  });
});
