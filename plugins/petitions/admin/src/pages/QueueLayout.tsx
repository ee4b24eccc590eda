import { Layouts, Page } from '@strapi/strapi/admin';
import { Outlet } from 'react-router-dom';
import { QueueTabs } from '../components/QueueTabs';
import { useTranslate } from '../i18n';

export const QueueLayout = () => {
  const t = useTranslate();
  return (
  <Page.Main>
    <Page.Title>{t('pageTitle')}</Page.Title>
    <Layouts.Header title={t('pageTitle')} subtitle={t('pageSubtitle')} />
    <Layouts.Content>
      <QueueTabs>
        <Outlet />
      </QueueTabs>
    </Layouts.Content>
  </Page.Main>
  );
};
