-- Who is working on an aanmelding (claimed from the werkvoorraad), and when the loket answered it at once or
-- sent it to the inwoner's existing aanspreekpunt.
alter table intake.aanmelding
    add column behandelaar_id text,
    add column behandelaar_naam text,
    add column behandelaar_sinds timestamptz,
    add column afgehandeld_op timestamptz,
    add column gerouteerd_op timestamptz,
    add column aanspreekpunt text;

-- The werkvoorraad: open aanmeldingen by urgentie, then oldest first; the crisis banner reads the crisis part.
create index aanmelding_werkvoorraad on intake.aanmelding (urgentie, geregistreerd_op, id) where status = 'open';

-- An answer at first contact: the advice given and the leefgebieden it touched.
create table intake.afhandeling (
    aanmelding_id uuid primary key references intake.aanmelding (id),
    advies text not null,
    leefgebieden text[] not null,
    afgehandeld_door text not null
);

-- The voorzieningen of the sociale kaart the loket pointed to (afschalen); countable without any person.
create table intake.aanmelding_voorziening (
    aanmelding_id uuid not null references intake.aanmelding (id),
    voorziening_id uuid not null,
    primary key (aanmelding_id, voorziening_id)
);
create index aanmelding_voorziening_voorziening on intake.aanmelding_voorziening (voorziening_id);

-- Who is on duty for crises, also outside office hours.
create table intake.dienst (
    id uuid primary key,
    naam text not null,
    telefoon text not null,
    van timestamptz not null,
    tot timestamptz not null,
    ingesteld_door text not null,
    check (tot > van)
);
create index dienst_tot on intake.dienst (tot);
