import pollSchema from './poll/schema.json';

export default { poll: { schema: pollSchema } };
