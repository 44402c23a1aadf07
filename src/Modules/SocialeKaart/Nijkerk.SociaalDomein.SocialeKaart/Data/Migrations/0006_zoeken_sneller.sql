-- The kernen a voorziening is found in, kept on the voorziening itself, so the kern filter and the result list need
-- no join through voorziening_locatie and locatie (ADR 0006). Kept by triggers, whoever writes the links: beheer,
-- an import, or a bulk load.
alter table sociale_kaart.voorziening add column kernen text[] not null default '{}';

create function sociale_kaart.kernen_van(voorziening uuid) returns text[]
    language sql stable parallel safe
    as $$
        select coalesce(array_agg(distinct l.kern order by l.kern), '{}')
        from sociale_kaart.voorziening_locatie vl join sociale_kaart.locatie l on l.id = vl.locatie_id
        where vl.voorziening_id = voorziening
    $$;

-- Per statement, with the changed rows as transition tables: one update for a whole import or COPY.
create function sociale_kaart.werk_kernen_bij() returns trigger
    language plpgsql
    as $$
    begin
        if tg_op in ('INSERT', 'UPDATE') then
            update sociale_kaart.voorziening v set kernen = sociale_kaart.kernen_van(v.id)
            where v.id in (select voorziening_id from nieuw) and v.kernen is distinct from sociale_kaart.kernen_van(v.id);
        end if;
        if tg_op in ('DELETE', 'UPDATE') then
            update sociale_kaart.voorziening v set kernen = sociale_kaart.kernen_van(v.id)
            where v.id in (select voorziening_id from oud) and v.kernen is distinct from sociale_kaart.kernen_van(v.id);
        end if;
        return null;
    end
    $$;

create trigger kernen_na_koppelen after insert on sociale_kaart.voorziening_locatie
    referencing new table as nieuw for each statement execute function sociale_kaart.werk_kernen_bij();
create trigger kernen_na_ontkoppelen after delete on sociale_kaart.voorziening_locatie
    referencing old table as oud for each statement execute function sociale_kaart.werk_kernen_bij();
create trigger kernen_na_wijzigen after update on sociale_kaart.voorziening_locatie
    referencing old table as oud new table as nieuw for each statement execute function sociale_kaart.werk_kernen_bij();

-- A locatie that moves to another kern moves its voorzieningen with it.
create function sociale_kaart.werk_kernen_bij_na_verhuizing() returns trigger
    language plpgsql
    as $$
    begin
        update sociale_kaart.voorziening v set kernen = sociale_kaart.kernen_van(v.id)
        where v.id in (
            select vl.voorziening_id
            from nieuw n join oud o on o.id = n.id join sociale_kaart.voorziening_locatie vl on vl.locatie_id = n.id
            where n.kern is distinct from o.kern);
        return null;
    end
    $$;

create trigger kernen_na_verhuizing after update on sociale_kaart.locatie
    referencing old table as oud new table as nieuw for each statement execute function sociale_kaart.werk_kernen_bij_na_verhuizing();

update sociale_kaart.voorziening v set kernen = sociale_kaart.kernen_van(v.id) where exists (
    select 1 from sociale_kaart.voorziening_locatie vl where vl.voorziening_id = v.id);

create index voorziening_kernen on sociale_kaart.voorziening using gin (kernen);
