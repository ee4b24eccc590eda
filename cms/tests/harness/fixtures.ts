import { api } from './http';
import { db } from './database';

/** The documentId of a seeded petition, found by its title. */
export async function petitionIdByTitle(title: string): Promise<string> {
  const { rows } = await db().query('SELECT document_id FROM petitions_petitions WHERE title = $1', [title]);
  if (!rows[0]) throw new Error(`no petition titled ${title}`);
  return rows[0].document_id;
}

/** A new petition published for collection on the given authority, filed by `cookie` and published by the official. */
export async function collectingPetition(cookie: string, officialBearer: string, authority = 'bucha'): Promise<string> {
  const created = await api('POST', '/api/petitions/petitions', {
    cookie,
    body: {
      authority,
      title: `Тестова петиція ${Date.now()} ${Math.random().toString(36).slice(2, 8)}`,
      text: 'Просимо облаштувати зупинку громадського транспорту з навісом і лавкою біля нової школи.',
    },
  });
  if (created.status !== 201) throw new Error(`create failed: ${created.status} ${JSON.stringify(created.body)}`);
  const id = created.body.data.documentId as string;
  const published = await api('POST', `/petitions/petitions/${id}/publish`, { bearer: officialBearer });
  if (published.status !== 200) throw new Error(`publish failed: ${published.status} ${JSON.stringify(published.body)}`);
  return id;
}

export async function signatureCount(documentId: string): Promise<number> {
  const { rows } = await db().query(
    'SELECT count(*)::int AS n FROM petitions_signatures s JOIN petitions_petitions p ON p.id = s.petition_id WHERE p.document_id = $1',
    [documentId],
  );
  return rows[0].n;
}
