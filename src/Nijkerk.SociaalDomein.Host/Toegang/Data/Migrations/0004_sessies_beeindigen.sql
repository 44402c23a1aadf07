-- Signing out ends every session of the account, on every host and in every browser (ADR 0005, amendment): a cookie
-- carries the account's session version of the moment it was made, and signing out (or deactivating the account)
-- raises it, so every cookie made before no longer matches. A counter rather than a moment: it does not depend on the
-- hosts' clocks agreeing, nor on the sign-in time's whole seconds in the cookie.
alter table toegang.gebruiker add column sessieversie int not null default 0;

-- The raised version must reach every host's memory at once, like a deactivation: the trigger of migration 0002 now
-- also fires on it.
drop trigger gebruiker_gewijzigd on toegang.gebruiker;
create trigger gebruiker_gewijzigd after update on toegang.gebruiker
    for each row when (
        old.id is distinct from new.id or old.gebruikersnaam is distinct from new.gebruikersnaam
        or old.naam is distinct from new.naam or old.wachtwoord_hash is distinct from new.wachtwoord_hash
        or old.rollen is distinct from new.rollen or old.teams is distinct from new.teams or old.actief is distinct from new.actief
        or old.sessieversie is distinct from new.sessieversie)
    execute function toegang.meld_wijziging();
