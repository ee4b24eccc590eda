import { env } from '../src/env';

export default () => ({
  'users-permissions': {
    config: {
      jwtSecret: env.JWT_SECRET,
      jwt: { expiresIn: '7d' },
      
    },
  },
  email: {
    config: {
      provider: '@vzd/core/email-provider',
      providerOptions: { smtpUrl: env.SMTP_URL, mailDir: env.MAIL_DIR },
      settings: { defaultFrom: env.MAIL_FROM, defaultReplyTo: env.MAIL_FROM },
    },
  },
  core: { enabled: true, resolve: '../plugins/core' },
  identity: { enabled: true, resolve: '../plugins/identity' },
  petitions: { enabled: true, resolve: '../plugins/petitions' },
  consultations: { enabled: true, resolve: '../plugins/consultations' },
  polls: { enabled: true, resolve: '../plugins/polls' },
});
