import { defineMessages, fmt } from '../define';

export const scenario = defineMessages({
  nl: {
    // validation of dependency data and scenario input (lib/analysis/cascade.ts, lib/domain/scenario.ts)
    depUnknownProcess:
      "Rij {row}: onbekend vitaal proces '{id}'; verwacht een id uit de lijst van vitale processen.",
    depSelf: "Rij {row}: '{id}' kan niet van zichzelf afhangen.",
    depDuplicate: 'Rij {row}: dezelfde afhankelijkheid als rij {earlier}.',
    depCycle:
      'Kringloop in de afhankelijkheden: {path}. Een storing loopt hier rond; controleer of elke afhankelijkheid in deze kring door een bron wordt gesteund.',
    unknownProcess: "Onbekend vitaal proces '{id}'; kies een proces uit de lijst.",
    unknownRegion: "Regiocode '{code}' bestaat niet; verwacht VR01 tot en met VR25.",
    unknownOperator:
      "Organisatie '{id}' bestaat niet of voert geen vitaal proces uit; kies een vitale aanbieder.",
    durationRange: 'De duur moet tussen 1 en {max} uur liggen (of leeg voor onbeperkt); ontvangen: {got}.',
    nothingFails: 'Kies wat er uitvalt: een vitaal proces of een vitale aanbieder.',
    notFound: 'Scenario {id} bestaat niet.',
    dependencyStale:
      'Deze afhankelijkheid is intussen gewijzigd of verwijderd (of bestaat al). Laad de pagina opnieuw.',
  },
  en: {
    depUnknownProcess:
      "Row {row}: unknown vital process '{id}'; expected an id from the list of vital processes.",
    depSelf: "Row {row}: '{id}' cannot depend on itself.",
    depDuplicate: 'Row {row}: the same dependency as row {earlier}.',
    depCycle:
      'Cycle in the dependencies: {path}. A failure runs round here; check that a source supports every dependency in this cycle.',
    unknownProcess: "Unknown vital process '{id}'; choose a process from the list.",
    unknownRegion: "Region code '{code}' does not exist; expected VR01 to VR25.",
    unknownOperator: "Organisation '{id}' does not exist or runs no vital process; choose a vital operator.",
    durationRange: 'The duration must be between 1 and {max} hours (or empty for no limit); got: {got}.',
    nothingFails: 'Choose what fails: a vital process or a vital operator.',
    notFound: 'Scenario {id} does not exist.',
    dependencyStale:
      'This dependency was changed or removed in the meantime (or already exists). Reload the page.',
  },
});

type Key = keyof typeof scenario.nl;

/** One scenario text in both languages, placeholders filled (for errors and issues that carry both). */
export function scenarioText(
  key: Key,
  values: Record<string, string | number> = {},
): { nl: string; en: string } {
  return { nl: fmt(scenario.nl[key], values), en: fmt(scenario.en[key], values) };
}
