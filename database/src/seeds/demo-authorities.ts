/**
 * Demo tenants: the Cabinet (statutory 25,000; as a national body it asks a verified identity to sign and to file
 * petitions unless its settings say otherwise), a region, and communities with their own thresholds.
 */
export const demoAuthorities = [
  {
    slug: 'cabinet',
    nameUk: 'Кабінет Міністрів України',
    nameEn: 'Cabinet of Ministers of Ukraine',
    kind: 'central' as const,
    parent: null,
    email: 'petitions@kmu.example.gov.ua',
    website: 'https://www.kmu.gov.ua',
    address: 'вул. Грушевського, 12/2, Київ, 01008',
    moduleSettings: { petitions: { threshold: 25000 } },
  },
  {
    slug: 'kyiv-region',
    nameUk: 'Київська обласна державна адміністрація',
    nameEn: 'Kyiv Regional State Administration',
    kind: 'regional' as const,
    parent: null,
    email: 'zvernennia@koda.example.gov.ua',
    website: null,
    address: 'пл. Лесі Українки, 1, Київ, 01196',
    moduleSettings: { petitions: { threshold: 3000 } },
  },
  {
    slug: 'bucha',
    nameUk: 'Бучанська міська територіальна громада',
    nameEn: 'Bucha City Territorial Community',
    kind: 'community' as const,
    parent: 'kyiv-region',
    email: 'rada@bucha.example.gov.ua',
    website: null,
    address: 'вул. Енергетиків, 12, Буча, 08292',
    moduleSettings: { petitions: { threshold: 50, collectionDays: 60 } },
  },
  {
    slug: 'dnipro',
    nameUk: 'Дніпровська міська територіальна громада',
    nameEn: 'Dnipro City Territorial Community',
    kind: 'community' as const,
    parent: null,
    email: 'petitions@dniprorada.example.gov.ua',
    website: null,
    address: 'пр. Дмитра Яворницького, 75, Дніпро, 49000',
    moduleSettings: { petitions: { threshold: 1000 } },
  },
  {
    // Requires a verified identity (Diia, BankID; the demo identity provider in development) to sign.
    slug: 'irpin',
    nameUk: 'Ірпінська міська територіальна громада',
    nameEn: 'Irpin City Territorial Community',
    kind: 'community' as const,
    parent: 'kyiv-region',
    email: 'rada@irpin.example.gov.ua',
    website: null,
    address: 'вул. Шевченка, 2-а, Ірпінь, 08200',
    moduleSettings: { petitions: { threshold: 300, signatureLevel: 'verified' as const } },
  },
];

export type DemoAuthority = (typeof demoAuthorities)[number];
