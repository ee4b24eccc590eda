import { formatNumber } from '@vzd/core/admin-ui';
import type * as React from 'react';
import { Box, Flex, Table, Tbody, Td, Th, Thead, Tr, Typography } from '@strapi/design-system';
import type { QuestionResult } from '../api';
import { useTranslate } from '../i18n';
import { QUESTION_TYPE_LABELS } from '../labels';

const Cell = ({ children }: { children: React.ReactNode }) => (
  <Td>
    <Typography textColor="neutral800">{children}</Typography>
  </Td>
);
const Head = ({ children }: { children: React.ReactNode }) => (
  <Th>
    <Typography variant="sigma">{children}</Typography>
  </Th>
);

/** The aggregates of one question as a table: counts, Borda points or the rating distribution. */
export const QuestionResultView = ({ result, index }: { result: QuestionResult; index: number }) => {
  const t = useTranslate();
  return (
  <Box background="neutral0" hasRadius shadow="tableShadow" padding={6}>
    <Flex direction="column" alignItems="stretch" gap={3}>
      <Typography tag="h3" variant="delta">
        {index + 1}. {result.text}
      </Typography>
      <Typography variant="pi" textColor="neutral600">
        {t.pick(QUESTION_TYPE_LABELS[result.type])} · {t('respondents', { count: result.respondents })}
      </Typography>
      {result.type === 'single' || result.type === 'multiple' ? (
        <Table colCount={3} rowCount={result.options.length + 1}>
          <Thead>
            <Tr>
              <Head>{t('option')}</Head>
              <Head>{t('count')}</Head>
              <Head>{t('percent')}</Head>
            </Tr>
          </Thead>
          <Tbody>
            {result.options.map((o) => (
              <Tr key={o.id}>
                <Cell>{o.label}</Cell>
                <Cell>{formatNumber(o.count, t.locale)}</Cell>
                <Cell>{o.percent}</Cell>
              </Tr>
            ))}
          </Tbody>
        </Table>
      ) : null}
      {result.type === 'ranking' ? (
        <Table colCount={4} rowCount={result.options.length + 1}>
          <Thead>
            <Tr>
              <Head>{t('place')}</Head>
              <Head>{t('option')}</Head>
              <Head>{t('points')}</Head>
              <Head>{t('averageRank')}</Head>
            </Tr>
          </Thead>
          <Tbody>
            {[...result.options]
              .sort((a, b) => (a.place ?? 0) - (b.place ?? 0))
              .map((o) => (
                <Tr key={o.id}>
                  <Cell>{o.place ?? '—'}</Cell>
                  <Cell>{o.label}</Cell>
                  <Cell>{formatNumber(o.points, t.locale)}</Cell>
                  <Cell>{o.averageRank ?? '—'}</Cell>
                </Tr>
              ))}
          </Tbody>
        </Table>
      ) : null}
      {result.type === 'scale' ? (
        <>
          <Typography fontWeight="bold">{t('mean', { value: result.mean ?? '—' })}</Typography>
          <Table colCount={3} rowCount={result.distribution.length + 1}>
            <Thead>
              <Tr>
                <Head>{t('rating')}</Head>
                <Head>{t('count')}</Head>
                <Head>{t('percent')}</Head>
              </Tr>
            </Thead>
            <Tbody>
              {result.distribution.map((d) => (
                <Tr key={d.value}>
                  <Cell>
                    {d.value}
                    {d.value === 1 && result.minLabel ? ` — ${result.minLabel}` : ''}
                    {d.value === 5 && result.maxLabel ? ` — ${result.maxLabel}` : ''}
                  </Cell>
                  <Cell>{formatNumber(d.count, t.locale)}</Cell>
                  <Cell>{d.percent}</Cell>
                </Tr>
              ))}
            </Tbody>
          </Table>
        </>
      ) : null}
      {result.type === 'text' ? (
        <Flex direction="column" alignItems="stretch" gap={2}>
          <Typography>{t('publishedTexts', { count: result.published.length })}</Typography>
          {result.published.map((t) => (
            <Box key={t.id} padding={3} background="neutral100" hasRadius>
              <Typography style={{ whiteSpace: 'pre-wrap' }}>{t.text}</Typography>
            </Box>
          ))}
        </Flex>
      ) : null}
    </Flex>
  </Box>
  );
};
