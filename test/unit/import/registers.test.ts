import { describe, expect, it } from 'vitest';
import { dueWithin, type AgreementView } from '../../../lib/dal/agreements';
import { keywords, recurringBlockers } from '../../../lib/dal/coalitions';
import { notReached } from '../../../lib/dal/meetings';
import { sniffType } from '../../../lib/dal/documents';
import { writeZip } from '../../../lib/import/zip';
import { emptyNetwork } from '../../../lib/domain/network';
import type { ProgressReview } from '../../../lib/domain/model';

const ag = (
  id: string,
  reviewAt: string | null,
  expiresAt: string | null,
  status: AgreementView['status'] = 'getekend',
): AgreementView => ({
  id,
  title: id,
  partyIds: ['a', 'b'],
  partyNames: ['A', 'B'],
  status,
  scope: '',
  signedAt: null,
  reviewAt,
  expiresAt,
  koppelvlakIds: [],
  modelDocumentId: null,
  source: '',
});

describe('dueWithin', () => {
  it('lists review and expiry dates within 90 days and overdue ones, soonest first', () => {
    const due = dueWithin(
      [
        ag('late', '2026-09-01', null),
        ag('soon', null, '2026-12-01'),
        ag('far', '2027-06-01', null),
        ag('gone', '2026-10-15', null, 'verlopen'),
      ],
      '2026-10-01',
    );
    expect(due.map((d) => [d.agreement.id, d.what, d.days])).toEqual([
      ['late', 'review', -30],
      ['soon', 'expiry', 61],
    ]);
  });
});

describe('recurringBlockers', () => {
  const r = (id: string, coalitionId: string, blockers: string): ProgressReview => ({
    id,
    coalitionId,
    date: '2026-01-01',
    achieved: '',
    direction: '',
    blockers,
  });
  it('normalises text and groups blockers that share keywords across coalitions', () => {
    expect(keywords('Géén BUDGET voor oefeningen!')).toEqual(['budget', 'oefening']);
    const groups = recurringBlockers(
      [
        r('1', 'c1', 'Geen budget voor oefeningen.'),
        r('2', 'c2', 'Budget voor de oefening ontbreekt'),
        r('3', 'c3', 'Juridische onduidelijkheid over informatiedeling'),
        r('4', 'c1', 'Informatiedeling juridisch lastig'),
      ],
      (id) => id.toUpperCase(),
    );
    expect(groups).toHaveLength(2);
    expect(groups.find((g) => g.keywords.includes('budget'))).toMatchObject({
      times: 2,
      coalitions: ['C1', 'C2'],
    });
    expect(groups.find((g) => g.keywords.includes('informatiedeling'))?.coalitions).toEqual(['C1', 'C3']);
  });
});

describe('notReached', () => {
  it('lists people without meeting or contact in the 365 days before asOf', () => {
    const net = emptyNetwork('2026-10-01');
    net.organisations = [
      {
        id: 'o',
        name: 'O',
        kind: 'overig',
        chain: 'overig',
        sectorId: null,
        regionCodes: [],
        processIds: [],
        description: '',
      },
    ];
    net.people = ['p1', 'p2', 'p3'].map((id) => ({
      id,
      name: id,
      role: '',
      level: 'tactisch' as const,
      organisationId: 'o',
      email: null,
    }));
    net.meetings = [{ id: 'm', date: '2026-05-01', theme: '', organiserId: null, attendeeIds: ['p1'] }];
    net.contacts = [
      {
        id: 'c',
        orgAId: 'o',
        orgBId: 'o',
        date: '2025-01-01',
        kind: 'overleg',
        strength: 1,
        personIds: ['p2'],
        note: '',
      },
    ];
    expect(notReached(net, '2026-10-01').map((p) => [p.personId, p.lastSeen])).toEqual([
      ['p3', null],
      ['p2', '2025-01-01'],
    ]);
  });
});

describe('sniffType', () => {
  it('recognises files by their content, not their name', () => {
    expect(sniffType(Buffer.from('%PDF-1.7\n…'))).toBe('pdf');
    expect(sniffType(Buffer.from('gewone tekst\n'))).toBe('txt');
    expect(sniffType(writeZip([{ name: 'word/document.xml', data: '<w/>' }]))).toBe('docx');
    expect(sniffType(writeZip([{ name: 'evil.exe', data: 'MZ' }]))).toBeNull();
    expect(sniffType(Buffer.from([0x4d, 0x5a, 0x00, 0x01]))).toBeNull();
  });
});
