// Literal unions used across the model. Labels and relationship types are fixed words here,
// never user input (see cypher/README in the project README).
export const CHAINS = ['algemeen', 'functioneel', 'overig'] as const;
export type Chain = (typeof CHAINS)[number];

// gremium: a national body the network's recommendations go to (Veiligheidsberaad, NCTV, ICCb, …);
// kennisinstituut: TNO, NIPV. Appended last: the explorer payload sends kinds as indexes.
export const ORG_KINDS = [
  'veiligheidsregio',
  'politie',
  'vitale-aanbieder',
  'overig',
  'gremium',
  'kennisinstituut',
] as const;
export type OrgKind = (typeof ORG_KINDS)[number];

export const PROCESS_CATEGORIES = ['A', 'B'] as const;
export type ProcessCategory = (typeof PROCESS_CATEGORIES)[number];

export const PERSON_LEVELS = ['strategisch', 'tactisch', 'operationeel'] as const;
export type PersonLevel = (typeof PERSON_LEVELS)[number];

export const COALITION_FORMS = ['leerarena', 'proeftuin', 'pilot', 'werkgroep'] as const;
export type CoalitionForm = (typeof COALITION_FORMS)[number];

export const AGREEMENT_STATUSES = ['geen', 'in-voorbereiding', 'getekend', 'verlopen'] as const;
export type AgreementStatus = (typeof AGREEMENT_STATUSES)[number];

export const CRITICALITIES = ['laag', 'middel', 'hoog'] as const;
export type Criticality = (typeof CRITICALITIES)[number];

export const KOPPELVLAK_DIRECTIONS = ['afhankelijk-van', 'wederzijds'] as const;
export type KoppelvlakDirection = (typeof KOPPELVLAK_DIRECTIONS)[number];

export const CONTACT_KINDS = ['overleg', 'oefening', 'incident', 'werkbezoek', 'liaison'] as const;
export type ContactKind = (typeof CONTACT_KINDS)[number];

export const DOCUMENT_TYPES = ['modelconvenant', 'handreiking', 'menukaart', 'overig'] as const;
export type DocumentType = (typeof DOCUMENT_TYPES)[number];

export const MEMBERSHIP_STATUSES = ['aangevraagd', 'toegelaten', 'afgewezen'] as const;
export type MembershipStatus = (typeof MEMBERSHIP_STATUSES)[number];

export const ROLES = ['publiek', 'deelnemer', 'projectteam', 'regisseur', 'stuurgroep'] as const;
export type Role = (typeof ROLES)[number];
/** The roles an account can have (the public has no account). */
export const ACCOUNT_ROLES = ['deelnemer', 'projectteam', 'regisseur', 'stuurgroep'] as const;
export type AccountRole = (typeof ACCOUNT_ROLES)[number];

export const GAP_TYPES = [
  'geen-afspraak',
  'afspraak-verlopen',
  'geen-recent-contact',
  'enkel-persoon',
  'sector-zonder-coalitie',
  'regio-zonder-coalitie',
  'lid-zonder-activiteit',
  'knelpunt-zonder-aanbeveling',
] as const;
export type GapType = (typeof GAP_TYPES)[number];

export const GAP_STATUSES = ['open', 'erkend', 'in-behandeling', 'opgelost', 'niet-van-toepassing'] as const;
export type GapStatus = (typeof GAP_STATUSES)[number];
