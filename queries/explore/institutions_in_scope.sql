-- Member institutions the page's filters keep (areas, lab levels, working groups, and holding items in the chosen domains), with their items and labs within those filters | 页面筛选保留的成员机构（地区、实验室级别、工作组，且持有所选领域的项目），及筛选范围内的资质项目数和实验室数
WITH items AS (
    SELECT institution_id, count(*) AS items
    FROM qualifications
    WHERE len($domains) = 0 OR list_contains($domains, domain_id)
    GROUP BY institution_id
),
kept_labs AS (
    SELECT institution_id, count(*) AS labs
    FROM labs
    WHERE len($levels) = 0 OR list_contains($levels, level)
    GROUP BY institution_id
)
SELECT i.institution_id, i.name_zh, i.name_en, i.area_id,
       coalesce(it.items, 0) AS items, coalesce(kl.labs, 0) AS labs
FROM institutions AS i
LEFT JOIN items AS it USING (institution_id)
LEFT JOIN kept_labs AS kl USING (institution_id)
-- Each filter left empty keeps every institution; a chosen one keeps those it names, as on the other pages.
WHERE (len($areas) = 0 OR list_contains($areas, i.area_id))
  AND (len($levels) = 0 OR kl.labs > 0)
  AND (len($domains) = 0 OR it.items > 0)
  AND (len($groups) = 0 OR i.institution_id IN (
        SELECT institution_id FROM working_group_members WHERE list_contains($groups, working_group_id)))
ORDER BY items DESC, i.institution_id
