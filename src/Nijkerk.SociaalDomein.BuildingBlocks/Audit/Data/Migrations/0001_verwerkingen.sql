-- The verwerkingenlogging: who read or wrote a person's data, when, and for which purpose. Append-only:
-- the application's role may insert and read, never change or delete.
create table audit.verwerking (
    id uuid primary key,
    tijdstip timestamptz not null,
    actor_id text not null,
    actor_naam text not null,
    actor_soort text not null,
    organisatie text,
    handeling text not null,
    omschrijving text not null,
    doel text not null,
    persoon_id uuid,
    trace_id text
);
create index verwerking_persoon on audit.verwerking (persoon_id, tijdstip desc);
