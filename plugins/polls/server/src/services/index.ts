import lifecycle from './lifecycle';
import moderation from './moderation';
import residence from './residence';
import responses from './responses';
import results from './results';
import views from './views';
import demoSeed from '../seed/demo-seed';

export default { demoSeed, lifecycle, moderation, residence, responses, results, views };
