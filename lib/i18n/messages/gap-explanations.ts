import { defineMessages } from '../define';

// How the gap engine explains a gap and its priority (lib/analysis): headlines, factors, sentences.
export const gapExplanations = defineMessages({
  nl: {
    agreementExpired:
      'De samenwerkingsafspraak tussen {a} en {b} is verlopen en er is geen geldige afspraak voor in de plaats gekomen',
    agreementExpiredOn:
      'De samenwerkingsafspraak tussen {a} en {b} is verlopen op {date} en er is geen geldige afspraak voor in de plaats gekomen',
    noSignedAgreement: '{a} en {b} hebben geen getekende samenwerkingsafspraak',
    noSignedAgreementPending:
      '{a} en {b} hebben geen getekende samenwerkingsafspraak; er is een afspraak in voorbereiding',
    reviewOverdue: 'De samenwerkingsafspraak tussen {a} en {b} had herzien moeten worden',
    reviewOverdueOn: 'De samenwerkingsafspraak tussen {a} en {b} had op {date} herzien moeten worden',
    noRecentContact:
      '{a} en {b} hebben in de afgelopen {window} dagen geen contact gehad (laatste contact op {date})',
    noContact: 'Er is geen contact tussen {a} en {b} vastgelegd',
    singlePerson: 'De samenwerking tussen {a} en {b} hangt aan één persoon: {who}',
    singlePersonBoth:
      'De samenwerking tussen {a} en {b} hangt aan beide kanten aan één persoon: {who1} en {who2}',
    factorCategory: 'vitaal proces van categorie {category}',
    factorDependency: '1 afhankelijkheid',
    factorDependencies: '{count} afhankelijkheden',
    factorCriticality: 'kritikaliteit {level}',
    criticality_hoog: 'hoog',
    criticality_middel: 'middel',
    criticality_laag: 'laag',
    factorOpenSince: 'open sinds {date}',
    factorOpenFor: 'al {duration} open (sinds {date})',
    priorityExplanation: '{headline}. Prioriteit {level} ({priority} van 100){reasons}.',
    level_hoog: 'hoog',
    level_middel: 'middel',
    level_laag: 'laag',
    vulnerability:
      'Zonder {who} verdwijnen {lost} samenwerkingsrelaties, waarvan {cross} tussen de algemene en de functionele keten; {reach} paren uit beide ketens kunnen elkaar dan niet meer bereiken. De dekking van verwachte koppelingen gaat van {before} naar {after}.',
    soleOperatorNoCoalition:
      'De enige vitale aanbieder in de sector {sector} neemt aan geen actieve coalitie deel',
    operatorsNoCoalition:
      'Geen van de {count} vitale aanbieders in de sector {sector} neemt deel aan een actieve coalitie',
    regionNoCoalition: 'Geen organisatie uit regio {region} neemt deel aan een actieve coalitie',
    inactiveMember:
      '{who} is lid van {theCoalitions} {names}, maar was {window} bij geen netwerkbijeenkomst en had geen vastgelegd contact{last}',
    theCoalition: 'de coalitie',
    theCoalitions: 'de coalities',
    windowEver: 'ooit',
    windowDays: 'in de afgelopen {days} dagen',
    lastActivity: ' (laatste activiteit op {date})',
    count_operators_one: '1 vitale aanbieder',
    count_operators: '{count} vitale aanbieders',
    count_expectedLinks_one: '1 verwachte koppeling in de regio',
    count_expectedLinks: '{count} verwachte koppelingen in de regio',
    count_coalitions_one: '1 coalitie',
    count_coalitions: '{count} coalities',
    count_reviews_one: '1 voortgangsgesprek',
    count_reviews: '{count} voortgangsgesprekken',
    recurringBlocker:
      'Het knelpunt ‘{example}’ kwam terug in {reviews} voortgangsgesprekken ({coalitionWord} {names}), maar geen aanbeveling van het netwerk pakt het op',
    coalitionWord: 'coalitie',
    coalitionsWord: 'coalities',
  },
  en: {
    agreementExpired:
      'The collaboration agreement between {a} and {b} expired and no valid agreement has replaced it',
    agreementExpiredOn:
      'The collaboration agreement between {a} and {b} expired on {date} and no valid agreement has replaced it',
    noSignedAgreement: '{a} and {b} have no signed collaboration agreement',
    noSignedAgreementPending:
      '{a} and {b} have no signed collaboration agreement; an agreement is being prepared',
    reviewOverdue: 'The collaboration agreement between {a} and {b} was due for review',
    reviewOverdueOn: 'The collaboration agreement between {a} and {b} was due for review on {date}',
    noRecentContact: '{a} and {b} have had no contact in the past {window} days (last contact on {date})',
    noContact: 'No contact between {a} and {b} has been recorded',
    singlePerson: 'The collaboration between {a} and {b} hangs on one person: {who}',
    singlePersonBoth:
      'The collaboration between {a} and {b} hangs on one person on each side: {who1} and {who2}',
    factorCategory: 'category {category} vital process',
    factorDependency: '1 dependency',
    factorDependencies: '{count} dependencies',
    factorCriticality: '{level} criticality',
    criticality_hoog: 'high',
    criticality_middel: 'medium',
    criticality_laag: 'low',
    factorOpenSince: 'open since {date}',
    factorOpenFor: 'open for {duration} (since {date})',
    priorityExplanation: '{headline}. {level} priority ({priority} of 100){reasons}.',
    level_hoog: 'High',
    level_middel: 'Medium',
    level_laag: 'Low',
    vulnerability:
      'Without {who}, {lost} collaboration ties disappear, {cross} of them between the general and the functional chain; {reach} pairs across the chains can no longer reach each other. Coverage of expected links goes from {before} to {after}.',
    soleOperatorNoCoalition:
      'The only vital operator in the {sector} sector takes part in no active coalition',
    operatorsNoCoalition:
      'None of the {count} vital operators in the {sector} sector takes part in an active coalition',
    regionNoCoalition: 'No organisation of the {region} region takes part in an active coalition',
    inactiveMember:
      '{who} is a member of {theCoalitions} {names}, but attended no network meeting and had no recorded contact {window}{last}',
    theCoalition: 'the coalition',
    theCoalitions: 'the coalitions',
    windowEver: 'ever',
    windowDays: 'in the past {days} days',
    lastActivity: ' (last activity on {date})',
    count_operators_one: '1 vital operator',
    count_operators: '{count} vital operators',
    count_expectedLinks_one: '1 expected link in the region',
    count_expectedLinks: '{count} expected links in the region',
    count_coalitions_one: '1 coalition',
    count_coalitions: '{count} coalitions',
    count_reviews_one: '1 progress review',
    count_reviews: '{count} progress reviews',
    recurringBlocker:
      'The blocker ‘{example}’ came back in {reviews} progress reviews ({coalitionWord} {names}), but no recommendation of the network takes it up',
    coalitionWord: 'coalition',
    coalitionsWord: 'coalitions',
  },
});
