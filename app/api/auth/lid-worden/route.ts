import { field, formRoute } from '@/lib/auth/form-route';
import { submitMembershipRequest } from '@/lib/dal/membership';

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
        text: {
          nl: 'Dank u. Het projectteam beoordeelt uw aanvraag en neemt contact met u op.',
          en: 'Thank you. The project team will review your application and contact you.',
        },
      },
    };
  },
  () => '/lid-worden',
);
