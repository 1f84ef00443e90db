import { describe, expect, it } from 'vitest';
import { changesNetwork } from '../../../lib/audit/record';

// Which audited actions invalidate every instance's cached analysis (lib/dal/analysis.ts).
describe('changesNetwork', () => {
  it('counts edits, imports, erasure and admissions as changes to the network', () => {
    for (const a of [
      'organisation.update',
      'agreement.create',
      'koppelvlak.delete',
      'import.apply',
      'person.erase',
      'person.create',
      'membership.admit',
      'something.new',
    ])
      expect(changesNetwork(a), a).toBe(true);
  });
  it('leaves sign-ins, layouts, exports, snapshots and gap states out', () => {
    for (const a of [
      'login.success',
      'login.failure',
      'logout',
      'user.role',
      'layout.save',
      'export.csv',
      'snapshot.create',
      'briefing.create',
      'gap.status',
      'membership.request',
      'membership.decline',
    ])
      expect(changesNetwork(a), a).toBe(false);
  });
});
