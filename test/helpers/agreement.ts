/** A fictitious signed agreement between two demo organisations, for tests that move its expiry date. */
export function testAgreement(id: string, expiresAt: string | null) {
  return {
    id,
    title: 'Testconvenant (fictief)',
    partyIds: ['vr-vr01', 'politie-noord-nederland'],
    status: 'getekend' as const,
    scope: 'Test',
    signedAt: '2025-01-01',
    reviewAt: null,
    expiresAt,
    koppelvlakIds: [],
    modelDocumentId: null,
    source: 'test',
    date: '2025-01-01',
  };
}
