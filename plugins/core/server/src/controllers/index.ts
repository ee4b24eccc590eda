import publicController from './public';
import session from './session';

export default { public: publicController, session };
