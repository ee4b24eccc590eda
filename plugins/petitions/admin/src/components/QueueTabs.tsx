import * as React from 'react';
import { Box, Tabs } from '@strapi/design-system';
import { useLocation, useNavigate } from 'react-router-dom';
import { PLUGIN_ID } from '../constants';
import { useTranslate } from '../i18n';

export const QUEUES = [
  { path: 'moderation', label: 'moderationTab' },
  { path: 'answer', label: 'answerTab' },
  { path: 'overdue', label: 'overdueTab' },
] as const;

/** The three queues as tabs; each tab is a route, so a queue can be linked to and reloaded. */
export const QueueTabs = ({ children }: { children: React.ReactNode }) => {
  const t = useTranslate();
  const { pathname } = useLocation();
  const navigate = useNavigate();
  const current = QUEUES.find((queue) => pathname.endsWith(`/${queue.path}`))?.path ?? QUEUES[0].path;
  return (
    <Tabs.Root value={current} onValueChange={(value) => navigate(`/plugins/${PLUGIN_ID}/${value}`)}>
      <Tabs.List aria-label={t('tabsLabel')}>
        {QUEUES.map((queue) => (
          <Tabs.Trigger key={queue.path} value={queue.path}>
            {t(queue.label)}
          </Tabs.Trigger>
        ))}
      </Tabs.List>
      <Tabs.Content value={current}>
        <Box paddingTop={6}>{children}</Box>
      </Tabs.Content>
    </Tabs.Root>
  );
};
