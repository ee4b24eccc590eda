import { Page } from '@strapi/strapi/admin';
import { Route, Routes } from 'react-router-dom';
import { PERMISSIONS } from '../constants';
import { CreatePage } from './CreatePage';
import { DetailPage } from './DetailPage';
import { ListPage } from './ListPage';

/** Mounted by the menu link at `plugins/consultations/*`. */
const App = () => (
  <Page.Protect permissions={PERMISSIONS.read}>
    <Routes>
      <Route index element={<ListPage />} />
      <Route path="new" element={<CreatePage />} />
      <Route path=":documentId" element={<DetailPage />} />
      <Route path="*" element={<ListPage />} />
    </Routes>
  </Page.Protect>
);

export default App;
