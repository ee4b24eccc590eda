/** A backup or restore that cannot go on, with one sentence saying why and what to do (printed without a stack). */
export class BackupError extends Error {
  override name = 'BackupError';
}
