import { Link } from '@strapi/design-system';
import { ArrowLeft } from '@strapi/icons';
import { NavLink } from 'react-router-dom';
import { PLUGIN_ID } from '../constants';
import { useTranslate } from '../i18n';

export const BackLink = () => {
  const t = useTranslate();
  return (
  <Link tag={NavLink} to={`/plugins/${PLUGIN_ID}`} startIcon={<ArrowLeft />}>
    {t('back')}
  </Link>
  );
};
