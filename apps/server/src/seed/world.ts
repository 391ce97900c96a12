/**
 * The demo world, modelled on the source documents: a national agency (Tullverket,
 * about 2,200 staff, runs its program with other agencies), a large city with area and
 * unit managers (Göteborgs Stad), and three Norwegian ministries that run a joint program.
 */
export interface DemoUnit {
  name: string;
  children?: DemoUnit[];
}

export interface DemoOrganisation {
  key: string;
  name: string;
  kind: 'agency' | 'city' | 'ministry';
  country: 'SE' | 'NO';
  domain: string;
  units: DemoUnit[];
  /** [name, title, unit name, manager index within this organisation or -1] */
  people: [string, string, string, number][];
}

export const DEMO_WORLD: DemoOrganisation[] = [
  {
    key: 'tullverket',
    name: 'Tullverket',
    kind: 'agency',
    country: 'SE',
    domain: 'tullverket.example.se',
    units: [
      { name: 'Generaldirektörens stab', children: [{ name: 'HR-enheten' }, { name: 'Kommunikationsenheten' }] },
      {
        name: 'Brottsbekämpningsavdelningen',
        children: [{ name: 'Gränsskydd Syd' }, { name: 'Gränsskydd Väst' }, { name: 'Underrättelseenheten' }],
      },
      { name: 'Kontrollavdelningen', children: [{ name: 'Klarering Göteborg' }, { name: 'Klarering Stockholm' }] },
      { name: 'Verksamhetsstöd', children: [{ name: 'IT-enheten' }, { name: 'Ekonomienheten' }] },
    ],
    people: [
      ['Karin Lindqvist', 'HR-chef', 'HR-enheten', -1],
      ['Maria Sundberg', 'HR-strateg, samordnare mentorprogram', 'HR-enheten', 0],
      ['Anders Holmgren', 'Avdelningschef', 'Brottsbekämpningsavdelningen', -1],
      ['Eva Bergström', 'Sektionschef', 'Gränsskydd Syd', 2],
      ['Johan Nyberg', 'Gruppchef', 'Gränsskydd Syd', 3],
      ['Sara Ekström', 'Sektionschef', 'Gränsskydd Väst', 2],
      ['Mikael Åberg', 'Tulltjänsteman', 'Gränsskydd Väst', 5],
      ['Lena Forsberg', 'Enhetschef', 'Underrättelseenheten', 2],
      ['Peter Sjöberg', 'Analytiker', 'Underrättelseenheten', 7],
      ['Ingrid Wallin', 'Avdelningschef', 'Kontrollavdelningen', -1],
      ['Fredrik Hedlund', 'Enhetschef', 'Klarering Göteborg', 9],
      ['Anna Mattsson', 'Gruppchef', 'Klarering Göteborg', 10],
      ['Oskar Lundgren', 'Enhetschef', 'Klarering Stockholm', 9],
      ['Elin Björk', 'Handläggare', 'Klarering Stockholm', 12],
      ['Magnus Dahlberg', 'IT-chef', 'IT-enheten', -1],
      ['Amina Hassan', 'Systemutvecklare', 'IT-enheten', 14],
      ['Niklas Engström', 'Ekonomichef', 'Ekonomienheten', -1],
      ['Sofia Norén', 'Controller', 'Ekonomienheten', 16],
      ['Gustav Wikström', 'Kommunikationschef', 'Kommunikationsenheten', -1],
      ['Hanna Lindberg', 'Kommunikatör', 'Kommunikationsenheten', 18],
      ['Erik Johansson', 'Gruppchef', 'Gränsskydd Syd', 3],
      ['Linnea Persson', 'Tulltjänsteman', 'Gränsskydd Syd', 20],
      ['Daniel Karlsson', 'Enhetschef', 'Gränsskydd Väst', 5],
      ['Ebba Lindahl', 'Utredare', 'Underrättelseenheten', 7],
      ['Yusuf Abdi', 'Tulltjänsteman', 'Klarering Göteborg', 10],
    ],
  },
  {
    key: 'kustbevakningen',
    name: 'Kustbevakningen',
    kind: 'agency',
    country: 'SE',
    domain: 'kustbevakningen.example.se',
    units: [{ name: 'Ledningsstaben', children: [{ name: 'HR-avdelningen' }] }, { name: 'Region Väst' }, { name: 'Region Ost' }],
    people: [
      ['Helena Stark', 'Generaldirektör', 'Ledningsstaben', -1],
      ['Mats Brandt', 'HR-chef', 'HR-avdelningen', 0],
      ['Jessica Lundin', 'Regionchef', 'Region Väst', 0],
      ['Alexander Falk', 'Kustbevakningsinspektör', 'Region Väst', 2],
      ['Nora Ekman', 'Regionchef', 'Region Ost', 0],
      ['Leo Sandström', 'Sjöövervakare', 'Region Ost', 4],
      ['Tilda Hermansson', 'Analytiker', 'Region Ost', 4],
    ],
  },
  {
    key: 'goteborg',
    name: 'Göteborgs Stad',
    kind: 'city',
    country: 'SE',
    domain: 'goteborg.example.se',
    units: [
      { name: 'Intraservice', children: [{ name: 'Hållbart arbetsliv' }] },
      { name: 'Område Nordost', children: [{ name: 'Hemtjänst Angered' }, { name: 'Förskola Hjällbo' }, { name: 'Äldreboende Gårdsten' }] },
      { name: 'Område Centrum', children: [{ name: 'Hemtjänst Centrum' }, { name: 'Förskola Haga' }] },
      { name: 'Område Hisingen', children: [{ name: 'Äldreboende Backa' }, { name: 'Förskola Tuve' }, { name: 'Socialtjänst Hisingen' }] },
    ],
    people: [
      ['Evelina Strandhede', 'HR-konsult, samordnare mentorprogram', 'Hållbart arbetsliv', 1],
      ['Per Andersson', 'Avdelningschef', 'Intraservice', -1],
      ['Birgitta Olsson', 'Områdeschef', 'Område Nordost', -1],
      ['Ahmed Yousef', 'Enhetschef', 'Hemtjänst Angered', 2],
      ['Camilla Nordin', 'Enhetschef', 'Förskola Hjällbo', 2],
      ['Jonas Lund', 'Enhetschef', 'Äldreboende Gårdsten', 2],
      ['Marie Svensson', 'Områdeschef', 'Område Centrum', -1],
      ['Thomas Berg', 'Enhetschef', 'Hemtjänst Centrum', 6],
      ['Fatima Ali', 'Enhetschef', 'Förskola Haga', 6],
      ['Lars Eriksson', 'Områdeschef', 'Område Hisingen', -1],
      ['Helena Sandberg', 'Enhetschef', 'Äldreboende Backa', 9],
      ['Robert Gustafsson', 'Enhetschef', 'Förskola Tuve', 9],
      ['Jenny Larsson', 'Enhetschef', 'Socialtjänst Hisingen', 9],
      ['Kristina Holm', 'Biträdande enhetschef', 'Hemtjänst Angered', 3],
      ['Mattias Ström', 'Biträdande enhetschef', 'Äldreboende Backa', 10],
      ['Zeynep Demir', 'Enhetschef', 'Hemtjänst Centrum', 6],
      ['Ulf Nilsson', 'Enhetschef', 'Förskola Hjällbo', 2],
      ['Annika Blom', 'Enhetschef', 'Socialtjänst Hisingen', 9],
      ['Viktor Hansson', 'Enhetschef', 'Förskola Tuve', 9],
      ['Emma Sjögren', 'Enhetschef', 'Äldreboende Gårdsten', 2],
      ['Rasmus Lindholm', 'Enhetschef', 'Hemtjänst Centrum', 6],
    ],
  },
  {
    key: 'asd',
    name: 'Arbeids- og sosialdepartementet',
    kind: 'ministry',
    country: 'NO',
    domain: 'asd.example.no',
    units: [{ name: 'Administrasjonsavdelingen' }, { name: 'Arbeidsmarkedsavdelingen' }, { name: 'Pensjonsavdelingen' }],
    people: [
      ['Oddveig Håvelsrud', 'HR-rådgiver, koordinator mentorprogram', 'Administrasjonsavdelingen', 1],
      ['Knut Hagen', 'Ekspedisjonssjef', 'Administrasjonsavdelingen', -1],
      ['Ingrid Solberg', 'Avdelingsdirektør', 'Arbeidsmarkedsavdelingen', -1],
      ['Ole Bakken', 'Underdirektør', 'Arbeidsmarkedsavdelingen', 2],
      ['Silje Moen', 'Seniorrådgiver', 'Arbeidsmarkedsavdelingen', 3],
      ['Trond Eriksen', 'Avdelingsdirektør', 'Pensjonsavdelingen', -1],
      ['Marte Lie', 'Underdirektør', 'Pensjonsavdelingen', 5],
    ],
  },
  {
    key: 'hod',
    name: 'Helse- og omsorgsdepartementet',
    kind: 'ministry',
    country: 'NO',
    domain: 'hod.example.no',
    units: [{ name: 'Administrasjonsavdelingen' }, { name: 'Spesialisthelsetjenesteavdelingen' }, { name: 'Folkehelseavdelingen' }],
    people: [
      ['Kirsti Øyen', 'Seniorrådgiver HR, koordinator mentorprogram', 'Administrasjonsavdelingen', 1],
      ['Bjørn Dahl', 'Ekspedisjonssjef', 'Administrasjonsavdelingen', -1],
      ['Hilde Strand', 'Avdelingsdirektør', 'Spesialisthelsetjenesteavdelingen', -1],
      ['Per Kristiansen', 'Underdirektør', 'Spesialisthelsetjenesteavdelingen', 2],
      ['Nina Halvorsen', 'Avdelingsdirektør', 'Folkehelseavdelingen', -1],
      ['Espen Johansen', 'Underdirektør', 'Folkehelseavdelingen', 4],
      ['Ragnhild Berg', 'Fagdirektør', 'Folkehelseavdelingen', 4],
    ],
  },
  {
    key: 'kmd',
    name: 'Kommunal- og moderniseringsdepartementet',
    kind: 'ministry',
    country: 'NO',
    domain: 'kmd.example.no',
    units: [{ name: 'Administrasjonsavdelingen' }, { name: 'Kommunalavdelingen' }, { name: 'Avdeling for digitalisering' }],
    people: [
      ['Astrid Nygaard', 'HR-direktør', 'Administrasjonsavdelingen', -1],
      ['Lars Haugen', 'Avdelingsdirektør', 'Kommunalavdelingen', -1],
      ['Camilla Pedersen', 'Underdirektør', 'Kommunalavdelingen', 1],
      ['Henrik Larsen', 'Seniorrådgiver', 'Kommunalavdelingen', 2],
      ['Guro Andreassen', 'Avdelingsdirektør', 'Avdeling for digitalisering', -1],
      ['Sindre Olsen', 'Underdirektør', 'Avdeling for digitalisering', 4],
      ['Tone Jacobsen', 'Rådgiver', 'Avdeling for digitalisering', 5],
    ],
  },
];

/** The four demo accounts, placed in Tullverket (index into its people list, or a new person). */
export const DEMO_ACCOUNT_PEOPLE = [
  { email: 'admin@example.org', name: 'Karin Lindqvist', roles: ['org_admin', 'coordinator'], platformAdmin: true, index: 0 },
  { email: 'samordnare@example.org', name: 'Maria Sundberg', roles: ['coordinator'], platformAdmin: false, index: 1 },
  { email: 'mentor@example.org', name: 'Anders Holmgren', roles: ['participant'], platformAdmin: false, index: 2 },
  { email: 'adept@example.org', name: 'Johan Nyberg', roles: ['participant'], platformAdmin: false, index: 4 },
] as const;
