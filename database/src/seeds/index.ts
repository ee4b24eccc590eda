export { demoAuthorities, type DemoAuthority } from './demo-authorities';
export { demoCitizen, demoOfficial, demoSuperAdmin, demoSignerCount } from './demo-people';
export { demoPetitions, type DemoPetition } from './demo-petitions';
export { demoPolls, type DemoPoll, type DemoPollAnswer, type DemoPollQuestion } from './demo-polls';
export { demoConsultations, type DemoConsultation, type DemoConsultationComment } from './demo-consultations';
