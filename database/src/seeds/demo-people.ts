/** Demo accounts. Their password is DEMO_PASSWORD, generated per machine into .data/secrets.env. */
export const demoCitizen = { username: 'olena', email: 'citizen@demo.vzayemodiia.localhost', name: 'Олена Коваленко' };

export const demoOfficial = {
  email: 'official@demo.vzayemodiia.localhost',
  firstname: 'Андрій',
  lastname: 'Мельник',
  authorities: ['bucha', 'kyiv-region'],
  /** Roles held at each of those authorities (core_authority_roles). */
  roles: ['moderator', 'responder'] as ('moderator' | 'responder' | 'administrator')[],
};

export const demoSuperAdmin = { email: 'admin@demo.vzayemodiia.localhost', firstname: 'Адміністратор', lastname: 'Платформи' };

/** Signers whose signatures fill the demo petitions; they cannot log in (no password). */
export const demoSignerCount = 60;
