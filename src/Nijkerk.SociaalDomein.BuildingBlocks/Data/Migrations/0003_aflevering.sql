-- One delivery per event and receiving handler, in the publishing module's schema: attempts, backoff and the
-- parked state ('mislukt') belong to one handler, so a failing handler never holds back or parks another's.
-- The outbox row's status now says whether the event was handed to its handlers ('gepubliceerd').
create table {schema}.aflevering (
    event_id uuid not null references {schema}.outbox (id),
    handler text not null,
    position bigint not null,
    status text not null default 'wachtend' check (status in ('wachtend', 'afgeleverd', 'mislukt')),
    attempts int not null default 0,
    next_attempt_at timestamptz not null,
    first_attempt_at timestamptz,
    last_attempt_at timestamptz,
    last_error text,
    delivered_at timestamptz,
    primary key (event_id, handler)
);
-- A handler's queue in the order the events were written.
create index aflevering_wachtend on {schema}.aflevering (handler, position) where status = 'wachtend';
create index aflevering_mislukt on {schema}.aflevering (last_attempt_at) where status = 'mislukt';
