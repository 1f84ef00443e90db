import { field, formRoute } from '@/lib/auth/form-route';
import { erasePerson } from '@/lib/dal/erasure';
import { assertCan } from '@/lib/auth/permissions';
import { ValidationError } from '@/lib/errors';

// Erasure of a person (AVG/GDPR); the form asks to type the id again as confirmation.
export const POST = formRoute(
  async (form, { viewer, ip }) => {
    assertCan(viewer, 'person:erase');
    const personId = field(form, 'personId').trim();
    if (personId === '' || field(form, 'confirm').trim() !== personId)
      throw new ValidationError({
        nl: 'Typ ter bevestiging het id van de persoon nogmaals.',
        en: 'Type the id of the person again to confirm.',
      });
    const r = await erasePerson(viewer, personId, ip);
    return {
      to: '/beheer/wissen',
      flash: {
        kind: 'ok',
        text: {
          nl: `Persoon ${r.personId} gewist (${r.accountsRemoved} account(s), ${r.auditEventsScrubbed} auditregels geanonimiseerd).`,
          en: `Person ${r.personId} erased (${r.accountsRemoved} account(s), ${r.auditEventsScrubbed} audit entries scrubbed).`,
        },
      },
    };
  },
  () => '/beheer/wissen',
);
