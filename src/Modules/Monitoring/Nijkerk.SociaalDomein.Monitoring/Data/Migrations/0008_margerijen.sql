-- Marginal rows in the day and month cubes (ADR 0023). Besides the row of its full combination of kern, kanaal, bron and
-- levensfase, every count is now booked in the rows that name one or two of those four and hold '*' ("every value") in
-- the others: 1 + 4 + 6 = 11 rows per fact. A filter on one or two dimensions reads those rows, already summed over the
-- rest (a filter on kanaal telefoon read 40% of the cube: p95 380 ms over a year of 2,000,000 aanmeldingen); a filter on
-- three or four reads the full combinations as before. '*' is never a real value: kernen, kanalen and bronnen are
-- Intake's lists, levensfasen Monitoring's bands, and the kerncijfers refuse '*' as a filter. Every reader that sums
-- combinations takes the full rows only (kern <> '*' and kanaal <> '*' and bron <> '*' and levensfase <> '*').

-- What was booked before this migration, summed into its marginal rows (grouping sets: each dimension alone, each pair;
-- a dimension not grouped is null there, hence '*'). The measure columns are read from the catalogue.
do $$
declare
    kolommen text;
    sommen text;
    groepen constant text :=
        '(t, facet, waarde, kern), (t, facet, waarde, kanaal), (t, facet, waarde, bron), (t, facet, waarde, levensfase), '
        '(t, facet, waarde, kern, kanaal), (t, facet, waarde, kern, bron), (t, facet, waarde, kern, levensfase), '
        '(t, facet, waarde, kanaal, bron), (t, facet, waarde, kanaal, levensfase), (t, facet, waarde, bron, levensfase)';
begin
    select string_agg(quote_ident(column_name), ', ' order by ordinal_position),
           string_agg(format('sum(%I)', column_name), ', ' order by ordinal_position)
      into kolommen, sommen
      from information_schema.columns
     where table_schema = 'monitoring' and table_name = 'dagcijfer'
       and column_name not in ('dag', 'kern', 'kanaal', 'bron', 'levensfase', 'facet', 'waarde');
    execute format(
        'insert into monitoring.dagcijfer (dag, kern, kanaal, bron, levensfase, facet, waarde, %s) '
        'select t, coalesce(kern, ''*''), coalesce(kanaal, ''*''), coalesce(bron, ''*''), coalesce(levensfase, ''*''), facet, waarde, %s '
        'from (select dag as t, * from monitoring.dagcijfer) d group by grouping sets (%s)', kolommen, sommen, groepen);
    execute format(
        'insert into monitoring.maandcijfer (maand, kern, kanaal, bron, levensfase, facet, waarde, %s) '
        'select t, coalesce(kern, ''*''), coalesce(kanaal, ''*''), coalesce(bron, ''*''), coalesce(levensfase, ''*''), facet, waarde, %s '
        'from (select maand as t, * from monitoring.maandcijfer) m group by grouping sets (%s)', kolommen, sommen, groepen);
    execute format(
        'insert into monitoring.dagduur (dag, kern, kanaal, bron, levensfase, maat, uren, aantal) '
        'select t, coalesce(kern, ''*''), coalesce(kanaal, ''*''), coalesce(bron, ''*''), coalesce(levensfase, ''*''), facet, waarde, sum(aantal) '
        'from (select dag as t, maat as facet, uren as waarde, * from monitoring.dagduur) d group by grouping sets (%s)', groepen);
    execute format(
        'insert into monitoring.maandduur (maand, kern, kanaal, bron, levensfase, maat, uren, aantal) '
        'select t, coalesce(kern, ''*''), coalesce(kanaal, ''*''), coalesce(bron, ''*''), coalesce(levensfase, ''*''), facet, waarde, sum(aantal) '
        'from (select maand as t, maat as facet, uren as waarde, * from monitoring.maandduur) m group by grouping sets (%s)', groepen);
end $$;

-- The primary keys lead with the dimensions, so a filter's rows (a marginal row, or a full combination) are one index
-- range per facet value: equal on facet and the four dimensions, then the days or months of the period. Kern first,
-- kanaal last: a filter on one or two also reads its rows per kanaal and per bron ("kanaal <> '*'", not a range), and
-- in this order the dimensions before that one are all equal (given, or '*'), so the range holds marginal rows only.
-- With kanaal first, a filter on kern alone scanned every kanaal's rows of the facet (the bench: 0.5 s). A filter on
-- three that leaves kern open reads the kanaal index below, which carries bron and levensfase for that. ON CONFLICT
-- names the key's columns, not their order, so the booking's statement is unchanged.
alter table monitoring.dagcijfer drop constraint dagcijfer_pkey, add primary key (facet, kern, levensfase, bron, kanaal, dag, waarde);
alter table monitoring.maandcijfer drop constraint maandcijfer_pkey, add primary key (facet, kern, levensfase, bron, kanaal, maand, waarde);
alter table monitoring.dagduur drop constraint dagduur_pkey, add primary key (maat, kern, levensfase, bron, kanaal, dag, uren);
alter table monitoring.maandduur drop constraint maandduur_pkey, add primary key (maat, kern, levensfase, bron, kanaal, maand, uren);

-- Read by nothing any more (the filter without dimensions reads totaalcijfer; the plans after the last whole month are a
-- few days, read by the key): two fewer entries to write for each of the eleven rows.
drop index monitoring.dagcijfer_facet_dag;
drop index monitoring.dagcijfer_plannen;

-- A filter on three dimensions reads full combinations by the most selective dimension it names (0006, 0007), and the
-- weeks under it from an index alone (0007): those indexes now hold the full rows only, so the marginal rows cost them
-- nothing. The readers name the same condition, so the planner may use them.
drop index monitoring.dagcijfer_kern, monitoring.dagcijfer_kanaal, monitoring.dagcijfer_bron, monitoring.dagcijfer_levensfase,
    monitoring.maandcijfer_kern, monitoring.maandcijfer_kanaal, monitoring.maandcijfer_bron, monitoring.maandcijfer_levensfase,
    monitoring.dagduur_kern, monitoring.maandduur_kern,
    monitoring.dagcijfer_week_kern, monitoring.dagcijfer_week_kanaal, monitoring.dagcijfer_week_bron, monitoring.dagcijfer_week_levensfase;

create index dagcijfer_kern on monitoring.dagcijfer (facet, kern, dag)
    where kern <> '*' and kanaal <> '*' and bron <> '*' and levensfase <> '*';
create index dagcijfer_kanaal on monitoring.dagcijfer (facet, kanaal, bron, levensfase, dag)
    where kern <> '*' and kanaal <> '*' and bron <> '*' and levensfase <> '*';
create index dagcijfer_bron on monitoring.dagcijfer (facet, bron, dag)
    where kern <> '*' and kanaal <> '*' and bron <> '*' and levensfase <> '*';
create index dagcijfer_levensfase on monitoring.dagcijfer (facet, levensfase, dag)
    where kern <> '*' and kanaal <> '*' and bron <> '*' and levensfase <> '*';
create index maandcijfer_kern on monitoring.maandcijfer (facet, kern, maand)
    where kern <> '*' and kanaal <> '*' and bron <> '*' and levensfase <> '*';
create index maandcijfer_kanaal on monitoring.maandcijfer (facet, kanaal, bron, levensfase, maand)
    where kern <> '*' and kanaal <> '*' and bron <> '*' and levensfase <> '*';
create index maandcijfer_bron on monitoring.maandcijfer (facet, bron, maand)
    where kern <> '*' and kanaal <> '*' and bron <> '*' and levensfase <> '*';
create index maandcijfer_levensfase on monitoring.maandcijfer (facet, levensfase, maand)
    where kern <> '*' and kanaal <> '*' and bron <> '*' and levensfase <> '*';
create index dagduur_kern on monitoring.dagduur (maat, kern, dag)
    where kern <> '*' and kanaal <> '*' and bron <> '*' and levensfase <> '*';
create index maandduur_kern on monitoring.maandduur (maat, kern, maand)
    where kern <> '*' and kanaal <> '*' and bron <> '*' and levensfase <> '*';
create index dagcijfer_week_kern on monitoring.dagcijfer (kern, dag) include (kanaal, bron, levensfase, aanmeldingen)
    where facet = '' and kern <> '*' and kanaal <> '*' and bron <> '*' and levensfase <> '*';
create index dagcijfer_week_kanaal on monitoring.dagcijfer (kanaal, dag) include (kern, bron, levensfase, aanmeldingen)
    where facet = '' and kern <> '*' and kanaal <> '*' and bron <> '*' and levensfase <> '*';
create index dagcijfer_week_bron on monitoring.dagcijfer (bron, dag) include (kern, kanaal, levensfase, aanmeldingen)
    where facet = '' and kern <> '*' and kanaal <> '*' and bron <> '*' and levensfase <> '*';
create index dagcijfer_week_levensfase on monitoring.dagcijfer (levensfase, dag) include (kern, kanaal, bron, aanmeldingen)
    where facet = '' and kern <> '*' and kanaal <> '*' and bron <> '*' and levensfase <> '*';
