import { Link } from '@strapi/design-system';
import { ArrowLeft } from '@strapi/icons';
import { NavLink } from 'react-router-dom';
import { PLUGIN_ID } from '../constants';
import { T } from '../labels';

export const BackLink = () => (
  <Link tag={NavLink} to={`/plugins/${PLUGIN_ID}`} startIcon={<ArrowLeft />}>
    {T.back}
  </Link>
);
