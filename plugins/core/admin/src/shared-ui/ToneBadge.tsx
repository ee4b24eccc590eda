import * as React from 'react';
import { Badge } from '@strapi/design-system';

export type Tone = 'neutral' | 'primary' | 'secondary' | 'success' | 'warning' | 'danger' | 'alternative';

/**
 * The design system's Badge variants write small bold text in `<tone>700` on `<tone>200`, under WCAG's 4.5:1 for
 * warning (3.62:1), danger (3.89:1) and alternative (4.41:1). These pairs of the same theme tokens reach it; the
 * ratios are those of the light theme of @strapi/design-system 2.2.4.
 */
const COLOURS = {
  neutral: { backgroundColor: 'neutral150', textColor: 'neutral700' }, // 7.07:1
  primary: { backgroundColor: 'primary200', textColor: 'primary700' }, // 6.45:1
  secondary: { backgroundColor: 'secondary200', textColor: 'secondary700' }, // 4.90:1
  success: { backgroundColor: 'success200', textColor: 'success700' }, // 5.22:1
  warning: { backgroundColor: 'warning200', textColor: 'neutral800' }, // 10.12:1
  danger: { backgroundColor: 'danger100', textColor: 'danger700' }, // 5.43:1
  alternative: { backgroundColor: 'alternative100', textColor: 'alternative700' }, // 6.16:1
} as const satisfies Record<Tone, { backgroundColor: string; textColor: string }>;

/** A status badge whose text stays readable (WCAG AA) in every tone. */
export const ToneBadge = ({ tone = 'neutral', children }: { tone?: Tone; children: React.ReactNode }) => (
  <Badge {...COLOURS[tone]}>{children}</Badge>
);
