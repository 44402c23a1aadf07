-- The ondersteuningsplan's parts have a version of their own (doel.versie, actie.versie), so colleagues editing different
-- acties do not block each other; a stale edit of one part (412) is answered with the history lines of that part after
-- the caller's version, so the history notes the version of the part each line made.
alter table regie.plan_wijziging add column onderdeel_versie int;

create index plan_wijziging_onderdeel on regie.plan_wijziging (onderdeel_id, onderdeel_versie) where onderdeel_id is not null;

-- A restricted evaluatie is read by the regisseur and the team that wrote it ("dat, niet wat"), like a doel or actie.
alter table regie.evaluatie add column team_code text;
