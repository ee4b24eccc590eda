import lifecycle from './lifecycle';
import signatures from './signatures';
import views from './views';

export default { lifecycle, signatures, views };
