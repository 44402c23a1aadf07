-- Dutch full text search that ignores accents ("clientondersteuning" finds "cliëntondersteuning").
-- pg_trgm and unaccent are created in this schema by the migrating user (SocialeKaartModule.Extensies).
create text search configuration sociale_kaart.nederlands (copy = pg_catalog.dutch);
alter text search configuration sociale_kaart.nederlands
    alter mapping for hword, hword_part, word with sociale_kaart.unaccent, dutch_stem;

create function sociale_kaart.zonder_accenten(tekst text) returns text
    language sql immutable parallel safe
    as $$ select lower(sociale_kaart.unaccent('sociale_kaart.unaccent'::regdictionary, tekst)) $$;

create table sociale_kaart.organisatie (
    id uuid primary key,
    naam text not null,
    omschrijving text,
    telefoon text,
    email text,
    website text,
    laatst_gecontroleerd date not null,
    gearchiveerd_op timestamptz,
    versie int not null default 1
);

-- What is offered. leefgebieden use the codes of the zelfredzaamheid method; a voorziening that was ever
-- pointed to is archived, never deleted.
create table sociale_kaart.voorziening (
    id uuid primary key,
    organisatie_id uuid not null references sociale_kaart.organisatie (id),
    naam text not null,
    omschrijving text not null default '',
    leefgebieden text[] not null default '{}',
    themas text[] not null default '{}',
    doelgroepen text[] not null default '{}',
    kosteloos boolean not null,
    soort text not null check (soort in ('algemene-voorziening', 'voorliggend-veld', 'lokaal-initiatief', 'gemeentelijk-team', 'zorgaanbieder')),
    aanvragen text,
    verwijzing_nodig boolean not null default false,
    laatst_gecontroleerd date not null,
    gearchiveerd_op timestamptz,
    versie int not null default 1,
    -- The name weighs above the description; both without accents and stemmed in Dutch.
    zoekvector tsvector generated always as (
        setweight(to_tsvector('sociale_kaart.nederlands', naam), 'A') ||
        setweight(to_tsvector('sociale_kaart.nederlands', omschrijving), 'B')) stored,
    zoeknaam text generated always as (sociale_kaart.zonder_accenten(naam)) stored
);
create index voorziening_zoekvector on sociale_kaart.voorziening using gin (zoekvector);
create index voorziening_zoeknaam on sociale_kaart.voorziening using gin (zoeknaam sociale_kaart.gin_trgm_ops);
create index voorziening_leefgebieden on sociale_kaart.voorziening using gin (leefgebieden);
create index voorziening_doelgroepen on sociale_kaart.voorziening using gin (doelgroepen);
create index voorziening_organisatie on sociale_kaart.voorziening (organisatie_id);

create table sociale_kaart.locatie (
    id uuid primary key,
    organisatie_id uuid not null references sociale_kaart.organisatie (id),
    naam text not null,
    straat text,
    huisnummer text,
    postcode text,
    plaats text not null,
    kern text not null check (kern in ('Nijkerk', 'Nijkerkerveen', 'Hoevelaken'))
);

create table sociale_kaart.voorziening_locatie (
    voorziening_id uuid not null references sociale_kaart.voorziening (id),
    locatie_id uuid not null references sociale_kaart.locatie (id),
    primary key (voorziening_id, locatie_id)
);
create index voorziening_locatie_locatie on sociale_kaart.voorziening_locatie (locatie_id);

-- When a voorziening can be reached, per ISO weekday (1 = maandag); at one locatie, or by phone (no locatie).
create table sociale_kaart.openingstijd (
    id uuid primary key,
    voorziening_id uuid not null references sociale_kaart.voorziening (id),
    locatie_id uuid references sociale_kaart.locatie (id),
    weekdag smallint not null check (weekdag between 1 and 7),
    van time not null,
    tot time not null check (tot > van),
    soort text not null check (soort in ('inloop', 'telefonisch', 'spreekuur', 'op-afspraak'))
);
create index openingstijd_voorziening on sociale_kaart.openingstijd (voorziening_id, weekdag);

-- Days a voorziening is closed although its schedule says open (holidays).
create table sociale_kaart.sluitingsdag (
    voorziening_id uuid not null references sociale_kaart.voorziening (id),
    datum date not null,
    omschrijving text not null,
    primary key (voorziening_id, datum)
);
