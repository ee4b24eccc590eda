import { Box, Tabs } from '@strapi/design-system';
import { Layouts, Page } from '@strapi/strapi/admin';
import { Outlet, useLocation, useNavigate } from 'react-router-dom';
import { PLUGIN_ID } from '../constants';
import { T } from '../labels';

const LISTS = [
  { path: 'active', label: T.activeTab },
  { path: 'draft', label: T.draftTab },
  { path: 'closed', label: T.closedTab },
] as const;

/** The three lists as tabs; each tab is a route, so a list can be linked to and reloaded. */
export const ListLayout = () => {
  const { pathname } = useLocation();
  const navigate = useNavigate();
  const current = LISTS.find((list) => pathname.endsWith(`/${list.path}`))?.path ?? LISTS[0].path;
  return (
    <Page.Main>
      <Page.Title>{T.pageTitle}</Page.Title>
      <Layouts.Header title={T.pageTitle} subtitle={T.pageSubtitle} />
      <Layouts.Content>
        <Tabs.Root value={current} onValueChange={(value) => navigate(`/plugins/${PLUGIN_ID}/${value}`)}>
          <Tabs.List aria-label={T.tabsLabel}>
            {LISTS.map((list) => (
              <Tabs.Trigger key={list.path} value={list.path}>
                {list.label}
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
