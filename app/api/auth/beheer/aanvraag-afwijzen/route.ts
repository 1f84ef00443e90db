import { field, formRoute } from '@/lib/auth/form-route';
import { declineMember } from '@/lib/dal/membership';

// Decline an application; a reason is required and audited.
export const POST = formRoute(
  async (form, { viewer, ip }) => {
    await declineMember(viewer, { requestId: field(form, 'requestId'), reason: field(form, 'reason') }, ip);
    return {
      to: '/beheer/aanvragen',
      flash: { kind: 'ok', text: { nl: 'Aanvraag afgewezen.', en: 'Application declined.' } },
    };
  },
  () => '/beheer/aanvragen',
);
