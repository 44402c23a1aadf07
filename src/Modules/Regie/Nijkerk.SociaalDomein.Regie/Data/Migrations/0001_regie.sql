-- Regie (domain.md, Regie): één huishouden, één plan, één regisseur. Regie stores the inwoners of a household by id
-- and role; names and addresses stay in Intake's register and are asked through its Contracts.

-- A household. It has no name of its own: staff see its members through Intake.
create table regie.huishouden (
    id uuid primary key,
    aangemaakt_op timestamptz not null,
    aangemaakt_door text not null,
    versie int not null default 1
);

-- Who belongs to a household, with his relation and whether he is its contact person. A person belongs to one household
-- at a time; moving him ends his membership (tot) and starts a new one, so the history stays.
create table regie.huishouden_lid (
    id uuid primary key,
    huishouden_id uuid not null references regie.huishouden (id),
    inwoner_id uuid not null,
    relatie text not null check (relatie in ('ouder', 'kind', 'partner', 'overig')),
    contactpersoon boolean not null default false,
    van timestamptz not null,
    tot timestamptz,
    check (tot is null or tot >= van)
);

create unique index huishouden_lid_een_huishouden on regie.huishouden_lid (inwoner_id) where tot is null;
create unique index huishouden_lid_een_contactpersoon on regie.huishouden_lid (huishouden_id) where tot is null and contactpersoon;
create index huishouden_lid_huishouden on regie.huishouden_lid (huishouden_id) where tot is null;

-- A meervoudige vraagverheldering asks for a regisseur: it waits in the teamleiders' list "regie gevraagd" until one is
-- assigned. Filled by two events in any order (VraagverhelderingAfgerond brings the scores and hulpvragen,
-- RegisseurGevraagd the teams the overdrachten went to); one row per vraagverheldering, so a redelivery adds nothing.
create table regie.regieverzoek (
    id uuid primary key,
    vraagverheldering_id uuid not null unique,
    aanmelding_id uuid not null,
    inwoner_id uuid,
    scores jsonb not null default '[]',
    hulpvragen jsonb not null default '[]',
    expertises text[] not null default '{}',
    teams text[] not null default '{}',
    gevraagd_op timestamptz not null,
    status text not null default 'open' check (status in ('open', 'toegewezen')),
    plan_id uuid
);

create index regieverzoek_open on regie.regieverzoek (gevraagd_op) where status = 'open';

-- The ondersteuningsplan. At most one open plan per household, held by the database (a second start is 409). versie is
-- the plan's ETag: every change to the plan, its doelen or acties raises it.
create table regie.plan (
    id uuid primary key,
    huishouden_id uuid not null references regie.huishouden (id),
    regieverzoek_id uuid references regie.regieverzoek (id),
    status text not null check (status in ('lopend', 'afgesloten')),
    regisseur_id text not null,
    regisseur_naam text not null,
    regisseur_telefoon text not null,
    teams text[] not null default '{}',
    hulpvragen jsonb not null default '[]',
    gestart_op timestamptz not null,
    laatste_activiteit_op timestamptz not null,
    akkoord_op timestamptz,
    akkoord_wijze text check (akkoord_wijze in ('mondeling', 'schriftelijk', 'digitaal')),
    afgesloten_op timestamptz,
    nazorg_op date,
    versie int not null default 1,
    check ((status = 'afgesloten') = (afgesloten_op is not null))
);

create unique index plan_een_open_per_huishouden on regie.plan (huishouden_id) where status = 'lopend';
create index plan_regisseur on regie.plan (regisseur_id, status);

-- The zelfredzaamheid score per leefgebied (1–5): at the start (from the vraagverheldering) and at the close; the change
-- is stored with them, so the effect is measured.
create table regie.plan_score (
    plan_id uuid not null references regie.plan (id),
    leefgebied text not null,
    start_score int check (start_score between 1 and 5),
    eind_score int check (eind_score between 1 and 5),
    verandering int generated always as (eind_score - start_score) stored,
    primary key (plan_id, leefgebied)
);

-- A doel per leefgebied, in the household's own words. zichtbaarheid: 'plan' (everyone with a part in the plan) or
-- 'beperkt' (the regisseur and the verantwoordelijke only): "dat, niet wat".
create table regie.doel (
    id uuid primary key,
    plan_id uuid not null references regie.plan (id),
    leefgebied text not null,
    omschrijving text not null check (length(omschrijving) between 1 and 2000),
    zichtbaarheid text not null default 'plan' check (zichtbaarheid in ('plan', 'beperkt')),
    team_code text,
    resultaat text check (resultaat in ('behaald', 'deels', 'niet')),
    aangemaakt_op timestamptz not null,
    aangemaakt_door text not null,
    versie int not null default 1
);

create index doel_plan on regie.doel (plan_id);

-- An actie with its verantwoordelijke (the inwoner, someone in the netwerk, a voorziening of the voorliggend veld, a
-- team, a zorgaanbieder), a due date, and for a zorgaanbieder the agreed content, duration and cost.
create table regie.actie (
    id uuid primary key,
    plan_id uuid not null references regie.plan (id),
    doel_id uuid references regie.doel (id),
    omschrijving text not null check (length(omschrijving) between 1 and 2000),
    verantwoordelijke_soort text not null
        check (verantwoordelijke_soort in ('inwoner', 'netwerk', 'voorliggend-veld', 'team', 'zorgaanbieder')),
    verantwoordelijke text not null,
    team_code text,
    organisatie text,
    voorziening_id uuid,
    telefoon text,
    deadline date not null,
    status text not null default 'open' check (status in ('open', 'bezig', 'gedaan', 'vervallen')),
    afspraak_inhoud text,
    afspraak_duur text,
    afspraak_kosten numeric(12, 2) check (afspraak_kosten >= 0),
    zichtbaarheid text not null default 'plan' check (zichtbaarheid in ('plan', 'beperkt')),
    aangemaakt_op timestamptz not null,
    aangemaakt_door text not null,
    gewijzigd_op timestamptz not null,
    versie int not null default 1,
    check (verantwoordelijke_soort <> 'team' or team_code is not null)
);

create index actie_plan on regie.actie (plan_id);
-- The overdue acties, for the stall check and the regisseur's werkvoorraad.
create index actie_open_deadline on regie.actie (deadline, plan_id) where status in ('open', 'bezig');

-- An evaluatiemoment: notes and new scores.
create table regie.evaluatie (
    id uuid primary key,
    plan_id uuid not null references regie.plan (id),
    op timestamptz not null,
    notitie text not null check (length(notitie) between 1 and 4000),
    scores jsonb not null default '[]',
    zichtbaarheid text not null default 'plan' check (zichtbaarheid in ('plan', 'beperkt')),
    door text not null,
    door_naam text not null
);

create index evaluatie_plan on regie.evaluatie (plan_id, op);

-- The plan's history: who changed which part (plan, doel, actie, evaluatie, escalatie, afsluiting), when, and the plan
-- version it made. A stale edit (412) is answered with the entries after the caller's version.
create table regie.plan_wijziging (
    id uuid primary key,
    plan_id uuid not null references regie.plan (id),
    versie int not null,
    op timestamptz not null,
    door text not null,
    door_naam text not null,
    onderdeel text not null check (onderdeel in ('plan', 'doel', 'actie', 'evaluatie', 'escalatie', 'afsluiting', 'huishouden')),
    onderdeel_id uuid,
    omschrijving text not null
);

create index plan_wijziging_plan on regie.plan_wijziging (plan_id, versie);
