-- Events this module raised, written in the same transaction as the change that raised them.
create table {schema}.outbox (
    position bigint generated always as identity primary key,
    id uuid not null unique,
    type text not null,
    payload jsonb not null,
    occurred_at timestamptz not null,
    status text not null default 'wachtend' check (status in ('wachtend', 'gepubliceerd', 'mislukt')),
    attempts int not null default 0,
    next_attempt_at timestamptz not null default now(),
    last_error text,
    published_at timestamptz
);
create index outbox_wachtend on {schema}.outbox (position) where status = 'wachtend';

-- Events from other modules this module has handled, one row per event and handler.
create table {schema}.inbox (
    event_id uuid not null,
    handler text not null,
    handled_at timestamptz not null default now(),
    primary key (event_id, handler)
);
