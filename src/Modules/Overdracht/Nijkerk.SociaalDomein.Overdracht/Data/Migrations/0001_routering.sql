-- The integrale teams (domain.md, Reference data). Codes are what other parts store (a staff account's teams, a
-- terugbelverzoek's team, later an overdracht), so a code never changes once used; a team that stops is made inactive.
create table overdracht.team (
    code text primary key check (code ~ '^[a-z][a-z0-9-]*$'),
    naam text not null,
    actief boolean not null default true
);

-- External partners that carry out an expertise for the municipality. The code is the organisation as its API keys
-- name it (toegang.api_client.organisatie), so what is routed to a partner is what that partner's key may see.
create table overdracht.partner (
    organisatie text primary key,
    naam text not null,
    actief boolean not null default true
);

-- The routing table: which team takes the overdracht of an expertise, and which partner, if any, carries it out.
-- The expertise codes are Vraagverheldering's reference data; this table stores them, it does not own them.
create table overdracht.routering (
    expertise text primary key check (expertise ~ '^[a-z][a-z0-9-]*$'),
    team_code text not null references overdracht.team (code),
    partner_organisatie text references overdracht.partner (organisatie),
    versie int not null default 1,
    gewijzigd_door text,
    gewijzigd_op timestamptz
);

-- What each change was, beside the audit log's who and when: an overdracht that went astray can be traced to its routing.
create table overdracht.routering_wijziging (
    id uuid primary key,
    expertise text not null,
    team_code text not null,
    partner_organisatie text,
    vorige_team_code text,
    vorige_partner_organisatie text,
    gewijzigd_door text not null,
    gewijzigd_op timestamptz not null
);

create index routering_wijziging_expertise on overdracht.routering_wijziging (expertise, gewijzigd_op);

insert into overdracht.team (code, naam) values
    ('jeugd-onderwijs', 'Jeugd & Onderwijs'),
    ('wmo', 'Wmo'),
    ('werk-inkomen', 'Werk & Inkomen'),
    ('veiligheid', 'Veiligheid');

insert into overdracht.partner (organisatie, naam) values
    ('Plangroep', 'Plangroep');

-- Veiligheid takes no expertise of its own: it holds the ijsbrekers and receives escalations, not routed handovers.
insert into overdracht.routering (expertise, team_code, partner_organisatie) values
    ('jeugd', 'jeugd-onderwijs', null),
    ('leerrecht', 'jeugd-onderwijs', null),
    ('leerlingenvervoer', 'jeugd-onderwijs', null),
    ('wmo-oud', 'wmo', null),
    ('wmo-2015', 'wmo', null),
    ('gehandicaptenparkeerkaart', 'wmo', null),
    ('werk', 'werk-inkomen', null),
    ('inkomen', 'werk-inkomen', null),
    ('bijzondere-bijstand', 'werk-inkomen', null),
    ('schuldhulpverlening', 'werk-inkomen', 'Plangroep'),
    ('woningurgentie', 'werk-inkomen', null),
    ('armoede', 'werk-inkomen', null),
    ('inburgering', 'werk-inkomen', null);
