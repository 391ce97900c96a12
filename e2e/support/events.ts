import type { apiAs } from './api';

type Call = Awaited<ReturnType<typeof apiAs>>;

/** An event set up through the API before the steps under test (times relative to now). */
export interface StagedEvent {
  title: string;
  kind?: 'kickoff' | 'inspiration' | 'training' | 'group_meeting' | 'coaching' | 'closing' | 'other';
  /** Hours from now to the start (negative: it has begun). */
  startsInHours: number;
  /** How long it lasts, in hours. */
  hours?: number;
  location?: string;
  audience?: 'everyone' | 'mentors' | 'adepts' | 'coordinators' | 'group';
  audienceGroupId?: string;
  required?: boolean;
}

/** Creates an event as the caller (a coordinator) and returns its id; its invitations are mailed as usual. */
export async function stageEvent(call: Call, programId: string, event: StagedEvent): Promise<string> {
  const start = Date.now() + event.startsInHours * 3_600_000;
  const created = await call<{ events: { id: string }[] }>('POST', `/api/programs/${programId}/events`, {
    kind: event.kind ?? 'training',
    title: event.title,
    startsAt: new Date(start).toISOString(),
    endsAt: new Date(start + (event.hours ?? 2) * 3_600_000).toISOString(),
    location: event.location ?? 'Tullverket, Stockholm',
    ...(event.audience ? { audience: event.audience } : {}),
    ...(event.audienceGroupId ? { audienceGroupId: event.audienceGroupId } : {}),
    ...(event.required ? { required: true } : {}),
  });
  return created.events[0]!.id;
}

/** A day ahead as the wall clock of a datetime-local field: `2027-01-19T09:00`. */
export const wallClock = (daysAhead: number, time: string) =>
  `${new Date(Date.now() + daysAhead * 86_400_000).toISOString().slice(0, 10)}T${time}`;
