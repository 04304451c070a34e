"""Capability-table vocabulary per domain, parsed from vocab.py into leaf items.

A leaf is one row of a CMA capability table: a product under its product standard, or one parameter of a product
under one standard (and, where the table says so, one method of that standard or one measuring range, class or
inspection kind). Parameters belong to the products they are tested on, and each is listed under a standard that
actually covers it: JJG regulations under their instrument, GB 5009 methods under foods, HJ methods under their
matrix. Demo data, not an accreditation record.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import cache

from .vocab import DOMAIN_TEXT

# What a product's parameters are accredited for: measuring ranges, classes, inspection kinds.
VARIANTS: dict[str, list[tuple[str, str]]] = {
    "P": [("-0.1~0MPa", "-0.1-0 MPa"), ("0~1.6MPa", "0-1.6 MPa"), ("0~10MPa", "0-10 MPa"), ("0~60MPa", "0-60 MPa")],
    "WB": [("Ⅰ级", "class I"), ("Ⅱ级", "class II")],
    "WS": [("≤30kg", "≤30 kg"), ("30~300kg", "30-300 kg"), ("300kg~3t", "300 kg-3 t")],
    "WT": [("≤30t", "≤30 t"), ("30~100t", "30-100 t"), ("100~150t", "100-150 t")],
    "MW": [("E2等级", "class E2"), ("F1等级", "class F1"), ("F2等级", "class F2"), ("M1等级", "class M1")],
    "T": [("-40~100℃", "-40-100 °C"), ("100~300℃", "100-300 °C"), ("300~500℃", "300-500 °C")],
    "TH": [("0~600℃", "0-600 °C"), ("600~1000℃", "600-1000 °C"), ("1000~1300℃", "1000-1300 °C")],
    "E": [("0.2级", "class 0.2"), ("0.5级", "class 0.5"), ("1级", "class 1"), ("2级", "class 2")],
    "ET": [("0.05级", "class 0.05"), ("0.2S级", "class 0.2S"), ("0.5S级", "class 0.5S")],
    "Q": [("≤60L/min", "≤60 L/min"), ("60~130L/min", "60-130 L/min")],
    "QW": [("DN15~DN25", "DN15-DN25"), ("DN32~DN50", "DN32-DN50"), ("DN65~DN300", "DN65-DN300")],
    "V": [("≤10mL", "≤10 mL"), ("10~100mL", "10-100 mL"), ("100~2000mL", "100-2000 mL")],
    "L": [("0~150mm", "0-150 mm"), ("150~500mm", "150-500 mm"), ("500~1000mm", "500-1000 mm")],
    "GB": [("K级", "grade K"), ("0级", "grade 0"), ("1级", "grade 1"), ("2级", "grade 2")],
    "LT": [("≤5m", "≤5 m"), ("5~50m", "5-50 m")],
    "F": [("≤10kN", "≤10 kN"), ("10~300kN", "10-300 kN"), ("300~1000kN", "300-1000 kN"),
          ("1000~3000kN", "1000-3000 kN")],
    "HR": [("HRA", "HRA"), ("HRB", "HRB"), ("HRC", "HRC")],
    "TQ": [("≤100N·m", "≤100 N·m"), ("100~1000N·m", "100-1000 N·m")],
    "GC": [("FID检测器", "FID detector"), ("ECD检测器", "ECD detector"), ("TCD检测器", "TCD detector"),
           ("FPD检测器", "FPD detector")],
    "LC": [("紫外检测器", "UV detector"), ("荧光检测器", "fluorescence detector"),
           ("示差折光检测器", "refractive index detector")],
    "INSP": [("安装监督检验", "installation supervisory inspection"),
             ("改造和重大修理监督检验", "modification and major repair supervisory inspection"),
             ("定期检验", "periodic inspection")],
    "INSP2": [("监督检验", "supervisory inspection"), ("定期检验", "periodic inspection")],
    "BOIL": [("内部检验", "internal inspection"), ("外部检验", "external inspection")],
    "VES": [("年度检查", "annual check"), ("定期检验", "periodic inspection")],
    "PIPE": [("年度检查", "annual check"), ("定期检验", "periodic inspection")],
    "CR": [("安装监督检验", "installation supervisory inspection"), ("定期检验", "periodic inspection")],
    "SV": [("弹簧直接载荷式", "direct spring-loaded"), ("先导式", "pilot-operated")],
    "COMP": [("梁", "beams"), ("板", "slabs"), ("柱", "columns"), ("墙", "walls")],
    "COMP2": [("墙体", "walls"), ("独立砖柱", "piers")],
    "ROOM": [("Ⅰ类民用建筑", "class I buildings"), ("Ⅱ类民用建筑", "class II buildings")],
    "AG": [("Ⅰ类", "class I"), ("Ⅱ类", "class II"), ("Ⅲ类", "class III")],
    "WELD": [("闪光对焊", "flash butt welding"), ("电弧焊", "arc welding"), ("电渣压力焊", "electroslag pressure welding")],
    "WS2": [("出厂水", "treated water"), ("末梢水", "tap water")],
    "NZ": [("昼间", "daytime"), ("夜间", "night-time")],
    "CS": [("≤10mm²", "≤10 mm²"), ("16~240mm²", "16-240 mm²"), ("300~630mm²", "300-630 mm²")],
    "SEC": [("第二级", "level 2"), ("第三级", "level 3")],
    "MT": [("规格≤500mm", "size ≤500 mm"), ("规格500~1000mm", "size 500-1000 mm"), ("规格>1000mm", "size >1000 mm")],
    "DN": [("DN15~DN100", "DN15-DN100"), ("DN125~DN600", "DN125-DN600"), ("DN700~DN1200", "DN700-DN1200")],
    "HP": [("≤16MPa", "≤16 MPa"), ("16~31.5MPa", "16-31.5 MPa")],
    "GR": [("精度等级4~6级", "accuracy grades 4-6"), ("精度等级7~9级", "accuracy grades 7-9")],
    "FG": [("性能等级8.8级", "property class 8.8"), ("性能等级10.9级", "property class 10.9"),
           ("性能等级12.9级", "property class 12.9")],
    "FN": [("8级", "class 8"), ("10级", "class 10"), ("12级", "class 12")],
    "MP": [("≤7.5kW", "≤7.5 kW"), ("7.5~90kW", "7.5-90 kW"), ("90~355kW", "90-355 kW")],
    "STEEL": [("钢梁", "steel beams"), ("钢柱", "steel columns"), ("节点", "joints")],
    "CG": [("C30以下", "below C30"), ("C30~C60", "C30-C60"), ("C60以上", "above C60")],
    "SAMP": [("定点采样", "area sampling"), ("个体采样", "personal sampling")],
    "FND": [("灌注桩", "bored piles"), ("预制桩", "precast piles")],
}
METHODS = ["第一法", "第二法", "第三法", "第四法", "第五法"]


@dataclass(frozen=True)
class Leaf:
    family: str
    product: str  # product_zh: the unit an institution's capability table is built from
    scope_type: str  # "product" or "parameter"
    item_zh: str
    item_en: str
    standard_code: str

    def row(self) -> tuple[str, str, str, str]:
        return self.scope_type, self.item_zh, self.item_en, self.standard_code


def parse(block: str) -> list[list[str]]:
    return [line.split("|") for line in block.strip().splitlines() if line.strip()]


def _variants(token: str, product_set: str) -> tuple[str, list[tuple[str, str] | None]]:
    """A standard token -> (code, variants). `CODE#n`: the standard's n methods; otherwise the product's set."""
    code, _, n = token.partition("#")
    if n:
        return code, [(METHODS[i], f"method {i + 1}") for i in range(int(n))]
    return code, list(VARIANTS[product_set]) if product_set else [None]


@cache
def catalog(domain: str) -> tuple[Leaf, ...]:
    """Every distinct leaf a domain's capability table can hold, in table order (family, product, parameter)."""
    groups: dict[str, list[list[str]]] = {}
    out: list[Leaf] = []
    group = family = None
    fam_groups: list[str] = []
    for raw in DOMAIN_TEXT[domain].strip().splitlines():
        line = raw.strip()
        if not line:
            continue
        if line.startswith("# "):
            group, family = line[2:].strip(), None
            groups[group] = []
        elif line.startswith("@ "):
            family, _, _, gs = line[2:].split("|")
            fam_groups, group = gs.split(), None
        elif group:
            groups[group].append(line.split("|"))
        else:
            pzh, pen, pstd, *rest = line.split("|")
            only = rest[0].split() if rest and rest[0] else None
            vset = rest[1] if len(rest) > 1 else ""
            params = [p for g in fam_groups for p in groups[g]]
            if only:
                names = {p[0] for p in params}
                missing = [x for x in only if x not in names]
                assert not missing, (domain, pzh, missing)
                params = [p for p in params if p[0] in only]
            out.append(Leaf(family, pzh, "product", pzh, pen, pstd))
            for qzh, qen, stds in params:
                for token in stds.split(";"):
                    code, variants = _variants(token, vset)
                    code = pstd if code == "*" else code
                    for v in variants:
                        zh = f"{pzh} · {qzh}" + (f"({v[0]})" if v else "")
                        en = f"{pen} · {qen}" + (f" ({v[1]})" if v else "")
                        out.append(Leaf(family, pzh, "parameter", zh, en, code))
    seen, unique = set(), []
    for leaf in out:
        if (leaf.item_zh, leaf.standard_code) not in seen:
            seen.add((leaf.item_zh, leaf.standard_code))
            unique.append(leaf)
    return tuple(unique)


def leaves(domain: str) -> list[tuple[str, str, str, str]]:
    """(scope_type, item_zh, item_en, standard_code) for every distinct row a domain's capability table can hold."""
    return [leaf.row() for leaf in catalog(domain)]


def families(domain: str) -> list[str]:
    return list(dict.fromkeys(leaf.family for leaf in catalog(domain)))


def products(domain: str) -> list[tuple[str, str]]:
    """(family, product_zh) of a domain, in table order."""
    return list(dict.fromkeys((leaf.family, leaf.product) for leaf in catalog(domain)))


_YEAR = re.compile(r"[-—:]((?:19|20)\d\d)$|((?:19|20)\d\d)年版")


def standard_year(code: str) -> int | None:
    """The year a standard code carries (`GB 175-2007` -> 2007, `中国药典2020年版四部0512` -> 2020), if any."""
    m = _YEAR.search(code)
    return int(m.group(1) or m.group(2)) if m else None


# Items on a subject that did not exist before a date, whatever the standard's year.
NOT_BEFORE = {"新型冠状病毒": dt.date(2020, 2, 1)}


def in_force_from(leaf_zh: str, code: str) -> dt.date | None:
    """Earliest date an item can be accredited: 1 January after its standard's year (a standard is published,
    then takes effect months later), or when its subject first existed."""
    year = standard_year(code)
    day = dt.date(year + 1, 1, 1) if year else None
    for word, since in NOT_BEFORE.items():
        if word in leaf_zh:
            day = max(day, since) if day else since
    return day


# The flowmeter centre's 1,052 items: metrological characteristics under each type's JJG verification regulation,
# by nominal size; type tests under its product standard, where it has one.
FLOWMETER_TYPES = """
电磁流量计|Electromagnetic flowmeter|JJG 1033-2007|JB/T 9248-2015
涡街流量计|Vortex flowmeter|JJG 1029-2007|JB/T 9249-2015
旋进旋涡流量计|Precession vortex flowmeter|JJG 1121-2015|
液体超声流量计|Liquid ultrasonic flowmeter|JJG 1030-2007|
气体超声流量计|Gas ultrasonic flowmeter|JJG 1030-2007|GB/T 18604-2014
液体涡轮流量计|Liquid turbine flowmeter|JJG 1037-2008|JB/T 9246-2016
气体涡轮流量计|Gas turbine flowmeter|JJG 1037-2008|GB/T 21391-2008
科里奥利质量流量计|Coriolis mass flowmeter|JJG 1038-2008|GB/T 31130-2014
热式气体质量流量计|Thermal gas mass flowmeter|JJG 1132-2017|
差压式流量计|Differential pressure flowmeter|JJG 640-2016|GB/T 2624.2-2006
V锥流量计|V-cone flowmeter|JJG 640-2016|
金属管浮子流量计|Metal-tube variable-area flowmeter|JJG 257-2007|JB/T 6844-2015
玻璃管浮子流量计|Glass-tube variable-area flowmeter|JJG 257-2007|
液体容积式流量计|Liquid positive-displacement flowmeter|JJG 667-2010|
腰轮流量计|Roots flowmeter|JJG 633-2005|
冷水水表|Cold water meter|JJG 162-2019|GB/T 778.1-2018
膜式燃气表|Diaphragm gas meter|JJG 577-2012|GB/T 6968-2019
超声波热量表|Ultrasonic heat meter|JJG 225-2001|GB/T 32224-2020
明渠堰槽流量计|Open-channel weir flowmeter|JJG 711-1990|
"""

FLOWMETER_METROLOGICAL = """
基本误差|Basic error
示值误差|Indication error
重复性|Repeatability
线性度|Linearity
零点稳定性|Zero stability
始动流量|Starting flow rate
流量范围|Flow range
累积流量示值误差|Totalised flow error
密封性|Tightness
绝缘电阻|Insulation resistance
绝缘强度|Dielectric strength
脉冲当量|Pulse equivalent
"""

FLOWMETER_TYPE_TESTS = """
外观|Appearance
输出信号|Output signal
压力损失|Pressure loss
耐压强度|Pressure strength
温度影响|Temperature influence
供电电压影响|Supply voltage influence
电磁兼容性|Electromagnetic compatibility
防护等级|Ingress protection
振动试验|Vibration test
低温试验|Low-temperature test
高温试验|High-temperature test
湿热试验|Damp heat test
运输试验|Transport test
防爆性能|Explosion protection
长期稳定性|Long-term stability
安装条件影响|Installation effect
"""

FLOWMETER_SIZES = [("DN15~DN50", "DN15-DN50"), ("DN65~DN150", "DN65-DN150"), ("DN200~DN500", "DN200-DN500"),
                   ("DN600~DN2000", "DN600-DN2000")]


def flowmeter_leaves() -> list[tuple[str, str, str, str]]:
    rows = []
    metro, tests = parse(FLOWMETER_METROLOGICAL), parse(FLOWMETER_TYPE_TESTS)
    for fzh, fen, reg, std in parse(FLOWMETER_TYPES):
        rows.append(("product", fzh, fen, reg))
        for qzh, qen in metro:
            for szh, sen in FLOWMETER_SIZES:
                rows.append(("parameter", f"{fzh} · {qzh}({szh})", f"{fen} · {qen} ({sen})", reg))
        if std:
            rows.append(("product", fzh, fen, std))
            for qzh, qen in tests:
                rows.append(("parameter", f"{fzh} · {qzh}", f"{fen} · {qen}", std))
    return rows
