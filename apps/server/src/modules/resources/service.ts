import type { Resource, ResourceList, resourceInputSchema } from '@lots/core';
import type { z } from 'zod';
import type { DbOrTx } from '@lots/db';
import type { Actor } from '../../platform/actor';
import { authorize } from '../../platform/authorize';
import { notFound } from '../../platform/errors';
import { checkMaterialFile } from '../../platform/material-file';
import type { Mutation } from '../../platform/mutation';
import { resourceAbilities } from './policy';
import * as repo from './repository';

const present = (row: repo.ResourceRow): Resource => ({
  id: row.id,
  title: row.title,
  description: row.description,
  url: row.url,
  file: row.fileName && row.fileType ? { name: row.fileName, contentType: row.fileType, size: row.fileSize ?? 0 } : null,
  audience: row.audience,
  locale: row.locale,
  createdAt: row.createdAt.toISOString(),
});

/** The resources meant for the viewer (every one for those who manage the program), one page at a time. */
export async function listResources(
  db: DbOrTx,
  actor: Actor,
  programId: string,
  page: { limit: number; offset: number },
): Promise<ResourceList> {
  const access = await authorize(db, actor, resourceAbilities.read, programId);
  const manage = resourceAbilities.manage.allows(actor, access);
  const { rows, total } = await repo.listResources(db, programId, manage ? { all: true } : { personId: actor.person?.id ?? null }, page);
  return { items: rows.map(present), total, limit: page.limit, offset: page.offset, can: { manage } };
}

export async function addResource({ tx, actor, audit }: Mutation, programId: string, input: z.output<typeof resourceInputSchema>) {
  const access = await authorize(tx, actor, resourceAbilities.manage, programId);
  const file = input.file ? checkMaterialFile(input.file, 'file') : null;
  const row = await repo.insertResource(tx, {
    programId,
    title: input.title,
    description: input.description?.trim() || null,
    url: file ? null : (input.url ?? null),
    fileName: file?.name ?? null,
    fileType: file?.contentType ?? null,
    fileData: file?.data ?? null,
    audience: input.audience,
    locale: input.locale ?? null,
  });
  await audit({
    action: 'resource.create',
    organisationId: access.program.ownerOrganisationId,
    entity: 'program_resource',
    entityId: row.id,
    data: { programId, audience: row.audience, locale: row.locale, file: file !== null },
  });
  return present(row);
}

export async function deleteResource({ tx, actor, audit }: Mutation, programId: string, resourceId: string) {
  const access = await authorize(tx, actor, resourceAbilities.manage, programId);
  if (!(await repo.deleteResource(tx, programId, resourceId))) throw notFound('Resource');
  await audit({
    action: 'resource.delete',
    organisationId: access.program.ownerOrganisationId,
    entity: 'program_resource',
    entityId: resourceId,
    data: { programId },
  });
}

/**
 * A resource's file: for those who manage the program, and for those its audience includes; anyone
 * else who sees the program gets the 404 of a missing file (decision 0072).
 */
export async function getResourceFile(db: DbOrTx, actor: Actor, programId: string, resourceId: string) {
  const access = await authorize(db, actor, resourceAbilities.read, programId);
  const manage = resourceAbilities.manage.allows(actor, access);
  const file = await repo.resourceFile(db, programId, resourceId, manage ? { all: true } : { personId: actor.person?.id ?? null });
  if (!file) throw notFound('Resource file');
  return { name: file.name, contentType: file.contentType, body: Buffer.from(file.data, 'base64') };
}
