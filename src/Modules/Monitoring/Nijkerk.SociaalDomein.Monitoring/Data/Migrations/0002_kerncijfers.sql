-- The kerncijfers read the cube by facet and value over a range of days: facet first, so a year of one facet's rows is
-- one index range instead of every facet's rows of that year (the primary key starts with the day).
create index dagcijfer_facet_dag on monitoring.dagcijfer (facet, waarde, dag);

-- Plans open = started minus closed over all days up to the end of the period: only the few rows that count plans,
-- with the dimensions a filter names, so the answer comes from the index alone.
create index dagcijfer_plannen on monitoring.dagcijfer (facet, waarde, dag)
    include (kern, kanaal, bron, levensfase, plan_gestart, plan_afgesloten)
    where plan_gestart <> 0 or plan_afgesloten <> 0;

create index dagduur_maat_dag on monitoring.dagduur (maat, dag);
