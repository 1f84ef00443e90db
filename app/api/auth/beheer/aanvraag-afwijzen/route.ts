import { field, formRoute } from '@/lib/auth/form-route';
import { getViewer } from '@/lib/auth/session';
import { declineMember } from '@/lib/dal/membership';

// Decline an application; a reason is required and audited.
export const POST = formRoute(
  async (form, { ip }) => {
    await declineMember(
      await getViewer(),
      { requestId: field(form, 'requestId'), reason: field(form, 'reason') },
      ip,
    );
    return {
      to: '/beheer/aanvragen',
      flash: { kind: 'ok', text: { nl: 'Aanvraag afgewezen.', en: 'Application declined.' } },
    };
  },
  () => '/beheer/aanvragen',
);
