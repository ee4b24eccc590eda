import answers from './answers';
import contributions from './contributions';
import eligibility from './eligibility';
import lifecycle from './lifecycle';
import moderation from './moderation';
import officialViews from './official-views';
import paperQuota from './paper-quota';
import participation from './participation';
import reports from './reports';
import sections from './sections';
import views from './views';
import demoSeed from '../seed/demo-seed';

export default { answers, contributions, demoSeed, eligibility, lifecycle, moderation, officialViews, paperQuota, participation, reports, sections, views };
