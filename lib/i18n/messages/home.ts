import { defineMessages } from '../define';

export const home = defineMessages({
  nl: {
    title: 'Overzicht van het netwerk',
    intro:
      'Hoe dicht werken de algemene keten (veiligheidsregio’s, politie) en de functionele keten (vitale aanbieders) samen, en waar ontbreken verbindingen?',
    perChain: 'Organisaties per keten',
    perRegion: 'Organisaties per veiligheidsregio',
    perSector: 'Organisaties per vitale sector',
    count: 'Aantal',
    region: 'Regio',
    sector: 'Sector',
    chain: 'Keten',
  },
  en: {
    title: 'Network overview',
    intro:
      'How closely do the general chain (safety regions, police) and the functional chain (vital operators) work together, and where are links missing?',
    perChain: 'Organisations per chain',
    perRegion: 'Organisations per safety region',
    perSector: 'Organisations per vital sector',
    count: 'Count',
    region: 'Region',
    sector: 'Sector',
    chain: 'Chain',
  },
});
