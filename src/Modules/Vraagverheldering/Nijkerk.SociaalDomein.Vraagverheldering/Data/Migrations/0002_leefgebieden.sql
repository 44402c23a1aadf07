-- The leefgebieden of the method the loket maps a situation with, as data: a municipality that chooses another
-- method (Positieve Gezondheid, say) adds its own rows and marks these inactive. Codes are what other modules
-- store (an aanmelding's onderwerpen, a voorziening's leefgebieden), so a code never changes once used.
create table vraagverheldering.leefgebied (
    code text primary key check (code ~ '^[a-z][a-z0-9-]*$'),
    naam text not null,
    methode text not null,
    volgorde int not null,
    actief boolean not null default true
);

insert into vraagverheldering.leefgebied (code, naam, methode, volgorde) values
    ('financien', 'Financiën', 'ZRM 2017', 1),
    ('werk-opleiding', 'Werk & Opleiding', 'ZRM 2017', 2),
    ('tijdsbesteding', 'Tijdsbesteding', 'ZRM 2017', 3),
    ('huisvesting', 'Huisvesting', 'ZRM 2017', 4),
    ('huiselijke-relaties', 'Huiselijke relaties', 'ZRM 2017', 5),
    ('geestelijke-gezondheid', 'Geestelijke gezondheid', 'ZRM 2017', 6),
    ('lichamelijke-gezondheid', 'Lichamelijke gezondheid', 'ZRM 2017', 7),
    ('middelengebruik', 'Middelengebruik', 'ZRM 2017', 8),
    ('basale-adl', 'Basale ADL', 'ZRM 2017', 9),
    ('instrumentele-adl', 'Instrumentele ADL', 'ZRM 2017', 10),
    ('sociaal-netwerk', 'Sociaal netwerk', 'ZRM 2017', 11),
    ('maatschappelijke-participatie', 'Maatschappelijke participatie', 'ZRM 2017', 12),
    ('justitie', 'Justitie', 'ZRM 2017', 13);
