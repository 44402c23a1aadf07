-- The person register in full: contact details and how to reach the inhabitant, who registered and changed a
-- record, a version for optimistic concurrency (If-Match), and merging two records that turn out to be one person.
alter table intake.inwoner
    add column kern text,
    add column telefoon text,
    add column email text,
    add column voorkeurskanaal text,
    add column taal text,
    add column ondersteuningsbehoefte text,
    add column versie int not null default 1,
    add column geregistreerd_door text,
    add column gewijzigd_op timestamptz,
    add column gewijzigd_door text,
    add column samengevoegd_in uuid references intake.inwoner (id),
    add column samengevoegd_op timestamptz;

-- The BSN as text: a char(9) column compared with a text parameter is cast to text for every row, so its unique
-- index went unused and a search by BSN read the whole table. Nine digits, checked here as well as by the elfproef.
alter table intake.inwoner
    alter column bsn type text,
    add constraint inwoner_bsn_negen_cijfers check (bsn ~ '^[0-9]{9}$');

-- A merged record is kept (for the audit trail) but never found again: searches and the duplicate check only look
-- at records that are not merged, so the indexes they use leave merged records out.
drop index intake.inwoner_naam_geboortedatum;
drop index intake.inwoner_adres;
create index inwoner_naam_geboortedatum on intake.inwoner (lower(achternaam), geboortedatum) where samengevoegd_in is null;
create index inwoner_adres_geboortedatum on intake.inwoner (postcode, huisnummer, geboortedatum) where samengevoegd_in is null;
create index inwoner_samengevoegd_in on intake.inwoner (samengevoegd_in) where samengevoegd_in is not null;

-- Points every row of this schema that refers to one inwoner (by a foreign key to intake.inwoner) at another,
-- so a merge keeps every aanmelding, and every table a later slice adds with such a key, without listing them here.
-- Table and column names come from the catalog and are quoted with format(%I); the ids are parameters.
create function intake.verwijs_inwoner_om(van uuid, naar uuid) returns int
language plpgsql as $$
declare
    verwijzing record;
    aantal int := 0;
    rijen int;
begin
    for verwijzing in
        select tabel.relname as tabel, kolom.attname as kolom
        from pg_constraint sleutel
        join pg_class tabel on tabel.oid = sleutel.conrelid
        join pg_namespace schema on schema.oid = tabel.relnamespace
        join pg_attribute kolom on kolom.attrelid = sleutel.conrelid and kolom.attnum = sleutel.conkey[1]
        where sleutel.contype = 'f'
          and sleutel.confrelid = 'intake.inwoner'::regclass
          and cardinality(sleutel.conkey) = 1
          and schema.nspname = 'intake'
          and tabel.relname <> 'inwoner'
        order by tabel.relname, kolom.attname
    loop
        execute format('update intake.%I set %I = $1 where %I = $2', verwijzing.tabel, verwijzing.kolom, verwijzing.kolom) using naar, van;
        get diagnostics rijen = row_count;
        aantal := aantal + rijen;
    end loop;
    return aantal;
end
$$;
