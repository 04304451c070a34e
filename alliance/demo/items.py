"""Capability-table vocabulary per domain: products (with their product standard) and parameters (with method
standards). A leaf item is a product under its standard, or a product's parameter under one method standard,
as rows of a CMA capability table are. Standard codes are real-looking; demo data, not an accreditation record.
"""
from __future__ import annotations

# domain -> (products "zh|en|standard", parameters "zh|en|std;std")
CATALOG: dict[str, tuple[str, str]] = {
    "metrology": ("""
压力表|Pressure gauge|JJG 52-2013
数字压力计|Digital pressure gauge|JJG 875-2019
电子天平|Electronic balance|JJG 1036-2008
非自动秤|Non-automatic weighing instrument|JJG 539-2016
电子汽车衡|Electronic truck scale|JJG 539-2016
加油机|Fuel dispenser|JJG 443-2015
电能表|Electricity meter|JJG 596-2012
水表|Water meter|JJG 162-2019
燃气表|Gas meter|JJG 577-2012
热量表|Heat meter|JJG 225-2001
玻璃液体温度计|Liquid-in-glass thermometer|JJG 130-2011
医用红外体温计|Medical infrared thermometer|JJG 1164-2019
移液器|Pipette|JJG 646-2006
离心机|Centrifuge|JJF 1598-2016
pH计|pH meter|JJG 119-2018
分光光度计|Spectrophotometer|JJG 178-2007
血压计|Sphygmomanometer|JJG 270-2008
出租汽车计价器|Taximeter|JJG 517-2016
""", """
示值误差|Indication error|JJF 1059.1-2012;JJG 52-2013
回程误差|Hysteresis error|JJG 52-2013
重复性|Repeatability|JJF 1033-2016;JJF 1059.1-2012
稳定性|Stability|JJF 1033-2016
零点漂移|Zero drift|JJG 875-2019
偏载误差|Eccentric load error|JJG 539-2016
鉴别力|Discrimination|JJG 539-2016
绝缘电阻|Insulation resistance|GB/T 4793.1-2007
密封性|Tightness|JJG 443-2015
外观检查|Visual inspection|JJF 1001-2011
温度均匀度|Temperature uniformity|JJF 1101-2019
转速|Rotational speed|JJF 1598-2016
"""),
    "special_equipment": ("""
曳引驱动乘客电梯|Traction passenger lift|TSG T7001-2009
杂物电梯|Service lift|TSG T7006-2012
自动扶梯|Escalator|TSG T7005-2012
工业锅炉|Industrial boiler|TSG 11-2020
固定式压力容器|Stationary pressure vessel|TSG 21-2016
气瓶|Gas cylinder|TSG 23-2021
压力管道|Pressure piping|TSG D7006-2020
桥式起重机|Overhead crane|TSG Q7015-2016
门式起重机|Gantry crane|TSG Q7015-2016
场(厂)内专用机动车辆|Factory motor vehicle|TSG N0001-2017
客运索道|Passenger ropeway|TSG S7001-2013
大型游乐设施|Large amusement device|TSG 71-2023
安全阀|Safety valve|TSG ZF001-2006
""", """
定期检验|Periodic inspection|TSG T7001-2009;TSG 21-2016
监督检验|Supervisory inspection|TSG T7001-2009;TSG 11-2020
超声检测|Ultrasonic testing|NB/T 47013.3-2015
射线检测|Radiographic testing|NB/T 47013.2-2015
磁粉检测|Magnetic particle testing|NB/T 47013.4-2015
渗透检测|Penetrant testing|NB/T 47013.5-2015
壁厚测定|Wall thickness measurement|GB/T 11344-2021
限速器动作速度校验|Overspeed governor tripping speed check|TSG T7001-2009
制动器性能|Brake performance|GB/T 10059-2009
耐压试验|Pressure test|TSG 21-2016
安全保护装置|Safety protection devices|GB 7588.1-2020
"""),
    "construction": ("""
混凝土结构|Concrete structure|GB 50204-2015
砌体结构|Masonry structure|GB 50203-2011
钢结构|Steel structure|GB 50205-2020
地基基础|Foundation|GB 50202-2018
建筑节能工程|Building energy-efficiency works|GB 50411-2019
室内环境|Indoor environment|GB 50325-2020
建筑幕墙|Curtain wall|GB/T 21086-2007
防水工程|Waterproofing works|GB 50208-2011
""", """
回弹法检测混凝土抗压强度|Concrete compressive strength by rebound|JGJ/T 23-2011
钻芯法检测混凝土强度|Concrete strength by core drilling|JGJ/T 384-2016
钢筋保护层厚度|Rebar cover thickness|GB 50204-2015;JGJ/T 152-2019
单桩竖向抗压静载试验|Single pile vertical static load test|JGJ 106-2014
低应变法桩身完整性|Pile integrity by low-strain method|JGJ 106-2014
高强度螺栓连接副扭矩系数|Torque coefficient of high-strength bolts|GB 50205-2020
甲醛浓度|Formaldehyde concentration|GB 50325-2020
氡浓度|Radon concentration|GB 50325-2020
外墙节能构造钻芯检验|Exterior wall insulation core test|GB 50411-2019
淋水试验|Water spray test|GB 50208-2011
"""),
    "building_materials": ("""
通用硅酸盐水泥|Common Portland cement|GB 175-2023
镁碳砖|Magnesia-carbon brick|GB/T 22589-2008
烧结普通砖|Fired common brick|GB/T 5101-2017
蒸压加气混凝土砌块|Autoclaved aerated concrete block|GB/T 11968-2020
钢筋混凝土用热轧带肋钢筋|Hot-rolled ribbed bars|GB/T 1499.2-2018
建筑用砂|Sand for construction|GB/T 14684-2022
建设用卵石、碎石|Pebble and crushed stone|GB/T 14685-2022
弹性体改性沥青防水卷材|SBS modified bitumen waterproof sheet|GB 18242-2008
陶瓷砖|Ceramic tiles|GB/T 4100-2015
绝热用模塑聚苯乙烯泡沫塑料|Moulded polystyrene insulation board|GB/T 10801.1-2021
混凝土外加剂|Concrete admixtures|GB 8076-2008
""", """
显气孔率|Apparent porosity|GB/T 2997-2015
体积密度|Bulk density|GB/T 2997-2015
常温耐压强度|Cold crushing strength|GB/T 5072-2008
抗压强度|Compressive strength|GB/T 17671-2021;GB/T 2542-2012
抗折强度|Flexural strength|GB/T 17671-2021
凝结时间|Setting time|GB/T 1346-2011
安定性|Soundness|GB/T 1346-2011
细度|Fineness|GB/T 1345-2005
屈服强度|Yield strength|GB/T 28900-2022;GB/T 228.1-2021
断后伸长率|Elongation after fracture|GB/T 228.1-2021
含泥量|Clay content|GB/T 14684-2022
吸水率|Water absorption|GB/T 3810.3-2016
不透水性|Watertightness|GB/T 328.10-2007
导热系数|Thermal conductivity|GB/T 10294-2008
"""),
    "environment": ("""
环境空气|Ambient air|HJ 663-2013
固定污染源废气|Stationary source exhaust gas|HJ/T 397-2007
土壤|Soil|HJ/T 166-2004
地表水|Surface water|HJ/T 91-2002
污水|Wastewater|HJ 91.1-2019
噪声|Noise|GB 3096-2008
工业企业厂界噪声|Industrial boundary noise|GB 12348-2008
""", """
二氧化硫|Sulfur dioxide|HJ 482-2009;HJ 57-2017
氮氧化物|Nitrogen oxides|HJ 479-2009;HJ 693-2014
颗粒物|Particulate matter|HJ 618-2011;GB/T 16157-1996
PM2.5|PM2.5|HJ 618-2011
挥发性有机物|Volatile organic compounds|HJ 644-2013;HJ 734-2014
化学需氧量|Chemical oxygen demand|HJ 828-2017
氨氮|Ammonia nitrogen|HJ 535-2009
总磷|Total phosphorus|GB/T 11893-1989
重金属(铅)|Heavy metals (lead)|HJ 491-2019;HJ 657-2013
石油类|Petroleum oil|HJ 637-2018
等效连续A声级|Equivalent continuous A-weighted sound level|GB 3096-2008;GB 12348-2008
苯并[a]芘|Benzo[a]pyrene|HJ 646-2013
"""),
    "water": ("""
生活饮用水|Drinking water|GB 5749-2022
二次供水|Secondary water supply|GB 17051-1997
地下水|Groundwater|GB/T 14848-2017
包装饮用水|Packaged drinking water|GB 19298-2014
游泳池水|Swimming pool water|GB 37488-2019
""", """
浑浊度|Turbidity|GB/T 5750.4-2023
色度|Colour|GB/T 5750.4-2023
pH值|pH|GB/T 5750.4-2023
总硬度|Total hardness|GB/T 5750.4-2023
菌落总数|Total plate count|GB/T 5750.12-2023
总大肠菌群|Total coliforms|GB/T 5750.12-2023
游离氯|Free chlorine|GB/T 5750.11-2023
硝酸盐氮|Nitrate nitrogen|GB/T 5750.5-2023
氟化物|Fluoride|GB/T 5750.5-2023
砷|Arsenic|GB/T 5750.6-2023
铅|Lead|GB/T 5750.6-2023
耗氧量|Oxygen consumption|GB/T 5750.7-2023
三氯甲烷|Trichloromethane|GB/T 5750.8-2023
溶解性总固体|Total dissolved solids|GB/T 5750.4-2023
"""),
    "food": ("""
大米|Rice|GB/T 1354-2018
小麦粉|Wheat flour|GB/T 1355-2021
食用植物油|Edible vegetable oil|GB 2716-2018
酱油|Soy sauce|GB 2717-2018
食醋|Vinegar|GB 2719-2018
白酒|Baijiu|GB/T 10781.1-2021
啤酒|Beer|GB/T 4927-2008
巴氏杀菌乳|Pasteurised milk|GB 19645-2010
熟肉制品|Cooked meat products|GB 2726-2016
饮料|Beverages|GB 7101-2022
糕点|Pastries|GB 7099-2015
速冻面米制品|Quick-frozen rice and flour products|GB 19295-2021
蜂蜜|Honey|GB 14963-2011
豆制品|Soy products|GB 2712-2014
糖果|Candy|GB 17399-2016
""", """
铅|Lead|GB 5009.12-2017
镉|Cadmium|GB 5009.15-2014
总砷|Total arsenic|GB 5009.11-2014
总汞|Total mercury|GB 5009.17-2021
菌落总数|Total plate count|GB 4789.2-2022
大肠菌群|Coliforms|GB 4789.3-2016
沙门氏菌|Salmonella|GB 4789.4-2016
金黄色葡萄球菌|Staphylococcus aureus|GB 4789.10-2016
水分|Moisture|GB 5009.3-2016
蛋白质|Protein|GB 5009.5-2016
脂肪|Fat|GB 5009.6-2016
黄曲霉毒素B1|Aflatoxin B1|GB 5009.22-2016
苯甲酸及其钠盐|Benzoic acid and its sodium salt|GB 5009.28-2016
山梨酸及其钾盐|Sorbic acid and its potassium salt|GB 5009.28-2016
二氧化硫残留量|Sulfur dioxide residue|GB 5009.34-2022
亚硝酸盐|Nitrite|GB 5009.33-2016
过氧化值|Peroxide value|GB 5009.227-2023
酸价|Acid value|GB 5009.229-2016
甜蜜素|Sodium cyclamate|GB 5009.97-2023
合成着色剂|Synthetic colourants|GB 5009.35-2023
"""),
    "agriculture": ("""
玉米|Maize|GB 1353-2018
大豆|Soybean|GB 1352-2023
稻谷|Paddy rice|GB 1350-2009
蔬菜|Vegetables|GB 2763-2021
水果|Fruit|GB 2763-2021
生猪|Live pigs|NY/T 3383-2020
鲜鸡蛋|Fresh eggs|GB 2749-2015
饲料|Feed|GB 13078-2017
肥料|Fertiliser|GB/T 15063-2020
""", """
容重|Test weight|GB/T 5498-2013
不完善粒|Imperfect kernels|GB/T 5494-2019
水分|Moisture|GB 5009.3-2016
有机磷类农药残留|Organophosphorus pesticide residues|NY/T 761-2008;GB 23200.113-2018
拟除虫菊酯类农药残留|Pyrethroid pesticide residues|NY/T 761-2008
毒死蜱|Chlorpyrifos|GB 23200.113-2018
克伦特罗|Clenbuterol|GB/T 22286-2008
莱克多巴胺|Ractopamine|GB/T 22286-2008
兽药残留(氟喹诺酮类)|Veterinary drug residues (fluoroquinolones)|GB 31658.17-2021
黄曲霉毒素B1|Aflatoxin B1|GB 5009.22-2016
玉米赤霉烯酮|Zearalenone|GB 5009.209-2016
呕吐毒素|Deoxynivalenol|GB 5009.111-2016
总氮|Total nitrogen|GB/T 8572-2010
"""),
    "motor_vehicle": ("""
在用汽车|Vehicles in use|GB 38900-2020
营运货车|Commercial goods vehicle|GB 18565-2016
汽油车|Petrol vehicle|GB 18285-2018
柴油车|Diesel vehicle|GB 3847-2018
专用作业车|Special-purpose vehicle|GB 7258-2017
挂车|Trailer|GB 7258-2017
""", """
制动性能|Braking performance|GB 38900-2020;GB 7258-2017
前照灯发光强度|Headlamp luminous intensity|GB 38900-2020
侧滑量|Side-slip|GB 38900-2020
车速表示值误差|Speedometer error|GB 38900-2020
排气污染物(双怠速法)|Exhaust pollutants (two-speed idle)|GB 18285-2018
排气污染物(简易瞬态工况法)|Exhaust pollutants (simplified transient)|GB 18285-2018
烟度(加载减速法)|Smoke opacity (lug-down)|GB 3847-2018
外廓尺寸|Overall dimensions|GB 1589-2016;GB 21861-2014
整备质量|Kerb mass|GB 21861-2014
"""),
    "electrical": ("""
家用和类似用途电器|Household appliances|GB 4706.1-2005
电线电缆|Wires and cables|GB/T 5023.1-2008
低压成套开关设备|Low-voltage switchgear assemblies|GB/T 7251.1-2023
照明电器|Luminaires|GB 7000.1-2015
信息技术设备|Information technology equipment|GB 4943.1-2022
插头插座|Plugs and socket-outlets|GB/T 2099.1-2021
防爆电气设备|Explosion-proof electrical equipment|GB/T 3836.1-2021
电动工具|Electric tools|GB/T 3883.1-2014
软件产品|Software products|GB/T 25000.51-2016
""", """
电气强度|Electric strength|GB 4706.1-2005;GB/T 3048.13-2007
泄漏电流|Leakage current|GB 4706.1-2005
接地电阻|Earth resistance|GB 4706.1-2005
温升|Temperature rise|GB/T 7251.1-2023;GB 7000.1-2015
导体电阻|Conductor resistance|GB/T 3048.4-2007
绝缘厚度|Insulation thickness|GB/T 2951.11-2008
辐射骚扰|Radiated disturbance|GB/T 9254.1-2021
传导骚扰|Conducted disturbance|GB/T 9254.1-2021;GB 4343.1-2018
静电放电抗扰度|ESD immunity|GB/T 17626.2-2018
耐燃|Resistance to fire|GB/T 5169.11-2017
功能性|Functional suitability|GB/T 25000.51-2016
"""),
    "machinery": ("""
金属切削机床|Metal-cutting machine tools|GB/T 9061-2006
数控机床|CNC machine tools|GB/T 23570-2009
工业阀门|Industrial valves|GB/T 12224-2015
液压缸|Hydraulic cylinders|GB/T 15622-2023
液压泵|Hydraulic pumps|JB/T 7039-2006
滚动轴承|Rolling bearings|GB/T 307.1-2017
齿轮|Gears|GB/T 10095.1-2022
汽车制动软管|Automotive brake hoses|GB 16897-2022
汽车座椅|Automotive seats|GB 15083-2019
离心泵|Centrifugal pumps|GB/T 3216-2016
风机|Fans|GB/T 1236-2017
紧固件|Fasteners|GB/T 3098.1-2010
""", """
几何精度|Geometric accuracy|GB/T 17421.1-2023
定位精度|Positioning accuracy|GB/T 17421.2-2023
壳体试验|Shell test|GB/T 13927-2022
密封试验|Seat tightness test|GB/T 13927-2022
耐压试验|Pressure test|GB/T 15622-2023
内泄漏|Internal leakage|GB/T 15622-2023
振动|Vibration|GB/T 24607-2023
噪声|Noise|GB/T 16769-2008
硬度|Hardness|GB/T 230.1-2018;GB/T 231.1-2018
拉伸性能|Tensile properties|GB/T 228.1-2021
疲劳寿命|Fatigue life|GB/T 24607-2023
盐雾试验|Salt spray test|GB/T 10125-2021
"""),
    "chemical": ("""
车用汽油|Motor gasoline|GB 17930-2016
车用柴油|Automotive diesel|GB 19147-2016
润滑油|Lubricating oil|GB 11121-2006
液化石油气|Liquefied petroleum gas|GB 11174-2011
工业用对二甲苯|Industrial p-xylene|GB/T 3405-2011
工业用苯|Industrial benzene|GB/T 3405-2011
工业硫酸|Industrial sulfuric acid|GB/T 534-2014
涂料|Coatings|GB 18582-2020
胶粘剂|Adhesives|GB 33372-2020
塑料管材|Plastic pipes|GB/T 10002.1-2023
含氟精细化学品|Fluorinated fine chemicals|HG/T 3261-2013
""", """
馏程|Distillation range|GB/T 6536-2010
闪点|Flash point|GB/T 261-2021;GB/T 3536-2008
运动黏度|Kinematic viscosity|GB/T 265-1988
硫含量|Sulfur content|SH/T 0689-2000;GB/T 11140-2008
辛烷值|Octane number|GB/T 5487-2015
十六烷值|Cetane number|GB/T 386-2021
纯度|Purity|GB/T 3405-2011;SH/T 1486.1-2008
水分|Water content|GB/T 260-2016;GB/T 6283-2008
挥发性有机化合物含量|VOC content|GB/T 23985-2009
密度|Density|GB/T 1884-2000
"""),
    "metallurgy": ("""
碳素结构钢|Carbon structural steel|GB/T 700-2006
低合金高强度结构钢|High-strength low-alloy structural steel|GB/T 1591-2018
合金结构钢|Alloy structural steel|GB/T 3077-2015
冷轧钢板|Cold-rolled steel sheet|GB/T 708-2019
铁矿石|Iron ore|GB/T 6730.1-2016
菱镁矿|Magnesite|YB/T 5208-2016
焦炭|Coke|GB/T 1996-2017
煤炭|Coal|GB/T 15224.1-2018
铝及铝合金型材|Aluminium alloy extrusions|GB/T 6892-2023
钛及钛合金|Titanium and titanium alloys|GB/T 3620.1-2016
""", """
化学成分(碳硫)|Chemical composition (C, S)|GB/T 20123-2006
化学成分(光电发射光谱法)|Chemical composition (spark OES)|GB/T 4336-2016
屈服强度|Yield strength|GB/T 228.1-2021
冲击吸收能量|Impact energy|GB/T 229-2020
弯曲性能|Bending properties|GB/T 232-2010
金相组织|Microstructure|GB/T 13298-2015
非金属夹杂物|Non-metallic inclusions|GB/T 10561-2023
全铁含量|Total iron|GB/T 6730.65-2009
氧化镁含量|Magnesium oxide|GB/T 6730.13-2007
灰分|Ash|GB/T 212-2008
发热量|Calorific value|GB/T 213-2008
"""),
    "medical": ("""
医用口罩|Medical masks|YY 0469-2011
一次性使用无菌注射器|Single-use sterile syringes|GB 15810-2019
医用防护服|Medical protective clothing|GB 19082-2009
中药饮片|Chinese herbal pieces|中国药典2020年版
化学药品制剂|Chemical drug preparations|中国药典2020年版
医用电气设备|Medical electrical equipment|GB 9706.1-2020
消毒剂|Disinfectants|GB 27954-2020
""", """
细菌过滤效率|Bacterial filtration efficiency|YY 0469-2011
颗粒过滤效率|Particle filtration efficiency|YY 0469-2011
无菌|Sterility|GB/T 14233.2-2005
环氧乙烷残留量|Ethylene oxide residue|GB/T 14233.1-2022
含量测定(高效液相色谱法)|Assay (HPLC)|中国药典2020年版四部0512
溶出度|Dissolution|中国药典2020年版四部0931
重金属及有害元素|Heavy metals and harmful elements|中国药典2020年版四部2321
漏电流|Leakage current|GB 9706.1-2020
有效成分含量|Active ingredient content|GB/T 26366-2021
"""),
    "textile": ("""
针织服装|Knitted garments|FZ/T 73020-2019
机织服装|Woven garments|GB/T 2660-2017
婴幼儿及儿童纺织产品|Infant and children's textiles|GB 31701-2015
床上用品|Bedding|GB/T 22844-2009
羽绒服装|Down garments|GB/T 14272-2021
皮革|Leather|QB/T 1873-2010
鞋类|Footwear|QB/T 4331-2012
""", """
纤维含量|Fibre content|GB/T 2910.1-2009;FZ/T 01057.1-2007
甲醛含量|Formaldehyde content|GB/T 2912.1-2009
pH值|pH|GB/T 7573-2009
色牢度(耐摩擦)|Colour fastness to rubbing|GB/T 3920-2008
色牢度(耐水)|Colour fastness to water|GB/T 5713-2013
可分解致癌芳香胺染料|Banned azo dyes|GB/T 17592-2011
尺寸变化率|Dimensional change|GB/T 8628-2013
撕破强力|Tear strength|GB/T 3917.2-2009
含绒量|Down content|GB/T 14272-2021
"""),
    "health": ("""
公共场所|Public places|GB 37488-2019
消毒产品|Disinfection products|GB 27953-2020
医疗机构水污染物|Medical institution wastewater|GB 18466-2005
临床样本|Clinical specimens|WS/T 640-2018
""", """
新型冠状病毒核酸|SARS-CoV-2 nucleic acid|WS/T 640-2018
空气细菌总数|Airborne bacteria count|GB/T 18204.3-2013
二氧化碳|Carbon dioxide|GB/T 18204.2-2014
杀灭对数值|Log reduction|GB 27953-2020
粪大肠菌群|Faecal coliforms|HJ 347.2-2018
余氯|Residual chlorine|HJ 586-2010
"""),
}

# The flowmeter centre's 1,052 items: flowmeter types under JJG verification regulations and product standards.
FLOWMETER_TYPES = """
电磁流量计|Electromagnetic flowmeter|JJG 1033-2007;JB/T 9248-2015
涡街流量计|Vortex flowmeter|JJG 1029-2007;JB/T 9249-2015
旋进旋涡流量计|Precession vortex flowmeter|JJG 1121-2015
液体超声流量计|Liquid ultrasonic flowmeter|JJG 1030-2007
气体超声流量计|Gas ultrasonic flowmeter|JJG 1030-2007;GB/T 18604-2014
液体涡轮流量计|Liquid turbine flowmeter|JJG 1037-2008;JB/T 9246-2016
气体涡轮流量计|Gas turbine flowmeter|JJG 1037-2008;GB/T 21391-2022
科里奥利质量流量计|Coriolis mass flowmeter|JJG 1038-2008;GB/T 31130-2014
热式气体质量流量计|Thermal gas mass flowmeter|JJG 1132-2017
差压式流量计|Differential pressure flowmeter|JJG 640-2016;GB/T 2624.2-2006
V锥流量计|V-cone flowmeter|JJG 640-2016
金属管浮子流量计|Metal-tube variable-area flowmeter|JJG 257-2007;JB/T 6844-2015
玻璃管浮子流量计|Glass-tube variable-area flowmeter|JJG 257-2007
液体容积式流量计|Liquid positive-displacement flowmeter|JJG 667-2010
腰轮流量计|Roots flowmeter|JJG 633-2005
明渠堰槽流量计|Open-channel weir flowmeter|JJG 711-1990
冷水水表|Cold water meter|JJG 162-2019;GB/T 778.1-2018
膜式燃气表|Diaphragm gas meter|JJG 577-2012;GB/T 6968-2019
超声波热量表|Ultrasonic heat meter|JJG 225-2001;GB/T 32224-2020
"""

FLOWMETER_PARAMS = """
基本误差|Basic error
示值误差|Indication error
重复性|Repeatability
线性度|Linearity
零点稳定性|Zero stability
始动流量|Starting flow rate
流量范围|Flow range
密封性|Tightness
耐压强度|Pressure strength
绝缘电阻|Insulation resistance
绝缘强度|Dielectric strength
外观|Appearance
输出信号|Output signal
压力损失|Pressure loss
温度影响|Temperature influence
供电电压影响|Supply voltage influence
电磁兼容性|Electromagnetic compatibility
防护等级|Ingress protection
振动试验|Vibration test
低温试验|Low-temperature test
高温试验|High-temperature test
湿热试验|Damp heat test
运输试验|Transport test
脉冲当量|Pulse equivalent
累积流量示值误差|Totalised flow error
反向流量|Reverse flow
安装条件影响|Installation effect
长期稳定性|Long-term stability
流量计算器示值误差|Flow computer error
温度传感器配对误差|Temperature sensor pair error
防爆性能|Explosion protection
数据存储|Data storage
通讯功能|Communication function
口径尺寸|Nominal size
材质|Wetted material
"""


# Conditions a capability row is limited to (the "限制范围" of a CMA table): accuracy class, test kind, method.
VARIANTS: dict[str, list[tuple[str, str]]] = {
    "metrology": [("0.1级", "class 0.1"), ("0.2级", "class 0.2"), ("0.5级", "class 0.5"), ("1.0级", "class 1.0")],
    "special_equipment": [("首次检验", "initial"), ("定期检验", "periodic"), ("改造后检验", "after modification")],
    "construction": [("现场检测", "on site"), ("实验室检测", "in laboratory")],
    "building_materials": [("出厂检验", "factory test"), ("型式检验", "type test")],
    "environment": [("现场采样", "field sampling"), ("实验室分析", "laboratory analysis")],
    "water": [("出厂水", "treated water"), ("末梢水", "tap water"), ("水源水", "source water")],
    "food": [("第一法", "method 1"), ("第二法", "method 2")],
    "agriculture": [("第一法", "method 1"), ("第二法", "method 2")],
    "motor_vehicle": [("M类", "category M"), ("N类", "category N"), ("O类", "category O")],
    "electrical": [("型式试验", "type test"), ("例行试验", "routine test")],
    "machinery": [("型式试验", "type test"), ("出厂试验", "factory test")],
    "chemical": [("第一法", "method 1"), ("第二法", "method 2")],
    "metallurgy": [("板材", "plate"), ("棒材", "bar"), ("管材", "tube")],
    "medical": [("第一法", "method 1"), ("第二法", "method 2")],
    "textile": [("成人", "adult"), ("婴幼儿", "infant")],
    "health": [("现场", "on site"), ("实验室", "in laboratory")],
}


def parse(block: str) -> list[list[str]]:
    return [line.split("|") for line in block.strip().splitlines()]


def leaves(domain: str) -> list[tuple[str, str, str, str]]:
    """(scope_type, item_zh, item_en, standard_code) for every distinct row a domain's capability table can hold."""
    products_txt, params_txt = CATALOG[domain]
    products, params = parse(products_txt), parse(params_txt)
    rows = []
    for pzh, pen, pstd in products:
        rows.append(("product", pzh, pen, pstd))
        for qzh, qen, stds in params:
            # A parameter may be accredited under the product standard and under each method standard.
            for std in dict.fromkeys([pstd, *stds.split(";")]):
                for vzh, ven in VARIANTS[domain]:
                    rows.append(("parameter", f"{pzh} · {qzh}({vzh})", f"{pen} · {qen} ({ven})", std))
    return rows


def flowmeter_leaves() -> list[tuple[str, str, str, str]]:
    rows = []
    params = parse(FLOWMETER_PARAMS)
    for fzh, fen, stds in parse(FLOWMETER_TYPES):
        for std in stds.split(";"):
            rows.append(("product", fzh, fen, std))
            for qzh, qen in params:
                rows.append(("parameter", f"{fzh} · {qzh}", f"{fen} · {qen}", std))
    return rows
