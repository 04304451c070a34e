"""Reference facts the demo is shaped by: areas (public statistics, rounded), domains, working groups, members.

Area figures follow shared/DATA_MODEL.md ("Facts for a credible demo"); enterprise and GDP figures are
rounded orders of magnitude for shaping synthetic demand, not statistics to quote.
"""
from __future__ import annotations

# area_id, name_zh, name_en, kind, admin_code, residents (10k), industrial enterprises, GDP (100m CNY), lon, lat
AREAS = [
    ("shenyang", "沈阳", "Shenyang", "city", "210100", 911.8, 2600, 7250, 123.43, 41.80),
    ("anshan", "鞍山", "Anshan", "city", "210300", 328.2, 1100, 1890, 123.00, 41.11),
    ("fushun", "抚顺", "Fushun", "city", "210400", 181.9, 620, 930, 123.92, 41.88),
    ("benxi", "本溪", "Benxi", "city", "210500", 129.6, 420, 870, 123.77, 41.30),
    ("fuxin", "阜新", "Fuxin", "city", "210900", 161.9, 380, 570, 121.65, 42.01),
    ("liaoyang", "辽阳", "Liaoyang", "city", "211000", 157.7, 520, 890, 123.18, 41.27),
    ("tieling", "铁岭", "Tieling", "city", "211200", 232.9, 450, 710, 123.84, 42.29),
    ("shenfu", "沈抚改革创新示范区", "Shenfu Reform and Innovation Demonstration Zone", "demo_zone", None,
     None, 260, None, 123.66, 41.85),
]

# Industry weights per area and domain: how much more (or less) than average an area needs a domain.
INDUSTRY = {
    "shenyang": {"machinery": 1.8, "electrical": 1.5, "food": 1.2, "metrology": 1.3, "motor_vehicle": 1.4},
    "anshan": {"metallurgy": 2.6, "building_materials": 1.6, "machinery": 1.2, "textile": 1.3},
    "fushun": {"chemical": 2.4, "metallurgy": 1.5, "environment": 1.4},
    "benxi": {"metallurgy": 2.2, "medical": 2.0, "machinery": 1.2},
    "fuxin": {"agriculture": 2.2, "food": 1.6, "machinery": 1.3, "chemical": 1.4},
    "liaoyang": {"chemical": 2.2, "metallurgy": 1.4, "textile": 1.6},
    "tieling": {"agriculture": 2.4, "food": 1.8, "machinery": 1.5, "motor_vehicle": 1.3},
    "shenfu": {"electrical": 2.2, "medical": 1.8, "machinery": 1.5, "chemical": 1.2},
}

WORKING_GROUPS = [
    # id, zh, en, lead institution, founded_on
    ("metrology", "计量职能工作组", "Metrology Working Group", "sy_metrology", "2021-02-26"),
    ("special_equipment", "特种设备职能工作组", "Special Equipment Working Group", "sy_special", "2021-02-26"),
    ("product_quality", "产品质量职能工作组", "Product Quality Working Group", "sy_lead", "2021-02-26"),
    ("food_drug", "食品药品职能工作组", "Food and Drug Working Group", "sy_food", "2021-06-18"),
]

# domain_id, zh, en, working group, batches one technical staff member delivers a year,
# batches a year per 10k residents (population-driven need), share of enterprises needing it
DOMAINS = [
    ("metrology", "计量校准", "Metrology and calibration", "metrology", 1400, 95, 0.60),
    ("special_equipment", "特种设备", "Special equipment", "special_equipment", 380, 55, 0.35),
    ("construction", "建筑工程", "Construction engineering", None, 300, 40, 0.10),
    ("building_materials", "建筑材料", "Building materials", "product_quality", 320, 30, 0.12),
    ("environment", "环境监测", "Environmental monitoring", None, 240, 28, 0.30),
    ("water", "水质", "Water quality", None, 300, 22, 0.15),
    ("food", "食品", "Food", "food_drug", 280, 60, 0.14),
    ("agriculture", "农林牧渔", "Agriculture, forestry, livestock and fishery", "food_drug", 300, 30, 0.08),
    ("motor_vehicle", "机动车检验", "Motor vehicle inspection", None, 1800, 70, 0.05),
    ("electrical", "电子电器", "Electronic and electrical products", "product_quality", 220, 18, 0.16),
    ("machinery", "机械(含汽车)", "Machinery (incl. automotive)", "product_quality", 200, 22, 0.28),
    ("chemical", "化工", "Chemicals", "product_quality", 240, 16, 0.12),
    ("metallurgy", "采矿冶金/材料", "Mining, metallurgy and materials", "product_quality", 220, 14, 0.10),
    ("medical", "医疗器械与药品", "Medical devices and drugs", "food_drug", 180, 12, 0.05),
    ("textile", "纺织服装", "Textiles and apparel", "product_quality", 260, 10, 0.06),
    ("health", "卫生疾控", "Public health and disease control", None, 260, 20, 0.02),
]

# Institution kinds: zh suffix, en suffix, ownership, domains (first is the main one), size weight.
KINDS = {
    "pq": ("产品质量监督检验所", "Product Quality Supervision and Inspection Institute", "public_institution",
           ["machinery", "electrical", "building_materials", "chemical", "textile"], 2.2),
    "metrology": ("计量测试所", "Metrology Testing Institute", "public_institution", ["metrology"], 1.6),
    "special": ("特种设备监督检验所", "Special Equipment Supervision and Inspection Institute", "public_institution",
                ["special_equipment"], 1.8),
    "food": ("食品药品检验检测中心", "Food and Drug Inspection and Testing Center", "public_institution",
             ["food", "medical", "agriculture"], 1.4),
    "env": ("生态环境监测中心", "Ecological Environment Monitoring Center", "public_institution",
            ["environment", "water"], 1.2),
    "build": ("建设工程质量检测中心", "Construction Engineering Quality Testing Center", "public_institution",
              ["construction", "building_materials"], 1.1),
    "cdc": ("疾病预防控制中心", "Center for Disease Control and Prevention", "public_institution",
            ["health", "water", "food"], 1.0),
    "agri": ("农产品质量安全检测中心", "Agricultural Product Quality and Safety Testing Center", "public_institution",
             ["agriculture", "food"], 0.8),
    "vehicle": ("机动车检测有限公司", "Motor Vehicle Testing Co., Ltd.", "private_enterprise", ["motor_vehicle"], 0.5),
}

# institution_id, area, kind or None, zh name (None: area + kind), en name, ownership, domains, size, joined_on
# Named members of the report come first; the rest are synthetic but shaped like the region's sector.
INSTITUTIONS = [
    ("sy_lead", "shenyang", None, "沈阳市市场监管事务服务中心", "Shenyang Market Supervision Affairs Service Center",
     "public_institution", ["machinery", "electrical", "building_materials", "chemical", "textile", "food"], 6.0,
     "2021-01-15"),
    ("sy_metrology", "shenyang", None, "沈阳计量测试院", "Shenyang Metrology Testing Institute",
     "public_institution", ["metrology"], 4.5, "2021-01-15"),
    ("sy_special", "shenyang", None, "沈阳特种设备检测研究院", "Shenyang Special Equipment Testing and Research Institute",
     "public_institution", ["special_equipment"], 4.0, "2021-01-15"),
    ("sy_food", "shenyang", "food", None, None, None, None, 2.6, "2021-01-15"),
    ("sy_env", "shenyang", "env", None, None, None, None, 1.8, "2021-01-15"),
    ("sy_build", "shenyang", "build", None, None, None, None, 2.0, "2021-01-15"),
    ("sy_cdc", "shenyang", "cdc", None, None, None, None, 1.6, "2021-04-20"),
    ("sy_agri", "shenyang", "agri", None, None, None, None, 0.9, "2021-04-20"),
    ("sy_fiber", "shenyang", None, "沈阳市纤维检验所", "Shenyang Fiber Inspection Institute",
     "public_institution", ["textile"], 0.6, "2021-01-15"),
    ("sy_equip", "shenyang", None, "沈阳装备制造检测中心有限公司", "Shenyang Equipment Manufacturing Testing Center Co., Ltd.",
     "state_owned_enterprise", ["machinery", "metallurgy", "special_equipment"], 2.4, "2021-01-15"),
    ("sy_aero", "shenyang", None, "辽宁航空材料检测有限公司", "Liaoning Aviation Materials Testing Co., Ltd.",
     "state_owned_enterprise", ["metallurgy", "machinery"], 1.2, "2021-07-16"),
    ("sy_shengjing", "shenyang", None, "沈阳盛京检测技术有限公司", "Shenyang Shengjing Testing Technology Co., Ltd.",
     "private_enterprise", ["environment", "water", "food", "construction"], 1.0, "2021-07-16"),
    ("sy_hunnan", "shenyang", None, "沈阳浑南质检技术服务有限公司", "Shenyang Hunnan Quality Testing Services Co., Ltd.",
     "private_enterprise", ["electrical", "machinery"], 0.7, "2021-10-22"),
    ("sy_auto", "shenyang", None, "沈阳汽车零部件检测有限公司", "Shenyang Auto Parts Testing Co., Ltd.",
     "private_enterprise", ["machinery", "motor_vehicle"], 0.8, "2022-01-14"),
    ("sy_vehicle", "shenyang", "vehicle", None, None, None, None, 0.6, "2021-04-20"),
    ("sy_software", "shenyang", None, "沈阳软件产品测评中心", "Shenyang Software Product Evaluation Center",
     "public_institution", ["electrical"], 0.7, "2021-10-22"),

    ("as_pq", "anshan", "pq", None, None, None, ["metallurgy", "building_materials", "machinery", "textile"], 1.6,
     "2021-01-15"),
    ("as_metrology", "anshan", "metrology", None, None, None, None, 0.9, "2021-01-15"),
    ("as_special", "anshan", "special", None, None, None, None, 1.1, "2021-01-15"),
    ("as_food", "anshan", "food", None, None, None, ["food", "medical"], 0.9, "2021-04-20"),
    ("as_env", "anshan", "env", None, None, None, None, 0.7, "2021-04-20"),
    ("as_steel", "anshan", None, "鞍山钢铁材料检测中心有限公司", "Anshan Steel Materials Testing Center Co., Ltd.",
     "state_owned_enterprise", ["metallurgy", "chemical"], 2.0, "2021-01-15"),
    ("as_refractory", "anshan", None, "鞍山耐火材料检测有限公司", "Anshan Refractory Materials Testing Co., Ltd.",
     "private_enterprise", ["metallurgy", "building_materials"], 0.8, "2021-07-16"),
    ("as_build", "anshan", "build", None, None, None, None, 0.7, "2021-10-22"),

    ("fs_pq", "fushun", "pq", None, None, None, ["chemical", "machinery", "electrical"], 1.1, "2021-01-15"),
    ("fs_metrology", "fushun", "metrology", None, None, None, None, 0.7, "2021-01-15"),
    ("fs_special", "fushun", "special", None, None, None, None, 0.8, "2021-10-22"),
    ("fs_petro", "fushun", None, "抚顺石化产品检测中心有限公司", "Fushun Petrochemical Products Testing Center Co., Ltd.",
     "state_owned_enterprise", ["chemical", "environment"], 1.6, "2021-01-15"),
    ("fs_env", "fushun", "env", None, None, None, None, 0.6, "2021-04-20"),
    ("fs_food", "fushun", "food", None, None, None, ["food"], 0.5, "2021-07-16"),
    ("fs_coal", "fushun", None, "抚顺煤炭质量检测有限公司", "Fushun Coal Quality Testing Co., Ltd.",
     "private_enterprise", ["metallurgy"], 0.4, "2022-01-14"),

    ("bx_pq", "benxi", "pq", None, None, None, ["metallurgy", "machinery"], 0.9, "2021-01-15"),
    ("bx_metrology", "benxi", "metrology", None, None, None, None, 0.5, "2021-04-20"),
    ("bx_special", "benxi", "special", None, None, None, None, 0.6, "2021-04-20"),
    ("bx_steel", "benxi", None, "本溪钢铁产品检测有限公司", "Benxi Steel Products Testing Co., Ltd.",
     "state_owned_enterprise", ["metallurgy"], 1.3, "2021-01-15"),
    ("bx_pharma", "benxi", None, "本溪医药产品检验检测中心", "Benxi Pharmaceutical Products Inspection and Testing Center",
     "public_institution", ["medical", "food"], 0.9, "2021-07-16"),
    ("bx_env", "benxi", "env", None, None, None, ["environment"], 0.4, "2022-01-14"),

    ("fx_pq", "fuxin", "pq", None, None, None, ["machinery", "chemical", "food"], 0.8, "2021-01-15"),
    ("fx_metrology", "fuxin", "metrology", None, None, None, None, 0.4, "2021-04-20"),
    ("fx_special", "fuxin", "special", None, None, None, None, 0.6, "2021-10-22"),
    ("fx_agri", "fuxin", "agri", None, None, None, None, 0.7, "2021-01-15"),
    ("fx_hydraulic", "fuxin", None, "阜新液压件检测有限公司", "Fuxin Hydraulic Components Testing Co., Ltd.",
     "private_enterprise", ["machinery"], 0.4, "2021-10-22"),

    ("ly_pq", "liaoyang", "pq", None, None, None, ["chemical", "textile", "machinery"], 0.9, "2021-01-15"),
    ("ly_metrology", "liaoyang", "metrology", None, None, None, None, 0.5, "2021-04-20"),
    ("ly_special", "liaoyang", "special", None, None, None, None, 0.6, "2021-01-15"),
    ("ly_petro", "liaoyang", None, "辽阳石化分析检测中心有限公司", "Liaoyang Petrochemical Analysis and Testing Center Co., Ltd.",
     "state_owned_enterprise", ["chemical", "environment", "water"], 1.4, "2021-01-15"),
    ("ly_leather", "liaoyang", None, "辽阳皮革制品检测有限公司", "Liaoyang Leather Products Testing Co., Ltd.",
     "private_enterprise", ["textile"], 0.3, "2021-10-22"),
    ("ly_food", "liaoyang", "food", None, None, None, ["food"], 0.5, "2022-04-15"),

    ("tl_pq", "tieling", "pq", None, None, None, ["machinery", "electrical", "building_materials"], 0.9,
     "2021-01-15"),
    ("tl_metrology", "tieling", "metrology", None, None, None, None, 0.5, "2021-01-15"),
    ("tl_special", "tieling", "special", None, None, None, None, 0.6, "2021-04-20"),
    ("tl_valve", "tieling", None, "铁岭阀门产品检测中心", "Tieling Valve Products Testing Center",
     "public_institution", ["machinery", "special_equipment"], 1.0, "2021-01-15"),
    ("tl_agri", "tieling", "agri", None, None, None, ["agriculture"], 0.6, "2021-07-16"),
    ("tl_vehicle", "tieling", None, "铁岭专用车检测有限公司", "Tieling Special Vehicle Testing Co., Ltd.",
     "private_enterprise", ["motor_vehicle", "machinery"], 0.4, "2022-01-14"),

    ("sf_center", "shenfu", None, "沈抚示范区检验检测中心", "Shenfu Demonstration Zone Inspection and Testing Center",
     "public_institution", ["electrical", "machinery", "environment"], 1.0, "2021-01-15"),
    ("sf_materials", "shenfu", None, "沈抚新材料检测有限公司", "Shenfu New Materials Testing Co., Ltd.",
     "private_enterprise", ["metallurgy", "chemical"], 0.6, "2021-07-16"),
    ("sf_bio", "shenfu", None, "沈抚生物医药检测有限公司", "Shenfu Biomedicine Testing Co., Ltd.",
     "private_enterprise", ["medical"], 0.6, "2021-10-22"),
    ("sf_it", "shenfu", None, "沈抚信息技术测评中心", "Shenfu Information Technology Evaluation Center",
     "state_owned_enterprise", ["electrical"], 0.5, "2022-01-14"),
]

# Flowmeter centre: the report's one named capability (shared/DATA_MODEL.md, published figures).
FLOWMETER_LAB = ("lab_flowmeter", "sy_metrology", "辽宁省流量计产品质量检验中心",
                 "Liaoning Flowmeter Product Quality Inspection Center", "provincial", "metrology", "2022-05-20")

# lab_id, host, zh, en, level, domain, recognized_on. 4 national + 17 provincial + the flowmeter centre = 22.
LABS = [
    ("lab_n_machine_tool", "sy_equip", "国家机床质量检验检测中心(辽宁)", "National Machine Tool Quality Inspection and Testing Center (Liaoning)", "national", "machinery", "2016-09-12"),
    ("lab_n_magnesia", "as_pq", "国家镁质耐火材料质量检验检测中心(辽宁)", "National Magnesia Refractories Quality Inspection and Testing Center (Liaoning)", "national", "metallurgy", "2015-06-03"),
    ("lab_n_petro", "fs_petro", "国家石油化工产品质量检验检测中心(辽宁)", "National Petrochemical Products Quality Inspection and Testing Center (Liaoning)", "national", "chemical", "2014-11-20"),
    ("lab_n_valve", "tl_valve", "国家阀门产品质量检验检测中心(辽宁)", "National Valve Products Quality Inspection and Testing Center (Liaoning)", "national", "machinery", "2017-04-18"),
    ("lab_p_elevator", "sy_special", "辽宁省电梯质量检验中心", "Liaoning Elevator Quality Inspection Center", "provincial", "special_equipment", "2013-08-15"),
    ("lab_p_pressure", "sy_special", "辽宁省压力管道元件质量检验中心", "Liaoning Pressure Piping Components Quality Inspection Center", "provincial", "special_equipment", "2015-03-26"),
    ("lab_p_energy_meter", "sy_metrology", "辽宁省电能计量器具质量检验中心", "Liaoning Electricity Metering Instruments Quality Inspection Center", "provincial", "metrology", "2014-05-09"),
    ("lab_p_electrical", "sy_lead", "辽宁省电线电缆产品质量检验中心", "Liaoning Wire and Cable Products Quality Inspection Center", "provincial", "electrical", "2012-10-30"),
    ("lab_p_building", "sy_lead", "辽宁省建筑材料产品质量检验中心", "Liaoning Building Materials Products Quality Inspection Center", "provincial", "building_materials", "2016-07-21"),
    ("lab_p_food", "sy_food", "辽宁省食品安全检验检测重点实验室", "Liaoning Key Laboratory of Food Safety Testing", "provincial", "food", "2018-12-06"),
    ("lab_p_auto_parts", "sy_equip", "辽宁省汽车零部件质量检验中心", "Liaoning Auto Parts Quality Inspection Center", "provincial", "machinery", "2019-05-16"),
    ("lab_p_aero", "sy_aero", "辽宁省航空材料检测重点实验室", "Liaoning Key Laboratory of Aviation Materials Testing", "provincial", "metallurgy", "2020-09-10"),
    ("lab_p_steel", "as_steel", "辽宁省钢铁产品质量检验中心", "Liaoning Steel Products Quality Inspection Center", "provincial", "metallurgy", "2013-04-11"),
    ("lab_p_textile", "as_pq", "辽宁省纺织服装产品质量检验中心", "Liaoning Textile and Apparel Products Quality Inspection Center", "provincial", "textile", "2017-11-02"),
    ("lab_p_lubricant", "fs_petro", "辽宁省润滑油产品质量检验中心", "Liaoning Lubricant Products Quality Inspection Center", "provincial", "chemical", "2018-06-28"),
    ("lab_p_explosion", "fs_pq", "辽宁省防爆电气产品质量检验中心", "Liaoning Explosion-proof Electrical Products Quality Inspection Center", "provincial", "electrical", "2019-08-22"),
    ("lab_p_special_steel", "bx_steel", "辽宁省特殊钢产品质量检验中心", "Liaoning Special Steel Products Quality Inspection Center", "provincial", "metallurgy", "2016-03-17"),
    ("lab_p_pharma", "bx_pharma", "辽宁省中药材质量检验中心", "Liaoning Chinese Medicinal Materials Quality Inspection Center", "provincial", "medical", "2020-11-19"),
    ("lab_p_hydraulic", "fx_pq", "辽宁省液压元件产品质量检验中心", "Liaoning Hydraulic Components Quality Inspection Center", "provincial", "machinery", "2015-10-15"),
    ("lab_p_aromatics", "ly_petro", "辽宁省芳烃及化纤原料质量检验中心", "Liaoning Aromatics and Chemical Fibre Feedstock Quality Inspection Center", "provincial", "chemical", "2017-05-25"),
    ("lab_p_grain", "tl_agri", "辽宁省粮油产品质量检验中心", "Liaoning Grain and Oil Products Quality Inspection Center", "provincial", "agriculture", "2021-12-09"),
    ("lab_m_water", "sy_env", "沈阳市饮用水水质监测实验室", "Shenyang Drinking Water Quality Monitoring Laboratory", "municipal", "water", "2014-09-01"),
    ("lab_m_env_sy", "sy_env", "沈阳市大气环境监测实验室", "Shenyang Air Quality Monitoring Laboratory", "municipal", "environment", "2015-06-18"),
    ("lab_m_concrete", "sy_build", "沈阳市混凝土结构检测实验室", "Shenyang Concrete Structures Testing Laboratory", "municipal", "construction", "2017-02-23"),
    ("lab_m_cdc", "sy_cdc", "沈阳市病原微生物检测实验室", "Shenyang Pathogenic Microorganism Testing Laboratory", "municipal", "health", "2020-03-05"),
    ("lab_m_as_metrology", "as_metrology", "鞍山市衡器计量检测实验室", "Anshan Weighing Instruments Metrology Laboratory", "municipal", "metrology", "2016-08-12"),
    ("lab_m_as_food", "as_food", "鞍山市食品快检实验室", "Anshan Rapid Food Testing Laboratory", "municipal", "food", "2021-05-27"),
    ("lab_m_fs_env", "fs_env", "抚顺市土壤环境监测实验室", "Fushun Soil Environment Monitoring Laboratory", "municipal", "environment", "2019-04-11"),
    ("lab_m_bx_env", "bx_env", "本溪市水环境监测实验室", "Benxi Water Environment Monitoring Laboratory", "municipal", "environment", "2022-02-17"),
    ("lab_m_fx_agri", "fx_agri", "阜新市农产品农药残留检测实验室", "Fuxin Pesticide Residue Testing Laboratory", "municipal", "agriculture", "2018-07-19"),
    ("lab_m_ly_textile", "ly_pq", "辽阳市皮革纺织品检测实验室", "Liaoyang Leather and Textiles Testing Laboratory", "municipal", "textile", "2019-09-26"),
    ("lab_m_tl_valve", "tl_valve", "铁岭市阀门性能试验室", "Tieling Valve Performance Test Laboratory", "municipal", "machinery", "2018-10-11"),
    ("lab_m_sf_emc", "sf_center", "沈抚示范区电磁兼容实验室", "Shenfu EMC Laboratory", "municipal", "electrical", "2021-08-19"),
    ("lab_o_refractory", "as_refractory", "鞍山耐火材料企业技术中心实验室", "Anshan Refractories Enterprise Technology Center Laboratory", "other", "building_materials", "2019-01-17"),
    ("lab_o_hydraulic", "fx_hydraulic", "阜新液压件企业检测实验室", "Fuxin Hydraulic Components Enterprise Laboratory", "other", "machinery", "2020-06-04"),
    ("lab_o_bio", "sf_bio", "沈抚生物医药研发检测平台", "Shenfu Biomedicine R&D Testing Platform", "other", "medical", "2022-03-24"),
    ("lab_o_auto", "sy_auto", "沈阳汽车零部件耐久性试验室", "Shenyang Auto Parts Durability Test Laboratory", "other", "machinery", "2021-11-25"),
]
