import { closeDb, db } from '../../../cms/tests/harness/database';
import { createCitizen } from '../../../cms/tests/harness/citizens';
import { officialToken } from '../../../cms/tests/harness/admins';
import { collectingPetition } from '../../../cms/tests/harness/fixtures';
import { testServer } from '../../../cms/tests/harness/server';

afterAll(closeDb);

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

describe('request ids', () => {
  it('answers every request with its id, and stores the id on the audit entry the request wrote', async () => {
    const id = await collectingPetition((await createCitizen()).cookie, await officialToken());
    const signer = await createCitizen();
    const res = await fetch(`${testServer().url}/api/petitions/petitions/${id}/signatures`, {
      method: 'POST',
      headers: { cookie: signer.cookie, origin: testServer().url, 'content-type': 'application/json' },
    });
    expect(res.status).toBe(201);
    const requestId = res.headers.get('x-request-id');
    expect(requestId).toMatch(UUID);
    const { rows } = await db().query(
      "SELECT request_id FROM core_audit_events WHERE module = 'petitions' AND action = 'signature.add' AND item_id = $1 AND actor = $2",
      [id, `citizen:${signer.id}`],
    );
    expect(rows).toEqual([{ request_id: requestId }]);
  });

  it('ignores an id offered by a caller when no proxy is trusted (the test server trusts none)', async () => {
    const res = await fetch(`${testServer().url}/api/core/modules`, { headers: { 'x-request-id': 'forged-request-id-0001' } });
    expect(res.headers.get('x-request-id')).toMatch(UUID);
  });
});
