-- One way in for the module roles: this function inserts one row and nothing else. It runs with the rights of
-- the audit schema's owner, so a module can record a processing inside its own transaction (the row commits with
-- the change or not at all) while it still cannot read, change or delete a row. The migration runner grants
-- EXECUTE to the module roles; nobody else may call it.
create function audit.schrijf_verwerking(
    p_id uuid, p_tijdstip timestamptz, p_actor_id text, p_actor_naam text, p_actor_soort text, p_organisatie text,
    p_handeling text, p_omschrijving text, p_doel text, p_persoon_id uuid, p_trace_id text)
returns void
language sql
security definer
set search_path = pg_catalog, pg_temp
as $$
    insert into audit.verwerking (id, tijdstip, actor_id, actor_naam, actor_soort, organisatie, handeling, omschrijving, doel, persoon_id, trace_id)
    values (p_id, p_tijdstip, p_actor_id, p_actor_naam, p_actor_soort, p_organisatie, p_handeling, p_omschrijving, p_doel, p_persoon_id, p_trace_id);
$$;
revoke all on function audit.schrijf_verwerking(uuid, timestamptz, text, text, text, text, text, text, text, uuid, text) from public;
