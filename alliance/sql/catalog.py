"""What the SQL page lists beside its editor: the tables and columns with the data contract's descriptions (copied
from shared/DATA_MODEL.md, which the app never reads at run time), and the saved queries in queries/explore/."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from ..config import QUERIES_DIR
from ..schema import EXTRA_SCHEMAS, EXTRA_TABLES, SCHEMAS, TABLES

EXPLORE_DIR = QUERIES_DIR / "explore"

# One row is … (en, zh-CN), per table.
TABLE_ROWS: dict[str, tuple[str, str]] = {
    "areas": ("a member area", "一个成员地区"),
    "domains": ("a testing domain", "一个检测领域"),
    "institutions": ("a member institution", "一家成员机构"),
    "labs": ("a recognised laboratory or centre hosted by a member", "成员机构承建的一个获认定实验室或中心"),
    "qualifications": ("one accredited qualification item (a product or a parameter under one standard)",
                       "一项资质认定项目（某一标准下的一个产品或参数）"),
    "working_groups": ("a functional working group", "一个职能工作组"),
    "working_group_members": ("a working group membership", "一条工作组成员关系"),
    "capacity": ("what an institution can deliver in a domain", "一家机构在一个领域的检测能力"),
    "demand": ("estimated testing need of an area in a domain", "一个地区在一个领域的检测需求估计"),
    "services": ("testing services delivered in one month", "一个月内提供的检测服务"),
    "experts": ("a member of the expert think tank", "专家智库的一位专家"),
    "events": ("a milestone", "一个大事记"),
    "qualification_conditions": ("the method, limitation (限制范围) and remark (说明) of an item, as its CMA annex "
                                 "states them (empty in the demo)",
                                 "一个项目的方法、限制范围和说明，按其资质认定证书附表（演示数据中为空）"),
}

# Column descriptions (en, zh-CN). A column named alike in several tables means the same everywhere; a few are
# told apart by table ("<table>.<column>").
COLUMNS: dict[str, tuple[str, str]] = {
    "snapshot": ("snapshot date the row belongs to", "该行所属快照日期"),
    "area_id": ("area key: shenyang, anshan, fushun, benxi, fuxin, liaoyang, tieling, shenfu",
                "地区键：shenyang、anshan、fushun、benxi、fuxin、liaoyang、tieling、shenfu"),
    "domain_id": ("testing domain key (domains.domain_id)", "检测领域键（domains.domain_id）"),
    "institution_id": ("member institution key (institutions.institution_id)",
                       "成员机构键（institutions.institution_id）"),
    "working_group_id": ("working group key (working_groups.working_group_id), may be null",
                         "工作组键（working_groups.working_group_id），可为空"),
    "lab_id": ("laboratory key (labs.lab_id)", "实验室键（labs.lab_id）"),
    "name_zh": ("name in Chinese", "中文名称"),
    "name_en": ("name in English (may be null: use name_zh)", "英文名称（可为空，此时用 name_zh）"),
    "kind": ("kind", "类别"),
    "areas.kind": ("city or demo_zone", "city（城市）或 demo_zone（示范区）"),
    "events.kind": ("joint_meeting, governance, capability, service or membership",
                    "joint_meeting、governance、capability、service 或 membership"),
    "admin_code": ("GB/T 2260 administrative code (null for the zone)", "GB/T 2260 行政区划代码（示范区为空）"),
    "population": ("residents (may be null)", "常住人口（可为空）"),
    "enterprises": ("industrial enterprises above designated size (may be null)", "规模以上工业企业数（可为空）"),
    "demand.enterprises": ("enterprises that need this domain", "需要该领域检测的企业数"),
    "gdp_cny": ("GDP in CNY (may be null)", "地区生产总值，元（可为空）"),
    "lon": ("longitude", "经度"),
    "lat": ("latitude", "纬度"),
    "cma_field_code": ("2-digit CMA field code (may be null)", "两位 CMA 领域代码（可为空）"),
    "ownership": ("public_institution, state_owned_enterprise or private_enterprise",
                  "public_institution（事业单位）、state_owned_enterprise（国有企业）"
                  "或 private_enterprise（民营企业）"),
    "is_lead": ("true for the lead institution only", "仅牵头机构为 true"),
    "joined_on": ("date joined", "加入日期"),
    "assets_cny": ("assets in CNY", "资产，元"),
    "technical_staff": ("professional technical staff", "专业技术人员数"),
    "senior_staff": ("senior staff (at most technical_staff)", "高级职称人员数（不超过专业技术人员数）"),
    "cma_certificate_no": ("CMA certificate number (may be null)", "CMA 资质认定证书编号（可为空）"),
    "featured_projects_zh": ("featured projects, Chinese", "特色项目（中文）"),
    "featured_projects_en": ("featured projects, English", "特色项目（英文）"),
    "advantage_resources_zh": ("advantage resources, Chinese", "优势资源（中文）"),
    "advantage_resources_en": ("advantage resources, English", "优势资源（英文）"),
    "service_directions_zh": ("service directions, Chinese", "服务方向（中文）"),
    "service_directions_en": ("service directions, English", "服务方向（英文）"),
    "level": ("national, provincial, municipal or other",
              "national（国家级）、provincial（省级）、municipal（市级）或 other"),
    "recognized_on": ("date recognised", "认定日期"),
    "qualification_id": ("qualification item key", "资质项目键"),
    "qualifications.lab_id": ("laboratory holding the item (may be null)", "持有该项目的实验室（可为空）"),
    "scope_type": ("product or parameter", "product（产品）或 parameter（参数）"),
    "item_zh": ("item name in Chinese", "项目名称（中文）"),
    "method_zh": ("method named beside the standard, e.g. 第二法", "标准旁注明的方法，如“第二法”"),
    "restriction_zh": ("limitation (限制范围), e.g. 只测…", "限制范围，如“只测……”"),
    "remark_zh": ("remark (说明)", "说明"),
    "item_en": ("item name in English (may be null)", "项目名称（英文，可为空）"),
    "standard_code": ("standard, e.g. GB/T 22589-2008", "标准编号，如 GB/T 22589-2008"),
    "accredited_on": ("date accredited", "获认定日期"),
    "lead_institution_id": ("the group's lead institution", "工作组牵头机构"),
    "founded_on": ("date founded", "成立日期"),
    "role": ("lead or member", "lead（牵头）或 member（成员）"),
    "annual_capacity_batches": ("batches a year the institution can test in the domain", "每年可检测批次"),
    "annual_demand_batches": ("batches a year the area needs tested in the domain", "每年检测需求批次"),
    "method": ("estimate or survey", "estimate（估算）或 survey（调查）"),
    "service_id": ("service record key", "服务记录键"),
    "provider_institution_id": ("institution that delivered the service", "提供服务的机构"),
    "client_area_id": ("area served", "服务对象所在地区"),
    "month": ("first day of the month", "月份（当月第一天）"),
    "batches": ("batches tested", "检测批次"),
    "enterprises_served": ("enterprises served", "服务企业数"),
    "channel": ("one_stop, emergency or routine", "one_stop（一站式）、emergency（应急）或 routine（常规）"),
    "expert_id": ("expert key", "专家键"),
    "title_zh": ("title in Chinese", "标题或职称（中文）"),
    "title_en": ("title in English", "标题或职称（英文）"),
    "specialty_zh": ("specialty in Chinese", "专长（中文）"),
    "specialty_en": ("specialty in English", "专长（英文）"),
    "event_id": ("event key", "事件键"),
    "date": ("date of the event", "事件日期"),
    "qualification_delta": ("qualification items added (may be null)", "新增资质项目数（可为空）"),
}

_TYPES = {"string": "VARCHAR", "int64": "BIGINT", "date32[day]": "DATE", "bool": "BOOLEAN", "double": "DOUBLE"}


def describe(table: str, column: str, lang: str) -> str:
    pair = COLUMNS.get(f"{table}.{column}") or COLUMNS.get(column) or ("", "")
    return pair[0] if lang == "en" else pair[1]


def tables(lang: str) -> dict[str, str]:
    """Every view a query can read, with what one row is: the snapshot's and the `_history` one."""
    out = {}
    for table in (*TABLES, *EXTRA_TABLES):
        en, zh = TABLE_ROWS[table]
        out[table] = en if lang == "en" else zh
        out[f"{table}_history"] = (f"{en}, in every snapshot" if lang == "en" else f"{zh}（所有快照）")
    return out


def columns(table: str, lang: str) -> pd.DataFrame:
    """The view's columns: name, DuckDB type, description (a `_history` view has the same columns)."""
    base = table.removesuffix("_history")
    schema = SCHEMAS.get(base) or EXTRA_SCHEMAS[base]
    rows = [(f.name, _TYPES.get(str(f.type), str(f.type)), describe(base, f.name, lang)) for f in schema]
    rows.append(("snapshot", "DATE", describe(base, "snapshot", lang)))
    return pd.DataFrame(rows, columns=["column", "type", "description"])


@dataclass(frozen=True)
class SavedQuery:
    name: str
    description: str
    sql: str


def saved_queries(folder: Path = EXPLORE_DIR) -> list[SavedQuery]:
    """queries/explore/*.sql, each opening with a one-line `-- ` description."""
    out = []
    for path in sorted(folder.glob("*.sql")):
        sql = path.read_text(encoding="utf-8")
        first = sql.split("\n", 1)[0]
        out.append(SavedQuery(path.stem, first.removeprefix("--").strip(), sql))
    return out
