/**
 * Demo e-polls: an open Bucha poll with every question type and some answers, a closed one with published
 * results, and an announced regional poll for residents. Each is replayed through the real state machine at the
 * given moments (days relative to the seeding time). Answers are aligned with the questions; option ids are
 * `o1`, `o2`, … in the order the options are listed.
 */
export interface DemoPollQuestion {
  type: 'single' | 'multiple' | 'ranking' | 'scale' | 'text';
  text: string;
  required?: boolean;
  options?: string[];
  maxChoices?: number;
  minLabel?: string;
  maxLabel?: string;
}

export type DemoPollAnswer = { choice?: string; choices?: string[]; ranking?: string[]; value?: number; text?: string } | null;

export interface DemoPoll {
  authority: string;
  title: string;
  description: string;
  audience: 'everyone' | 'residents' | 'csos';
  anonymous?: boolean;
  liveResults?: boolean;
  questions: DemoPollQuestion[];
  createdDaysAgo: number;
  /** Announced for this many days ahead (a scheduled poll). */
  opensInDays?: number;
  /** Opened by an official this many days ago. */
  openedDaysAgo?: number;
  /** Closing time relative to now; negative means it closed on schedule that many days ago. */
  closesInDays: number;
  /** One list of answers per respondent. */
  responses: DemoPollAnswer[][];
  /** Respondents (indexes into `responses`) whose free-text answers an official approved or rejected. */
  approvedTexts?: number[];
  rejectedTexts?: number[];
}

const pick = <T>(list: readonly T[], i: number): T => list[i % list.length];

const PARK_TEXTS = [
  'Потрібен пандус біля центрального входу, бо з візочком зараз не заїхати.',
  'Прошу залишити частину парку дикою — там живуть білки і їжаки.',
  'Встановіть питний фонтанчик біля дитячого майданчика.',
  null,
  'Більше урн і регулярне прибирання у вихідні.',
  null,
];

const BUDGET_TEXTS = [
  'Почніть з укриттів у школах — діти мають бути в безпеці на уроках.',
  'Відремонтуйте дорогу на вулиці Яблунській, там небезпечно їздити.',
  'КУПІТЬ ЩЕ ОДИН АВТОБУС!!! ВСІ ЧИНОВНИКИ НІЧОГО НЕ РОБЛЯТЬ',
  null,
  'Прошу передбачити кошти на освітлення приватного сектору.',
  null,
  null,
];

export const demoPolls: DemoPoll[] = [
  {
    authority: 'bucha',
    title: 'Яким має бути оновлений парк Диби?',
    description:
      'Бучанська міська рада готує проєкт реконструкції парку Диби. Розкажіть, що для вас найважливіше: відповіді ' +
      'врахують під час підготовки технічного завдання. Опитування анонімне; результати оприлюднимо після завершення.',
    audience: 'everyone',
    anonymous: true,
    liveResults: false,
    questions: [
      { type: 'single', text: 'Як часто ви відвідуєте парк Диби?', options: ['Щодня', 'Щотижня', 'Кілька разів на рік', 'Не відвідую'] },
      {
        type: 'multiple',
        text: 'Що потрібно облаштувати в першу чергу? (не більше трьох)',
        options: ['Освітлення', 'Лавки', 'Дитячий майданчик', 'Велодоріжку', 'Громадську вбиральню', 'Спортивний майданчик'],
        maxChoices: 3,
      },
      {
        type: 'ranking',
        text: 'Розставте зони парку за важливістю для вас',
        options: ['Зона тихого відпочинку', 'Дитяча зона', 'Спортивна зона', 'Зона для вигулу собак'],
      },
      { type: 'scale', text: 'Оцініть нинішній стан парку', minLabel: 'Дуже поганий', maxLabel: 'Чудовий' },
      { type: 'text', text: 'Ваші пропозиції щодо парку', required: false },
    ],
    createdDaysAgo: 6,
    openedDaysAgo: 5,
    closesInDays: 9,
    responses: Array.from({ length: 12 }, (_, i): DemoPollAnswer[] => {
      const text = pick(PARK_TEXTS, i);
      return [
        { choice: pick(['o2', 'o1', 'o2', 'o3', 'o2', 'o4'], i) },
        { choices: pick([['o1', 'o2'], ['o1', 'o3', 'o6'], ['o2'], ['o1', 'o5'], ['o3', 'o4', 'o1']], i) },
        { ranking: pick([['o2', 'o1', 'o3', 'o4'], ['o1', 'o2', 'o4', 'o3'], ['o3', 'o2', 'o1', 'o4']], i) },
        { value: pick([2, 3, 2, 1, 3, 4, 2], i) },
        text ? { text } : null,
      ];
    }),
    approvedTexts: [0, 1],
  },
  {
    authority: 'bucha',
    title: 'Пріоритети капітальних видатків громади на наступний рік',
    description:
      'Опитування щодо того, на що спрямувати капітальні видатки бюджету Бучанської громади. Результати розглянула ' +
      'бюджетна комісія міської ради.',
    audience: 'everyone',
    anonymous: true,
    liveResults: false,
    questions: [
      {
        type: 'ranking',
        text: 'Розставте напрями видатків за пріоритетом',
        options: ['Укриття в школах і садочках', 'Ремонт доріг', 'Громадський транспорт', 'Вуличне освітлення'],
      },
      { type: 'single', text: 'Чи підтримуєте ви співфінансування проєктів мешканцями?', options: ['Так', 'Ні', 'Важко сказати'] },
      {
        type: 'multiple',
        text: 'Які джерела інформації про бюджет ви використовуєте?',
        options: ['Сайт громади', 'Соцмережі', 'Місцеві ЗМІ', 'Сесії ради'],
      },
      { type: 'scale', text: 'Наскільки зрозумілим для вас є бюджет громади?', minLabel: 'Зовсім незрозумілий', maxLabel: 'Цілком зрозумілий' },
      { type: 'text', text: 'Що ще варто профінансувати?', required: false },
    ],
    createdDaysAgo: 40,
    openedDaysAgo: 35,
    closesInDays: -5,
    responses: Array.from({ length: 30 }, (_, i): DemoPollAnswer[] => {
      const text = pick(BUDGET_TEXTS, i);
      return [
        { ranking: pick([['o1', 'o2', 'o3', 'o4'], ['o1', 'o3', 'o2', 'o4'], ['o2', 'o1', 'o4', 'o3'], ['o1', 'o2', 'o4', 'o3'], ['o3', 'o1', 'o2', 'o4']], i) },
        { choice: pick(['o1', 'o1', 'o2', 'o3', 'o1'], i) },
        { choices: pick([['o1'], ['o1', 'o2'], ['o2'], ['o3', 'o1'], ['o4', 'o1', 'o2']], i) },
        { value: pick([3, 2, 4, 3, 1, 5, 3, 2], i) },
        text ? { text } : null,
      ];
    }),
    approvedTexts: [0, 1, 4, 7, 8],
    rejectedTexts: [2],
  },
  {
    authority: 'kyiv-region',
    title: 'Громадський транспорт між громадами Київщини',
    description:
      'Київська обласна державна адміністрація планує нові приміські маршрути. Опитування для мешканців громад області.',
    audience: 'residents',
    anonymous: true,
    liveResults: true,
    questions: [
      { type: 'single', text: 'Як ви зазвичай добираєтеся до Києва?', options: ['Електричка', 'Маршрутка', 'Автомобіль', 'Не їжджу'] },
      { type: 'scale', text: 'Оцініть якість приміського транспорту', minLabel: 'Дуже погано', maxLabel: 'Дуже добре' },
    ],
    createdDaysAgo: 2,
    opensInDays: 3,
    closesInDays: 24,
    responses: [],
  },
];
