import { field, formRoute } from '@/lib/auth/form-route';
import { admitMember } from '@/lib/dal/membership';
import { accounts } from '@/lib/i18n/messages/accounts';
import { bilingual } from '@/lib/i18n/define';

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
    const text = bilingual(accounts, 'admitted', { personId: r.personId });
    return {
      to: '/beheer/aanvragen',
      flash: r.token
        ? {
            kind: 'ok',
            text: bilingual(accounts, 'admittedWithLink', { personId: r.personId }),
            link: `/uitnodiging/${r.token}`,
          }
        : { kind: 'ok', text },
    };
  },
  () => '/beheer/aanvragen',
);
