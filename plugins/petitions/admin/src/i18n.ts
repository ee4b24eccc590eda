import { createTranslations, type Translate as PluginTranslate } from '@vzd/core/admin-ui';
import { PLUGIN_ID } from './constants';
import en from './translations/en.json';

export type MessageKey = keyof typeof en;
export type Translate = PluginTranslate<MessageKey>;
export const { getTranslation, useTranslate } = createTranslations<MessageKey>(PLUGIN_ID, en);
