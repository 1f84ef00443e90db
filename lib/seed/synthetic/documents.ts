import type { DocumentItem } from '../../domain';

// The kennisbank: the real model covenants and guides, with a fictitious newer version.

const DOCUMENTS: readonly DocumentItem[] = [
  {
    id: 'doc-model-drinkwater-2011',
    title: 'Landelijk convenant drinkwater – Vitale partnerschappen in veiligheid (model)',
    type: 'modelconvenant',
    version: '2011',
    date: '2011-09-01',
    url: null,
    fileName: null,
    current: false,
  },
  {
    id: 'doc-model-drinkwater-2024',
    title: 'Modelconvenant drinkwater (fictieve herziening)',
    type: 'modelconvenant',
    version: '2024',
    date: '2024-03-01',
    url: null,
    fileName: null,
    current: true,
  },
  {
    id: 'doc-model-energie-2012',
    title: 'Landelijk convenant VR–Politie–Netbeheerders gas en elektriciteit (model)',
    type: 'modelconvenant',
    version: '2012',
    date: '2012-04-18',
    url: null,
    fileName: null,
    current: true,
  },
  {
    id: 'doc-model-algemeen-2023',
    title: 'Modelconvenant vitale partners algemeen (fictief)',
    type: 'modelconvenant',
    version: '1.0',
    date: '2023-06-01',
    url: null,
    fileName: null,
    current: true,
  },
  {
    id: 'doc-handreiking-2015',
    title: 'Handreiking De veiligheidsregio bij (dreigende) verstoring/uitval van vitale voorzieningen',
    type: 'handreiking',
    version: '2015',
    date: '2015-12-04',
    url: null,
    fileName: null,
    current: true,
  },
  {
    id: 'doc-handreiking-water-2017',
    title: 'Handreiking Aansluiting waterbeheerders op veiligheidsregio',
    type: 'handreiking',
    version: '2017',
    date: '2017-06-01',
    url: null,
    fileName: null,
    current: true,
  },
  {
    id: 'doc-menukaart',
    title: 'Menukaart samenwerking vitale partners (fictief)',
    type: 'menukaart',
    version: '0.9',
    date: '2025-02-01',
    url: null,
    fileName: null,
    current: true,
  },
];

export function kennisbank(): DocumentItem[] {
  return DOCUMENTS.map((d) => ({ ...d }));
}

/** The model covenant an agreement of this sector, signed on this date, follows. */
export const modelFor = (sectorId: string | null, signed: string): string =>
  sectorId === 'drinkwater'
    ? signed < '2024-03-01'
      ? 'doc-model-drinkwater-2011'
      : 'doc-model-drinkwater-2024'
    : sectorId === 'energie'
      ? 'doc-model-energie-2012'
      : 'doc-model-algemeen-2023';
