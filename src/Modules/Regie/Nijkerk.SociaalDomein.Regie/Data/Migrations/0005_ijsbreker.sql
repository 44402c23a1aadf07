-- The ijsbreker (domain.md, Regie): a stalled plan is escalated to the ijsbreker on duty, who decides and spends from
-- a yearly pot at once ("vertrouwen vooraf, verantwoording achteraf"); afterwards it is recorded which budget pays.

-- The rota: who is on duty from when to when, also evenings and weekends (like the crisisdienst). Gaps are allowed:
-- an escalation with nobody on duty goes to all ijsbrekers.
create table regie.ijsbreker_dienst (
    id uuid primary key,
    ijsbreker_id text not null,
    ijsbreker_naam text not null,
    van timestamptz not null,
    tot timestamptz not null,
    aangemaakt_op timestamptz not null,
    aangemaakt_door text not null,
    check (tot > van)
);

create index ijsbreker_dienst_tijd on regie.ijsbreker_dienst (tot, van);

-- An escalation of a plan to the ijsbreker(s) on duty at that moment; at most one open per plan.
create table regie.escalatie (
    id uuid primary key,
    plan_id uuid not null references regie.plan (id),
    aanleiding text not null check (aanleiding in ('vastgelopen-actie', 'stilstand', 'anders')),
    reden text not null check (length(reden) between 1 and 2000),
    status text not null default 'open' check (status in ('open', 'afgehandeld')),
    ijsbreker_ids text[] not null,
    ijsbreker_namen text[] not null,
    niemand_van_dienst boolean not null,
    geescaleerd_op timestamptz not null,
    door text not null,
    door_naam text not null,
    door_organisatie text,
    afgehandeld_op timestamptz,
    afgehandeld_door text,
    afhandeling text check (length(afhandeling) <= 2000),
    check ((status = 'afgehandeld') = (afgehandeld_op is not null))
);

create unique index escalatie_een_open_per_plan on regie.escalatie (plan_id) where status = 'open';
create index escalatie_open on regie.escalatie (geescaleerd_op) where status = 'open';

-- A decision of the ijsbreker, recorded at once.
create table regie.escalatie_besluit (
    id uuid primary key,
    escalatie_id uuid not null references regie.escalatie (id),
    besluit text not null check (length(besluit) between 1 and 2000),
    op timestamptz not null,
    door text not null,
    door_naam text not null
);

create index escalatie_besluit_escalatie on regie.escalatie_besluit (escalatie_id, op);

-- The pot per year; a year without a row has the default (50,000 euro). The row is also the lock that keeps two
-- spendings at once from both fitting the balance.
create table regie.ijsbrekersbudget (
    jaar int primary key check (jaar between 2000 and 2100),
    bedrag numeric(12, 2) not null check (bedrag >= 0),
    gewijzigd_op timestamptz,
    gewijzigd_door text
);

-- Money spent by an ijsbreker. It counts against the pot at once ('geteld'), or, when over the balance, waits for a
-- second ijsbreker's approval ('wacht-op-goedkeuring'). betaald_uit is recorded afterwards.
create table regie.ijsbreker_uitgave (
    id uuid primary key,
    escalatie_id uuid not null references regie.escalatie (id),
    plan_id uuid not null references regie.plan (id),
    jaar int not null,
    bedrag numeric(12, 2) not null check (bedrag > 0),
    doel text not null check (length(doel) between 1 and 500),
    reden text not null check (length(reden) between 1 and 2000),
    status text not null check (status in ('geteld', 'wacht-op-goedkeuring')),
    betaald_uit text check (betaald_uit in ('wmo', 'jeugd', 'participatie', 'bijzondere-bijstand', 'schuldhulp', 'anders')),
    gedaan_op timestamptz not null,
    door text not null,
    door_naam text not null,
    goedgekeurd_op timestamptz,
    goedgekeurd_door text,
    goedgekeurd_door_naam text,
    check (goedgekeurd_door is null or goedgekeurd_door <> door),
    check ((status = 'wacht-op-goedkeuring') = false or goedgekeurd_op is null)
);

create index ijsbreker_uitgave_jaar on regie.ijsbreker_uitgave (jaar) where status = 'geteld';
create index ijsbreker_uitgave_escalatie on regie.ijsbreker_uitgave (escalatie_id);
