import { field, formRoute } from '@/lib/auth/form-route';
import { admitMember } from '@/lib/dal/membership';

// Admit an applicant: a Person at the chosen organisation, optionally an invitation.
export const POST = formRoute(
  async (form, { viewer, ip }) => {
    const r = await admitMember(
      viewer,
      {
        requestId: field(form, 'requestId'),
        organisationId: field(form, 'organisationId'),
        personRole: field(form, 'personRole'),
        level: field(form, 'level') as 'operationeel',
        invite: field(form, 'invite') === 'on',
      },
      ip,
    );
    const text = { nl: `Toegelaten als ${r.personId}.`, en: `Admitted as ${r.personId}.` };
    return {
      to: '/beheer/aanvragen',
      flash: r.token
        ? {
            kind: 'ok',
            text: {
              nl: `${text.nl} Stuur deze uitnodigingslink (eenmalig, 7 dagen geldig):`,
              en: `${text.en} Send this invitation link (single use, valid 7 days):`,
            },
            link: `/uitnodiging/${r.token}`,
          }
        : { kind: 'ok', text },
    };
  },
  () => '/beheer/aanvragen',
);
