-- The inwoner's toestemming to share data with one external partner (domain.md, Overdracht; AVG): which organisation,
-- which data, for what purpose, how and when it was given, until when, and who recorded it. It is withdrawn, never
-- deleted: what was shared while it held stays explainable.
create table overdracht.toestemming (
    id uuid primary key,
    inwoner_id uuid not null,
    partner_organisatie text not null references overdracht.partner (organisatie),
    gegevens text[] not null check (cardinality(gegevens) > 0 and gegevens <@ array['samenvatting', 'contactgegevens']),
    doel text not null check (length(doel) between 1 and 1000),
    wijze text not null check (wijze in ('mondeling', 'schriftelijk', 'digitaal')),
    gegeven_op date not null,
    geldig_tot date not null check (geldig_tot >= gegeven_op),
    vastgelegd_op timestamptz not null,
    vastgelegd_door text not null,
    ingetrokken_op timestamptz,
    ingetrokken_door text,
    intrekkingsreden text,
    check ((ingetrokken_op is null) = (ingetrokken_door is null))
);

create index toestemming_inwoner on overdracht.toestemming (inwoner_id, partner_organisatie);

-- A partner's key sees the overdrachten addressed to its organisation, and only while the inwoner's toestemming for
-- that organisation holds (not withdrawn, not past its date, covering the samenvatting): after a withdrawal what was
-- shared is no longer readable. Staff and the system (nsd.alle_organisaties) see all, so the offer handler and the
-- loket work as before; nothing set sees nothing (ADR 0014). FORCE, because the module role owns the tables.
alter table overdracht.toestemming enable row level security;
alter table overdracht.toestemming force row level security;
create policy van_de_eigen_organisatie on overdracht.toestemming
    using (current_setting('nsd.alle_organisaties', true) = 'aan'
           or partner_organisatie = nullif(current_setting('nsd.organisatie', true), ''));

alter table overdracht.overdracht enable row level security;
alter table overdracht.overdracht force row level security;
create policy van_de_eigen_organisatie on overdracht.overdracht
    using (current_setting('nsd.alle_organisaties', true) = 'aan'
           or (partner_organisatie = nullif(current_setting('nsd.organisatie', true), '')
               and exists (select 1 from overdracht.toestemming t
                           where t.inwoner_id = overdracht.inwoner_id
                             and t.partner_organisatie = overdracht.partner_organisatie
                             and t.ingetrokken_op is null
                             and t.geldig_tot >= current_date
                             and 'samenvatting' = any(t.gegevens))));

-- Its steps follow it: the subquery is itself held to the policy above.
alter table overdracht.overdracht_stap enable row level security;
alter table overdracht.overdracht_stap force row level security;
create policy van_de_eigen_organisatie on overdracht.overdracht_stap
    using (exists (select 1 from overdracht.overdracht o where o.id = overdracht_id));
