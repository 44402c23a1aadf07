-- Staff accounts. Passwords are hashed by ASP.NET Core's PasswordHasher; rights follow from the roles.
create table toegang.gebruiker (
    id uuid primary key,
    gebruikersnaam text not null unique,
    naam text not null,
    wachtwoord_hash text not null,
    rollen text[] not null,
    teams text[] not null default '{}',
    mislukte_pogingen int not null default 0,
    geblokkeerd_tot timestamptz,
    actief boolean not null default true,
    aangemaakt_op timestamptz not null
);

-- Systems that call the API. Only the SHA-256 of a key is kept; the key itself is shown once, when made.
create table toegang.api_client (
    id uuid primary key,
    naam text not null,
    sleutel_hash bytea not null unique,
    sleutel_begin text not null,
    scopes text[] not null,
    organisatie text,
    aangemaakt_op timestamptz not null,
    ingetrokken_op timestamptz
);

-- ASP.NET Core Data Protection keys, shared by every host instance (sign-in cookies, antiforgery tokens).
create table toegang.data_protection_sleutel (
    id bigint generated always as identity primary key,
    naam text not null,
    xml text not null
);
