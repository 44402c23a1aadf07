-- The loket's person register. The BSN is optional (a pure information question may stay anonymous)
-- and unique where present.
create table intake.inwoner (
    id uuid primary key,
    voornamen text not null,
    voorvoegsel text,
    achternaam text not null,
    geboortedatum date not null,
    straat text,
    huisnummer int,
    huisnummer_toevoeging text,
    postcode text,
    woonplaats text,
    bsn char(9) unique,
    geregistreerd_op timestamptz not null
);
create index inwoner_naam_geboortedatum on intake.inwoner (lower(achternaam), geboortedatum);
create index inwoner_adres on intake.inwoner (postcode, huisnummer);

-- Every contact that lands at the loket, in the inhabitant's own words.
create table intake.aanmelding (
    id uuid primary key,
    kanaal text not null,
    bron text not null,
    vraag text not null,
    inwoner_id uuid references intake.inwoner (id),
    urgentie text not null,
    status text not null,
    geregistreerd_op timestamptz not null,
    doorgezet_op timestamptz
);
create index aanmelding_geregistreerd on intake.aanmelding (geregistreerd_op desc, id);
create index aanmelding_status on intake.aanmelding (status, geregistreerd_op desc);
create index aanmelding_inwoner on intake.aanmelding (inwoner_id);
