import { useState } from 'react';
import { Button, Fieldset, Heading, Textfield } from '@digdir/designsystemet-react';
import {
  EVENT_AUDIENCES,
  EVENT_KINDS,
  EVENT_MODES,
  LOCALES,
  eventInputSchema,
  type Locale,
  eventPatchSchema,
  toWallTime,
  type Program,
  type ProgramEvent,
} from '@lots/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { SelectField } from '../../components/SelectField';
import { useForm } from '../../lib/form';
import { useAddEvent, useUpdateEvent } from './api';
import { FormErrorSummary } from '../../components/FormErrorSummary';

const MAX_SESSIONS = 6;
const SESSION_FIELDS = ['title', 'audience', 'startsAt', 'endsAt', 'location'] as const;
/** Links to material (a guide, slides, a recording), each in one language or for every language. */
const MAX_LINKS = 20;
const LINK_FIELDS = ['label', 'url', 'locale'] as const;
const FIELDS = [
  'kind',
  'title',
  'startsAt',
  'endsAt',
  'timeZone',
  'mode',
  'location',
  'onlineUrl',
  'audience',
  'audienceOrganisationId',
  'capacity',
  'required',
  'description',
  'series.everyWeeks',
  'series.count',
] as const;

type Values = Record<string, string>;

const browserZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone || 'Europe/Stockholm';
const ZONES = ['Europe/Stockholm', 'Europe/Oslo', 'Europe/Helsinki', 'Europe/Copenhagen', 'UTC'];
const orNull = (value: string | undefined) => (value && value.trim() ? value.trim() : null);
const numberOrNull = (value: string | undefined) => (value && value.trim() ? Number(value) : null);

/** The text fields as the contract's input: wall-clock times in the chosen time zone, empty fields left out. */
/** Title and description in the program's other languages: a language with neither filled in is left out. */
function translationsOf(v: Values, locales: readonly Locale[]) {
  const entries = locales
    .map((l) => [l, { title: orNull(v[`translations.${l}.title`]), description: orNull(v[`translations.${l}.description`]) }] as const)
    .filter(([, text]) => text.title || text.description);
  return Object.fromEntries(entries);
}

function toInput(v: Values, sessions: number, links: number, withSeries: boolean, groupId: string | null, locales: readonly Locale[]) {
  return {
    kind: v.kind,
    title: v.title,
    description: orNull(v.description),
    translations: translationsOf(v, locales),
    startsAt: v.startsAt,
    endsAt: v.endsAt,
    timeZone: v.timeZone,
    mode: v.mode,
    location: orNull(v.location),
    onlineUrl: orNull(v.onlineUrl),
    audience: v.audience,
    audienceOrganisationId: v.audience === 'organisation' ? orNull(v.audienceOrganisationId) : null,
    ...(groupId ? { audienceGroupId: groupId } : {}),
    capacity: numberOrNull(v.capacity),
    required: v.required === 'yes',
    sessions: Array.from({ length: sessions }, (_, i) => ({
      title: v[`sessions.${i}.title`] ?? '',
      audience: v[`sessions.${i}.audience`] ?? 'mentors',
      startsAt: orNull(v[`sessions.${i}.startsAt`]),
      endsAt: orNull(v[`sessions.${i}.endsAt`]),
      location: orNull(v[`sessions.${i}.location`]),
    })),
    links: Array.from({ length: links }, (_, i) => ({
      label: v[`links.${i}.label`] ?? '',
      url: v[`links.${i}.url`] ?? '',
      locale: orNull(v[`links.${i}.locale`]),
    })),
    series: withSeries ? { everyWeeks: numberOrNull(v['series.everyWeeks']), count: numberOrNull(v['series.count']) } : null,
  };
}

/**
 * Create an event (with parallel sessions, or as a series) or change one. Times are the wall clock of
 * the chosen time zone. With `group`: a meeting for that networking or coach group (its audience fixed).
 */
export function EventForm({
  program,
  event,
  group,
  onDone,
}: {
  program: Program;
  event?: ProgramEvent;
  group?: { id: string; kind: 'networking' | 'coaching' };
  onDone: () => void;
}) {
  const { t, i18n } = useTranslation();
  const add = useAddEvent(program.id);
  const update = useUpdateEvent(program.id);
  const [sessions, setSessions] = useState(0);
  const [withSeries, setWithSeries] = useState(false);
  const [links, setLinks] = useState(Math.min(event?.links.length ?? 0, MAX_LINKS));
  // The event's own text is written in the language the coordinator uses; the program's other languages can have theirs.
  const uiLocale = i18n.language;
  const otherLocales = LOCALES.filter((l) => l !== uiLocale && program.languages.includes(l));
  const zone = event?.timeZone ?? browserZone();
  const initial: Values = {
    kind: event?.kind ?? (group ? (group.kind === 'coaching' ? 'coaching' : 'group_meeting') : 'kickoff'),
    title: event?.title ?? '',
    description: event?.description ?? '',
    startsAt: event ? toWallTime(event.startsAt, zone) : '',
    endsAt: event ? toWallTime(event.endsAt, zone) : '',
    timeZone: zone,
    mode: event?.mode ?? 'physical',
    location: event?.location ?? '',
    onlineUrl: event?.onlineUrl ?? '',
    audience: event?.audience ?? (group ? 'group' : 'everyone'),
    audienceOrganisationId: event?.audienceOrganisationId ?? '',
    capacity: event?.capacity != null ? String(event.capacity) : '',
    required: event?.required ? 'yes' : 'no',
    'series.everyWeeks': '6',
    'series.count': '6',
  };
  for (let i = 0; i < MAX_SESSIONS; i++)
    for (const f of SESSION_FIELDS) initial[`sessions.${i}.${f}`] = f === 'audience' ? (i % 2 === 0 ? 'mentors' : 'adepts') : '';
  for (const l of LOCALES) {
    initial[`translations.${l}.title`] = event?.translations[l]?.title ?? '';
    initial[`translations.${l}.description`] = event?.translations[l]?.description ?? '';
  }
  for (let i = 0; i < MAX_LINKS; i++) {
    const link = event?.links[i];
    initial[`links.${i}.label`] = link?.label ?? '';
    initial[`links.${i}.url`] = link?.url ?? '';
    initial[`links.${i}.locale`] = link?.locale ?? '';
  }
  const form = useForm(initial, {
    schema: event ? eventPatchSchema : eventInputSchema,
    toInput: (v) => {
      const input = toInput(v, sessions, links, withSeries, group?.id ?? null, otherLocales);
      if (!event) return input;
      const { sessions: _s, series: _r, ...patch } = input;
      return patch;
    },
  });

  const onSubmit = form.submitParsed(async (input) => {
    if (event) await update.mutateAsync({ eventId: event.id, patch: input });
    else await add.mutateAsync(input as Parameters<typeof add.mutateAsync>[0]);
    onDone();
  });

  const kinds = EVENT_KINDS.map((k) => ({ value: k, label: t(`events:eventKind.${k}`) }));
  const modes = EVENT_MODES.map((m) => ({ value: m, label: t(`events:mode.${m}`) }));
  // A group's meetings are planned from its group (the networking page); a group meeting keeps its audience here.
  const audiences = EVENT_AUDIENCES.filter((a) => a !== 'group' || event?.audience === 'group' || group).map((a) => ({
    value: a,
    label: t(`events:audience.${a}`),
  }));
  const sessionFields = Array.from({ length: sessions }, (_, i) => i);
  const linkFields = Array.from({ length: links }, (_, i) => i);
  const linkLanguages = [
    { value: '', label: t('events:linkEveryLanguage') },
    ...LOCALES.map((l) => ({ value: l, label: t(`common:languages.${l}`) })),
  ];

  return (
    <form ref={form.formRef} onSubmit={onSubmit} noValidate className="form">
      <FormErrorSummary summary={form.summary} />
      <SelectField label={t('events:kind')} options={kinds} {...form.bind('kind')} />
      <Textfield label={t('events:title')} required {...form.bind('title')} />
      <Textfield label={t('events:startsAt')} type="datetime-local" required {...form.bind('startsAt')} />
      <Textfield label={t('events:endsAt')} type="datetime-local" required {...form.bind('endsAt')} />
      <SelectField
        label={t('events:timeZone')}
        options={[...new Set([zone, ...ZONES])].map((z) => ({ value: z, label: z }))}
        {...form.bind('timeZone')}
      />
      <SelectField label={t('events:modeLabel')} options={modes} {...form.bind('mode')} />
      <Textfield label={t('events:location')} {...form.bind('location')} />
      <Textfield label={t('events:onlineUrl')} type="url" {...form.bind('onlineUrl')} />
      {!group ? <SelectField label={t('events:audienceLabel')} options={audiences} {...form.bind('audience')} /> : null}
      {form.values.audience === 'organisation' ? (
        <SelectField
          label={t('events:organisation')}
          options={[{ value: '', label: t('common:common.none') }, ...program.organisations.map((o) => ({ value: o.id, label: o.name }))]}
          {...form.bind('audienceOrganisationId')}
        />
      ) : null}
      <Textfield label={t('events:capacity')} description={t('events:capacityHelp')} inputMode="numeric" {...form.bind('capacity')} />
      <SelectField
        label={t('events:requiredLabel')}
        options={[
          { value: 'no', label: t('events:optional') },
          { value: 'yes', label: t('events:required') },
        ]}
        {...form.bind('required')}
      />
      <Textfield label={t('events:description')} multiline rows={3} {...form.bind('description')} />
      {otherLocales.map((l) => (
        <Fieldset key={`translation-${l}`} lang={l}>
          <Fieldset.Legend>
            <span lang={uiLocale}>{t('events:translationLegend', { language: t(`common:languages.${l}`) })}</span>
          </Fieldset.Legend>
          <Textfield
            label={<span lang={uiLocale}>{t('events:translatedTitle', { language: t(`common:languages.${l}`) })}</span>}
            {...form.bind(`translations.${l}.title`)}
          />
          <Textfield
            label={<span lang={uiLocale}>{t('events:translatedDescription', { language: t(`common:languages.${l}`) })}</span>}
            multiline
            rows={3}
            {...form.bind(`translations.${l}.description`)}
          />
        </Fieldset>
      ))}
      {linkFields.map((i) => (
        <Fieldset key={`link-${i}`}>
          <Fieldset.Legend>{t('events:linkLegend', { number: i + 1 })}</Fieldset.Legend>
          <Textfield label={t('events:linkLabel')} required {...form.bind(`links.${i}.label`)} />
          <Textfield label={t('events:linkUrl')} type="url" required {...form.bind(`links.${i}.url`)} />
          <SelectField label={t('events:linkLanguage')} options={linkLanguages} {...form.bind(`links.${i}.locale`)} />
        </Fieldset>
      ))}
      <div className="form__actions">
        {links < MAX_LINKS ? (
          <Button variant="secondary" onClick={() => setLinks(links + 1)}>
            {t('events:addLink')}
          </Button>
        ) : null}
        {links > 0 ? (
          <Button variant="tertiary" onClick={() => setLinks(links - 1)}>
            {t('events:removeLink')}
          </Button>
        ) : null}
      </div>
      {!event ? (
        <>
          {sessionFields.map((i) => (
            <Fieldset key={i}>
              <Fieldset.Legend>{t('events:sessionLegend', { number: i + 1 })}</Fieldset.Legend>
              <Textfield label={t('events:sessionTitle')} required {...form.bind(`sessions.${i}.title`)} />
              <SelectField
                label={t('events:audienceLabel')}
                options={audiences.filter((a) => a.value !== 'organisation')}
                {...form.bind(`sessions.${i}.audience`)}
              />
              <Textfield label={t('events:startsAt')} type="datetime-local" {...form.bind(`sessions.${i}.startsAt`)} />
              <Textfield label={t('events:endsAt')} type="datetime-local" {...form.bind(`sessions.${i}.endsAt`)} />
              <Textfield label={t('events:location')} {...form.bind(`sessions.${i}.location`)} />
            </Fieldset>
          ))}
          {!withSeries && !group ? (
            <div className="form__actions">
              {sessions < MAX_SESSIONS ? (
                <Button variant="secondary" onClick={() => setSessions(sessions + 1)}>
                  {t('events:addSession')}
                </Button>
              ) : null}
              {sessions > 0 ? (
                <Button variant="tertiary" onClick={() => setSessions(sessions - 1)}>
                  {t('events:removeSession')}
                </Button>
              ) : null}
            </div>
          ) : null}
          {sessions === 0 ? (
            withSeries ? (
              <Fieldset>
                <Fieldset.Legend>
                  <Heading level={3} data-size="2xs">
                    {t('events:seriesLegend')}
                  </Heading>
                </Fieldset.Legend>
                <Textfield label={t('events:everyWeeks')} inputMode="numeric" {...form.bind('series.everyWeeks')} />
                <Textfield label={t('events:seriesCount')} inputMode="numeric" {...form.bind('series.count')} />
                <Button variant="tertiary" onClick={() => setWithSeries(false)}>
                  {t('events:noSeries')}
                </Button>
              </Fieldset>
            ) : (
              <div>
                <Button variant="secondary" onClick={() => setWithSeries(true)}>
                  {t('events:makeSeries')}
                </Button>
              </div>
            )
          ) : null}
        </>
      ) : null}
      <ErrorAlert
        error={form.formError([
          ...FIELDS,
          ...sessionFields.flatMap((i) => SESSION_FIELDS.map((f) => `sessions.${i}.${f}`)),
          ...linkFields.flatMap((i) => LINK_FIELDS.map((f) => `links.${i}.${f}`)),
          ...otherLocales.flatMap((l) => [`translations.${l}.title`, `translations.${l}.description`]),
        ])}
      />
      <div className="form__actions">
        <Button type="submit" loading={add.isPending || update.isPending}>
          {t('events:save')}
        </Button>
        <Button variant="tertiary" onClick={onDone}>
          {t('common:common.cancel')}
        </Button>
      </div>
    </form>
  );
}
