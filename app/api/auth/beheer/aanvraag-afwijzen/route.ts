import { field, formRoute } from '@/lib/auth/form-route';
import { declineMember } from '@/lib/dal/membership';
import { accounts } from '@/lib/i18n/messages/accounts';
import { bilingual } from '@/lib/i18n/define';

// Decline an application; a reason is required and audited.
export const POST = formRoute(
  async (form, { viewer, ip }) => {
    await declineMember(viewer, { requestId: field(form, 'requestId'), reason: field(form, 'reason') }, ip);
    return {
      to: '/beheer/aanvragen',
      flash: { kind: 'ok', text: bilingual(accounts, 'applicationDeclined') },
    };
  },
  () => '/beheer/aanvragen',
);
