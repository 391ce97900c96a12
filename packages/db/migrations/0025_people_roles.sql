-- The people list's role filter (decision 0171): GIN on (organisation, roles) through btree_gin (migration 0024), so that
-- the few people of a role in an organisation are found without walking its name index. Served by `roles @> array[role]`.
CREATE INDEX "people_roles_idx" ON "people" USING gin ("organisation_id","roles");
