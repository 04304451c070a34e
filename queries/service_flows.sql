-- Batches delivered across areas (provider area → client area) by domain and channel, in the four quarters up to the snapshot.
with members as (
    select institution_id, area_id from institutions where snapshot = $snapshot
),
area_names as (
    select area_id, name_zh, name_en, lon, lat from areas where snapshot = $snapshot
),
flows as (
    select m.area_id as provider_area_id, s.client_area_id, s.domain_id, s.channel, sum(s.batches) as batches
    from services s join members m on m.institution_id = s.provider_institution_id
    where s.snapshot = $snapshot
      and s.month > $snapshot - interval 12 month
      and m.area_id <> s.client_area_id
    group by all
)
select f.provider_area_id, p.name_zh as provider_name_zh, p.name_en as provider_name_en, p.lon as provider_lon,
       p.lat as provider_lat, f.client_area_id, c.name_zh as client_name_zh, c.name_en as client_name_en,
       c.lon as client_lon, c.lat as client_lat, f.domain_id, f.channel, f.batches::bigint as batches
from flows f
join area_names p on p.area_id = f.provider_area_id
join area_names c on c.area_id = f.client_area_id
order by batches desc, f.provider_area_id, f.client_area_id, f.domain_id, f.channel
