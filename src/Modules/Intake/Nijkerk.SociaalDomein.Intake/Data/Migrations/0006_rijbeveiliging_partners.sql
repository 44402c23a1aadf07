-- A partner organisation sees and changes only the aanmeldingen it submitted, and what hangs under them; PostgreSQL
-- holds the rule for every statement, so a query that forgets it still cannot cross it (ADR 0014). The building
-- blocks set nsd.organisatie / nsd.alle_organisaties from the actor when they open a module connection; a
-- connection on which neither is set sees none of these rows. FORCE, because the module role owns the tables and
-- an owner would otherwise pass by its own policies.
alter table intake.aanmelding enable row level security;
alter table intake.aanmelding force row level security;
create policy van_de_eigen_organisatie on intake.aanmelding
    using (current_setting('nsd.alle_organisaties', true) = 'aan'
           or organisatie = nullif(current_setting('nsd.organisatie', true), ''));

-- What hangs under an aanmelding follows it: the subquery is itself held to the policy above.
alter table intake.contactmoment enable row level security;
alter table intake.contactmoment force row level security;
create policy van_de_eigen_organisatie on intake.contactmoment
    using (exists (select 1 from intake.aanmelding a where a.id = aanmelding_id));

alter table intake.terugbelverzoek enable row level security;
alter table intake.terugbelverzoek force row level security;
create policy van_de_eigen_organisatie on intake.terugbelverzoek
    using (exists (select 1 from intake.aanmelding a where a.id = aanmelding_id));

alter table intake.afhandeling enable row level security;
alter table intake.afhandeling force row level security;
create policy van_de_eigen_organisatie on intake.afhandeling
    using (exists (select 1 from intake.aanmelding a where a.id = aanmelding_id));

alter table intake.aanmelding_voorziening enable row level security;
alter table intake.aanmelding_voorziening force row level security;
create policy van_de_eigen_organisatie on intake.aanmelding_voorziening
    using (exists (select 1 from intake.aanmelding a where a.id = aanmelding_id));
