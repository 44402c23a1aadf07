-- The module's first table; replace it with the module's own. Applied at start-up as role nsd___schema__.
create table __schema__.item (
    id uuid primary key,
    omschrijving text not null
);
