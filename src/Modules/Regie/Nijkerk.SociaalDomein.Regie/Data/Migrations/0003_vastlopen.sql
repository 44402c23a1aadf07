-- When a running plan is vastgelopen (issue 13, point 6): an open or running actie more than actie_dagen past its
-- deadline, or no activity on the plan for more than stilstand_dagen. Computed when asked, never stored, so a change
-- here changes every list at once. One row, kept by the functioneel beheerder on /beheer/regie.
create table regie.vastlopen_instelling (
    id boolean primary key default true check (id),
    actie_dagen int not null check (actie_dagen between 1 and 365),
    stilstand_dagen int not null check (stilstand_dagen between 1 and 365),
    gewijzigd_op timestamptz,
    gewijzigd_door text
);

insert into regie.vastlopen_instelling (id, actie_dagen, stilstand_dagen) values (true, 7, 42);

-- The ijsbreker's search for stalled plans: the running plans by their last activity.
create index plan_lopend_activiteit on regie.plan (laatste_activiteit_op) where status = 'lopend';
-- The regisseur's werkvoorraad: closed plans whose nazorg is due.
create index plan_nazorg on regie.plan (regisseur_id, nazorg_op) where status = 'afgesloten' and nazorg_op is not null;
