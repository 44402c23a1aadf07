-- Idempotency-Key: per caller (client) and key, a fingerprint of the create request and its result, written in
-- the same transaction as the create itself. Keys older than 24 hours are no longer honoured and are removed.
create table {schema}.idempotentie (
    client text not null,
    sleutel text not null,
    vingerafdruk text not null,
    resultaat jsonb,
    aangemaakt_op timestamptz not null,
    primary key (client, sleutel)
);
create index idempotentie_aangemaakt on {schema}.idempotentie (aangemaakt_op);
