import { Page } from '@strapi/strapi/admin';
import { Navigate, Route, Routes } from 'react-router-dom';
import { PERMISSIONS, PLUGIN_ID } from '../constants';
import { ListLayout } from './ListLayout';
import { PollsPage } from './PollsPage';
import { ResultsPage } from './ResultsPage';
import { TextsPage } from './TextsPage';

const toActive = <Navigate to={`/plugins/${PLUGIN_ID}/active`} replace />;

/** Mounted by the menu link at `plugins/polls/*`. */
const App = () => (
  <Page.Protect permissions={PERMISSIONS.read}>
    <Routes>
      <Route element={<ListLayout />}>
        <Route index element={toActive} />
        <Route path="active" element={<PollsPage filter="active" />} />
        <Route path="draft" element={<PollsPage filter="draft" />} />
        <Route path="closed" element={<PollsPage filter="closed" />} />
      </Route>
      <Route path=":id/texts" element={<TextsPage />} />
      <Route path=":id/results" element={<ResultsPage />} />
      <Route path="*" element={toActive} />
    </Routes>
  </Page.Protect>
);

export default App;
