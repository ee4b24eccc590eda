import { createTranslations } from './shared-ui/translations';
import { PLUGIN_ID } from './constants';
import en from './translations/en.json';

export type MessageKey = keyof typeof en;
export const { getTranslation, useTranslate } = createTranslations<MessageKey>(PLUGIN_ID, en);
