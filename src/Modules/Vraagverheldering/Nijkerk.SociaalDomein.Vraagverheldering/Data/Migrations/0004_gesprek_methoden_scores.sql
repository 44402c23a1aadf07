-- The method is data (docs/adr/0018-vraagverheldering-model.md): its leefgebieden and the labels of its scale. A
-- vraagverheldering records the method it used, so its scores keep their meaning when the municipality switches.
create table vraagverheldering.methode (
    code text primary key check (code ~ '^[a-z][a-z0-9-]*$'),
    naam text not null unique,
    standaard boolean not null default false,
    actief boolean not null default true
);
-- At most one method is the one a new vraagverheldering starts with.
create unique index methode_standaard on vraagverheldering.methode (standaard) where standaard;

create table vraagverheldering.methode_schaal (
    methode text not null references vraagverheldering.methode,
    waarde int not null,
    label text not null,
    primary key (methode, waarde)
);

insert into vraagverheldering.methode (code, naam, standaard) values ('zrm-2017', 'Zelfredzaamheid-Matrix 2017', true);
insert into vraagverheldering.methode_schaal (methode, waarde, label) values
    ('zrm-2017', 1, 'Acute problematiek'),
    ('zrm-2017', 2, 'Niet zelfredzaam'),
    ('zrm-2017', 3, 'Beperkt zelfredzaam'),
    ('zrm-2017', 4, 'Voldoende zelfredzaam'),
    ('zrm-2017', 5, 'Volledig zelfredzaam');

update vraagverheldering.leefgebied set methode = 'zrm-2017' where methode = 'ZRM 2017';
alter table vraagverheldering.leefgebied add foreign key (methode) references vraagverheldering.methode;
create index leefgebied_methode on vraagverheldering.leefgebied (methode, volgorde);

-- The expertises a municipality's teams and partners bring; which team takes which is Overdracht's routing table.
create table vraagverheldering.expertise (
    code text primary key check (code ~ '^[a-z][a-z0-9-]*$'),
    naam text not null,
    volgorde int not null,
    actief boolean not null default true
);
insert into vraagverheldering.expertise (code, naam, volgorde) values
    ('jeugd', 'Jeugd', 1),
    ('wmo-oud', 'Wmo oud', 2),
    ('wmo-2015', 'Wmo 2015', 3),
    ('werk', 'Werk', 4),
    ('inkomen', 'Inkomen', 5),
    ('bijzondere-bijstand', 'Bijzondere bijstand', 6),
    ('armoede', 'Armoede', 7),
    ('schuldhulpverlening', 'Schuldhulpverlening', 8),
    ('woningurgentie', 'Woningurgentie', 9),
    ('leerlingenvervoer', 'Leerlingenvervoer', 10),
    ('leerrecht', 'Leerrecht', 11),
    ('inburgering', 'Inburgering', 12),
    ('gehandicaptenparkeerkaart', 'Gehandicaptenparkeerkaart', 13);

-- The gesprek and the hulpvragen are documents edited and read as a whole, never queried across records: jsonb.
-- Scores are rows, because a later vraagverheldering of the same inwoner reads them back per leefgebied.
-- inwoner_naam and kern are asked of Intake when the aanmelding arrives (and again when the inwoner changes), so the
-- werkvoorraad lists and filters without a call to another module per row.
alter table vraagverheldering.vraagverheldering
    add column methode text references vraagverheldering.methode,
    add column versie int not null default 1,
    add column inwoner_naam text,
    add column kern text,
    add column behandelaar_id text,
    add column behandelaar_naam text,
    add column behandelaar_sinds timestamptz,
    add column gesprek jsonb,
    add column vraag_achter_de_vraag text,
    add column hulpvragen jsonb not null default '[]',
    add column expertises text[] not null default '{}',
    add column samenstelling text check (samenstelling in ('enkelvoudig', 'meervoudig')),
    add column samenvatting text,
    add column uitkomst text,
    add column uitkomst_reden text,
    add column uitkomst_toelichting text,
    add column uitkomst_voorziening_ids uuid[] not null default '{}',
    add column afgerond_op timestamptz,
    add column afgerond_door text;
update vraagverheldering.vraagverheldering set methode = 'zrm-2017' where methode is null;
alter table vraagverheldering.vraagverheldering alter column methode set not null;

-- The werkvoorraad's order: urgentie first, then the oldest.
create index vraagverheldering_werkvoorraad_urgentie on vraagverheldering.vraagverheldering
    (array_position(array['crisis', 'hoog', 'normaal']::text[], urgentie), geopend_op, id) where status = 'open';
-- Counting the open rows by its filters (kern, urgentie, who has it) without visiting the table.
create index vraagverheldering_werkvoorraad_filters on vraagverheldering.vraagverheldering
    (kern, urgentie, behandelaar_id) where status = 'open';

create table vraagverheldering.score (
    vraagverheldering_id uuid not null references vraagverheldering.vraagverheldering,
    leefgebied text not null references vraagverheldering.leefgebied,
    score int,
    niet_besproken boolean not null default false,
    toelichting text,
    vastgelegd_op timestamptz not null,
    vastgelegd_door text not null,
    primary key (vraagverheldering_id, leefgebied),
    check ((score is null) = niet_besproken)
);
