-- Staff who sign in with the municipality's identity provider (ADR 0026). Their account is keyed by the provider's
-- issuer and subject and made or brought up to date (name, roles, teams) from the provider's claims at every sign-in,
-- so the audit log names them and the team views find them like any account. They have no password here: the local
-- sign-in never looks at them.
alter table toegang.gebruiker add column uitgever text, add column onderwerp text;
alter table toegang.gebruiker add constraint gebruiker_externe_identiteit unique (uitgever, onderwerp);
alter table toegang.gebruiker add constraint gebruiker_extern_zonder_wachtwoord check (
    (uitgever is null) = (onderwerp is null) and (uitgever is null or wachtwoord_hash = ''));
