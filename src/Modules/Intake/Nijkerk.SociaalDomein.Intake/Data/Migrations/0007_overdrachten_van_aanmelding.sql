-- Intake follows each overdracht of an aanmelding from Overdracht's events (ADR 0020): the kastje-muur count (how
-- many handovers, how many laid back) and what the loket must act on. One row per overdracht, written by whichever
-- event arrives first (each event type has its own queue, so order between them is not guaranteed). No foreign key to
-- the aanmelding: an event is never refused because of it.
create table intake.aanmelding_overdracht (
    overdracht_id uuid primary key,
    aanmelding_id uuid not null,
    vorige_overdracht_id uuid,
    team_code text not null,
    team_naam text not null,
    partner_organisatie text,
    aangeboden_op timestamptz,
    geaccepteerd_op timestamptz,
    -- Laid back by the team, or an external partner's that expired back to the loket: it counts as laid back.
    teruggelegd_op timestamptz,
    reden text,
    reden_omschrijving text,
    toelichting text,
    -- A team's that nobody accepted in time: it stands out at the loket until someone accepts it.
    verlopen_op timestamptz,
    -- The loket decided a laid-back one needs no new route (the inwoner was helped otherwise).
    afgesloten_op timestamptz,
    afgesloten_door text,
    afgesloten_toelichting text
);
create index aanmelding_overdracht_aanmelding on intake.aanmelding_overdracht (aanmelding_id);
create index aanmelding_overdracht_vorige on intake.aanmelding_overdracht (vorige_overdracht_id) where vorige_overdracht_id is not null;

alter table intake.aanmelding_overdracht enable row level security;
alter table intake.aanmelding_overdracht force row level security;
-- The system writes every event's row, also one whose aanmelding a partner submitted; others see what they see of it.
create policy van_de_eigen_organisatie on intake.aanmelding_overdracht
    using (current_setting('nsd.alle_organisaties', true) = 'aan'
           or exists (select 1 from intake.aanmelding a where a.id = aanmelding_id));

-- The vakspecialist an aanmelding was routed to (the staff account that accepted the overdracht): his "aan mij
-- gerouteerd" list reads these and no others.
alter table intake.aanmelding add column aanspreekpunt_medewerker_id text;
create index aanmelding_aanspreekpunt_medewerker on intake.aanmelding (aanspreekpunt_medewerker_id, gerouteerd_op)
    where aanspreekpunt_medewerker_id is not null;
