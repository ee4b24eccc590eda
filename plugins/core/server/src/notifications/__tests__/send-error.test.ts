import { classifySendError, describeSendError } from '../send-error';

describe('which SMTP failures may be retried without risking a second delivery', () => {
  it('retries a refusal the server answered with a code', () => {
    expect(classifySendError({ code: 'EENVELOPE', command: 'RCPT TO', responseCode: 550 })).toBe('retry');
    expect(classifySendError({ code: 'EMESSAGE', command: 'DATA', responseCode: 451 })).toBe('retry');
  });

  it('retries failures before the message body was sent', () => {
    expect(classifySendError({ code: 'ECONNECTION', command: 'CONN' })).toBe('retry');
    expect(classifySendError(Object.assign(new Error('connect ECONNREFUSED'), { code: 'ESOCKET' }))).toBe('retry');
  });

  it('does not retry a connection lost while the body was on its way: the message may have arrived', () => {
    expect(classifySendError({ code: 'ETIMEDOUT', command: 'DATA' })).toBe('unknown');
    expect(classifySendError({ code: 'ECONNECTION', command: 'data' })).toBe('unknown');
  });

  it('describes a failure in one short line', () => {
    expect(describeSendError({ code: 'EENVELOPE', responseCode: 550, response: '550 Mailbox unavailable' })).toBe(
      'EENVELOPE 550 550 Mailbox unavailable',
    );
    expect(describeSendError(new Error('x'.repeat(5000))).length).toBe(1000);
  });
});
