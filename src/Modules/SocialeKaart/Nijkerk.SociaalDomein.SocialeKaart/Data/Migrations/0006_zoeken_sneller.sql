-- The kernen a voorziening is found in, kept on the voorziening itself, so the kern filter and the result list need
-- no join through voorziening_locatie and locatie (ADR 0006). Kept by triggers, whoever writes the links: beheer,
-- an import, or a bulk load.
alter table sociale_kaart.voorziening add column kernen text[] not null default '{}';

-- Set based, so a COPY or an import of thousands of links is one update.
create function sociale_kaart.herbereken_kernen(voorzieningen uuid[]) returns void
    language sql
    as $$
        update sociale_kaart.voorziening v set kernen = n.kernen
        from (
            select g.id, coalesce(array_agg(distinct l.kern order by l.kern) filter (where l.kern is not null), '{}') as kernen
            from (select distinct unnest(voorzieningen) as id) g
            left join sociale_kaart.voorziening_locatie vl on vl.voorziening_id = g.id
            left join sociale_kaart.locatie l on l.id = vl.locatie_id
            group by g.id) n
        where v.id = n.id and v.kernen is distinct from n.kernen
    $$;

-- Per statement, with the changed rows as transition tables.
create function sociale_kaart.werk_kernen_bij() returns trigger
    language plpgsql
    as $$
    begin
        if tg_op = 'INSERT' then
            perform sociale_kaart.herbereken_kernen(array(select voorziening_id from nieuw));
        elsif tg_op = 'DELETE' then
            perform sociale_kaart.herbereken_kernen(array(select voorziening_id from oud));
        else
            perform sociale_kaart.herbereken_kernen(array(select voorziening_id from nieuw union select voorziening_id from oud));
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
        perform sociale_kaart.herbereken_kernen(array(
            select vl.voorziening_id
            from nieuw n join oud o on o.id = n.id join sociale_kaart.voorziening_locatie vl on vl.locatie_id = n.id
            where n.kern is distinct from o.kern));
        return null;
    end
    $$;

create trigger kernen_na_verhuizing after update on sociale_kaart.locatie
    referencing old table as oud new table as nieuw for each statement execute function sociale_kaart.werk_kernen_bij_na_verhuizing();

select sociale_kaart.herbereken_kernen(array(select distinct voorziening_id from sociale_kaart.voorziening_locatie));

create index voorziening_kernen on sociale_kaart.voorziening using gin (kernen);
