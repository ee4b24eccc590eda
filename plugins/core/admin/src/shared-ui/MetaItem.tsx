import * as React from 'react';
import { Flex, Typography } from '@strapi/design-system';

interface MetaItemProps {
  label: string;
  children: React.ReactNode;
}

/** One term/description pair; render inside an element with `tag="dl"`. */
export const MetaItem = ({ label, children }: MetaItemProps) => (
  <Flex direction="column" alignItems="flex-start" gap={1}>
    <Typography tag="dt" variant="sigma" textColor="neutral600">
      {label}
    </Typography>
    <Typography tag="dd" variant="omega" textColor="neutral800">
      {children}
    </Typography>
  </Flex>
);
