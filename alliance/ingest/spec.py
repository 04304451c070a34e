"""What the two submission workbooks hold: sheets, columns, types, references and limits.

One table drives everything about a workbook: the template writer, the reader, the validator and the instructions
sheet. Column names are the contract's (shared/DATA_MODEL.md); the Chinese labels are what submitters see.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from ..schema import ENUMS, SCHEMAS

MAX_FILE_BYTES = 50 * 1024 * 1024
MAX_UNZIPPED_BYTES = 400 * 1024 * 1024  # a 50 MB workbook of plain cells unzips to ~300 MB at most
MAX_ZIP_RATIO = 200  # real xlsx parts compress 5–30×; a bomb compresses thousands of times
MAX_ROWS = 500_000
MAX_PROBLEMS_PER_FILE = 200

# Documented limits on text (characters); longer text is an error, never cut.
LIMIT_ID, LIMIT_CODE, LIMIT_NAME, LIMIT_TEXT = 64, 64, 200, 2000

INSTRUCTIONS_SHEET = "说明 (instructions)"
LISTS_SHEET = "代码表 (lists)"


@dataclass(frozen=True)
class Column:
    name: str
    zh: str
    kind: str = "text"  # text | id | code | int | float | date | month | bool
    required: bool = False
    enum: tuple[str, str] | None = None  # key into schema.ENUMS
    ref: str | None = None  # referenced table (its key column), ids or names accepted
    limit: int | None = None
    non_negative: bool = False

    @property
    def header(self) -> str:
        return f"{self.zh} ({self.name})"

    @property
    def max_len(self) -> int | None:
        if self.limit:
            return self.limit
        return {"id": LIMIT_ID, "code": LIMIT_CODE, "text": LIMIT_NAME}.get(self.kind)


@dataclass(frozen=True)
class Sheet:
    table: str
    zh: str
    columns: tuple[Column, ...]
    key: tuple[str, ...]
    # Columns whose blank cells get an id assigned on ingest (new rows a member adds).
    auto_id: str | None = None
    one_row: bool = False
    own: str | None = None  # the column that must name the submitting institution (member sheets)

    @property
    def name(self) -> str:
        return f"{self.zh} ({self.table})"

    @property
    def column_names(self) -> list[str]:
        return [c.name for c in self.columns]

    def column(self, name: str) -> Column:
        return next(c for c in self.columns if c.name == name)


def _id(name, zh, **kw):
    return Column(name, zh, "id", required=True, **kw)


def _ref(name, zh, table, required=True):
    return Column(name, zh, "id", required=required, ref=table)


def _enum(name, zh, table):
    return Column(name, zh, "id", required=True, enum=(table, name))


def _name(suffix_zh="名称"):
    return (Column("name_zh", f"{suffix_zh}(中文)", required=True), Column("name_en", f"{suffix_zh}(英文)"))


def _long(name, zh, required=False):
    return Column(name, zh, "text", required=required, limit=LIMIT_TEXT)


def _count(name, zh, required=True):
    return Column(name, zh, "int", required=required, non_negative=True)


AREAS = Sheet("areas", "地区", (
    _id("area_id", "地区代码"), *_name("地区名称"), _enum("kind", "类型", "areas"),
    Column("admin_code", "行政区划代码", "code"), _count("population", "常住人口(人)", False),
    _count("enterprises", "规上工业企业(家)", False), _count("gdp_cny", "地区生产总值(元)", False),
    Column("lon", "经度", "float", required=True), Column("lat", "纬度", "float", required=True),
), key=("area_id",))

DOMAINS = Sheet("domains", "检验检测领域", (
    _id("domain_id", "领域代码"), *_name("领域名称"), _ref("working_group_id", "所属工作组", "working_groups", False),
    Column("cma_field_code", "CMA领域代码", "code"),
), key=("domain_id",))

MEMBERSHIP = Sheet("institutions", "成员机构", (
    _id("institution_id", "机构代码"), *_name("机构名称"), _ref("area_id", "所在地区", "areas"),
    _enum("ownership", "性质", "institutions"), Column("is_lead", "是否牵头单位", "bool", required=True),
    Column("joined_on", "加入日期", "date", required=True),
), key=("institution_id",))

WORKING_GROUPS = Sheet("working_groups", "职能工作组", (
    _id("working_group_id", "工作组代码"), *_name("工作组名称"),
    _ref("lead_institution_id", "牵头单位", "institutions"),
    Column("founded_on", "成立日期", "date", required=True),
), key=("working_group_id",))

WG_MEMBERS = Sheet("working_group_members", "工作组成员", (
    _ref("working_group_id", "工作组", "working_groups"), _ref("institution_id", "成员机构", "institutions"),
    _enum("role", "角色", "working_group_members"),
), key=("working_group_id", "institution_id"))

DEMAND = Sheet("demand", "检测需求", (
    _ref("area_id", "地区", "areas"), _ref("domain_id", "领域", "domains"), _count("enterprises", "有需求企业(家)"),
    _count("annual_demand_batches", "年需求(批次)"), _enum("method", "测算方法", "demand"),
), key=("area_id", "domain_id"))

EVENTS = Sheet("events", "大事记", (
    _id("event_id", "事件代码"), Column("date", "日期", "date", required=True), _enum("kind", "类型", "events"),
    Column("title_zh", "标题(中文)", required=True, limit=500), Column("title_en", "标题(英文)", limit=500),
    _ref("working_group_id", "相关工作组", "working_groups", False),
    _ref("institution_id", "相关机构", "institutions", False), _ref("area_id", "相关地区", "areas", False),
    Column("qualification_delta", "资质项目变化", "int"),
), key=("event_id",), auto_id="event_id")

PROFILE = Sheet("institutions", "机构概况", (
    _ref("institution_id", "机构代码", "institutions"), _count("assets_cny", "资产总额(元)"),
    _count("technical_staff", "专业技术人员"), _count("senior_staff", "高级职称人员"),
    Column("cma_certificate_no", "CMA证书编号", "code"),
    _long("featured_projects_zh", "特色项目(中文)", True), _long("featured_projects_en", "特色项目(英文)"),
    _long("advantage_resources_zh", "优势资源(中文)", True), _long("advantage_resources_en", "优势资源(英文)"),
    _long("service_directions_zh", "服务方向(中文)", True), _long("service_directions_en", "服务方向(英文)"),
), key=("institution_id",), one_row=True, own="institution_id")

LABS = Sheet("labs", "实验室", (
    _id("lab_id", "实验室代码"), _ref("institution_id", "依托机构", "institutions"), *_name("实验室名称"),
    _enum("level", "级别", "labs"), _ref("domain_id", "领域", "domains"),
    Column("recognized_on", "认定日期", "date", True),
), key=("lab_id",), auto_id="lab_id", own="institution_id")

QUALIFICATIONS = Sheet("qualifications", "资质项目", (
    _id("qualification_id", "资质项目代码"), _ref("institution_id", "机构", "institutions"),
    _ref("lab_id", "所属实验室", "labs", False), _ref("domain_id", "领域", "domains"),
    _enum("scope_type", "类别", "qualifications"), Column("item_zh", "项目/参数(中文)", required=True, limit=500),
    Column("item_en", "项目/参数(英文)", limit=500), Column("standard_code", "标准编号", "code", required=True),
    Column("accredited_on", "获证日期", "date", required=True),
), key=("qualification_id",), auto_id="qualification_id", own="institution_id")

CAPACITY = Sheet("capacity", "检测能力", (
    _ref("institution_id", "机构", "institutions"), _ref("domain_id", "领域", "domains"),
    _count("annual_capacity_batches", "年检测能力(批次)"),
), key=("institution_id", "domain_id"), own="institution_id")

SERVICES = Sheet("services", "服务记录", (
    _id("service_id", "服务记录代码"), _ref("provider_institution_id", "服务机构", "institutions"),
    _ref("client_area_id", "服务地区", "areas"), _ref("domain_id", "领域", "domains"),
    Column("month", "月份", "month", required=True), _count("batches", "批次"),
    _count("enterprises_served", "服务企业(家)"),
    _enum("channel", "服务渠道", "services"),
), key=("service_id",), auto_id="service_id", own="provider_institution_id")

EXPERTS = Sheet("experts", "专家", (
    _id("expert_id", "专家代码"), *_name("姓名"), _ref("institution_id", "所在机构", "institutions"),
    _ref("domain_id", "专业领域", "domains"), Column("title_zh", "职称(中文)", required=True),
    Column("title_en", "职称(英文)"), Column("specialty_zh", "专长(中文)", required=True),
    Column("specialty_en", "专长(英文)"), Column("joined_on", "入库日期", "date", required=True),
), key=("expert_id",), auto_id="expert_id", own="institution_id")


@dataclass(frozen=True)
class Kind:
    kind: str
    sheets: tuple[Sheet, ...] = field(default_factory=tuple)

    def sheet(self, table: str) -> Sheet:
        return next(s for s in self.sheets if s.table == table)


SECRETARIAT = Kind("secretariat", (AREAS, DOMAINS, MEMBERSHIP, WORKING_GROUPS, WG_MEMBERS, DEMAND, EVENTS))
MEMBER = Kind("member", (PROFILE, LABS, QUALIFICATIONS, CAPACITY, SERVICES, EXPERTS))
KINDS = {k.kind: k for k in (SECRETARIAT, MEMBER)}

# Tables a member's workbook replaces, with the column naming the member; the rest belong to the secretariat.
MEMBER_TABLES = {s.table: s.own for s in MEMBER.sheets}
# The institutions table is split: the secretariat keeps membership, each member its own profile.
MEMBERSHIP_COLUMNS = MEMBERSHIP.column_names
PROFILE_COLUMNS = [c for c in PROFILE.column_names if c != "institution_id"]

REF_KEYS = {"areas": "area_id", "domains": "domain_id", "institutions": "institution_id",
            "working_groups": "working_group_id", "labs": "lab_id"}


def enum_values(col: Column) -> list[str]:
    return sorted(ENUMS[col.enum])


def _check_against_schema() -> None:
    """Every contract column is in exactly one sheet (the institutions table across two), so nothing is lost."""
    for kind in KINDS.values():
        for sheet in kind.sheets:
            unknown = set(sheet.column_names) - set(SCHEMAS[sheet.table].names)
            assert not unknown, (sheet.name, unknown)
    covered = {(s.table, c) for k in KINDS.values() for s in k.sheets for c in s.column_names}
    missing = {(t, c) for t, schema in SCHEMAS.items() for c in schema.names} - covered
    assert not missing, missing


_check_against_schema()
