import authoritySchema from './authority/schema.json';

export default {
  authority: { schema: authoritySchema },
};
