import consultationSchema from './consultation/schema.json';

export default { consultation: { schema: consultationSchema } };
