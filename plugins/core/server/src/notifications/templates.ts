import type { TemplateSet } from './types';

/** The core's own mail: the weekly digest of new items in what a person follows. */
export const CORE_TEMPLATES: TemplateSet = {
  'core.digest': {
    uk: {
      subject: 'Нове за тиждень на «ВзаємоДії»: {{count}}',
      text:
        'Вітаємо!\n\nЗа минулий тиждень зʼявилося нове там, за чим ви стежите:\n\n' +
        '{{#items}}• {{title}} — {{authority}}\n  {{url}}\n{{/items}}\n' +
        'Стежити за іншими органами та темами можна на сайті: {{siteUrl}}\n',
      html:
        '<p>Вітаємо!</p><p>За минулий тиждень зʼявилося нове там, за чим ви стежите:</p>' +
        '<ul>{{#items}}<li><a href="{{url}}">{{title}}</a> — {{authority}}</li>{{/items}}</ul>' +
        '<p>Стежити за іншими органами та темами можна <a href="{{siteUrl}}">на сайті</a>.</p>',
    },
    en: {
      subject: 'New on VzayemoDiia this week: {{count}}',
      text:
        'Hello!\n\nThis is what is new this week in what you follow:\n\n' +
        '{{#items}}• {{title}} — {{authority}}\n  {{url}}\n{{/items}}\n' +
        'Follow other authorities and topics on the site: {{siteUrl}}\n',
      html:
        '<p>Hello!</p><p>This is what is new this week in what you follow:</p>' +
        '<ul>{{#items}}<li><a href="{{url}}">{{title}}</a> — {{authority}}</li>{{/items}}</ul>' +
        '<p>Follow other authorities and topics <a href="{{siteUrl}}">on the site</a>.</p>',
    },
  },
};
