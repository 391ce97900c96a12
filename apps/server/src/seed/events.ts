import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { schema, type DbOrTx } from '@lots/db';
import { zonedTimeToInstant, type EventAudience, type EventKind, type EventMode } from '@lots/core';
import type { DemoLookup } from './programs';

const DAY = 86_400_000;
/** A day `n` days from today at a wall-clock time in a zone (09:00–12:30 is a half day, in summer and winter alike). */
const at = (n: number, time: string, zone = 'Europe/Stockholm') =>
  zonedTimeToInstant(`${new Date(Date.now() + n * DAY).toISOString().slice(0, 10)}T${time}`, zone);

type Spec = {
  kind: EventKind;
  title: string;
  day: number;
  from: string;
  to: string;
  zone?: string;
  mode?: EventMode;
  location?: string;
  onlineUrl?: string;
  audience?: EventAudience;
  /** With audience `group`: the networking or coach group. */
  audienceGroupId?: string;
  required?: boolean;
  capacity?: number;
  description?: string;
  translations?: Record<string, { title: string }>;
  links?: { label: string; url: string; locale: 'sv' | 'nb' | 'en' | null }[];
  series?: { everyWeeks: number; count: number };
};

async function programNamed(tx: DbOrTx, name: string): Promise<string | null> {
  const [row] = await tx.select({ id: schema.programs.id }).from(schema.programs).where(eq(schema.programs.name, name));
  return row?.id ?? null;
}

/** Inserts a program's events (a series as its occurrences); returns their ids by title (a series: its first). */
async function addEvents(tx: DbOrTx, programId: string, specs: Spec[]): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  for (const spec of specs) {
    const seriesId = spec.series ? randomUUID() : null;
    const count = spec.series?.count ?? 1;
    for (let i = 0; i < count; i++) {
      const day = spec.day + i * 7 * (spec.series?.everyWeeks ?? 0);
      const [row] = await tx
        .insert(schema.events)
        .values({
          programId,
          seriesId,
          seriesIndex: seriesId ? i : null,
          kind: spec.kind,
          title: spec.title,
          description: spec.description ?? null,
          translations: spec.translations ?? {},
          startsAt: at(day, spec.from, spec.zone),
          endsAt: at(day, spec.to, spec.zone),
          timeZone: spec.zone ?? 'Europe/Stockholm',
          mode: spec.mode ?? 'physical',
          location: spec.location ?? null,
          onlineUrl: spec.onlineUrl ?? null,
          audience: spec.audience ?? 'everyone',
          audienceGroupId: spec.audienceGroupId ?? null,
          required: spec.required ?? false,
          capacity: spec.capacity ?? null,
          links: spec.links ?? [],
        })
        .returning({ id: schema.events.id });
      if (i === 0) ids.set(spec.title, row!.id);
    }
  }
  return ids;
}

/** A networking group (no coach) or a coach group of a program, with its members. */
async function addGroup(
  tx: DbOrTx,
  programId: string,
  name: string,
  kind: 'networking' | 'coaching',
  coachId: string | null,
  memberIds: string[],
): Promise<string> {
  const [group] = await tx.insert(schema.programGroups).values({ programId, name, kind }).returning({ id: schema.programGroups.id });
  await tx
    .insert(schema.programGroupMembers)
    .values([
      ...(coachId ? [{ groupId: group!.id, personId: coachId, role: 'coach' as const }] : []),
      ...memberIds.map((personId) => ({ groupId: group!.id, personId, role: 'member' as const })),
    ]);
  return group!.id;
}

/**
 * The demo world's events, each program after its source document (Göteborg's are in programs.ts):
 * Tullverket's mentor/coach training, Rörlighet i staten's four inspiration meetings and coaching of
 * young mentors, MYNAK's group meetings every six weeks and its two trainings, the Norwegian
 * ministries' three half-day gatherings. The running cohort has answers and attendance: who came,
 * who was away and why, who said yes to the next meeting and how they attend.
 */
export async function seedEvents(tx: DbOrTx, lookup: DemoLookup): Promise<void> {
  const agencies = await programNamed(tx, 'Mentorprogram för chefer 2027 – myndighetssamverkan');
  if (agencies)
    await addEvents(tx, agencies, [
      {
        kind: 'kickoff',
        title: 'Uppstart för mentorer och adepter',
        day: 32,
        from: '09:00',
        to: '12:30',
        location: 'Tullverket, Stockholm',
      },
      {
        kind: 'training',
        title: 'Mentor- och coachutbildning',
        day: 45,
        from: '09:00',
        to: '16:00',
        location: 'Tullverket, Stockholm',
        audience: 'mentors',
        required: true,
        capacity: 12,
        description: 'En dag om mentorns roll, samtalsteknik och coachande förhållningssätt.',
      },
      {
        kind: 'closing',
        title: 'Avslutning och utvärdering',
        day: 390,
        from: '13:00',
        to: '16:30',
        location: 'Kustbevakningen, Karlskrona',
      },
    ]);

  const reverse = await programNamed(tx, 'Omvänt mentorskap i staten 2026');
  // Rörlighet i staten's coaching of young mentors: an experienced mentor coaches the cohort's other
  // mentors in a coach group (decision 0113) whose sessions are the group's own events.
  const coachGroup = reverse
    ? await addGroup(tx, reverse, 'Coachgrupp för unga mentorer', 'coaching', lookup.person('Amina Hassan').id, [
        lookup.person('Tilda Hermansson').id,
        lookup.person('Leo Sandström').id,
      ])
    : null;
  if (reverse && coachGroup)
    await addEvents(tx, reverse, [
      ...[0, 1, 2, 3].map((i): Spec => ({
        kind: 'inspiration',
        title: `Inspirationsträff ${i + 1}: föreläsning och samtal`,
        day: 14 + i * 56,
        from: '13:00',
        to: '16:00',
        mode: 'both',
        location: 'Rörlighet i staten, Stockholm',
        onlineUrl: 'https://meet.example.org/rorlighet-inspiration',
        required: true,
      })),
      {
        kind: 'coaching',
        title: 'Coachning av unga mentorer',
        day: 21,
        from: '15:00',
        to: '16:00',
        mode: 'digital',
        onlineUrl: 'https://meet.example.org/rorlighet-coachning',
        audience: 'group',
        audienceGroupId: coachGroup,
        series: { everyWeeks: 6, count: 6 },
      },
    ]);

  const inclusion = await programNamed(tx, 'Mentorskap för inkludering 2027');
  if (inclusion)
    await addEvents(tx, inclusion, [
      {
        kind: 'group_meeting',
        title: 'Nätverksträff',
        day: 50,
        from: '16:00',
        to: '18:00',
        location: 'Stockholm',
        series: { everyWeeks: 6, count: 6 },
      },
      {
        kind: 'training',
        title: 'Utbildning i mångfald och inkludering',
        day: 40,
        from: '09:00',
        to: '12:30',
        location: 'Stockholm',
        required: true,
      },
      {
        kind: 'training',
        title: 'Mentorskapsteknik',
        day: 55,
        from: '09:00',
        to: '12:30',
        location: 'Stockholm',
        audience: 'mentors',
        required: true,
        links: [{ label: 'Frågebank för mentorsamtal', url: 'https://example.org/mentorskap/fragebank.pdf', locale: 'sv' }],
      },
    ]);

  const ministries = await programNamed(tx, 'Felles mentorprogram for ledere – kull 3');
  if (ministries)
    await addEvents(
      tx,
      ministries,
      ['Første samling: oppstart', 'Andre samling: lederskap i endring', 'Tredje samling: avslutning'].map((title, i): Spec => ({
        kind: i === 0 ? 'kickoff' : i === 2 ? 'closing' : 'inspiration',
        title,
        day: 30 + i * 120,
        from: '09:00',
        to: '12:30',
        zone: 'Europe/Oslo',
        location: 'Departementenes sikkerhets- og serviceorganisasjon, Oslo',
        required: true,
        translations: {
          sv: { title: ['Första träffen: uppstart', 'Andra träffen: ledarskap i förändring', 'Tredje träffen: avslutning'][i]! },
        },
      })),
    );

  // The running cohort: past meetings with attendance, the next one with answers.
  const running = await programNamed(tx, 'Mentorprogram för chefer 2026 – myndighetssamverkan');
  if (!running) return;
  const ids = await addEvents(tx, running, [
    {
      kind: 'kickoff',
      title: 'Uppstart av kullen',
      day: -118,
      from: '09:00',
      to: '12:30',
      location: 'Tullverket, Stockholm',
      required: true,
    },
    {
      kind: 'training',
      title: 'Coachutbildning för mentorer',
      day: -100,
      from: '09:00',
      to: '16:00',
      location: 'Tullverket, Stockholm',
      audience: 'mentors',
      required: true,
    },
    {
      kind: 'inspiration',
      title: 'Inspirationsträff: att leda förändring',
      day: -40,
      from: '13:00',
      to: '16:00',
      location: 'Kustbevakningen, Stockholm',
      required: true,
    },
    {
      kind: 'inspiration',
      title: 'Inspirationsträff: karriärvägar i staten',
      day: 20,
      from: '13:00',
      to: '16:00',
      mode: 'both',
      location: 'Tullverket, Stockholm',
      onlineUrl: 'https://meet.example.org/inspiration',
      required: true,
      capacity: 30,
    },
    { kind: 'closing', title: 'Avslutning av kullen', day: 243, from: '13:00', to: '16:30', location: 'Tullverket, Stockholm' },
  ]);
  const adepts = ['Johan Nyberg', 'Sara Ekström', 'Fredrik Hedlund'].map((n) => lookup.person(n).id);
  const mentors = ['Anders Holmgren', 'Helena Stark', 'Nora Ekman'].map((n) => lookup.person(n).id);
  const everyone = [...adepts, ...mentors, lookup.person('Maria Sundberg').id];
  const invite = async (
    title: string,
    personIds: string[],
    answers: Record<number, Partial<typeof schema.eventInvitations.$inferInsert>> = {},
  ) => {
    const eventId = ids.get(title)!;
    await tx.insert(schema.eventInvitations).values(personIds.map((personId, i) => ({ eventId, personId, ...answers[i] })));
    return eventId;
  };
  const came = { response: 'yes' as const, respondedAt: at(-130, '10:00'), attendance: 'attended' as const };
  const [johan, sara, fredrik] = [0, 1, 2];
  const [anders, helena, nora] = [3, 4, 5];
  await invite('Uppstart av kullen', everyone, Object.fromEntries([0, 1, 2, 3, 4, 5].map((i) => [i, came])));
  const training = await invite('Coachutbildning för mentorer', mentors, {
    0: came,
    1: came,
    2: { response: 'yes', respondedAt: at(-110, '10:00'), attendance: 'absent', absenceReason: 'Sjuk' },
  });
  // Attending the training recorded it in the mentor register.
  await tx.insert(schema.mentorTrainings).values(
    [mentors[0]!, mentors[1]!].map((personId) => ({
      personId,
      name: 'Coachutbildning för mentorer',
      completedOn: at(-100, '09:00').toISOString().slice(0, 10),
      eventId: training,
    })),
  );
  await invite('Inspirationsträff: att leda förändring', everyone, {
    [johan]: came,
    [sara]: { response: 'yes', respondedAt: at(-45, '10:00'), attendance: 'absent', absenceReason: 'Krock med ledningsgruppens möte' },
    [fredrik]: came,
    [anders]: came,
    [helena]: { response: 'no', respondedAt: at(-45, '10:00'), attendance: 'absent', absenceReason: 'Tjänsteresa' },
    [nora]: came,
  });
  await invite('Inspirationsträff: karriärvägar i staten', everyone, {
    [johan]: { response: 'yes', attendMode: 'physical', respondedAt: at(-2, '10:00') },
    [anders]: { response: 'yes', attendMode: 'digital', respondedAt: at(-2, '11:00') },
    [sara]: { response: 'maybe', respondedAt: at(-1, '09:00') },
    [helena]: { response: 'no', respondedAt: at(-1, '12:00') },
  });
  await invite('Avslutning av kullen', everyone);
}
