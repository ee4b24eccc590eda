import { Layouts, Page } from '@strapi/strapi/admin';
import { Outlet } from 'react-router-dom';
import { QueueTabs } from '../components/QueueTabs';
import { T } from '../labels';

export const QueueLayout = () => (
  <Page.Main>
    <Page.Title>{T.pageTitle}</Page.Title>
    <Layouts.Header title={T.pageTitle} subtitle={T.pageSubtitle} />
    <Layouts.Content>
      <QueueTabs>
        <Outlet />
      </QueueTabs>
    </Layouts.Content>
  </Page.Main>
);
