import account from './account';
import verification from './verification';

export default { account, verification };
