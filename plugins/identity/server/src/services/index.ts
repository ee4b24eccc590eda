import account from './account';
import assurance from './assurance';
import loginGuard from './login-guard';
import oidc from './oidc';
import participation from './participation';
import passwordResets from './password-resets';
import passwords from './passwords';
import registrations from './registrations';
import verification from './verification';

export default { account, assurance, loginGuard, oidc, participation, passwordResets, passwords, registrations, verification };
