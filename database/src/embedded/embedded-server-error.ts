/**
 * A reason the embedded PostgreSQL cannot start that a person can act on. The launcher prints only its message
 * (one plain sentence naming the folder or port and the way out), never a stack trace.
 */
export class EmbeddedServerError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'EmbeddedServerError';
  }
}
