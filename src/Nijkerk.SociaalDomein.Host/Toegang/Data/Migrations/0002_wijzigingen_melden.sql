-- Every host keeps API keys and accounts in memory for a short while (Toegang/Toegangsgeheugen.cs). A change that
-- takes access away or alters it (a key revoked or its scopes changed, an account deactivated, its roles, teams or
-- name changed) is announced on channel toegang_gewijzigd when its transaction commits, whoever writes it: beheer,
-- a script or a hand in psql. The payload is the table and the row's id, never the key's hash. Failed sign-in
-- counts and blocks do not touch what the memory holds, so they stay silent.
create function toegang.meld_wijziging() returns trigger
    language plpgsql
    as $$
    begin
        perform pg_notify('toegang_gewijzigd', tg_table_name || ':' || old.id::text);
        return null;
    end
    $$;

create trigger api_client_gewijzigd after update on toegang.api_client
    for each row when (old is distinct from new) execute function toegang.meld_wijziging();
create trigger api_client_verwijderd after delete on toegang.api_client
    for each row execute function toegang.meld_wijziging();

create trigger gebruiker_gewijzigd after update on toegang.gebruiker
    for each row when (
        old.id is distinct from new.id or old.gebruikersnaam is distinct from new.gebruikersnaam
        or old.naam is distinct from new.naam or old.wachtwoord_hash is distinct from new.wachtwoord_hash
        or old.rollen is distinct from new.rollen or old.teams is distinct from new.teams or old.actief is distinct from new.actief)
    execute function toegang.meld_wijziging();
create trigger gebruiker_verwijderd after delete on toegang.gebruiker
    for each row execute function toegang.meld_wijziging();
