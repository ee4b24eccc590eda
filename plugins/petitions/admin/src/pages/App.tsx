import { Page } from '@strapi/strapi/admin';
import { Navigate, Route, Routes } from 'react-router-dom';
import { PERMISSIONS, PLUGIN_ID } from '../constants';
import { AnswerPage } from './AnswerPage';
import { ModerationPage } from './ModerationPage';
import { OverduePage } from './OverduePage';
import { QueueLayout } from './QueueLayout';

const toModeration = <Navigate to={`/plugins/${PLUGIN_ID}/moderation`} replace />;

/** Mounted by the menu link at `plugins/petitions/*`. */
const App = () => (
  <Page.Protect permissions={PERMISSIONS.read}>
    <Routes>
      <Route element={<QueueLayout />}>
        <Route index element={toModeration} />
        <Route path="moderation" element={<ModerationPage />} />
        <Route path="answer" element={<AnswerPage />} />
        <Route path="overdue" element={<OverduePage />} />
      </Route>
      <Route path="*" element={toModeration} />
    </Routes>
  </Page.Protect>
);

export default App;
