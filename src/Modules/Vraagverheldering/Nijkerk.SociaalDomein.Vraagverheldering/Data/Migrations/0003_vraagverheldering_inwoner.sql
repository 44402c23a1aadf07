-- The loket's overzicht asks for the lopende vraagverhelderingen of one inwoner at every first contact, and a
-- merge moves them from one inwoner to another: both look rows up by inwoner.
create index vraagverheldering_inwoner on vraagverheldering.vraagverheldering (inwoner_id, status) where inwoner_id is not null;
