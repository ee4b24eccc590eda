/**
 * Demo petitions in every lifecycle state. Each is replayed through the real state machine at the given
 * moments (days relative to the seeding time), so dates and deadlines are the ones the rules produce.
 */
export interface DemoPetition {
  authority: string;
  title: string;
  text: string;
  authorName: string;
  submittedDaysAgo: number;
  publishedDaysAgo?: number;
  rejected?: {
    daysAgo: number;
    reason: 'duplicate' | 'outside_competence' | 'offensive' | 'unlawful' | 'no_clear_request' | 'other';
    note?: string;
    /** For a duplicate: the title of the demo petition it repeats (seeded earlier in this list). */
    duplicateOfTitle?: string;
  };
  signatures?: number;
  consideredDaysAgo?: number;
  answered?: { daysAgo: number; text: string };
  closedDaysAgo?: number;
}

const body = (what: string) =>
  `${what} Просимо розглянути це питання відповідно до статті 23-1 Закону України «Про звернення громадян» ` +
  'і поінформувати мешканців громади про ухвалене рішення та строки його виконання.';

export const demoPetitions: DemoPetition[] = [
  {
    authority: 'bucha',
    title: 'Облаштувати безпечну велодоріжку на вулиці Вокзальній',
    text: body('Щодня вулицею Вокзальною їздять сотні велосипедистів, зокрема діти, але окремої смуги немає.'),
    authorName: 'Ірина Бондар',
    submittedDaysAgo: 1,
  },
  {
    authority: 'bucha',
    title: 'Облаштувати укриття біля ліцею № 3',
    text: body('Найближче укриття розташоване за 800 метрів від ліцею, діти не встигають дістатися до нього.'),
    authorName: 'Олег Шевчук',
    submittedDaysAgo: 12,
    publishedDaysAgo: 10,
    signatures: 46,
  },
  {
    authority: 'bucha',
    title: 'Встановити лавки та освітлення в парку Диби',
    text: body('Парк активно відвідують літні люди та батьки з дітьми, проте ввечері там темно і ніде сісти.'),
    authorName: 'Марія Лисенко',
    submittedDaysAgo: 5,
    publishedDaysAgo: 3,
    signatures: 4,
  },
  {
    authority: 'bucha',
    title: 'Відновити автобусний маршрут № 5 до Ворзеля',
    text: body('Після скасування маршруту мешканці Ворзеля не мають прямого сполучення з центром громади.'),
    authorName: 'Петро Гончаренко',
    submittedDaysAgo: 10,
    publishedDaysAgo: 8,
    signatures: 53,
  },
  {
    authority: 'bucha',
    title: 'Запровадити роздільний збір відходів у багатоквартирних будинках',
    text: body('Контейнери для пластику та скла є лише у приватному секторі.'),
    authorName: 'Наталія Кравчук',
    submittedDaysAgo: 40,
    publishedDaysAgo: 38,
    signatures: 51,
    consideredDaysAgo: 2,
  },
  {
    authority: 'bucha',
    title: 'Створити інклюзивний дитячий майданчик у центрі міста',
    text: body('У громаді немає жодного майданчика, доступного для дітей з інвалідністю.'),
    authorName: 'Світлана Мороз',
    submittedDaysAgo: 70,
    publishedDaysAgo: 68,
    signatures: 55,
    // Threshold 63 days ago (published − 5): considered and answered within two calendar days, so the answer is on
    // time whatever weekdays and holidays fall in between (replay-scenario.test.ts tries every day of two years).
    consideredDaysAgo: 62,
    answered: {
      daysAgo: 61,
      text: 'Виконавчий комітет підтримує петицію. Інклюзивний майданчик буде облаштовано у сквері на вулиці Інститутській до кінця року; кошти передбачено в бюджеті громади.',
    },
  },
  {
    authority: 'bucha',
    title: 'Збільшити кількість пішохідних переходів на бульварі Леоніда Бірюкова',
    text: body('На ділянці довжиною 1,2 км є лише один регульований перехід.'),
    authorName: 'Віктор Савченко',
    submittedDaysAgo: 120,
    publishedDaysAgo: 118,
    signatures: 12,
    closedDaysAgo: 57,
  },
  {
    authority: 'bucha',
    title: 'Облаштувати укриття біля ліцею номер три',
    text: body('Прошу облаштувати укриття поруч із ліцеєм, бо діти змушені бігти далеко під час тривоги.'),
    authorName: 'Андрій Ткаченко',
    submittedDaysAgo: 9,
    rejected: {
      daysAgo: 8,
      reason: 'duplicate',
      note: 'Таку саму петицію вже оприлюднено й триває збір підписів.',
      duplicateOfTitle: 'Облаштувати укриття біля ліцею № 3',
    },
  },
  {
    // Rejected as offensive: the site shows only that it was rejected and why, never this title or text.
    authority: 'bucha',
    title: 'Демонстраційна образлива петиція, яку не можна оприлюднювати',
    text: body('Цей текст стоїть замість образливих висловлювань і не повинен з’явитися на жодній сторінці сайту.'),
    authorName: 'Степан Прихований',
    submittedDaysAgo: 6,
    rejected: { daysAgo: 5, reason: 'offensive', note: 'Текст містить образливі висловлювання щодо посадової особи.' },
  },
  {
    authority: 'cabinet',
    title: 'Запровадити електронне голосування за проєкти громадського бюджету по всій країні',
    text: body('Єдиний державний сервіс дозволить громадам не утримувати окремі платформи.'),
    authorName: 'Олена Коваленко',
    submittedDaysAgo: 20,
    publishedDaysAgo: 18,
    signatures: 31,
  },
  {
    authority: 'cabinet',
    title: 'Оприлюднювати всі проєкти постанов Уряду у машиночитному форматі',
    text: body('Відкриті дані про нормотворчість підвищать прозорість і дозволять громадським організаціям аналізувати зміни.'),
    authorName: 'Тарас Мельничук',
    submittedDaysAgo: 8,
    publishedDaysAgo: 6,
    signatures: 9,
  },
  {
    authority: 'dnipro',
    title: '«Тиша & спокій»: обмежити шум > 70 дБ після 23:00 біля житлових будинків',
    text: body('Нічні заклади на набережній працюють із гучністю понад 70 дБ, що порушує <норми> санітарного законодавства.'),
    authorName: 'Ганна «Тиша» Литвин',
    submittedDaysAgo: 6,
    publishedDaysAgo: 4,
    signatures: 7,
  },
  {
    authority: 'dnipro',
    title: 'Продовжити роботу нічних трамваїв на лівому березі',
    text: body('Працівники нічних змін не мають громадського транспорту після 23:00.'),
    authorName: 'Дмитро Руденко',
    submittedDaysAgo: 15,
    publishedDaysAgo: 14,
    signatures: 22,
  },
];
