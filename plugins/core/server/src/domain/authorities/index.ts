export { settingsContext, type AuthorityKind, type SettingsContext } from './settings-context';
