import { field, formRoute } from '@/lib/auth/form-route';
import { erasePerson } from '@/lib/dal/erasure';
import { assertCan } from '@/lib/auth/permissions';
import { ValidationError } from '@/lib/errors';
import { accounts } from '@/lib/i18n/messages/accounts';
import { bilingual } from '@/lib/i18n/define';

// Erasure of a person (AVG/GDPR); the form asks to type the id again as confirmation.
export const POST = formRoute(
  async (form, { viewer, ip }) => {
    assertCan(viewer, 'person:erase');
    const personId = field(form, 'personId').trim();
    if (personId === '' || field(form, 'confirm').trim() !== personId)
      throw new ValidationError(bilingual(accounts, 'eraseConfirm'));
    const r = await erasePerson(viewer, personId, ip);
    return {
      to: '/beheer/wissen',
      flash: {
        kind: 'ok',
        text: bilingual(accounts, 'erased', {
          personId: r.personId,
          accounts: r.accountsRemoved,
          scrubbed: r.auditEventsScrubbed,
        }),
      },
    };
  },
  () => '/beheer/wissen',
);
