import { defineMessages, fmt } from '../define';

// The texts of the recommendation stage rules (lib/domain/recommendation.ts): pure, so the rules
// can say what is wrong without reaching for the request's language.
export const recommendationRules = defineMessages({
  nl: {
    stage_idee: 'idee',
    stage_aanbeveling: 'aanbeveling van het netwerk',
    stage_voorgelegd: 'voorgelegd',
    stage_overgenomen: 'overgenomen',
    stage_aangehouden: 'aangehouden',
    stage_afgewezen: 'afgewezen',
    'stage_landelijke-afspraak': 'landelijke afspraak',
    'stage_wet-regelgeving': 'wet- of regelgeving',
    sameStage: 'De aanbeveling staat al in het stadium ‘{from}’.',
    skip: 'Van ‘{from}’ kan een aanbeveling niet naar ‘{to}’: het volgende stadium is {next}.',
    final: 'Een aanbeveling in het stadium ‘{from}’ gaat niet verder; ‘{to}’ kan niet meer.',
    or: 'of',
    needsBodies: 'Voorleggen vraagt minstens één gremium en een datum.',
    needsAnswer: 'Leg het antwoord van het gremium vast (tekst) en welk gremium antwoordde.',
    answerFromUnknownBody: 'Het antwoord komt van een gremium waaraan de aanbeveling niet is voorgelegd.',
    needsAgreement: 'Een landelijke afspraak vraagt een afspraak of een document uit de kennisbank.',
    needsReference: 'Wet- of regelgeving vraagt een verwijzing (bijvoorbeeld een Staatsblad-nummer).',
    notFound: 'Aanbeveling {id} bestaat niet.',
    stale: 'Iemand anders heeft deze aanbeveling intussen gewijzigd. Laad de pagina opnieuw.',
    notOwnCoalition:
      'Een deelnemer stelt een aanbeveling voor vanuit een voortgangsgesprek van een eigen coalitie; {id} hoort daar niet bij.',
    unknownReview: 'Voortgangsgesprek {id} bestaat niet.',
    unknownCoalition: 'Coalitie {id} bestaat niet.',
    unknownBody: '{id} is geen landelijk gremium of kennisinstituut.',
    unknownAgreement: 'Afspraak {id} bestaat niet.',
    unknownDocument: 'Document {id} staat niet in de kennisbank.',
    notYourIdea: 'Een deelnemer kan alleen een eigen idee wijzigen, zolang het nog een idee is.',
    needsOrigin: 'Koppel de aanbeveling aan minstens één coalitie of voortgangsgesprek.',
    unknownItem: 'Knelpunt {id} bestaat niet (meer).',
    sameGroup: 'Deze knelpunten zitten al in dezelfde groep.',
  },
  en: {
    stage_idee: 'idea',
    stage_aanbeveling: 'network recommendation',
    stage_voorgelegd: 'submitted',
    stage_overgenomen: 'adopted',
    stage_aangehouden: 'held over',
    stage_afgewezen: 'rejected',
    'stage_landelijke-afspraak': 'national agreement',
    'stage_wet-regelgeving': 'law or regulation',
    sameStage: 'The recommendation is already at the stage ‘{from}’.',
    skip: 'A recommendation cannot go from ‘{from}’ to ‘{to}’: the next stage is {next}.',
    final: 'A recommendation at the stage ‘{from}’ goes no further; ‘{to}’ is not possible.',
    or: 'or',
    needsBodies: 'Submitting needs at least one body and a date.',
    needsAnswer: 'Record the body’s answer (text) and which body answered.',
    answerFromUnknownBody: 'The answer comes from a body the recommendation was not submitted to.',
    needsAgreement: 'A national agreement needs an agreement or a kennisbank document.',
    needsReference: 'A law or regulation needs a reference (for instance a Staatsblad number).',
    notFound: 'Recommendation {id} does not exist.',
    stale: 'Someone else changed this recommendation in the meantime. Reload the page.',
    notOwnCoalition:
      'A participant proposes a recommendation from a progress review of their own coalition; {id} is not one of them.',
    unknownReview: 'Progress review {id} does not exist.',
    unknownCoalition: 'Coalition {id} does not exist.',
    unknownBody: '{id} is not a national body or knowledge institute.',
    unknownAgreement: 'Agreement {id} does not exist.',
    unknownDocument: 'Document {id} is not in the kennisbank.',
    notYourIdea: 'A participant can only change their own idea, while it is still an idea.',
    needsOrigin: 'Link the recommendation to at least one coalition or progress review.',
    unknownItem: 'Blocker {id} does not exist (any more).',
    sameGroup: 'These blockers are already in the same group.',
  },
});

export type RuleKey = keyof (typeof recommendationRules)['nl'];

/** One rule's text in both languages, placeholders filled: what errors of this feature carry. */
export function ruleText(key: RuleKey, values: Record<string, string> = {}) {
  return { nl: fmt(recommendationRules.nl[key], values), en: fmt(recommendationRules.en[key], values) };
}
