-- The cube again without kern, kanaal, bron and levensfase: per Dutch day and facet value only. Kerncijfers without a
-- filter on those four (the dashboard's first view, and the export) sum a few rows per day here instead of every
-- combination of the four in dagcijfer: a year is about 365 x the facet values, not millions (ADR 0023). Booked in
-- the same statement as dagcijfer, so the two never disagree.
create table monitoring.totaalcijfer (
    dag date not null,
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
    primary key (dag, facet, waarde)
);

-- The duration histogram likewise without the four dimensions.
create table monitoring.totaalduur (
    dag date not null,
    maat text not null,
    uren integer not null,
    aantal bigint not null default 0,
    primary key (dag, maat, uren)
);

-- A year of one facet value is one index range.
create index totaalcijfer_facet_dag on monitoring.totaalcijfer (facet, waarde, dag);
create index totaalduur_maat_dag on monitoring.totaalduur (maat, dag);
