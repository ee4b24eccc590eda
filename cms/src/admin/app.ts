/** Admin panel customisation: nothing may call out to the internet (release checks, tutorials). */
export default {
  config: {
    locales: ['uk'],
    notifications: { releases: false },
    tutorials: false,
  },
  bootstrap() {},
};
