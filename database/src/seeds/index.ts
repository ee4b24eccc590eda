export { demoAuthorities, type DemoAuthority } from './demo-authorities';
export { demoCitizen, demoOfficial, demoSuperAdmin, demoSignerCount } from './demo-people';
export { demoPetitions, type DemoPetition } from './demo-petitions';
