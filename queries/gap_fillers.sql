-- Members outside an area qualified in a domain, with spare capacity (capacity minus last four quarters served), nearest first.
with target as (
    select lon, lat from areas where snapshot = $snapshot and area_id = $area_id
),
members as (
    select i.institution_id, i.name_zh, i.name_en, i.area_id, a.name_zh as area_name_zh, a.name_en as area_name_en,
           a.lon, a.lat
    from institutions i join areas a on a.area_id = i.area_id and a.snapshot = i.snapshot
    where i.snapshot = $snapshot and i.area_id <> $area_id
),
qualified as (
    select institution_id, count(*) as qualification_count
    from qualifications
    where snapshot = $snapshot and domain_id = $domain_id
    group by institution_id
),
capacity_rows as (
    select institution_id, annual_capacity_batches
    from capacity where snapshot = $snapshot and domain_id = $domain_id
),
served as (
    select provider_institution_id as institution_id, sum(batches) as served_batches_4q,
           sum(batches) filter (where client_area_id = $area_id) as served_to_area_batches_4q
    from services
    where snapshot = $snapshot and domain_id = $domain_id and month > $snapshot - interval 12 month
    group by provider_institution_id
)
select m.institution_id, m.name_zh, m.name_en, m.area_id, m.area_name_zh, m.area_name_en,
       q.qualification_count,
       coalesce(c.annual_capacity_batches, 0)::bigint as annual_capacity_batches,
       coalesce(s.served_batches_4q, 0)::bigint as served_batches_4q,
       coalesce(s.served_to_area_batches_4q, 0)::bigint as served_to_area_batches_4q,
       greatest(coalesce(c.annual_capacity_batches, 0) - coalesce(s.served_batches_4q, 0), 0)::bigint as spare_capacity_batches,
       round(2 * 6371 * asin(sqrt(
           pow(sin(radians(m.lat - t.lat) / 2), 2)
           + cos(radians(t.lat)) * cos(radians(m.lat)) * pow(sin(radians(m.lon - t.lon) / 2), 2)
       )), 1) as distance_km
from members m
join qualified q using (institution_id)
cross join target t
left join capacity_rows c using (institution_id)
left join served s using (institution_id)
order by distance_km, spare_capacity_batches desc, m.institution_id
