-- One member institution's profile in the chosen snapshot: texts, figures and its working groups.
with groups_of as (
    select m.institution_id, string_agg(g.name_zh, '、' order by g.working_group_id) as groups_zh,
           string_agg(g.name_en, '; ' order by g.working_group_id) as groups_en
    from working_group_members m join working_groups g using (working_group_id, snapshot)
    where m.snapshot = $snapshot and m.institution_id = $institution_id
    group by m.institution_id
)
select i.institution_id, i.name_zh, i.name_en, i.area_id, a.name_zh as area_name_zh, a.name_en as area_name_en,
       i.ownership, i.is_lead, i.joined_on, i.assets_cny, i.technical_staff as technical_staff_count,
       i.senior_staff as senior_staff_count, i.cma_certificate_no,
       i.featured_projects_zh, i.featured_projects_en, i.advantage_resources_zh, i.advantage_resources_en,
       i.service_directions_zh, i.service_directions_en, g.groups_zh, g.groups_en,
       (select count(*) from qualifications q where q.snapshot = $snapshot and q.institution_id = $institution_id)
           as qualification_count,
       (select count(*) from experts e where e.snapshot = $snapshot and e.institution_id = $institution_id)
           as expert_count,
       (select coalesce(sum(batches), 0) from services s
         where s.snapshot = $snapshot and s.provider_institution_id = $institution_id)::bigint as service_batches_delivered
from institutions i
join areas a on a.area_id = i.area_id and a.snapshot = i.snapshot
left join groups_of g using (institution_id)
where i.snapshot = $snapshot and i.institution_id = $institution_id
