import lifecycle from './lifecycle';
import signatures from './signatures';
import views from './views';
import demoSeed from '../seed/demo-seed';

export default { demoSeed, lifecycle, signatures, views };
