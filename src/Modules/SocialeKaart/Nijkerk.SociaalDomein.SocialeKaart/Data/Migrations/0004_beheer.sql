-- Every time the loket pointed an inhabitant to a voorziening (from AanmeldingAfgehandeld): it counts how often help
-- is used, and its foreign key makes sure a voorziening that was ever pointed to is never deleted, only archived.
-- No person is named here; the event id keeps a redelivered event from counting twice.
create table sociale_kaart.verwijzing (
    event_id uuid not null,
    voorziening_id uuid not null references sociale_kaart.voorziening (id),
    verwezen_op timestamptz not null,
    primary key (event_id, voorziening_id)
);
create index verwijzing_voorziening on sociale_kaart.verwijzing (voorziening_id);

-- Who changed a record last and when, for beheer.
alter table sociale_kaart.voorziening add column gewijzigd_op timestamptz, add column gewijzigd_door text;
alter table sociale_kaart.organisatie add column gewijzigd_op timestamptz, add column gewijzigd_door text;
