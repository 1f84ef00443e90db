import type { Bilingual } from '../../errors';
import { defineMessages, fmt } from '../define';

// Texts of tracked jobs (imports, briefings) that any app process may report (lib/dal/jobs.ts).
export const jobs = defineMessages({
  nl: {
    processStopped:
      'Het serverproces dat deze taak uitvoerde is gestopt (geen teken van leven sinds {seconds} s). Er is niets half opgeslagen; start de taak opnieuw.',
    cancelled: 'Geannuleerd op verzoek; er is niets opgeslagen.',
    notFound: 'Taak {id} bestaat niet (of is niet van u).',
    exists: 'Taak-id {id} is al in gebruik (door een lopende taak of iemand anders); kies een nieuw id.',
    badId: 'Verwacht een taak-id van 3 tot 64 tekens (letters, cijfers, - en _), gevonden: "{id}".',
  },
  en: {
    processStopped:
      'The server process running this job stopped (no sign of life for {seconds} s). Nothing was half-saved; start the job again.',
    cancelled: 'Cancelled on request; nothing was saved.',
    notFound: 'Job {id} does not exist (or is not yours).',
    exists: 'Job id {id} is taken (by a running job or by someone else); choose a new id.',
    badId: 'Expected a job id of 3 to 64 characters (letters, digits, - and _), got "{id}".',
  },
});

type Key = keyof (typeof jobs)['nl'];

/** One text in both languages, with its `{placeholders}` filled. */
export function jobText(key: Key, values: Record<string, string | number> = {}): Bilingual {
  return { nl: fmt(jobs.nl[key], values), en: fmt(jobs.en[key], values) };
}
