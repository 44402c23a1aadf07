-- The crisis banner is pushed to the screens (issue 15): one listener per host hears on 'nsd_crisisbalk' that what the
-- banner shows may have changed, reads it once and sends it to every open screen. The notification is sent in the
-- transaction that changes a crisis aanmelding or a dienst, by whatever command does so (registered, taken, released,
-- handled, routed, passed on, merged away), and is delivered only when it commits; PostgreSQL folds the same
-- notification within one transaction into one. It carries nothing: the listener reads what it may show itself.
create function intake.meld_crisisbalk() returns trigger language plpgsql as $$
begin
    perform pg_notify('nsd_crisisbalk', '');
    return null;
end;
$$;

create trigger crisisbalk_na_registreren after insert on intake.aanmelding
    for each row when (new.urgentie = 'crisis') execute function intake.meld_crisisbalk();
create trigger crisisbalk_na_wijzigen after update on intake.aanmelding
    for each row when ((old.urgentie = 'crisis' or new.urgentie = 'crisis')
        and (old.status, old.urgentie, old.behandelaar_id, old.kanaal, old.bron, old.geregistreerd_op)
            is distinct from (new.status, new.urgentie, new.behandelaar_id, new.kanaal, new.bron, new.geregistreerd_op))
    execute function intake.meld_crisisbalk();
create trigger crisisbalk_na_verwijderen after delete on intake.aanmelding
    for each row when (old.urgentie = 'crisis') execute function intake.meld_crisisbalk();
create trigger crisisbalk_na_dienst after insert or update or delete on intake.dienst
    for each statement execute function intake.meld_crisisbalk();
