-- Bewaartermijnen and vernietiging (ADR 0030). Applied as role nsd_bewaring.

-- One term per bewaarcategorie (the codes modules name, BuildingBlocks Bewaarcategorieen): what it covers, how long a
-- dossier is kept after its last part closed, and where that term is taken from. The functioneel beheerder changes them.
create table bewaring.bewaartermijn (
    categorie text primary key,
    omschrijving text not null,
    termijn int not null check (termijn > 0),
    eenheid text not null check (eenheid in ('jaren', 'maanden')),
    bron text not null,
    gewijzigd_op timestamptz,
    gewijzigd_door text
);

-- Every change of a term: who, when, from what to what.
create table bewaring.bewaartermijn_wijziging (
    id uuid primary key,
    categorie text not null references bewaring.bewaartermijn (categorie),
    termijn int not null,
    eenheid text not null,
    bron text not null,
    gewijzigd_op timestamptz not null,
    gewijzigd_door text not null
);

-- Defaults: see ADR 0030 for the Selectielijst categories and where a term is this project's own judgement.
insert into bewaring.bewaartermijn (categorie, omschrijving, termijn, eenheid, bron) values
    ('toegang', 'Vraag aan de toegang zonder voorziening of traject erna: informatie en advies, vraagverheldering, contactmomenten', 2, 'jaren',
     'Eigen afweging (ADR 0030): de categorie uit de Selectielijst gemeenten en intergemeentelijke organen 2020 stelt de gemeente vast'),
    ('jeugd', 'Jeugdhulp (Jeugdwet)', 20, 'jaren',
     'Jeugdwet art. 7.3.8: een dossier van jeugdhulp wordt ten minste 20 jaar na beëindiging van de hulp bewaard, of langer als dat nodig is'),
    ('wmo', 'Maatschappelijke ondersteuning (Wmo 2015) en gehandicaptenparkeerkaart', 7, 'jaren',
     'Eigen afweging (ADR 0030): de categorie uit de Selectielijst gemeenten en intergemeentelijke organen 2020 stelt de gemeente vast'),
    ('werk-en-inkomen', 'Werk, inkomen, bijzondere bijstand, armoede, inburgering en woningurgentie (Participatiewet en dergelijke)', 7, 'jaren',
     'Eigen afweging (ADR 0030): de categorie uit de Selectielijst gemeenten en intergemeentelijke organen 2020 stelt de gemeente vast'),
    ('schuldhulp', 'Schuldhulpverlening (Wet gemeentelijke schuldhulpverlening)', 7, 'jaren',
     'Eigen afweging (ADR 0030): de categorie uit de Selectielijst gemeenten en intergemeentelijke organen 2020 stelt de gemeente vast'),
    ('regie', 'Regie: ondersteuningsplan van het huishouden met doelen, acties en evaluaties', 7, 'jaren',
     'Eigen afweging (ADR 0030): de categorie uit de Selectielijst gemeenten en intergemeentelijke organen 2020 stelt de gemeente vast');

-- A vernietigingslijst: proposed by the daily job, approved or rejected by the beheerder, then executed. At most one
-- list awaits approval or execution at a time: a proposal while one is open inserts nothing.
create table bewaring.vernietigingslijst (
    id uuid primary key,
    status text not null check (status in ('voorgesteld', 'afgewezen', 'goedgekeurd', 'uitgevoerd')),
    voorgesteld_op timestamptz not null,
    peildatum date not null,
    aantal_dossiers int not null,
    beoordeeld_door text,
    beoordeeld_door_naam text,
    beoordeeld_op timestamptz,
    reden text,
    uitgevoerd_op timestamptz
);
create unique index vernietigingslijst_een_open on bewaring.vernietigingslijst ((true)) where status in ('voorgesteld', 'goedgekeurd');

-- What the list shows: per category and month of closing, how many dossiers. No personal data.
create table bewaring.lijstregel (
    lijst_id uuid not null references bewaring.vernietigingslijst (id),
    categorie text not null,
    afgesloten_in date not null,
    aantal_dossiers int not null,
    primary key (lijst_id, categorie, afgesloten_in)
);

-- Internal: the inwoner ids (dossier and merged records) the execution needs. Never shown; removed after execution.
create table bewaring.lijst_dossier (
    lijst_id uuid not null references bewaring.vernietigingslijst (id),
    inwoner_id uuid not null,
    dossier_id uuid not null,
    primary key (lijst_id, inwoner_id)
);

-- The execution per module, for the verklaring van vernietiging: per kind how many were deleted or anonymised.
create table bewaring.uitvoering (
    lijst_id uuid not null references bewaring.vernietigingslijst (id),
    module text not null,
    uitgevoerd_op timestamptz not null,
    primary key (lijst_id, module)
);
create table bewaring.uitvoering_aantal (
    lijst_id uuid not null,
    module text not null,
    soort text not null,
    verwijderd int not null,
    geanonimiseerd int not null,
    primary key (lijst_id, module, soort),
    foreign key (lijst_id, module) references bewaring.uitvoering (lijst_id, module)
);
