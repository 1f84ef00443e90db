import type { ScenarioRow } from '../../db/queries/scenarios';

// The demo's saved scenarios: what fails is real (vital processes and safety regions from
// data/nl); the names say they are exercise scenarios and who saved them is fictitious.

const ELEC = 'landelijk-transport-distributie-en-productie-elektriciteit';
const WATER = 'drinkwatervoorziening';
const VOICE = 'spraakdienst-en-sms';

export function demoScenarios(createdAt: string): ScenarioRow[] {
  const by = 'Demo-regisseur (fictief)';
  return [
    {
      id: 'sc-00000000-0000-4000-8000-000000000001',
      name: 'Oefenscenario: stroomuitval Groningen, 24 uur (fictief)',
      failureKind: 'process',
      processIds: [ELEC],
      regionCodes: ['VR01'],
      organisationId: null,
      maxHours: 24,
      createdAt,
      createdByName: by,
    },
    {
      id: 'sc-00000000-0000-4000-8000-000000000002',
      name: 'Oefenscenario: uitval drinkwater Rotterdam-Rijnmond, 72 uur (fictief)',
      failureKind: 'process',
      processIds: [WATER],
      regionCodes: ['VR17'],
      organisationId: null,
      maxHours: 72,
      createdAt,
      createdByName: by,
    },
    {
      id: 'sc-00000000-0000-4000-8000-000000000003',
      name: 'Oefenscenario: landelijke storing spraak en sms (fictief)',
      failureKind: 'process',
      processIds: [VOICE],
      regionCodes: [],
      organisationId: null,
      maxHours: null,
      createdAt,
      createdByName: by,
    },
  ];
}
