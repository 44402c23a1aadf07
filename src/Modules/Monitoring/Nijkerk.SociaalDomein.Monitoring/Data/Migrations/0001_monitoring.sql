-- Monitoring keeps counts and durations per day and dimension, built from the other modules' events (ADR 0023).
-- No name, no BSN, no free text, no inwoner id. Where a count must follow one question through time, the key is a
-- keyed hash (HMAC-SHA256) of the other module's id; the key (Monitoring:Pseudoniemsleutel) is not in the database.

-- One question (aanmelding) as Monitoring follows it: its dimensions, fixed at the first contact, so a later event
-- (an overdracht, a plan) is counted under the same kern, kanaal, bron and levensfase.
create table monitoring.vraag (
    sleutel bytea primary key,
    dag date not null,
    eerste_contact timestamptz not null,
    kern text not null,
    kanaal text not null,
    bron text not null,
    levensfase text not null,
    -- The first overdracht of the question (the denominator of overdrachten per aanmelding) and the first aanspreekpunt.
    overgedragen boolean not null default false,
    aanspreekpunt_op timestamptz
);

-- Which question an overdracht, a vraagverheldering or a plan belongs to, by keyed hash; and the overdracht's term.
create table monitoring.overdracht (
    sleutel bytea primary key,
    vraag bytea not null,
    verloopt_op timestamptz not null
);

create table monitoring.vraagverheldering (
    sleutel bytea primary key,
    vraag bytea not null
);

create table monitoring.plan (
    sleutel bytea primary key,
    vraag bytea,
    gestart_op timestamptz not null
);

-- The cube: per Dutch day and the question's dimensions, and per facet value (facet '' with waarde '' is every
-- question; 'leefgebied', 'expertise', 'team', 'voorziening' and 'combinatie' rows hold the same measures for the
-- events that carry that value), the number of each thing that happened that day. Kerncijfers sum it over a period.
create table monitoring.dagcijfer (
    dag date not null,
    kern text not null,
    kanaal text not null,
    bron text not null,
    levensfase text not null,
    facet text not null,
    waarde text not null,
    aanmeldingen bigint not null default 0,
    via_verwijzer bigint not null default 0,
    crisis bigint not null default 0,
    beantwoord bigint not null default 0,
    afgeschaald bigint not null default 0,
    doorgezet bigint not null default 0,
    gerouteerd bigint not null default 0,
    vraagverheldering_afgerond bigint not null default 0,
    vraagverheldering_ingetrokken bigint not null default 0,
    vraagverheldering_niet_bereikt bigint not null default 0,
    meervoudig bigint not null default 0,
    score_laag bigint not null default 0,
    overdracht_aangeboden bigint not null default 0,
    overdracht_eerste bigint not null default 0,
    overdracht_geaccepteerd bigint not null default 0,
    binnen_termijn bigint not null default 0,
    samenvatting_voldoende bigint not null default 0,
    overdracht_teruggelegd bigint not null default 0,
    overdracht_verlopen bigint not null default 0,
    overdracht_afgerond bigint not null default 0,
    aanspreekpunt bigint not null default 0,
    plan_gestart bigint not null default 0,
    plan_geescaleerd bigint not null default 0,
    plan_afgesloten bigint not null default 0,
    budget numeric(14, 2) not null default 0,
    score_verandering_aantal bigint not null default 0,
    score_verandering_som bigint not null default 0,
    voorziening_verwezen bigint not null default 0,
    primary key (dag, facet, waarde, kern, kanaal, bron, levensfase)
);

-- Durations as a histogram, so a median and a 90th percentile come from summed counts: the hours from first contact
-- to aanspreekpunt (capped at 90 days), per day the aanspreekpunt was reached.
create table monitoring.dagduur (
    dag date not null,
    kern text not null,
    kanaal text not null,
    bron text not null,
    levensfase text not null,
    maat text not null,
    uren integer not null,
    aantal bigint not null default 0,
    primary key (dag, maat, uren, kern, kanaal, bron, levensfase)
);
