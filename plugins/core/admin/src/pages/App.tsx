import { Page } from '@strapi/strapi/admin';
import { PERMISSIONS } from '../constants';
import { OutboxPage } from './OutboxPage';

/** Mounted by the menu link at `plugins/core`. */
const App = () => (
  <Page.Protect permissions={PERMISSIONS.read}>
    <OutboxPage />
  </Page.Protect>
);

export default App;
