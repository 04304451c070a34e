-- Qualification items matching a text or standard-code search, grouped by institution, nearest to an area first.
with wanted as (
    select * from qualifications
    where snapshot = $snapshot
      and in_filter($domains::varchar[], domain_id)
      and ($text = '' or contains(lower(item_zh), $text) or contains(lower(coalesce(item_en, '')), $text))
      -- Standard codes compare with case, spaces and punctuation removed; the year is optional.
      and ($code = '' or starts_with(
            regexp_replace(upper(case when $code_has_year then standard_code
                                      else regexp_replace(standard_code, '-[0-9][0-9][0-9][0-9]$', '') end), '[^A-Z0-9.]', '', 'g'),
            $code))
),
origin as (
    select lon, lat from areas where snapshot = $snapshot and area_id = $near_area_id
),
grouped as (
    select w.institution_id, count(*) as match_count, count(distinct w.standard_code) as standard_count,
           string_agg(distinct w.domain_id, ',') as domain_ids,
           arg_min(w.item_zh, w.qualification_id) as example_zh, arg_min(w.item_en, w.qualification_id) as example_en,
           arg_min(w.standard_code, w.qualification_id) as example_standard
    from wanted w group by w.institution_id
)
select g.institution_id, i.name_zh, i.name_en, i.area_id, a.name_zh as area_name_zh, a.name_en as area_name_en,
       g.match_count, g.standard_count, g.example_zh, g.example_en, g.example_standard,
       round(2 * 6371 * asin(sqrt(pow(sin(radians(a.lat - o.lat) / 2), 2)
             + cos(radians(o.lat)) * cos(radians(a.lat)) * pow(sin(radians(a.lon - o.lon) / 2), 2))), 1) as distance_km
from grouped g
join institutions i on i.institution_id = g.institution_id and i.snapshot = $snapshot
join areas a on a.area_id = i.area_id and a.snapshot = $snapshot
cross join origin o
where in_filter($areas::varchar[], i.area_id)
order by distance_km, g.match_count desc, g.institution_id
