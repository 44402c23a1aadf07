-- The cube again per calendar month (ADR 0023): kerncijfers filtered on kern, kanaal, bron or levensfase read whole
-- months here and only the days before the first and after the last whole month from dagcijfer, so a year of one kern
-- is about twelve months of its combinations instead of 365 days of them. Same columns as the day tables (maand is the
-- first day of the Dutch month), booked in the same statement, emptied and refilled by the rebuild.
create table monitoring.maandcijfer (like monitoring.dagcijfer including defaults);
alter table monitoring.maandcijfer rename column dag to maand;
alter table monitoring.maandcijfer add primary key (maand, facet, waarde, kern, kanaal, bron, levensfase);

create table monitoring.maandduur (like monitoring.dagduur including defaults);
alter table monitoring.maandduur rename column dag to maand;
alter table monitoring.maandduur add primary key (maand, maat, uren, kern, kanaal, bron, levensfase);

-- What was booked before this migration, so the two never disagree. The measure columns are read from the catalogue:
-- they are the day table's, whatever a later migration adds.
do $$
declare
    kolommen text;
    sommen text;
begin
    select string_agg(quote_ident(column_name), ', ' order by ordinal_position),
           string_agg(format('sum(%I)', column_name), ', ' order by ordinal_position)
      into kolommen, sommen
      from information_schema.columns
     where table_schema = 'monitoring' and table_name = 'dagcijfer'
       and column_name not in ('dag', 'kern', 'kanaal', 'bron', 'levensfase', 'facet', 'waarde');
    execute format(
        'insert into monitoring.maandcijfer (maand, kern, kanaal, bron, levensfase, facet, waarde, %s) '
        'select date_trunc(''month'', dag)::date, kern, kanaal, bron, levensfase, facet, waarde, %s '
        'from monitoring.dagcijfer group by 1, 2, 3, 4, 5, 6, 7', kolommen, sommen);
end $$;

insert into monitoring.maandduur (maand, kern, kanaal, bron, levensfase, maat, uren, aantal)
select date_trunc('month', dag)::date, kern, kanaal, bron, levensfase, maat, uren, sum(aantal)
from monitoring.dagduur group by 1, 2, 3, 4, 5, 6, 7;

-- Per dimension, as on dagcijfer (0006): a year of one kern is that kern's months.
create index maandcijfer_kern on monitoring.maandcijfer (facet, kern, maand);
create index maandcijfer_kanaal on monitoring.maandcijfer (facet, kanaal, maand);
create index maandcijfer_bron on monitoring.maandcijfer (facet, bron, maand);
create index maandcijfer_levensfase on monitoring.maandcijfer (facet, levensfase, maand);
create index maandduur_maat on monitoring.maandduur (maat, maand);
create index maandduur_kern on monitoring.maandduur (maat, kern, maand);

-- The aanmeldingen per week cannot come from months: under a filter they are summed from dagcijfer's every-question
-- rows, from an index alone (per dimension, with the other three and the count in it), not from the table's pages.
create index dagcijfer_week_kern on monitoring.dagcijfer (kern, dag) include (kanaal, bron, levensfase, aanmeldingen) where facet = '';
create index dagcijfer_week_kanaal on monitoring.dagcijfer (kanaal, dag) include (kern, bron, levensfase, aanmeldingen) where facet = '';
create index dagcijfer_week_bron on monitoring.dagcijfer (bron, dag) include (kern, kanaal, levensfase, aanmeldingen) where facet = '';
create index dagcijfer_week_levensfase on monitoring.dagcijfer (levensfase, dag) include (kern, kanaal, bron, aanmeldingen) where facet = '';
