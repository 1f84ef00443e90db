import { field, formRoute } from '@/lib/auth/form-route';
import { submitMembershipRequest } from '@/lib/dal/membership';
import { accounts } from '@/lib/i18n/messages/accounts';
import { bilingual } from '@/lib/i18n/define';

// The public membership application (validated with zod, rate-limited per IP address).
export const POST = formRoute(
  async (form, { ip }) => {
    await submitMembershipRequest(
      {
        name: field(form, 'name'),
        email: field(form, 'email'),
        organisationName: field(form, 'organisationName'),
        motivation: field(form, 'motivation'),
      },
      ip,
    );
    return {
      to: '/lid-worden?verzonden=1',
      flash: {
        kind: 'ok',
        text: bilingual(accounts, 'membershipThanks'),
      },
    };
  },
  () => '/lid-worden',
);
