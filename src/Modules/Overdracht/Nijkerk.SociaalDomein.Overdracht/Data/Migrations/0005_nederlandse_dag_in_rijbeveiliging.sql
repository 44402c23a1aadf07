-- A toestemming holds until the end of its geldig_tot as the municipality lives the day: Dutch time, as the code takes
-- it (NederlandseDag), not the date of the server's time zone, which would end it an hour or two early or late.
drop policy van_de_eigen_organisatie on overdracht.overdracht;
create policy van_de_eigen_organisatie on overdracht.overdracht
    using (current_setting('nsd.alle_organisaties', true) = 'aan'
           or (partner_organisatie = nullif(current_setting('nsd.organisatie', true), '')
               and exists (select 1 from overdracht.toestemming t
                           where t.inwoner_id = overdracht.inwoner_id
                             and t.partner_organisatie = overdracht.partner_organisatie
                             and t.ingetrokken_op is null
                             and t.geldig_tot >= (now() at time zone 'Europe/Amsterdam')::date
                             and 'samenvatting' = any(t.gegevens))));
