-- How long a team has to accept (domain.md, Overdracht): two working days unless the beheerder sets another term.
alter table overdracht.team add column termijn_werkdagen int not null default 2 check (termijn_werkdagen between 1 and 20);

-- The partners named in the policy; MEE and Sigma carry no expertise in the routing table yet, but can be routed to.
insert into overdracht.partner (organisatie, naam) values ('Sigma', 'Sigma'), ('MEE', 'MEE');

-- The municipality's own closing days (e.g. the day after Hemelvaart): no working day, beside weekends and the public
-- holidays the code computes from Easter.
create table overdracht.sluitingsdag (
    datum date primary key,
    omschrijving text not null check (length(omschrijving) between 1 and 200)
);

-- One overdracht: one aanmelding handed to one team (and the partner that carries it out, if any). The samenvatting
-- and the hulpvragen of that team travel with it; how to reach the inwoner is asked from Intake, not copied. The
-- inwoner's name is kept for the werkvoorraad only, as Vraagverheldering does, and follows InwonerGewijzigd.
create table overdracht.overdracht (
    id uuid primary key,
    aanmelding_id uuid not null,
    vraagverheldering_id uuid,
    vorige_overdracht_id uuid references overdracht.overdracht (id),
    inwoner_id uuid,
    inwoner_naam text,
    team_code text not null references overdracht.team (code),
    partner_organisatie text references overdracht.partner (organisatie),
    expertises text[] not null,
    hulpvragen jsonb not null default '[]',
    samenvatting text not null,
    meervoudig boolean not null default false,
    status text not null check (status in ('aangeboden', 'geaccepteerd', 'teruggelegd', 'verlopen', 'afgerond')),
    versie int not null default 1,
    aangeboden_op timestamptz not null,
    verloopt_op timestamptz not null,
    geaccepteerd_op timestamptz,
    geaccepteerd_door text,
    aanspreekpunt_naam text,
    aanspreekpunt_telefoon text,
    samenvatting_voldoende boolean,
    teruggelegd_op timestamptz,
    teruglegreden text,
    teruglegtoelichting text,
    verlopen_op timestamptz,
    afgerond_op timestamptz,
    resultaat text check (resultaat in ('geholpen', 'deels', 'niet-geholpen', 'niet-bereikt')),
    resultaat_toelichting text,
    check (status <> 'geaccepteerd' or aanspreekpunt_naam is not null),
    check (status <> 'teruggelegd' or teruglegreden is not null),
    check (status <> 'afgerond' or resultaat is not null)
);

-- One overdracht per team per vraagverheldering: a redelivered VraagverhelderingAfgerond offers nothing twice.
create unique index overdracht_per_team on overdracht.overdracht (vraagverheldering_id, team_code, coalesce(partner_organisatie, ''))
    where vraagverheldering_id is not null and vorige_overdracht_id is null;
create index overdracht_werkvoorraad on overdracht.overdracht (team_code, status, verloopt_op);
create index overdracht_inwoner on overdracht.overdracht (inwoner_id) where inwoner_id is not null;
create index overdracht_aanmelding on overdracht.overdracht (aanmelding_id);
create index overdracht_partner on overdracht.overdracht (partner_organisatie) where partner_organisatie is not null;
-- The expiry job looks only at what still waits for acceptance.
create index overdracht_te_verlopen on overdracht.overdracht (verloopt_op) where status = 'aangeboden';

-- What happened to an overdracht, step by step, with who and why: the page shows it, and a reopened one keeps its
-- earlier result. The audit log says who read it; this says what was done.
create table overdracht.overdracht_stap (
    id uuid primary key,
    overdracht_id uuid not null references overdracht.overdracht (id),
    soort text not null check (soort in ('aangeboden', 'geaccepteerd', 'teruggelegd', 'verlopen', 'afgerond', 'heropend')),
    op timestamptz not null,
    door text not null,
    door_naam text not null,
    reden text,
    toelichting text
);

create index overdracht_stap_overdracht on overdracht.overdracht_stap (overdracht_id, op);
