import petitionSchema from './petition/schema.json';

export default { petition: { schema: petitionSchema } };
