-- A broad conversation waiting in, or going through, the werkvoorraad. One per doorgezette aanmelding.
create table vraagverheldering.vraagverheldering (
    id uuid primary key,
    aanmelding_id uuid not null unique,
    inwoner_id uuid,
    vraag text not null,
    urgentie text not null,
    status text not null,
    geopend_op timestamptz not null
);
create index vraagverheldering_werkvoorraad on vraagverheldering.vraagverheldering (status, geopend_op, id);
