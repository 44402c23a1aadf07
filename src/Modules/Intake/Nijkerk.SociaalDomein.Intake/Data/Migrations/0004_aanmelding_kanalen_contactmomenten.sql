-- What an aanmelding records beyond kanaal, bron and vraag: the leefgebieden it touches, who reported it when that is
-- not the inwoner (a daughter for her father, a partner's signal), whether the partner's inwoner knows and agrees,
-- and whether the desk told the inwoner what is recorded (transparantie), by whom and when.
alter table intake.aanmelding
    add column onderwerpen text[] not null default '{}',
    add column melder_naam text,
    add column melder_telefoon text,
    add column melder_relatie text,
    add column melder_organisatie text,
    add column inwoner_op_de_hoogte boolean,
    add column inwoner_stemt_in boolean,
    add column transparantie_gegeven boolean not null default false,
    add column transparantie_door text,
    add column transparantie_op timestamptz,
    add column geregistreerd_door text;

-- Every contact about an aanmelding: the first one when it is registered, then each time the inwoner calls back.
create table intake.contactmoment (
    id uuid primary key,
    aanmelding_id uuid not null references intake.aanmelding (id),
    kanaal text not null,
    notitie text,
    tijdstip timestamptz not null,
    vastgelegd_door text not null,
    vastgelegd_op timestamptz not null
);
create index contactmoment_aanmelding on intake.contactmoment (aanmelding_id, tijdstip);

-- A request to call someone back, for one colleague (user name) or one team, open until someone marks it done.
create table intake.terugbelverzoek (
    id uuid primary key,
    aanmelding_id uuid not null references intake.aanmelding (id),
    medewerker text,
    team text,
    telefoonnummer text not null,
    toelichting text,
    aangemaakt_door text not null,
    aangemaakt_op timestamptz not null,
    afgerond_door text,
    afgerond_op timestamptz,
    constraint terugbelverzoek_een_ontvanger check ((medewerker is null) <> (team is null))
);
create index terugbelverzoek_aanmelding on intake.terugbelverzoek (aanmelding_id, aangemaakt_op);
create index terugbelverzoek_open on intake.terugbelverzoek (aangemaakt_op) where afgerond_op is null;
