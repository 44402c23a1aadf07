-- The partner organisation whose system submitted the aanmelding through the API; a partner sees only its own.
alter table intake.aanmelding add column organisatie text;
create index aanmelding_organisatie on intake.aanmelding (organisatie, geregistreerd_op desc) where organisatie is not null;
