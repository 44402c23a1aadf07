-- Knelpunten the loket meets (a rule that blocks help, a gap in the sociale kaart) and what beleid did with them.
-- No inwoner in it: a soort, reference codes and a short description that the form refuses when it holds a BSN.
-- Who reported or handled one is a member of staff (the actor id), never an inwoner.
create table monitoring.knelpunt (
    id uuid primary key,
    soort text not null,
    leefgebied text,
    expertise text,
    team text,
    omschrijving text not null,
    -- The description as compared: lower case, spaces collapsed, so the same knelpunt reported again is counted, not repeated.
    vergelijking text not null,
    status text not null default 'open' check (status in ('open', 'in-behandeling', 'opgepakt', 'niet-opgepakt')),
    aantal integer not null default 1,
    gemeld_op timestamptz not null,
    laatst_gemeld_op timestamptz not null,
    toelichting text,
    behandeld_door text,
    behandeld_op timestamptz,
    versie integer not null default 1
);

-- One open knelpunt per soort, codes and description: a second report of it counts on the first.
create unique index knelpunt_open_eenmaal on monitoring.knelpunt
    (soort, coalesce(leefgebied, ''), coalesce(expertise, ''), coalesce(team, ''), vergelijking)
    where status in ('open', 'in-behandeling');

create index knelpunt_lijst on monitoring.knelpunt (aantal desc, laatst_gemeld_op desc, id);

-- Each member of staff counts once per knelpunt ("ook meegemaakt").
create table monitoring.knelpunt_melding (
    knelpunt_id uuid not null references monitoring.knelpunt (id),
    melder text not null,
    gemeld_op timestamptz not null,
    primary key (knelpunt_id, melder)
);

-- Every status change beleid made, kept.
create table monitoring.knelpunt_behandeling (
    id uuid primary key,
    knelpunt_id uuid not null references monitoring.knelpunt (id),
    van text not null,
    naar text not null,
    toelichting text not null,
    door text not null,
    op timestamptz not null
);

create index knelpunt_behandeling_knelpunt on monitoring.knelpunt_behandeling (knelpunt_id, op);
