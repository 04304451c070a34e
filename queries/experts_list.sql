-- Expert think tank members matching the filters and a search over name and specialty, with their institution.
-- One page at a time ($page_rows null: all of them); match_count is the number of matches whatever the page.
select count(*) over () as match_count, e.expert_id, e.name_zh, e.name_en, e.title_zh, e.title_en, e.specialty_zh, e.specialty_en, e.joined_on,
       e.domain_id, d.name_zh as domain_name_zh, d.name_en as domain_name_en,
       i.institution_id, i.name_zh as institution_name_zh, i.name_en as institution_name_en,
       i.area_id, a.name_zh as area_name_zh, a.name_en as area_name_en
from experts e
join institutions i on i.institution_id = e.institution_id and i.snapshot = e.snapshot
join areas a on a.area_id = i.area_id and a.snapshot = e.snapshot
join domains d on d.domain_id = e.domain_id and d.snapshot = e.snapshot
where e.snapshot = $snapshot
  and in_filter($domains::varchar[], e.domain_id) and in_filter($areas::varchar[], i.area_id)
  and ($institution_id = '' or i.institution_id = $institution_id)
  and ($title = '' or e.title_zh = $title)
  and ($search = '' or contains(lower(concat_ws(' ', e.name_zh, e.name_en, e.specialty_zh, e.specialty_en)),
                                lower($search)))
order by e.domain_id, e.expert_id
limit $page_rows offset $page_offset
