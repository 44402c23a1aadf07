-- Vernietiging after an approved vernietigingslijst (ADR 0030): the one deletion the append-only log allows. The function
-- runs with the rights of its owner, the migrating user, who owns the table; the migration runner leaves functions named
-- vernietig_* with that user and lets only the audit module's own role run them (no other module, not public). It
-- deletes the verwerkingen of these persons and nothing else, and says how many.
create function audit.vernietig_verwerkingen(p_personen uuid[])
returns int
language sql
security definer
set search_path = pg_catalog, pg_temp
as $$
    with weg as (delete from audit.verwerking where persoon_id = any(p_personen) returning 1)
    select count(*)::int from weg;
$$;
revoke all on function audit.vernietig_verwerkingen(uuid[]) from public;
grant execute on function audit.vernietig_verwerkingen(uuid[]) to nsd_audit;
