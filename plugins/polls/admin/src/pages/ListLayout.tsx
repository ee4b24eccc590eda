import { Box, Tabs } from '@strapi/design-system';
import { Layouts, Page } from '@strapi/strapi/admin';
import { Outlet, useLocation, useNavigate } from 'react-router-dom';
import { PLUGIN_ID } from '../constants';
import { useTranslate } from '../i18n';

const LISTS = [
  { path: 'active', label: 'activeTab' },
  { path: 'draft', label: 'draftTab' },
  { path: 'closed', label: 'closedTab' },
] as const;

/** The three lists as tabs; each tab is a route, so a list can be linked to and reloaded. */
export const ListLayout = () => {
  const t = useTranslate();
  const { pathname } = useLocation();
  const navigate = useNavigate();
  const current = LISTS.find((list) => pathname.endsWith(`/${list.path}`))?.path ?? LISTS[0].path;
  return (
    <Page.Main>
      <Page.Title>{t('pageTitle')}</Page.Title>
      <Layouts.Header title={t('pageTitle')} subtitle={t('pageSubtitle')} />
      <Layouts.Content>
        <Tabs.Root value={current} onValueChange={(value) => navigate(`/plugins/${PLUGIN_ID}/${value}`)}>
          <Tabs.List aria-label={t('tabsLabel')}>
            {LISTS.map((list) => (
              <Tabs.Trigger key={list.path} value={list.path}>
                {t(list.label)}
              </Tabs.Trigger>
            ))}
          </Tabs.List>
          <Tabs.Content value={current}>
            <Box paddingTop={6}>
              <Outlet />
            </Box>
          </Tabs.Content>
        </Tabs.Root>
      </Layouts.Content>
    </Page.Main>
  );
};
