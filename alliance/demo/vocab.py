"""Capability-table vocabulary, one block per domain (parsed by items.py).

A block holds parameter groups and product families:

    # group_key                              a parameter group; its lines are  name_zh|name_en|standards
    @ family_key|name_zh|name_en|groups      a product family using those groups; its lines are
                                             product_zh|product_en|product standard|[parameters]|[variant set]

Standards are separated by ";". "*" is the product's own standard; "CODE#3" is a method standard with three
methods (第一法…第三法); a product's variant set (items.VARIANTS) names what its parameters are accredited for
(measuring ranges, classes, inspection kinds). [parameters] lists the product's parameters by Chinese name; empty
means every parameter of the family. Products, parameters and standard codes follow real CMA capability tables;
this is demo vocabulary, not an accreditation record. No standard is dated after 2021: a standard dated Y is
taken to be in force from 1 January Y+1, so nothing is accredited under it before then.
"""
from __future__ import annotations

DOMAIN_TEXT: dict[str, str] = {
    "metrology": """
# m_pressure
示值误差|Indication error|*
回程误差|Hysteresis error|*
轻敲位移|Tapping displacement|*
指针偏转平稳性|Pointer steadiness|*
零位误差|Zero error|*
零位漂移|Zero drift|*
周期稳定性|Periodic stability|*
静压影响|Static pressure effect|*
绝缘电阻|Insulation resistance|*
绝缘强度|Dielectric strength|*
设定点偏差|Set-point deviation|*
切换差|Switching differential|*
重复性|Repeatability|*
有效面积|Effective area|*
活塞下降速度|Piston fall rate|*
禁油检查|Oil-free check|*
外观及通用技术要求|Appearance and general requirements|*
@ pressure|压力|Pressure|m_pressure
一般压力表|General pressure gauge|JJG 52-2013|示值误差 回程误差 轻敲位移 指针偏转平稳性 零位误差 外观及通用技术要求|P
精密压力表|Precision pressure gauge|JJG 49-2013|示值误差 回程误差 轻敲位移 指针偏转平稳性 零位误差 外观及通用技术要求|P
电接点压力表|Electric contact pressure gauge|JJG 52-2013|示值误差 回程误差 轻敲位移 设定点偏差 切换差 绝缘电阻 绝缘强度|P
压力真空表|Compound pressure-vacuum gauge|JJG 52-2013|示值误差 回程误差 轻敲位移 零位误差|P
氧气压力表|Oxygen pressure gauge|JJG 52-2013|示值误差 回程误差 轻敲位移 禁油检查|P
数字压力计|Digital pressure gauge|JJG 875-2019|示值误差 回程误差 零位漂移 周期稳定性 绝缘电阻|P
压力变送器|Pressure transmitter|JJG 882-2019|示值误差 回程误差 静压影响 绝缘电阻 绝缘强度|P
压力控制器|Pressure controller|JJG 544-2011|设定点偏差 切换差 重复性 绝缘电阻 绝缘强度|P
活塞式压力计|Piston gauge|JJG 59-2007|有效面积 活塞下降速度 示值误差|P
差压变送器|Differential pressure transmitter|JJG 882-2019|示值误差 回程误差 静压影响 绝缘电阻|P
数字压力表|Digital pressure indicator|JJG 875-2019|示值误差 回程误差 零位漂移 绝缘电阻|P
压力式六氟化硫气体密度控制器|SF6 gas density monitor|JJG 1073-2011|示值误差 设定点偏差 切换差 绝缘电阻|P
# m_mass
示值误差|Indication error|*
重复性|Repeatability|*
偏载误差|Eccentricity error|*
鉴别力|Discrimination|*
置零准确度|Zero-setting accuracy|*
除皮准确度|Tare accuracy|*
称量示值误差|Weighing error|*
累计示值误差|Totalisation error|*
零点稳定性|Zero stability|*
质量|Conventional mass|*
外观及通用技术要求|Appearance and general requirements|*
@ mass|质量|Mass and weighing|m_mass
电子天平|Electronic balance|JJG 1036-2008|示值误差 重复性 偏载误差 鉴别力 外观及通用技术要求|WB
机械天平|Mechanical balance|JJG 98-2019|示值误差 重复性 偏载误差|WB
电子计价秤|Electronic price-computing scale|JJG 539-2016|示值误差 重复性 偏载误差 鉴别力 置零准确度 除皮准确度|WS
电子台案秤|Electronic platform scale|JJG 539-2016|示值误差 重复性 偏载误差 鉴别力 置零准确度 除皮准确度|WS
电子汽车衡|Electronic truck scale|JJG 539-2016|示值误差 重复性 偏载误差 鉴别力 置零准确度|WT
电子吊秤|Electronic crane scale|JJG 539-2016|示值误差 重复性 鉴别力 置零准确度|WS
动态公路车辆自动衡器|Automatic weighing instrument for road vehicles in motion|JJG 907-2006|称量示值误差 零点稳定性 重复性|WT
电子皮带秤|Electronic belt weigher|JJG 195-2019|累计示值误差 零点稳定性 重复性|
重力式自动装料衡器|Gravimetric automatic filling instrument|JJG 564-2019|称量示值误差 置零准确度 重复性|
砝码|Weights|JJG 99-2006|质量 外观及通用技术要求|MW
电子静态轨道衡|Static electronic rail weighbridge|JJG 781-2019|示值误差 重复性 偏载误差 鉴别力|WT
电子分析天平|Electronic analytical balance|JJG 1036-2008|示值误差 重复性 偏载误差 鉴别力|WB
# m_temp
示值误差|Indication error|*
稳定性|Stability|*
重复性|Repeatability|*
热电动势|Thermoelectric EMF|*
允差|Tolerance|*
绝缘电阻|Insulation resistance|*
回差|Hysteresis|*
响应时间|Response time|*
温度均匀度|Temperature uniformity|*
温度波动度|Temperature fluctuation|*
湿度偏差|Humidity deviation|*
@ temperature|温度|Temperature|m_temp
玻璃液体温度计|Liquid-in-glass thermometer|JJG 130-2011|示值误差|T
工作用廉金属热电偶|Base-metal thermocouple|JJG 351-1996|热电动势 允差 绝缘电阻|TH
工业铂铜热电阻|Industrial platinum and copper resistance thermometer|JJG 229-2010|允差 稳定性 绝缘电阻|T
双金属温度计|Bimetallic thermometer|JJG 226-2001|示值误差 回差 重复性|T
压力式温度计|Pressure-type thermometer|JJG 310-2002|示值误差 回差 绝缘电阻|T
数字温度指示调节仪|Digital temperature indicator-controller|JJG 617-1996|示值误差 回差 绝缘电阻|T
温度变送器|Temperature transmitter|JJF 1183-2007|示值误差 回差 绝缘电阻|T
医用电子体温计|Medical electronic thermometer|JJG 1162-2019|示值误差 响应时间|
医用红外体温计|Medical infrared thermometer|JJG 1164-2019|示值误差 重复性|
环境试验设备|Environmental test chamber|JJF 1101-2019|示值误差 温度均匀度 温度波动度 湿度偏差|T
医用冷藏箱|Medical refrigerator|JJF 1101-2019|示值误差 温度均匀度 温度波动度|T
灭菌器温度|Steriliser temperature|JJF 1308-2011|示值误差 温度均匀度 温度波动度|T
恒温恒湿箱|Constant temperature and humidity chamber|JJF 1101-2019|示值误差 温度均匀度 温度波动度 湿度偏差|T
恒温槽|Thermostatic bath|JJF 1030-2010|温度均匀度 温度波动度|T
工作用辐射温度计|Radiation thermometer|JJG 856-2015|示值误差 稳定性 重复性|TH
温湿度计|Thermo-hygrometer|JJF 1076-2020|示值误差 重复性|
热电偶检定炉|Thermocouple calibration furnace|JJF 1184-2007|温度均匀度 温度波动度|TH
干体式温度校准器|Dry-block temperature calibrator|JJF 1257-2010|示值误差 温度均匀度 温度波动度|T
# m_elec
基本误差|Intrinsic error|*
起动试验|Starting test|*
潜动试验|Creep test|*
电能表常数试验|Meter constant test|*
日计时误差|Daily timekeeping error|*
比值差|Ratio error|*
相位差|Phase displacement|*
绝缘电阻|Insulation resistance|*
工频耐压试验|Power-frequency withstand test|*
示值误差|Indication error|*
输出电压|Output voltage|*
稳定度|Stability|*
泄漏电流示值误差|Leakage current error|*
击穿报警预置值误差|Breakdown alarm preset error|*
时间示值误差|Timer error|*
@ electrical|电学|Electrical quantities|m_elec
交流电能表|AC electricity meter|JJG 596-2012|基本误差 起动试验 潜动试验 电能表常数试验 日计时误差|E
电流互感器|Current transformer|JJG 313-2010|比值差 相位差 绝缘电阻 工频耐压试验|ET
电压互感器|Voltage transformer|JJG 314-2010|比值差 相位差 绝缘电阻 工频耐压试验|ET
电子式绝缘电阻表|Electronic insulation resistance meter|JJG 1005-2019|示值误差 输出电压 绝缘电阻|
接地电阻表|Earth resistance meter|JJG 366-2004|示值误差 绝缘电阻|
数字多用表|Digital multimeter|JJF 1587-2016|示值误差 稳定度|
电流表和电压表|Ammeters and voltmeters|JJG 124-2005|基本误差 绝缘电阻|E
耐电压测试仪|Withstand voltage tester|JJG 795-2016|示值误差 击穿报警预置值误差 时间示值误差|
泄漏电流测试仪|Leakage current tester|JJG 843-2007|泄漏电流示值误差 绝缘电阻|
交流电能表检定装置|Electricity meter test equipment|JJG 597-2005|基本误差 稳定度|E
直流电阻器|DC resistors|JJG 166-1993|基本误差 稳定度|E
直流电桥|DC bridges|JJG 125-2004|基本误差 绝缘电阻|E
电力互感器检定装置|Instrument transformer test set|JJG 169-2010|比值差 相位差|ET
数字存储示波器|Digital storage oscilloscope|JJF 1057-1998|示值误差|
电子式电能表(静止式)|Static electricity meter|JJG 596-2012|基本误差 起动试验 潜动试验 电能表常数试验 日计时误差|E
# m_volume
示值误差|Indication error|*
重复性|Repeatability|*
付费金额误差|Payment amount error|*
密封性|Tightness|*
容量示值误差|Capacity error|*
流出时间|Delivery time|*
总容量|Total capacity|*
@ volume|容量与加注|Volume and dispensing|m_volume
燃油加油机|Fuel dispenser|JJG 443-2015|示值误差 重复性 付费金额误差 密封性|Q
液化石油气加气机|LPG dispenser|JJG 997-2015|示值误差 重复性 密封性|Q
压缩天然气加气机|CNG dispenser|JJG 996-2012|示值误差 重复性 密封性|
水表|Water meter|JJG 162-2019|示值误差 密封性|QW
热量表|Heat meter|JJG 225-2001|示值误差 密封性|QW
常用玻璃量器|Laboratory glassware|JJG 196-2006|容量示值误差 流出时间|V
移液器|Pipette|JJG 646-2006|容量示值误差 重复性|V
立式金属罐|Vertical metal tank|JJG 168-2005|总容量|
卧式金属罐|Horizontal metal tank|JJG 266-2018|总容量|
汽车油罐车容量|Road tanker capacity|JJG 133-2005|总容量|
# m_length
示值误差|Indication error|*
测量面平面度|Flatness of measuring faces|*
测量面平行度|Parallelism of measuring faces|*
零值误差|Zero error|*
回程误差|Hysteresis error|*
示值变动性|Variation of indication|*
长度偏差|Length deviation|*
长度变动量|Variation in length|*
厚度偏差|Thickness deviation|*
测角误差|Angle measurement error|*
测距误差|Distance measurement error|*
视准轴误差|Collimation error|*
补偿误差|Compensator error|*
探测误差|Probing error|*
平面度|Flatness|*
@ length|几何量|Length and geometry|m_length
游标卡尺|Vernier caliper|JJG 30-2012|示值误差 测量面平面度 测量面平行度 零值误差|L
千分尺|Micrometer|JJG 21-2008|示值误差 测量面平面度 测量面平行度 零值误差|L
指示表|Dial indicator|JJG 34-2008|示值误差 回程误差 示值变动性|
量块|Gauge block|JJG 146-2011|长度偏差 长度变动量|GB
塞尺|Feeler gauge|JJG 62-2017|厚度偏差|
钢卷尺|Steel tape measure|JJG 4-2015|示值误差|LT
全站仪|Total station|JJG 100-2003|测角误差 测距误差 视准轴误差|
水准仪|Level|JJG 425-2003|视准轴误差 补偿误差|
坐标测量机|Coordinate measuring machine|JJF 1064-2010|示值误差 探测误差|L
高度卡尺|Height gauge|JJG 31-2011|示值误差 测量面平面度 零值误差|L
杠杆百分表|Lever dial indicator|JJG 34-2008|示值误差 回程误差 示值变动性|
内径表|Bore gauge|JJG 34-2008|示值误差 示值变动性|
光学经纬仪|Optical theodolite|JJG 414-2011|测角误差 视准轴误差|
激光测距仪|Laser distance meter|JJG 966-2010|测距误差|
平板|Surface plate|JJG 117-2013|平面度|
角度尺|Bevel protractor|JJG 33-2002|示值误差|
百分表检定仪|Dial indicator calibrator|JJG 201-2018|示值误差|
表面粗糙度比较样块|Surface roughness comparison specimens|JJG 102-1989|示值误差|
螺纹塞规|Thread plug gauge|JJF 1345-2012|示值误差|
直角尺|Square|JJG 7-2004|平面度 示值误差|L
# m_force
示值误差|Indication error|*
示值重复性|Repeatability of indication|*
零点相对误差|Relative zero error|*
回零|Return to zero|*
相对分辨力|Relative resolution|*
试验力误差|Test force error|*
冲击能量示值误差|Impact energy error|*
长期稳定度|Long-term stability|*
@ force|力学与硬度|Force and hardness|m_force
万能材料试验机|Universal testing machine|JJG 139-2014|示值误差 示值重复性 零点相对误差 回零 相对分辨力|F
洛氏硬度计|Rockwell hardness tester|JJG 112-2013|示值误差 示值重复性|HR
布氏硬度计|Brinell hardness tester|JJG 150-2005|示值误差 示值重复性 试验力误差|
维氏硬度计|Vickers hardness tester|JJG 151-2006|示值误差 示值重复性 试验力误差|
里氏硬度计|Leeb hardness tester|JJG 747-1999|示值误差 示值重复性|
扭矩扳子|Torque wrench|JJG 707-2014|示值误差 示值重复性|TQ
摆锤式冲击试验机|Pendulum impact tester|JJG 145-2007|冲击能量示值误差 回零|
标准测力仪|Force-proving instrument|JJG 144-2007|示值误差 示值重复性 长期稳定度|F
电子式万能试验机|Electronic universal testing machine|JJG 475-2008|示值误差 示值重复性 零点相对误差 回零 相对分辨力|F
压力试验机|Compression testing machine|JJG 139-2014|示值误差 示值重复性 零点相对误差 回零|F
引伸计|Extensometer|JJG 762-2007|示值误差 示值重复性|
# m_chem
示值误差|Indication error|*
重复性|Repeatability|*
电计示值误差|Meter indication error|*
波长示值误差|Wavelength error|*
波长重复性|Wavelength repeatability|*
透射比示值误差|Transmittance error|*
杂散光|Stray light|*
检出限|Detection limit|*
基线噪声|Baseline noise|*
基线漂移|Baseline drift|*
定量重复性|Quantitative repeatability|*
泵流量设定值误差|Pump flow setting error|*
响应时间|Response time|*
报警功能|Alarm function|*
稳定性|Stability|*
@ chemistry|物理化学|Physico-chemical instruments|m_chem
pH计|pH meter|JJG 119-2018|示值误差 重复性 电计示值误差|
电导率仪|Conductivity meter|JJG 376-2007|示值误差 重复性|
紫外可见分光光度计|UV-Vis spectrophotometer|JJG 178-2007|波长示值误差 波长重复性 透射比示值误差 杂散光|
原子吸收分光光度计|Atomic absorption spectrophotometer|JJG 694-2009|波长示值误差 检出限 重复性 稳定性|
气相色谱仪|Gas chromatograph|JJG 700-2016|基线噪声 基线漂移 检出限 定量重复性|GC
液相色谱仪|Liquid chromatograph|JJG 705-2014|泵流量设定值误差 基线噪声 基线漂移 检出限 定量重复性|LC
电感耦合等离子体原子发射光谱仪|ICP optical emission spectrometer|JJG 768-2005|波长示值误差 检出限 重复性 稳定性|
可燃气体检测报警器|Combustible gas detector|JJG 693-2011|示值误差 重复性 响应时间 报警功能|
一氧化碳检测报警器|Carbon monoxide detector|JJG 915-2008|示值误差 重复性 响应时间|
呼出气体酒精含量检测仪|Breath alcohol tester|JJG 657-2019|示值误差 重复性 响应时间|
烘干法水分测定仪|Moisture analyser (drying method)|JJG 658-2010|示值误差 重复性|
离子计|Ion meter|JJG 757-2018|示值误差 电计示值误差 重复性|
浊度计|Turbidimeter|JJG 880-2006|示值误差 重复性 稳定性|
化学需氧量(COD)测定仪|COD analyser|JJG 975-2002|示值误差 重复性 稳定性|
总有机碳分析仪|TOC analyser|JJG 821-2005|示值误差 重复性 检出限|
原子荧光光度计|Atomic fluorescence spectrometer|JJG 939-2009|检出限 重复性 稳定性|
电感耦合等离子体质谱仪|ICP mass spectrometer|JJF 1159-2006|检出限 重复性 稳定性|
# m_reference
重复性试验|Repeatability test|*
稳定性考核|Stability check|*
@ reference_standards|计量标准技术评价|Technical evaluation of measurement standards|m_reference
企业最高计量标准|Enterprise reference measurement standards|JJF 1033-2016||
# m_med
示值误差|Indication error|*
气密性|Air tightness|*
泄气速率|Deflation rate|*
静态压力重复性|Static pressure repeatability|*
电压测量误差|Voltage measurement error|*
幅频特性|Amplitude-frequency response|*
共模抑制比|Common-mode rejection ratio|*
心率示值误差|Heart rate error|*
流量示值误差|Flow rate error|*
阻塞报警压力|Occlusion alarm pressure|*
转速示值误差|Speed error|*
温度偏差|Temperature deviation|*
管电压示值误差|Tube voltage error|*
辐射输出重复性|Radiation output repeatability|*
加载时间示值误差|Exposure time error|*
@ medical_metrology|医学计量|Medical metrology|m_med
血压计和血压表|Sphygmomanometer|JJG 270-2008|示值误差 气密性 泄气速率|
无创自动测量血压计|Automated non-invasive sphygmomanometer|JJG 692-2010|示值误差 静态压力重复性 气密性|
心电图机|Electrocardiograph|JJG 1041-2008|电压测量误差 幅频特性 共模抑制比|
心电监护仪|ECG monitor|JJG 760-2003|电压测量误差 幅频特性 心率示值误差|
脑电图机|Electroencephalograph|JJG 954-2019|电压测量误差 幅频特性 共模抑制比|
医用超声源|Medical ultrasound source|JJG 639-1998|示值误差|
血液透析装置|Haemodialysis equipment|JJF 1353-2012|流量示值误差 温度偏差|
婴儿培养箱|Infant incubator|JJF 1260-2010|温度偏差 示值误差|
高频电刀|Electrosurgical unit|JJF 1217-2009|示值误差|
呼吸机|Ventilator|JJF 1234-2018|流量示值误差 示值误差|
医用激光源|Medical laser source|JJG 893-2007|示值误差|
医用注射泵和输液泵|Syringe and infusion pump|JJF 1259-2018|流量示值误差 阻塞报警压力|
医用离心机|Medical centrifuge|JJF 1598-2016|转速示值误差 温度偏差|
医用诊断X射线辐射源|Diagnostic X-ray source|JJG 744-2004|管电压示值误差 辐射输出重复性 加载时间示值误差|
# m_misc
计程误差|Distance error|*
计时误差|Time error|*
计费误差|Fare error|*
示值误差|Indication error|*
频率计权|Frequency weighting|*
时间计权|Time weighting|*
日差|Daily rate|*
非线性|Non-linearity|*
余弦特性|Cosine response|*
示值变动性|Variation of indication|*
测速误差|Speed measurement error|*
重复性|Repeatability|*
响应时间|Response time|*
零点漂移|Zero drift|*
发光强度示值误差|Luminous intensity error|*
光轴偏移量示值误差|Beam deviation error|*
频率响应|Frequency response|*
@ misc|时间、声学、光学与机动车计量|Time, acoustics, optics and vehicle metrology|m_misc
出租汽车计价器|Taximeter|JJG 517-2016|计程误差 计时误差 计费误差|
声级计|Sound level meter|JJG 188-2017|示值误差 频率计权 时间计权|
秒表|Stopwatch|JJG 237-2010|日差 计时误差|
照度计|Illuminance meter|JJG 245-2005|示值误差 非线性 余弦特性|
亮度计|Luminance meter|JJG 211-2005|示值误差 非线性|
紫外辐射照度计|UV irradiance meter|JJG 879-2015|示值误差 非线性|
色差计|Colorimeter|JJG 595-2002|示值误差 重复性|
光泽度计|Gloss meter|JJG 696-2015|示值误差 重复性|
转速表|Tachometer|JJG 105-2019|示值误差 示值变动性|
固定式机动车雷达测速仪|Fixed vehicle speed radar|JJG 527-2015|测速误差|
汽车排放气体测试仪|Vehicle exhaust gas analyser|JJG 688-2017|示值误差 重复性 响应时间|
滚筒反力式制动检验台|Roller brake tester|JJG 906-2015|示值误差 重复性 零点漂移|
机动车前照灯检测仪|Headlamp tester|JJG 745-2016|发光强度示值误差 光轴偏移量示值误差|
工作测振仪|Vibration meter|JJG 676-2019|示值误差 频率响应|
声校准器|Sound calibrator|JJG 176-2005|示值误差 频率响应|
个人声暴露计|Personal sound exposure meter|JJG 778-2005|示值误差 频率计权|
机动车测速仪(移动式)|Mobile vehicle speed meter|JJG 527-2015|测速误差|
汽车侧滑检验台|Side-slip tester|JJG 908-2009|示值误差 零点漂移|
""",
    "special_equipment": """
# se_lift
技术资料|Technical documentation|*
机房及相关设备|Machine room and equipment|*
驱动主机|Driving machine|*
制动器|Brake|*
控制柜|Controller cabinet|*
限速器|Overspeed governor|*
安全钳|Safety gear|*
缓冲器|Buffers|*
井道及底坑|Well and pit|*
轿厢与对重|Car and counterweight|*
悬挂装置及曳引钢丝绳|Suspension and traction ropes|*
层门和轿门|Landing and car doors|*
门锁装置|Door locking devices|*
上行超速保护装置|Ascending car overspeed protection|*
轿厢意外移动保护装置|Unintended car movement protection|*
紧急报警装置|Emergency alarm device|*
平衡系数|Balance coefficient|*;GB/T 10059-2009
空载曳引力试验|Traction test with empty car|*;GB/T 10059-2009
限速器动作速度校验|Overspeed governor tripping speed check|*;GB/T 10059-2009
运行试验|Running test|*
导轨|Guide rails|*
对重(平衡重)|Counterweight|*
补偿装置|Compensation devices|*
电气安全装置|Electrical safety devices|*
紧急电动运行|Emergency electrical operation|*
停止装置|Stopping devices|*
检修运行|Inspection operation|*
层门自闭装置|Landing door self-closing device|*
轿厢超载保护|Car overload protection|*
应急照明|Emergency lighting|*
接地故障保护|Earth fault protection|*;GB/T 10059-2009
# se_escalator
技术资料|Technical documentation|*
驱动主机|Driving machine|*
工作制动器|Service brake|*
附加制动器|Auxiliary brake|*
梯级、踏板或胶带|Steps, pallets or belt|*
梳齿板|Comb plates|*
扶手带|Handrails|*
安全保护装置|Safety devices|*
制停距离|Stopping distance|*;GB 16899-2011
运行试验|Running test|*
@ lifts|电梯|Lifts|se_lift
曳引驱动乘客电梯|Traction-drive passenger lift|TSG T7001-2009||INSP
曳引驱动载货电梯|Traction-drive goods lift|TSG T7001-2009||INSP
强制驱动载货电梯|Positive-drive goods lift|TSG T7001-2009|技术资料 机房及相关设备 驱动主机 制动器 控制柜 安全钳 缓冲器 井道及底坑 轿厢与对重 层门和轿门 门锁装置 紧急报警装置 运行试验|INSP
消防员电梯|Firefighters lift|TSG T7001-2009||INSP
病床电梯|Bed lift|TSG T7001-2009||INSP
无机房电梯|Machine-room-less lift|TSG T7001-2009||INSP
防爆电梯|Explosion-protected lift|TSG T7003-2011||INSP
液压电梯|Hydraulic lift|TSG T7004-2012|技术资料 机房及相关设备 控制柜 限速器 安全钳 缓冲器 井道及底坑 轿厢与对重 层门和轿门 门锁装置 紧急报警装置 运行试验|INSP
杂物电梯|Service lift|TSG T7006-2012|技术资料 驱动主机 制动器 控制柜 井道及底坑 层门和轿门 门锁装置 运行试验|INSP
@ escalators|自动扶梯与自动人行道|Escalators and moving walks|se_escalator
自动扶梯|Escalator|TSG T7005-2012||INSP
自动人行道|Moving walk|TSG T7005-2012||INSP
# se_ndt
超声检测|Ultrasonic testing|NB/T 47013.3-2015
射线检测|Radiographic testing|NB/T 47013.2-2015
磁粉检测|Magnetic particle testing|NB/T 47013.4-2015
渗透检测|Penetrant testing|NB/T 47013.5-2015
衍射时差法超声检测|TOFD ultrasonic testing|NB/T 47013.10-2015
涡流检测|Eddy current testing|NB/T 47013.6-2015
声发射检测|Acoustic emission testing|NB/T 47013.9-2012
相控阵超声检测|Phased-array ultrasonic testing|NB/T 47013.15-2021
# se_boiler
技术资料审查|Documentation review|*
宏观检验|Visual inspection|*
壁厚测定|Wall thickness measurement|*;GB/T 11344-2008
安全附件及仪表|Safety accessories and instruments|*
水压试验|Hydrostatic test|*
锅水及给水水质|Boiler and feed water quality|GB/T 1576-2018
能效测试|Energy efficiency test|TSG G0003-2010;GB/T 10180-2017
燃烧设备及辅助设备|Combustion and auxiliary equipment|*
锅筒(锅壳)|Drum (shell)|*
集箱|Headers|*
受热面管子|Heating surface tubes|*
炉墙及保温|Furnace walls and insulation|*
给水系统|Feed water system|*
排污装置|Blowdown devices|*
保护装置及连锁|Protective interlocks|*
@ boilers|锅炉|Boilers|se_boiler se_ndt
承压蒸汽锅炉|Pressurised steam boiler|TSG G7002-2015||BOIL
承压热水锅炉|Pressurised hot-water boiler|TSG G7002-2015||BOIL
有机热载体锅炉|Organic heat-carrier boiler|TSG G7002-2015||BOIL
电站锅炉|Power-station boiler|TSG G7002-2015||BOIL
承压热水锅炉(燃气)|Gas-fired hot-water boiler|TSG G7002-2015||BOIL
生物质锅炉|Biomass boiler|TSG G7002-2015||BOIL
锅炉安装监督检验|Supervisory inspection of boiler installation|TSG G7001-2015|技术资料审查 宏观检验 壁厚测定 水压试验 安全附件及仪表 超声检测 射线检测|
# se_vessel
技术资料审查|Documentation review|*
宏观检验|Visual inspection|*
壁厚测定|Wall thickness measurement|*;GB/T 11344-2008
表面缺陷检测|Surface defect detection|*
材质分析|Material analysis|*
硬度检测|Hardness test|GB/T 17394.1-2014
金相检验|Metallographic examination|GB/T 13298-2015
耐压试验|Pressure test|*
泄漏试验|Leak test|*
安全附件及仪表|Safety accessories and instruments|*
结构检查|Structural examination|*
几何尺寸|Geometric dimensions|*
焊接接头埋藏缺陷检测|Embedded weld defect detection|*
@ vessels|压力容器|Pressure vessels|se_vessel se_ndt
固定式压力容器|Stationary pressure vessel|TSG 21-2016||VES
移动式压力容器|Mobile pressure vessel|TSG R0005-2011||VES
球形储罐|Spherical storage tank|TSG 21-2016||VES
换热压力容器|Heat-exchange pressure vessel|TSG 21-2016||VES
快开门式压力容器|Quick-opening pressure vessel|TSG 21-2016||VES
医用氧舱|Medical oxygen chamber|TSG 24-2015|技术资料审查 宏观检验 耐压试验 泄漏试验 安全附件及仪表|VES
# se_cyl
外观检查|External inspection|*
内部检查|Internal inspection|*
壁厚测定|Wall thickness measurement|*
水压试验|Hydrostatic test|*
气密性试验|Gas-tightness test|*
瓶阀检验|Valve inspection|*
音响检查|Hammer test|*
@ cylinders|气瓶|Gas cylinders|se_cyl
钢质无缝气瓶|Seamless steel gas cylinder|GB/T 13004-2016||
钢质焊接气瓶|Welded steel gas cylinder|GB/T 13075-2016||
液化石油气钢瓶|LPG steel cylinder|GB/T 8334-2011||
车用压缩天然气钢瓶|Vehicle CNG steel cylinder|GB/T 19533-2004||
溶解乙炔气瓶|Dissolved acetylene cylinder|GB/T 13076-2009|外观检查 内部检查 气密性试验 瓶阀检验|
# se_pipe
技术资料审查|Documentation review|*
宏观检验|Visual inspection|*
壁厚测定|Wall thickness measurement|*;GB/T 11344-2008
防腐层检测|Coating inspection|*;GB/T 19285-2014
阴极保护有效性|Cathodic protection effectiveness|*;GB/T 21246-2007
耐压试验|Pressure test|*
泄漏试验|Leak test|*
安全附件及仪表|Safety accessories and instruments|*
@ piping|压力管道|Pressure piping|se_pipe se_ndt
工业管道|Industrial piping|TSG D7005-2018||PIPE
公用管道|Public utility piping|TSG D7004-2010||PIPE
长输管道|Long-distance pipeline|TSG D7003-2010||PIPE
燃气管道|Gas distribution piping|TSG D7004-2010||PIPE
热力管道|Heat distribution piping|TSG D7004-2010||PIPE
# se_crane
技术资料|Technical documentation|*
作业环境及外观|Working environment and appearance|*
金属结构|Steel structure|*
吊钩与钢丝绳|Hooks and wire ropes|*
制动器|Brake|*
电气与控制系统|Electrical and control system|*
安全保护和防护装置|Safety and protective devices|*
空载试验|No-load test|*
额定载荷试验|Rated load test|*
静载试验|Static load test|*
动载试验|Dynamic load test|*
起升机构|Hoisting mechanism|*
运行机构|Travelling mechanism|*
回转机构|Slewing mechanism|*
变幅机构|Luffing mechanism|*
起重量限制器|Load limiter|*
起升高度限位器|Hoisting height limiter|*
防风防滑装置|Wind and anti-slip devices|*
司机室|Operator cab|*
接地电阻|Earth resistance|*
@ cranes|起重机械|Lifting appliances|se_crane
桥式起重机|Overhead travelling crane|TSG Q7015-2016||CR
门式起重机|Gantry crane|TSG Q7015-2016||CR
塔式起重机|Tower crane|TSG Q7015-2016||CR
流动式起重机|Mobile crane|TSG Q7015-2016||CR
门座式起重机|Portal crane|TSG Q7015-2016||CR
施工升降机|Builders' hoist|TSG Q7015-2016||CR
机械式停车设备|Mechanical parking system|TSG Q7015-2016|技术资料 作业环境及外观 金属结构 电气与控制系统 安全保护和防护装置 空载试验 额定载荷试验|CR
缆索式起重机|Cable crane|TSG Q7015-2016||CR
桅杆式起重机|Derrick crane|TSG Q7015-2016||CR
旋臂式起重机|Jib crane|TSG Q7015-2016||CR
升降机|Hoist|TSG Q7015-2016|技术资料 作业环境及外观 金属结构 吊钩与钢丝绳 制动器 电气与控制系统 安全保护和防护装置 空载试验 额定载荷试验|CR
# se_vehicle
整车检验|Whole-vehicle inspection|*
制动性能|Braking performance|*
转向系统|Steering system|*
货叉与起升系统|Forks and lifting system|*
安全保护装置|Safety devices|*
照明与信号装置|Lighting and signalling|*
@ factory_vehicles|场(厂)内专用机动车辆|Factory and site vehicles|se_vehicle
叉车|Forklift truck|TSG N0001-2017||INSP2
牵引车|Tow tractor|TSG N0001-2017|整车检验 制动性能 转向系统 安全保护装置 照明与信号装置|INSP2
观光车辆|Sightseeing vehicle|TSG N0001-2017|整车检验 制动性能 转向系统 安全保护装置 照明与信号装置|INSP2
观光列车|Sightseeing train|TSG N0001-2017|整车检验 制动性能 转向系统 安全保护装置 照明与信号装置|INSP2
# se_ride
技术资料|Technical documentation|*
结构与外观|Structure and appearance|*
安全装置|Safety devices|*
运行试验|Running test|*
乘客束缚装置|Passenger restraints|*
@ rides|大型游乐设施与客运索道|Amusement rides and ropeways|se_ride
观览车类游乐设施|Ferris-wheel type ride|GB 8408-2018||INSP2
滑行车类游乐设施|Roller-coaster type ride|GB 8408-2018||INSP2
客运架空索道|Aerial passenger ropeway|TSG S7001-2013|技术资料 结构与外观 安全装置 运行试验|INSP2
# se_valve
整定压力|Set pressure|*
密封试验|Seat tightness test|*
外观检查|External inspection|*
回座压力|Reseating pressure|*
@ accessories|安全附件|Safety accessories|se_valve
安全阀|Safety valve|TSG ZF001-2006||SV
爆破片装置|Bursting disc device|TSG ZF003-2011|外观检查|
""",
    "construction": """
# c_concrete
混凝土抗压强度(回弹法)|Concrete compressive strength (rebound method)|JGJ/T 23-2011
混凝土抗压强度(钻芯法)|Concrete compressive strength (core drilling)|JGJ/T 384-2016
混凝土抗压强度(超声回弹综合法)|Concrete compressive strength (ultrasonic-rebound)|T/CECS 02-2020
碳化深度|Carbonation depth|JGJ/T 23-2011
钢筋保护层厚度|Rebar cover thickness|JGJ/T 152-2019;*
钢筋间距|Rebar spacing|JGJ/T 152-2019
钢筋直径|Rebar diameter|JGJ/T 152-2019
构件截面尺寸|Member section dimensions|*;GB/T 50344-2019
楼板厚度|Slab thickness|JGJ/T 152-2019;*
结构实体位置与尺寸偏差|Position and dimension deviations|*
混凝土缺陷(超声法)|Concrete defects (ultrasonic method)|CECS 21:2000
后锚固件抗拔承载力|Pull-out capacity of post-installed anchors|JGJ 145-2013
@ concrete|混凝土结构|Concrete structures|c_concrete
混凝土结构工程|Concrete structure works|GB 50204-2015||COMP
装配式混凝土结构|Precast concrete structure|GB/T 51231-2016||COMP
既有混凝土结构|Existing concrete structure|GB/T 50344-2019||COMP
# c_masonry
砌筑砂浆强度(贯入法)|Masonry mortar strength (penetration)|JGJ/T 136-2017
砌筑砂浆强度(回弹法)|Masonry mortar strength (rebound)|GB/T 50315-2011
砖抗压强度(回弹法)|Brick compressive strength (rebound)|GB/T 50315-2011
砌体抗剪强度(原位单剪法)|Masonry shear strength (in-situ single shear)|GB/T 50315-2011
构件截面尺寸|Member section dimensions|*;GB/T 50344-2019
@ masonry|砌体结构|Masonry structures|c_masonry
砌体结构工程|Masonry structure works|GB 50203-2011||COMP2
既有砌体结构|Existing masonry structure|GB/T 50344-2019||COMP2
# c_steel
焊缝内部缺陷(超声波探伤)|Internal weld defects (ultrasonic)|GB/T 11345-2013;*
焊缝外观质量|Weld appearance|*
高强度螺栓连接副扭矩系数|Torque coefficient of high-strength bolt assemblies|*;GB/T 1231-2006
高强度螺栓连接摩擦面抗滑移系数|Slip coefficient of friction surfaces|*
防腐涂层厚度|Anti-corrosion coating thickness|*
防火涂层厚度|Fire-protection coating thickness|*;GB 14907-2018
钢构件挠度|Deflection of steel members|*
钢结构垂直度|Verticality of steel structure|*
@ steel_structures|钢结构|Steel structures|c_steel
钢结构工程|Steel structure works|GB 50205-2020||STEEL
既有钢结构|Existing steel structure|GB/T 50621-2010||STEEL
网架结构|Space grid structure|JGJ 7-2010|焊缝外观质量 高强度螺栓连接副扭矩系数 防腐涂层厚度 钢构件挠度|
# c_found
单桩竖向抗压静载试验|Single pile vertical compressive static load test|JGJ 106-2014
单桩竖向抗拔静载试验|Single pile vertical uplift static load test|JGJ 106-2014
单桩水平静载试验|Single pile horizontal static load test|JGJ 106-2014
低应变法桩身完整性|Pile integrity (low-strain method)|JGJ 106-2014
高应变法|High-strain dynamic test|JGJ 106-2014
声波透射法|Cross-hole sonic logging|JGJ 106-2014
钻芯法桩身质量|Pile quality by core drilling|JGJ 106-2014
平板载荷试验|Plate load test|JGJ 340-2015
标准贯入试验|Standard penetration test|JGJ 340-2015
圆锥动力触探试验|Dynamic cone penetration test|JGJ 340-2015
静力触探试验|Cone penetration test|JGJ 340-2015
锚杆抗拔试验|Anchor pull-out test|GB 50086-2015;JGJ 120-2012
土钉抗拔试验|Soil nail pull-out test|JGJ 120-2012
@ foundations|地基基础|Foundations|c_found
桩基础|Pile foundation|GB 50202-2018||FND
天然地基|Natural ground|GB 50202-2018|平板载荷试验 标准贯入试验 圆锥动力触探试验 静力触探试验|
复合地基|Composite foundation|JGJ 79-2012|平板载荷试验 标准贯入试验 圆锥动力触探试验 静力触探试验 单桩竖向抗压静载试验 低应变法桩身完整性|
基坑支护|Excavation support|JGJ 120-2012|锚杆抗拔试验 土钉抗拔试验 低应变法桩身完整性 钻芯法桩身质量|
# c_energy
外墙节能构造钻芯检验|Exterior wall insulation core test|*
保温板与基层拉伸粘结强度|Tensile bond strength of insulation boards|JGJ 144-2019;*
锚固件锚固力|Anchor holding force|JGJ 144-2019
外窗气密性能|Window air permeability|GB/T 7106-2019
外窗水密性能|Window watertightness|GB/T 7106-2019
外窗抗风压性能|Window wind load resistance|GB/T 7106-2019
外窗传热系数|Window thermal transmittance|GB/T 8484-2020
围护结构传热系数|Envelope thermal transmittance|JGJ/T 132-2009
室内平均温度|Mean indoor temperature|JGJ/T 132-2009
@ energy|建筑节能|Building energy efficiency|c_energy
建筑节能工程|Building energy-efficiency works|GB 50411-2019||
既有居住建筑节能改造|Energy retrofit of existing residential buildings|JGJ/T 129-2012|外墙节能构造钻芯检验 保温板与基层拉伸粘结强度 锚固件锚固力 围护结构传热系数 室内平均温度|
# c_indoor
甲醛|Formaldehyde|*;GB/T 18204.2-2014
苯|Benzene|*;GB/T 18883-2002
甲苯|Toluene|*;GB/T 18883-2002
二甲苯|Xylenes|*;GB/T 18883-2002
总挥发性有机化合物(TVOC)|Total volatile organic compounds (TVOC)|*;GB/T 18883-2002
氨|Ammonia|*;GB/T 18204.2-2014
氡|Radon|*
@ indoor|室内环境|Indoor environment|c_indoor
民用建筑工程室内环境|Indoor environment of civil buildings|GB 50325-2010||ROOM
住宅室内空气|Residential indoor air|GB/T 18883-2002|甲醛 苯 甲苯 二甲苯 总挥发性有机化合物(TVOC) 氨|
# c_finish
饰面砖粘结强度|Tile bond strength|JGJ/T 110-2017
防水层淋水试验|Water spray test|*
防水层蓄水试验|Ponding test|*
防水层厚度|Waterproof layer thickness|*
幕墙气密性能|Curtain wall air permeability|GB/T 15227-2019
幕墙水密性能|Curtain wall watertightness|GB/T 15227-2019
幕墙抗风压性能|Curtain wall wind load resistance|GB/T 15227-2019
幕墙层间变形性能|Curtain wall interstorey drift performance|GB/T 18250-2015
硅酮结构胶相容性|Compatibility of structural silicone sealant|GB 16776-2005
后置埋件抗拔力|Pull-out force of post-installed embedments|JGJ 145-2013
@ finishes|防水、装饰装修与幕墙|Waterproofing, finishes and curtain walls|c_finish
屋面工程|Roofing works|GB 50207-2012|防水层淋水试验 防水层蓄水试验 防水层厚度|
地下防水工程|Underground waterproofing works|GB 50208-2011|防水层淋水试验 防水层厚度|
建筑装饰装修工程|Building decoration works|GB 50210-2018|饰面砖粘结强度 后置埋件抗拔力|
建筑幕墙|Curtain wall|GB/T 21086-2007|幕墙气密性能 幕墙水密性能 幕墙抗风压性能 幕墙层间变形性能 硅酮结构胶相容性 后置埋件抗拔力|
# c_muni
压实度|Degree of compaction|JTG 3450-2019#3
弯沉|Deflection|JTG 3450-2019#2
平整度|Evenness|JTG 3450-2019#2
结构层厚度|Layer thickness|JTG 3450-2019#2
抗滑性能|Skid resistance|JTG 3450-2019#2
渗水系数|Permeability coefficient|JTG 3450-2019
路面混凝土强度|Pavement concrete strength|JTG 3450-2019;JGJ/T 23-2011
静载试验|Static load test|JTG/T J21-2011
动载试验|Dynamic load test|JTG/T J21-2011
闭水试验|Closed-water test|GB 50268-2008
管道内窥检测(CCTV)|Pipe CCTV inspection|CJJ 181-2012
@ municipal|市政工程|Municipal works|c_muni
城镇道路工程|Urban road works|CJJ 1-2008|压实度 弯沉 平整度 结构层厚度 抗滑性能 渗水系数 路面混凝土强度|
公路路基路面|Highway subgrade and pavement|JTG F80/1-2017|压实度 弯沉 平整度 结构层厚度 抗滑性能 渗水系数|
城市桥梁工程|Urban bridge works|CJJ 2-2008|静载试验 动载试验 路面混凝土强度|
给水排水管道工程|Water and sewer pipeline works|GB 50268-2008|闭水试验 管道内窥检测(CCTV)|
# c_fire
系统组件现场检查|System component inspection|*
功能试验|Functional test|*
联动控制功能|Linkage control function|*
系统压力|System pressure|*
流量|Flow rate|*
余压|Residual pressure|*
风速|Air velocity|*
报警响应时间|Alarm response time|*
@ fire_protection|消防设施|Fire protection systems|c_fire
火灾自动报警系统|Automatic fire alarm system|GB 50166-2019|系统组件现场检查 功能试验 联动控制功能 报警响应时间|
自动喷水灭火系统|Automatic sprinkler system|GB 50261-2017|系统组件现场检查 功能试验 联动控制功能 系统压力 流量|
消防给水及消火栓系统|Fire water and hydrant system|GB 50974-2014|系统组件现场检查 功能试验 系统压力 流量|
防排烟系统|Smoke control system|GB 51251-2017|系统组件现场检查 功能试验 联动控制功能 余压 风速|
气体灭火系统|Gas extinguishing system|GB 50263-2007|系统组件现场检查 功能试验 联动控制功能|
# c_elec
防雷装置接地电阻|Lightning protection earth resistance|GB/T 21431-2015
接闪器|Air-termination system|GB/T 21431-2015
引下线|Down-conductors|GB/T 21431-2015
电涌保护器|Surge protective devices|GB/T 21431-2015
照度|Illuminance|GB/T 5700-2008
线路绝缘电阻|Circuit insulation resistance|GB 50303-2015
剩余电流动作保护|Residual current protection|GB 50303-2015
@ building_electrical|建筑电气与防雷|Building electrical and lightning protection|c_elec
建筑物防雷装置|Building lightning protection|GB 50057-2010|防雷装置接地电阻 接闪器 引下线 电涌保护器|
建筑电气工程|Building electrical works|GB 50303-2015|线路绝缘电阻 剩余电流动作保护 照度 防雷装置接地电阻|
""",
    "building_materials": """
# b_cement
胶砂强度|Mortar strength|GB/T 17671-1999
凝结时间|Setting time|GB/T 1346-2011
安定性|Soundness|GB/T 1346-2011#2
标准稠度用水量|Standard consistency water|GB/T 1346-2011#2
细度|Fineness|GB/T 1345-2005#3
比表面积|Specific surface area|GB/T 8074-2008
烧失量|Loss on ignition|GB/T 176-2017
三氧化硫|Sulfur trioxide|GB/T 176-2017#2
氧化镁|Magnesium oxide|GB/T 176-2017#2
氯离子|Chloride ion|GB/T 176-2017#2
不溶物|Insoluble residue|GB/T 176-2017
碱含量|Alkali content|GB/T 176-2017
@ cement|水泥|Cement|b_cement
通用硅酸盐水泥|Common Portland cement|GB 175-2007||
硅酸盐水泥|Portland cement|GB 175-2007||
普通硅酸盐水泥|Ordinary Portland cement|GB 175-2007||
矿渣硅酸盐水泥|Portland slag cement|GB 175-2007||
火山灰质硅酸盐水泥|Portland pozzolana cement|GB 175-2007||
粉煤灰硅酸盐水泥|Portland fly-ash cement|GB 175-2007||
复合硅酸盐水泥|Composite Portland cement|GB 175-2007||
硫铝酸盐水泥|Sulphoaluminate cement|GB/T 20472-2006|胶砂强度 凝结时间 比表面积 三氧化硫 氯离子|
白色硅酸盐水泥|White Portland cement|GB/T 2015-2017|胶砂强度 凝结时间 安定性 细度 三氧化硫 氧化镁|
砌筑水泥|Masonry cement|GB/T 3183-2017|胶砂强度 凝结时间 安定性 细度 三氧化硫|
道路硅酸盐水泥|Portland cement for roads|GB/T 13693-2017|胶砂强度 凝结时间 安定性 细度 比表面积 烧失量 三氧化硫 氧化镁|
中热硅酸盐水泥|Moderate-heat Portland cement|GB/T 200-2017|胶砂强度 凝结时间 安定性 比表面积 烧失量 三氧化硫 氧化镁 碱含量|
用于水泥和混凝土中的粉煤灰|Fly ash for cement and concrete|GB/T 1596-2017|细度 烧失量 三氧化硫 安定性 氯离子|
粒化高炉矿渣粉|Ground granulated blast-furnace slag|GB/T 18046-2017|比表面积 烧失量 三氧化硫 氯离子 胶砂强度|
# b_concrete
抗压强度|Compressive strength|GB/T 50081-2019
劈裂抗拉强度|Splitting tensile strength|GB/T 50081-2019
抗折强度|Flexural strength|GB/T 50081-2019
静力受压弹性模量|Static elastic modulus|GB/T 50081-2019
抗渗性能|Impermeability|GB/T 50082-2009
抗冻性能|Freeze-thaw resistance|GB/T 50082-2009#2
氯离子含量|Chloride content|JGJ/T 322-2013
坍落度|Slump|GB/T 50080-2016
凝结时间|Setting time|GB/T 50080-2016
含气量|Air content|GB/T 50080-2016
稠度|Consistency|JGJ/T 70-2009
保水率|Water retention|JGJ/T 70-2009
拉伸粘结强度|Tensile bond strength|JGJ/T 70-2009
@ concrete_mortar|混凝土与砂浆|Concrete and mortar|b_concrete
普通混凝土|Ordinary concrete|GB/T 50164-2011|抗压强度 劈裂抗拉强度 抗折强度 静力受压弹性模量 抗渗性能 抗冻性能 氯离子含量|CG
预拌混凝土|Ready-mixed concrete|GB/T 14902-2012|抗压强度 抗折强度 抗渗性能 抗冻性能 氯离子含量 坍落度 凝结时间 含气量|CG
预拌砂浆|Ready-mixed mortar|GB/T 25181-2019|抗压强度 稠度 保水率 拉伸粘结强度 凝结时间|
混凝土外加剂|Concrete admixtures|GB 8076-2008|抗压强度 凝结时间 含气量 坍落度 氯离子含量|
自密实混凝土|Self-compacting concrete|JGJ/T 283-2012|抗压强度 坍落度 含气量 凝结时间|
混凝土防冻剂|Concrete antifreezing admixture|JC/T 475-2004|抗压强度 凝结时间 含气量 氯离子含量|
混凝土膨胀剂|Concrete expansive agent|GB/T 23439-2017|抗压强度 凝结时间|
# b_aggregate
颗粒级配|Grading|*
含泥量|Clay content|*
泥块含量|Clay lump content|*
石粉含量|Stone powder content|*
针片状颗粒含量|Flaky and elongated particles|*
压碎指标|Crushing value|*
坚固性|Soundness|*
表观密度|Apparent density|*
堆积密度|Bulk density|*
吸水率|Water absorption|*
氯化物含量|Chloride content|*
碱活性|Alkali reactivity|*
@ aggregates|砂石骨料|Aggregates|b_aggregate
建设用砂|Sand for construction|GB/T 14684-2011||AG
建设用卵石和碎石|Pebble and crushed stone|GB/T 14685-2011||AG
普通混凝土用砂石|Sand and stone for ordinary concrete|JGJ 52-2006|颗粒级配 含泥量 泥块含量 石粉含量 针片状颗粒含量 压碎指标 坚固性 表观密度 堆积密度 吸水率 氯化物含量|
# b_wall
抗压强度|Compressive strength|GB/T 2542-2012;GB/T 11969-2020
抗折强度|Flexural strength|GB/T 2542-2012
尺寸偏差|Dimensional deviation|GB/T 2542-2012
外观质量|Appearance|GB/T 2542-2012
干密度|Dry density|GB/T 11969-2020
吸水率和饱和系数|Water absorption and saturation coefficient|GB/T 2542-2012
抗冻性|Frost resistance|GB/T 2542-2012
泛霜|Efflorescence|GB/T 2542-2012
石灰爆裂|Lime bursting|GB/T 2542-2012
干燥收缩值|Drying shrinkage|GB/T 11969-2020
放射性|Radioactivity|GB 6566-2010
@ wall|墙体材料|Walling materials|b_wall
烧结普通砖|Fired common brick|GB/T 5101-2017|抗压强度 尺寸偏差 外观质量 抗冻性 泛霜 石灰爆裂 吸水率和饱和系数 放射性|
烧结多孔砖和多孔砌块|Fired perforated bricks and blocks|GB 13544-2011|抗压强度 尺寸偏差 外观质量 抗冻性 泛霜 石灰爆裂 吸水率和饱和系数 放射性|
蒸压加气混凝土砌块|Autoclaved aerated concrete block|GB/T 11968-2020|抗压强度 干密度 干燥收缩值 抗冻性 尺寸偏差 放射性|
普通混凝土小型砌块|Small concrete block|GB/T 8239-2014|抗压强度 尺寸偏差 外观质量 吸水率和饱和系数 干燥收缩值 放射性|
蒸压灰砂实心砖|Autoclaved sand-lime brick|GB/T 11945-2019|抗压强度 抗折强度 尺寸偏差 外观质量 抗冻性|
# b_steelbar
屈服强度|Yield strength|GB/T 28900-2012;GB/T 228.1-2010
抗拉强度|Tensile strength|GB/T 28900-2012;GB/T 228.1-2010
断后伸长率|Elongation after fracture|GB/T 28900-2012;GB/T 228.1-2010
最大力总延伸率|Total elongation at maximum force|GB/T 28900-2012
弯曲性能|Bending|GB/T 28900-2012;GB/T 232-2010
反向弯曲性能|Reverse bending|GB/T 28900-2012
重量偏差|Mass deviation|*
尺寸|Dimensions|*
@ rebar|钢筋及连接|Reinforcing steel and connections|b_steelbar
钢筋混凝土用热轧带肋钢筋|Hot-rolled ribbed bars|GB/T 1499.2-2018||
钢筋混凝土用热轧光圆钢筋|Hot-rolled plain bars|GB/T 1499.1-2017|屈服强度 抗拉强度 断后伸长率 最大力总延伸率 弯曲性能 重量偏差 尺寸|
钢筋机械连接接头|Mechanical rebar splices|JGJ 107-2016|抗拉强度 最大力总延伸率|
钢筋焊接接头|Welded rebar joints|JGJ/T 27-2014|抗拉强度 弯曲性能|WELD
冷轧带肋钢筋|Cold-rolled ribbed bars|GB/T 13788-2017|抗拉强度 断后伸长率 弯曲性能 反向弯曲性能 重量偏差|
钢筋焊接网|Welded steel fabric|GB/T 1499.3-2010|屈服强度 抗拉强度 断后伸长率 最大力总延伸率 重量偏差 尺寸|
# b_water
拉力|Tensile force|GB/T 328.8-2007
最大峰时延伸率|Elongation at maximum force|GB/T 328.8-2007
不透水性|Watertightness|GB/T 328.10-2007
低温柔性|Low-temperature flexibility|GB/T 328.14-2007
耐热性|Heat resistance|GB/T 328.11-2007
可溶物含量|Soluble content|GB/T 328.26-2007
固体含量|Solid content|GB/T 16777-2008
断裂伸长率|Elongation at break|GB/T 16777-2008
粘结强度|Bond strength|GB/T 16777-2008
@ waterproofing|防水材料|Waterproofing materials|b_water
弹性体改性沥青防水卷材|SBS modified bitumen waterproof sheet|GB 18242-2008|拉力 最大峰时延伸率 不透水性 低温柔性 耐热性 可溶物含量|
塑性体改性沥青防水卷材|APP modified bitumen waterproof sheet|GB 18243-2008|拉力 最大峰时延伸率 不透水性 低温柔性 耐热性 可溶物含量|
自粘聚合物改性沥青防水卷材|Self-adhesive modified bitumen sheet|GB 23441-2009|拉力 最大峰时延伸率 不透水性 低温柔性 耐热性 可溶物含量|
聚氨酯防水涂料|Polyurethane waterproof coating|GB/T 19250-2013|固体含量 断裂伸长率 粘结强度 不透水性 低温柔性|
聚合物水泥防水涂料|Polymer-cement waterproof coating|GB/T 23445-2009|固体含量 断裂伸长率 粘结强度 不透水性|
# b_insul
导热系数|Thermal conductivity|GB/T 10294-2008;GB/T 10295-2008
表观密度|Apparent density|GB/T 6343-2009
压缩强度|Compressive strength|GB/T 8813-2020
垂直于板面方向的抗拉强度|Tensile strength perpendicular to faces|GB/T 29906-2013
吸水率|Water absorption|GB/T 8810-2005
燃烧性能|Reaction to fire|GB 8624-2012;GB/T 8626-2007
尺寸稳定性|Dimensional stability|GB/T 8811-2008
@ insulation|保温材料|Thermal insulation|b_insul
绝热用模塑聚苯乙烯泡沫塑料|Moulded polystyrene insulation board|GB/T 10801.1-2002||
绝热用挤塑聚苯乙烯泡沫塑料|Extruded polystyrene insulation board|GB/T 10801.2-2018||
建筑外墙外保温用岩棉制品|Rock wool products for ETICS|GB/T 25975-2018|导热系数 表观密度 垂直于板面方向的抗拉强度 吸水率 燃烧性能 尺寸稳定性|
硬质聚氨酯泡沫塑料|Rigid polyurethane foam|GB/T 21558-2008|导热系数 表观密度 压缩强度 吸水率 燃烧性能 尺寸稳定性|
# b_tile
吸水率|Water absorption|GB/T 3810.3-2016
破坏强度和断裂模数|Breaking strength and modulus of rupture|GB/T 3810.4-2016
抗热震性|Thermal shock resistance|GB/T 3810.9-2016
耐化学腐蚀性|Chemical resistance|GB/T 3810.13-2016
尺寸和表面质量|Dimensions and surface quality|GB/T 3810.2-2016
放射性核素限量|Radionuclide limits|GB 6566-2010
甲醛释放量|Formaldehyde emission|GB/T 17657-2013;GB 18580-2017
@ decoration|装饰装修材料|Finishing materials|b_tile
陶瓷砖|Ceramic tiles|GB/T 4100-2015|吸水率 破坏强度和断裂模数 抗热震性 耐化学腐蚀性 尺寸和表面质量 放射性核素限量|
天然花岗石建筑板材|Natural granite slabs|GB/T 18601-2009|吸水率 放射性核素限量 尺寸和表面质量|
人造板及其制品|Wood-based panels|GB 18580-2017|甲醛释放量|
# b_glass
可见光透射比|Visible light transmittance|GB/T 2680-1994
传热系数|Thermal transmittance|GB/T 22476-2008
露点|Dew point|*
抗冲击性|Impact resistance|*
碎片状态|Fragmentation|*
霰弹袋冲击性能|Shot-bag impact performance|*
表面应力|Surface stress|GB/T 18144-2008
尺寸偏差|Dimensional tolerances|*
@ glass|建筑玻璃|Building glass|b_glass
建筑用安全玻璃 钢化玻璃|Tempered safety glass|GB 15763.2-2005|抗冲击性 碎片状态 霰弹袋冲击性能 表面应力 尺寸偏差|
中空玻璃|Insulating glass units|GB/T 11944-2012|露点 可见光透射比 传热系数 尺寸偏差|
夹层玻璃|Laminated glass|GB 15763.3-2009|抗冲击性 霰弹袋冲击性能 可见光透射比 尺寸偏差|
镀膜玻璃|Coated glass|GB/T 18915.1-2013|可见光透射比 传热系数 尺寸偏差|
# b_window
气密性能|Air permeability|GB/T 7106-2019
水密性能|Watertightness|GB/T 7106-2019
抗风压性能|Wind load resistance|GB/T 7106-2019
保温性能|Thermal insulation|GB/T 8484-2020
空气声隔声性能|Airborne sound insulation|GB/T 8485-2008
反复启闭性能|Repeated opening and closing|GB/T 29739-2013
@ windows_doors|建筑门窗与防火门|Windows, doors and fire doors|b_window
铝合金门窗|Aluminium windows and doors|GB/T 8478-2020||
塑料门窗|Plastic windows and doors|GB/T 28886-2012||
钢质防火门|Steel fire doors|GB 12955-2008|反复启闭性能|
木门窗|Timber windows and doors|GB/T 29498-2013|气密性能 水密性能 抗风压性能 保温性能|
# b_board
断裂荷载|Breaking load|GB/T 9775-2008
面密度|Surface density|GB/T 9775-2008
护面纸与芯材粘结性|Paper-core bond|GB/T 9775-2008
吸水率|Water absorption|GB/T 9775-2008
遇火稳定性|Fire stability|GB/T 9775-2008
抗折强度|Flexural strength|GB/T 7019-2014
@ boards|板材|Boards|b_board
纸面石膏板|Gypsum plasterboard|GB/T 9775-2008||
纤维水泥平板|Fibre-cement flat sheets|JC/T 412.1-2018|抗折强度 吸水率 面密度|
# b_refr
显气孔率|Apparent porosity|GB/T 2997-2015;*
体积密度|Bulk density|GB/T 2997-2015;*
常温耐压强度|Cold crushing strength|GB/T 5072-2008;*
常温抗折强度|Cold modulus of rupture|GB/T 3001-2017
高温抗折强度|Hot modulus of rupture|GB/T 3002-2017
加热永久线变化|Permanent linear change on reheating|GB/T 5988-2007
荷重软化温度|Refractoriness under load|GB/T 5989-2008
耐火度|Refractoriness|GB/T 7322-2017
抗热震性|Thermal shock resistance|YB/T 376.1-1995
氧化镁|Magnesium oxide|GB/T 5069-2015;*
三氧化二铝|Aluminium oxide|GB/T 6900-2016
二氧化硅|Silicon dioxide|GB/T 6900-2016;GB/T 5069-2015
固定碳|Fixed carbon|GB/T 16555-2017
抗氧化性|Oxidation resistance|GB/T 13244-2011
@ refractories|耐火材料|Refractories|b_refr
镁碳砖|Magnesia-carbon brick|GB/T 22589-2008|显气孔率 体积密度 常温耐压强度 高温抗折强度 氧化镁 固定碳 抗氧化性|
镁砖和镁铝砖|Magnesia and magnesia-alumina bricks|GB/T 2275-2017|显气孔率 体积密度 常温耐压强度 加热永久线变化 荷重软化温度 氧化镁 二氧化硅 三氧化二铝 抗热震性|
镁铬砖|Magnesia-chrome brick|YB/T 5011-2014|显气孔率 体积密度 常温耐压强度 荷重软化温度 抗热震性 氧化镁 二氧化硅|
高铝砖|High-alumina brick|GB/T 2988-2012|显气孔率 体积密度 常温耐压强度 加热永久线变化 荷重软化温度 耐火度 三氧化二铝 抗热震性|
黏土质耐火砖|Fireclay brick|YB/T 5106-2009|显气孔率 常温耐压强度 加热永久线变化 荷重软化温度 耐火度 三氧化二铝|
铝镁碳砖|Alumina-magnesia-carbon brick|YB/T 4074-2015|显气孔率 体积密度 常温耐压强度 高温抗折强度 三氧化二铝 氧化镁 固定碳|
不定形耐火材料|Monolithic refractories|YB/T 5083-2014|体积密度 常温耐压强度 常温抗折强度 加热永久线变化 三氧化二铝 氧化镁|
""",
    "environment": """
# e_air
二氧化硫|Sulfur dioxide|HJ 482-2009
二氧化氮|Nitrogen dioxide|HJ 479-2009
一氧化碳|Carbon monoxide|GB/T 9801-1988
臭氧|Ozone|HJ 504-2009
PM10|PM10|HJ 618-2011
PM2.5|PM2.5|HJ 618-2011
总悬浮颗粒物|Total suspended particulates|GB/T 15432-1995
氨|Ammonia|HJ 533-2009;HJ 534-2009
硫化氢|Hydrogen sulfide|GB/T 11742-1989
氟化物|Fluoride|HJ 955-2018
铅|Lead|HJ 539-2015;HJ 657-2013
苯并[a]芘|Benzo[a]pyrene|HJ 956-2018;HJ 646-2013
非甲烷总烃|Non-methane hydrocarbons|HJ 604-2017
臭气浓度|Odour concentration|GB/T 14675-1993
# e_voc_air
苯|Benzene|HJ 644-2013;HJ 584-2010
甲苯|Toluene|HJ 644-2013;HJ 584-2010
乙苯|Ethylbenzene|HJ 644-2013;HJ 584-2010
对二甲苯|p-Xylene|HJ 644-2013;HJ 584-2010
间二甲苯|m-Xylene|HJ 644-2013;HJ 584-2010
邻二甲苯|o-Xylene|HJ 644-2013;HJ 584-2010
苯乙烯|Styrene|HJ 644-2013;HJ 584-2010
氯苯|Chlorobenzene|HJ 644-2013
三氯甲烷|Trichloromethane|HJ 644-2013
四氯化碳|Carbon tetrachloride|HJ 644-2013
二氯甲烷|Dichloromethane|HJ 644-2013
三氯乙烯|Trichloroethylene|HJ 644-2013
四氯乙烯|Tetrachloroethylene|HJ 644-2013
1,2-二氯乙烷|1,2-Dichloroethane|HJ 644-2013
@ ambient_air|环境空气|Ambient air|e_air e_voc_air
环境空气|Ambient air|HJ 194-2017||
无组织排放监控点空气|Fugitive emission monitoring air|HJ/T 55-2000|二氧化硫 二氧化氮 总悬浮颗粒物 氨 硫化氢 氟化物 非甲烷总烃 臭气浓度 苯 甲苯 乙苯 对二甲苯 间二甲苯 邻二甲苯 苯乙烯|
# e_stack
颗粒物|Particulate matter|GB/T 16157-1996;HJ 836-2017
二氧化硫|Sulfur dioxide|HJ 57-2017;HJ 629-2011
氮氧化物|Nitrogen oxides|HJ 693-2014;HJ 692-2014
一氧化碳|Carbon monoxide|HJ 973-2018
氯化氢|Hydrogen chloride|HJ 549-2016;HJ/T 27-1999
氟化物|Fluoride|HJ/T 67-2001
氨|Ammonia|HJ 533-2009
硫酸雾|Sulfuric acid mist|HJ 544-2016
汞及其化合物|Mercury and its compounds|HJ 543-2009;HJ 917-2017
烟气黑度|Smoke opacity (Ringelmann)|HJ/T 398-2007
非甲烷总烃|Non-methane hydrocarbons|HJ 38-2017
挥发性有机物|Volatile organic compounds|HJ 734-2014
油烟|Cooking fumes|HJ 1077-2019
苯系物|Benzene series|HJ 583-2010;HJ 584-2010
@ stack|固定污染源废气|Stationary source emissions|e_stack
固定污染源废气|Stationary source exhaust gas|GB/T 16157-1996||
锅炉烟气|Boiler flue gas|GB 13271-2014|颗粒物 二氧化硫 氮氧化物 一氧化碳 汞及其化合物 烟气黑度|
饮食业油烟|Restaurant cooking fumes|GB 18483-2001|油烟 非甲烷总烃|
# e_water
水温|Water temperature|GB/T 13195-1991
pH值|pH|GB/T 6920-1986;HJ 1147-2020
溶解氧|Dissolved oxygen|HJ 506-2009;GB/T 7489-1987
化学需氧量|Chemical oxygen demand|HJ 828-2017;HJ/T 399-2007
五日生化需氧量|Five-day biochemical oxygen demand|HJ 505-2009
高锰酸盐指数|Permanganate index|GB/T 11892-1989
氨氮|Ammonia nitrogen|HJ 535-2009;HJ 536-2009;HJ 537-2009
总氮|Total nitrogen|HJ 636-2012
总磷|Total phosphorus|GB/T 11893-1989
悬浮物|Suspended solids|GB/T 11901-1989
石油类|Petroleum oil|HJ 637-2018;HJ 970-2018
动植物油类|Animal and vegetable oils|HJ 637-2018
挥发酚|Volatile phenols|HJ 503-2009
氰化物|Cyanide|HJ 484-2009
六价铬|Hexavalent chromium|GB/T 7467-1987
阴离子表面活性剂|Anionic surfactants|GB/T 7494-1987
硫化物|Sulfide|GB/T 16489-1996
氟化物|Fluoride|GB/T 7484-1987;HJ 84-2016
氯化物|Chloride|GB/T 11896-1989;HJ 84-2016
硫酸盐|Sulfate|HJ 84-2016
色度|Colour|HJ 1182-2021;GB/T 11903-1989
粪大肠菌群|Faecal coliforms|HJ 347.2-2018
# e_metal_water
铜|Copper|GB/T 7475-1987;HJ 700-2014;HJ 776-2015
锌|Zinc|GB/T 7475-1987;HJ 700-2014;HJ 776-2015
铅|Lead|GB/T 7475-1987;HJ 700-2014
镉|Cadmium|GB/T 7475-1987;HJ 700-2014
镍|Nickel|GB/T 11912-1989;HJ 700-2014;HJ 776-2015
总铬|Total chromium|GB/T 7466-1987;HJ 700-2014
铁|Iron|GB/T 11911-1989;HJ 776-2015
锰|Manganese|GB/T 11911-1989;HJ 776-2015
砷|Arsenic|HJ 694-2014;HJ 700-2014
汞|Mercury|HJ 694-2014;HJ 597-2011
硒|Selenium|HJ 694-2014
# e_voc_water
苯|Benzene|HJ 639-2012;HJ 686-2014
甲苯|Toluene|HJ 639-2012;HJ 686-2014
乙苯|Ethylbenzene|HJ 639-2012;HJ 686-2014
二甲苯|Xylenes|HJ 639-2012;HJ 686-2014
苯乙烯|Styrene|HJ 639-2012
三氯甲烷|Trichloromethane|HJ 639-2012;HJ 620-2011
四氯化碳|Carbon tetrachloride|HJ 639-2012;HJ 620-2011
三氯乙烯|Trichloroethylene|HJ 639-2012;HJ 620-2011
四氯乙烯|Tetrachloroethylene|HJ 639-2012;HJ 620-2011
氯乙烯|Vinyl chloride|HJ 639-2012
@ water_env|地表水、地下水与污水|Surface water, groundwater and wastewater|e_water e_metal_water e_voc_water
地表水|Surface water|HJ/T 91-2002||
污水|Wastewater|HJ 91.1-2019||
地下水(环境监测)|Groundwater (environmental monitoring)|HJ 164-2020||
工业废水|Industrial wastewater|HJ 91.1-2019||
生活污水|Domestic sewage|HJ 91.1-2019||
城镇污水处理厂出水|Effluent of municipal wastewater plants|GB 18918-2002||
再生水|Reclaimed water|GB/T 18920-2020|pH值 色度 化学需氧量 五日生化需氧量 氨氮 总磷 总氮 阴离子表面活性剂 溶解氧 粪大肠菌群 铁 锰|
大气降水|Precipitation|GB/T 13580.1-1992|pH值 氨氮 氟化物 氯化物 硫酸盐 铅 镉 铜 锌|
# e_soil
pH值|pH|HJ 962-2018
干物质和水分|Dry matter and moisture|HJ 613-2011
有机质|Organic matter|NY/T 1121.6-2006
阳离子交换量|Cation exchange capacity|HJ 889-2017
铅|Lead|GB/T 17141-1997;HJ 780-2015
镉|Cadmium|GB/T 17141-1997
总汞|Total mercury|GB/T 22105.1-2008;HJ 680-2013
总砷|Total arsenic|GB/T 22105.2-2008;HJ 680-2013
铜|Copper|HJ 491-2019;HJ 780-2015
锌|Zinc|HJ 491-2019;HJ 780-2015
镍|Nickel|HJ 491-2019;HJ 780-2015
铬|Chromium|HJ 491-2019;HJ 780-2015
六价铬|Hexavalent chromium|HJ 1082-2019
氰化物|Cyanide|HJ 745-2015
石油烃(C10-C40)|Petroleum hydrocarbons (C10-C40)|HJ 1021-2019
多环芳烃|Polycyclic aromatic hydrocarbons|HJ 805-2016;HJ 784-2016
有机氯农药|Organochlorine pesticides|HJ 835-2017;HJ 921-2017
# e_voc_soil
苯|Benzene|HJ 605-2011;HJ 642-2013
甲苯|Toluene|HJ 605-2011;HJ 642-2013
乙苯|Ethylbenzene|HJ 605-2011;HJ 642-2013
间二甲苯+对二甲苯|m+p-Xylene|HJ 605-2011;HJ 642-2013
邻二甲苯|o-Xylene|HJ 605-2011;HJ 642-2013
苯乙烯|Styrene|HJ 605-2011;HJ 642-2013
氯苯|Chlorobenzene|HJ 605-2011;HJ 642-2013
1,2-二氯苯|1,2-Dichlorobenzene|HJ 605-2011;HJ 642-2013
1,4-二氯苯|1,4-Dichlorobenzene|HJ 605-2011;HJ 642-2013
氯仿|Chloroform|HJ 605-2011;HJ 642-2013
四氯化碳|Carbon tetrachloride|HJ 605-2011;HJ 642-2013
二氯甲烷|Dichloromethane|HJ 605-2011;HJ 642-2013
1,2-二氯乙烷|1,2-Dichloroethane|HJ 605-2011;HJ 642-2013
1,1-二氯乙烯|1,1-Dichloroethene|HJ 605-2011;HJ 642-2013
三氯乙烯|Trichloroethylene|HJ 605-2011;HJ 642-2013
四氯乙烯|Tetrachloroethylene|HJ 605-2011;HJ 642-2013
氯乙烯|Vinyl chloride|HJ 605-2011;HJ 642-2013
硝基苯|Nitrobenzene|HJ 834-2017
苯胺|Aniline|HJ 834-2017
2-氯酚|2-Chlorophenol|HJ 834-2017
萘|Naphthalene|HJ 834-2017;HJ 805-2016
@ soil|土壤与固体废物|Soil and solid waste|e_soil e_voc_soil
土壤|Soil|HJ/T 166-2004||
建设用地土壤|Soil of development land|GB 36600-2018||
工业企业场地土壤|Industrial site soil|HJ 25.2-2019||
农用地土壤|Soil of agricultural land|GB 15618-2018|pH值 干物质和水分 有机质 阳离子交换量 铅 镉 总汞 总砷 铜 锌 镍 铬 有机氯农药 多环芳烃|
固体废物浸出液|Solid waste leachate|HJ/T 299-2007|pH值 铅 镉 总汞 总砷 铜 锌 镍 铬 六价铬 氰化物|
沉积物|Sediment|HJ/T 91-2002|pH值 干物质和水分 有机质 铅 镉 总汞 总砷 铜 锌 镍 铬 多环芳烃 有机氯农药 苯 甲苯 乙苯 间二甲苯+对二甲苯 邻二甲苯|
# e_noise
等效连续A声级|Equivalent continuous A-weighted sound level|*
最大A声级|Maximum A-weighted sound level|*
背景噪声|Background noise|*
环境振动|Environmental vibration|GB 10070-1988;GB/T 10071-1988
@ noise|噪声与振动|Noise and vibration|e_noise
声环境质量|Acoustic environment quality|GB 3096-2008|等效连续A声级 最大A声级 背景噪声|NZ
工业企业厂界环境噪声|Industrial boundary noise|GB 12348-2008|等效连续A声级 最大A声级 背景噪声|NZ
社会生活环境噪声|Social living environment noise|GB 22337-2008|等效连续A声级 最大A声级 背景噪声|NZ
建筑施工场界环境噪声|Construction site boundary noise|GB 12523-2011|等效连续A声级 背景噪声|NZ
城市区域环境振动|Urban environmental vibration|GB 10070-1988|环境振动|
""",
    "water": """
# w_sense
色度|Colour|GB/T 5750.4-2006
浑浊度|Turbidity|GB/T 5750.4-2006#2
臭和味|Odour and taste|GB/T 5750.4-2006
肉眼可见物|Visible matter|GB/T 5750.4-2006
pH值|pH|GB/T 5750.4-2006#2
电导率|Conductivity|GB/T 5750.4-2006
总硬度|Total hardness|GB/T 5750.4-2006
溶解性总固体|Total dissolved solids|GB/T 5750.4-2006
挥发酚类|Volatile phenols|GB/T 5750.4-2006#2
阴离子合成洗涤剂|Anionic synthetic detergents|GB/T 5750.4-2006#2
# w_inorg
氟化物|Fluoride|GB/T 5750.5-2006#3
氰化物|Cyanide|GB/T 5750.5-2006#2
硝酸盐氮|Nitrate nitrogen|GB/T 5750.5-2006#4
硫酸盐|Sulfate|GB/T 5750.5-2006#4
氯化物|Chloride|GB/T 5750.5-2006#3
氨氮|Ammonia nitrogen|GB/T 5750.5-2006#3
亚硝酸盐氮|Nitrite nitrogen|GB/T 5750.5-2006
硫化物|Sulfide|GB/T 5750.5-2006#2
# w_metal
铝|Aluminium|GB/T 5750.6-2006#4
铁|Iron|GB/T 5750.6-2006#4
锰|Manganese|GB/T 5750.6-2006#4
铜|Copper|GB/T 5750.6-2006#4
锌|Zinc|GB/T 5750.6-2006#4
砷|Arsenic|GB/T 5750.6-2006#4
硒|Selenium|GB/T 5750.6-2006#4
汞|Mercury|GB/T 5750.6-2006#3
镉|Cadmium|GB/T 5750.6-2006#4
六价铬|Hexavalent chromium|GB/T 5750.6-2006
铅|Lead|GB/T 5750.6-2006#4
钡|Barium|GB/T 5750.6-2006#2
镍|Nickel|GB/T 5750.6-2006#2
锑|Antimony|GB/T 5750.6-2006#2
钠|Sodium|GB/T 5750.6-2006#2
# w_org
耗氧量|Oxygen consumption|GB/T 5750.7-2006#2
四氯化碳|Carbon tetrachloride|GB/T 5750.8-2006#2
苯|Benzene|GB/T 5750.8-2006#2
甲苯|Toluene|GB/T 5750.8-2006#2
二甲苯|Xylenes|GB/T 5750.8-2006#2
苯乙烯|Styrene|GB/T 5750.8-2006#2
1,2-二氯乙烷|1,2-Dichloroethane|GB/T 5750.8-2006
氯乙烯|Vinyl chloride|GB/T 5750.8-2006
微囊藻毒素-LR|Microcystin-LR|GB/T 5750.8-2006
滴滴涕|DDT|GB/T 5750.9-2006
六六六|HCH|GB/T 5750.9-2006
乐果|Dimethoate|GB/T 5750.9-2006
敌敌畏|Dichlorvos|GB/T 5750.9-2006
毒死蜱|Chlorpyrifos|GB/T 5750.9-2006
莠去津|Atrazine|GB/T 5750.9-2006
# w_dbp
三氯甲烷|Trichloromethane|GB/T 5750.10-2006#2
一氯二溴甲烷|Dibromochloromethane|GB/T 5750.10-2006
二氯一溴甲烷|Bromodichloromethane|GB/T 5750.10-2006
三溴甲烷|Tribromomethane|GB/T 5750.10-2006
二氯乙酸|Dichloroacetic acid|GB/T 5750.10-2006
三氯乙酸|Trichloroacetic acid|GB/T 5750.10-2006
甲醛|Formaldehyde|GB/T 5750.10-2006
亚氯酸盐|Chlorite|GB/T 5750.10-2006#2
氯酸盐|Chlorate|GB/T 5750.10-2006
溴酸盐|Bromate|GB/T 5750.10-2006
游离余氯|Free residual chlorine|GB/T 5750.11-2006#2
总氯|Total chlorine|GB/T 5750.11-2006
二氧化氯|Chlorine dioxide|GB/T 5750.11-2006#3
臭氧|Ozone|GB/T 5750.11-2006
# w_micro
菌落总数|Total plate count|GB/T 5750.12-2006
总大肠菌群|Total coliforms|GB/T 5750.12-2006#3
耐热大肠菌群|Thermotolerant coliforms|GB/T 5750.12-2006#2
大肠埃希氏菌|Escherichia coli|GB/T 5750.12-2006#3
总α放射性|Gross alpha radioactivity|GB/T 5750.13-2006
总β放射性|Gross beta radioactivity|GB/T 5750.13-2006
@ drinking|生活饮用水|Drinking water|w_sense w_inorg w_metal w_org w_dbp w_micro
生活饮用水|Drinking water|GB 5749-2006||WS2
农村集中式供水|Rural centralised water supply|GB 5749-2006||
分散式供水|Decentralised water supply|GB 5749-2006|色度 浑浊度 臭和味 肉眼可见物 pH值 总硬度 溶解性总固体 氟化物 硝酸盐氮 砷 铁 锰 耗氧量 菌落总数 总大肠菌群 耐热大肠菌群 大肠埃希氏菌|
涉水产品浸泡水|Leaching water of drinking-water products|GB/T 17219-1998|色度 浑浊度 臭和味 肉眼可见物 pH值 溶解性总固体 耗氧量 砷 镉 六价铬 铅 汞 铁 锰 铜 锌 铝 挥发酚类 三氯甲烷 四氯化碳 苯 甲苯 二甲苯 苯乙烯|
二次供水|Secondary water supply|GB 17051-1997|色度 浑浊度 臭和味 肉眼可见物 pH值 总硬度 溶解性总固体 氨氮 亚硝酸盐氮 铁 锰 耗氧量 游离余氯 总氯 二氧化氯 菌落总数 总大肠菌群 大肠埃希氏菌|
管道直饮水|Pipeline direct drinking water|CJ/T 94-2005|色度 浑浊度 臭和味 肉眼可见物 pH值 总硬度 溶解性总固体 耗氧量 铁 锰 铝 铅 砷 三氯甲烷 游离余氯 菌落总数 总大肠菌群|
饮用水水源水|Drinking water source water|GB 3838-2002|色度 浑浊度 pH值 总硬度 氨氮 硝酸盐氮 氟化物 氰化物 挥发酚类 阴离子合成洗涤剂 铁 锰 铜 锌 砷 硒 汞 镉 六价铬 铅 耗氧量 苯 甲苯 二甲苯 滴滴涕 六六六 总大肠菌群|
# w_mineral
界限指标(锂、锶、锌、偏硅酸、硒)|Limit indicators (lithium, strontium, zinc, metasilicic acid, selenium)|GB 8538-2016#2
溶解性总固体|Total dissolved solids|GB 8538-2016
偏硅酸|Metasilicic acid|GB 8538-2016#2
锶|Strontium|GB 8538-2016#2
锂|Lithium|GB 8538-2016#2
溴酸盐|Bromate|GB 8538-2016
亚硝酸盐|Nitrite|GB 8538-2016
硝酸盐|Nitrate|GB 8538-2016#2
铅|Lead|GB 8538-2016#2
砷|Arsenic|GB 8538-2016#2
耗氧量|Oxygen consumption|GB 8538-2016
大肠菌群|Coliforms|GB 8538-2016;GB 4789.3-2016
铜绿假单胞菌|Pseudomonas aeruginosa|GB 8538-2016
粪链球菌|Faecal streptococci|GB 8538-2016
产气荚膜梭菌|Clostridium perfringens|GB 8538-2016
@ bottled|包装饮用水|Packaged drinking water|w_mineral
饮用天然矿泉水|Natural mineral water|GB 8537-2018||
包装饮用水|Packaged drinking water|GB 19298-2014|溶解性总固体 溴酸盐 亚硝酸盐 硝酸盐 铅 砷 耗氧量 大肠菌群 铜绿假单胞菌|
""",
    "food": """
# f_metal
铅|Lead|GB 5009.12-2017#4;GB 5009.268-2016
镉|Cadmium|GB 5009.15-2014;GB 5009.268-2016
总汞|Total mercury|GB 5009.17-2014#2
总砷|Total arsenic|GB 5009.11-2014#3
铬|Chromium|GB 5009.123-2014
# f_micro
菌落总数|Total plate count|GB 4789.2-2016
大肠菌群|Coliforms|GB 4789.3-2016#2
沙门氏菌|Salmonella|GB 4789.4-2016
金黄色葡萄球菌|Staphylococcus aureus|GB 4789.10-2016#3
霉菌和酵母|Moulds and yeasts|GB 4789.15-2016
# f_pres
苯甲酸及其钠盐|Benzoic acid and its sodium salt|GB 5009.28-2016#2
山梨酸及其钾盐|Sorbic acid and its potassium salt|GB 5009.28-2016#2
脱氢乙酸及其钠盐|Dehydroacetic acid and its sodium salt|GB 5009.121-2016#2
对羟基苯甲酸酯类|Parabens|GB 5009.31-2016
# f_sweet
糖精钠|Saccharin sodium|GB 5009.28-2016#2
甜蜜素|Sodium cyclamate|GB 5009.97-2016#3
安赛蜜|Acesulfame potassium|GB/T 5009.140-2003
阿斯巴甜|Aspartame|GB 5009.263-2016
# f_colour
柠檬黄|Tartrazine|GB 5009.35-2016
日落黄|Sunset yellow|GB 5009.35-2016
胭脂红|Ponceau 4R|GB 5009.35-2016
苋菜红|Amaranth|GB 5009.35-2016
亮蓝|Brilliant blue|GB 5009.35-2016
诱惑红|Allura red|GB 5009.35-2016
# f_grain
水分|Moisture|GB 5009.3-2016#2
灰分|Ash|GB 5009.4-2016
黄曲霉毒素B1|Aflatoxin B1|GB 5009.22-2016#3
脱氧雪腐镰刀菌烯醇|Deoxynivalenol|GB 5009.111-2016#3
玉米赤霉烯酮|Zearalenone|GB 5009.209-2016#2
赭曲霉毒素A|Ochratoxin A|GB 5009.96-2016#2
苯并[a]芘|Benzo[a]pyrene|GB 5009.27-2016
过氧化苯甲酰|Benzoyl peroxide|GB/T 22325-2008
@ grain_products|粮食加工品|Grain products|f_metal f_grain
大米|Rice|GB/T 1354-2018||
小麦粉|Wheat flour|GB/T 1355-1986||
挂面|Dried noodles|LS/T 3212-2014|水分 灰分 铅 镉 脱氧雪腐镰刀菌烯醇 黄曲霉毒素B1|
玉米粉|Maize flour|GB/T 10463-2008|水分 灰分 铅 镉 黄曲霉毒素B1 玉米赤霉烯酮 脱氧雪腐镰刀菌烯醇|
米粉|Rice noodles|GB/T 23587-2009|水分 铅 镉 总砷 黄曲霉毒素B1|
生湿面制品|Fresh wet noodles|GB 2713-2015|水分 铅 镉 黄曲霉毒素B1 脱氧雪腐镰刀菌烯醇|
发酵面制品|Steamed buns and fermented flour products|GB 2713-2015|铅 镉 黄曲霉毒素B1 脱氧雪腐镰刀菌烯醇|
玉米糁|Maize grits|GB/T 10463-2008|水分 灰分 铅 镉 黄曲霉毒素B1 玉米赤霉烯酮|
小米|Foxtail millet|GB/T 11766-2008|水分 灰分 铅 镉 总汞 黄曲霉毒素B1|
# f_oil
酸价|Acid value|GB 5009.229-2016#3
过氧化值|Peroxide value|GB 5009.227-2016#2
溶剂残留量|Solvent residue|GB 5009.262-2016
特丁基对苯二酚|TBHQ|GB 5009.32-2016#2
丁基羟基茴香醚|BHA|GB 5009.32-2016#2
二丁基羟基甲苯|BHT|GB 5009.32-2016#2
黄曲霉毒素B1|Aflatoxin B1|GB 5009.22-2016#3
苯并[a]芘|Benzo[a]pyrene|GB 5009.27-2016
铅|Lead|GB 5009.12-2017#4
总砷|Total arsenic|GB 5009.11-2014#3
脂肪酸组成|Fatty acid composition|GB 5009.168-2016
@ oils|食用油、油脂及其制品|Edible oils and fats|f_oil
大豆油|Soybean oil|GB/T 1535-2017||
菜籽油|Rapeseed oil|GB/T 1536-2021||
花生油|Peanut oil|GB/T 1534-2017||
玉米油|Maize oil|GB/T 19111-2017||
芝麻油|Sesame oil|GB/T 8233-2018||
食用植物调和油|Blended edible vegetable oil|GB 2716-2018||
葵花籽油|Sunflower seed oil|GB/T 10464-2017||
米糠油|Rice bran oil|GB/T 19112-2003||
食用动物油脂|Edible animal fats|GB 10146-2015|酸价 过氧化值 苯并[a]芘 铅 总砷 特丁基对苯二酚 丁基羟基茴香醚 二丁基羟基甲苯|
# f_meat
亚硝酸盐|Nitrite|GB 5009.33-2016#2
过氧化值|Peroxide value|GB 5009.227-2016#2
酸价|Acid value|GB 5009.229-2016#3
蛋白质|Protein|GB 5009.5-2016#3
水分|Moisture|GB 5009.3-2016#2
氯霉素|Chloramphenicol|GB/T 22338-2008
单核细胞增生李斯特氏菌|Listeria monocytogenes|GB 4789.30-2016
致泻大肠埃希氏菌|Diarrhoeagenic E. coli|GB 4789.6-2016
@ meat_products|肉制品|Meat products|f_metal f_micro f_pres f_colour f_meat
酱卤肉制品|Sauce-braised meat products|GB 2726-2016||
熏煮香肠火腿制品|Smoked and cooked sausages and hams|GB 2726-2016||
腌腊肉制品|Cured meat products|GB 2730-2015|铅 镉 总砷 亚硝酸盐 过氧化值 酸价 苯甲酸及其钠盐 山梨酸及其钾盐 胭脂红 水分|
肉干制品|Dried meat products|GB/T 23969-2009|铅 总砷 水分 蛋白质 菌落总数 大肠菌群 沙门氏菌 金黄色葡萄球菌 苯甲酸及其钠盐 山梨酸及其钾盐 胭脂红 日落黄|
熏烧烤肉制品|Smoked and roasted meat products|GB 2726-2016||
熟肉制品(卤制)|Braised cooked meat|GB 2726-2016||
油炸肉制品|Fried meat products|GB 2726-2016||
发酵肉制品|Fermented meat products|GB 2726-2016||
肉松|Meat floss|GB/T 23968-2009||
调理肉制品|Prepared raw meat products|SB/T 10482-2008|铅 镉 总砷 菌落总数 大肠菌群 沙门氏菌 金黄色葡萄球菌 单核细胞增生李斯特氏菌 亚硝酸盐 苯甲酸及其钠盐 山梨酸及其钾盐 胭脂红 过氧化值|
# f_dairy
蛋白质|Protein|GB 5009.5-2016#3
脂肪|Fat|GB 5009.6-2016#3
非脂乳固体|Milk solids-not-fat|GB 5413.39-2010
酸度|Acidity|GB 5009.239-2016#2
三聚氰胺|Melamine|GB/T 22388-2008#3
黄曲霉毒素M1|Aflatoxin M1|GB 5009.24-2016#2
商业无菌|Commercial sterility|GB 4789.26-2013
乳酸菌数|Lactic acid bacteria count|GB 4789.35-2016
@ dairy|乳制品|Dairy products|f_metal f_micro f_dairy
巴氏杀菌乳|Pasteurised milk|GB 19645-2010|蛋白质 脂肪 非脂乳固体 酸度 三聚氰胺 黄曲霉毒素M1 铅 总汞 总砷 铬 菌落总数 大肠菌群 沙门氏菌 金黄色葡萄球菌|
灭菌乳|Sterilised milk|GB 25190-2010|蛋白质 脂肪 非脂乳固体 酸度 三聚氰胺 黄曲霉毒素M1 铅 总汞 总砷 铬 商业无菌|
发酵乳|Fermented milk|GB 19302-2010|蛋白质 脂肪 非脂乳固体 酸度 三聚氰胺 黄曲霉毒素M1 铅 乳酸菌数 大肠菌群 沙门氏菌 金黄色葡萄球菌 霉菌和酵母|
乳粉|Milk powder|GB 19644-2010|蛋白质 脂肪 三聚氰胺 黄曲霉毒素M1 铅 总砷 铬 菌落总数 大肠菌群 沙门氏菌 金黄色葡萄球菌|
调制乳|Modified milk|GB 25191-2010|蛋白质 脂肪 三聚氰胺 黄曲霉毒素M1 铅 总汞 总砷 铬 菌落总数 大肠菌群 沙门氏菌 金黄色葡萄球菌|
干酪|Cheese|GB 5420-2010|三聚氰胺 黄曲霉毒素M1 铅 大肠菌群 沙门氏菌 金黄色葡萄球菌 霉菌和酵母|
奶油|Cream|GB 19646-2010|脂肪 酸度 三聚氰胺 黄曲霉毒素M1 铅 菌落总数 大肠菌群 沙门氏菌 金黄色葡萄球菌 霉菌和酵母|
炼乳|Condensed milk|GB 13102-2010|蛋白质 脂肪 酸度 三聚氰胺 铅 菌落总数 大肠菌群 沙门氏菌 金黄色葡萄球菌|
# f_drink
可溶性固形物|Soluble solids|GB/T 12143-2008
咖啡因|Caffeine|GB 5009.139-2014#2
茶多酚|Tea polyphenols|GB/T 21733-2008
蛋白质|Protein|GB 5009.5-2016#3
二氧化碳气容量|Carbon dioxide volume|GB/T 12143-2008
@ beverages|饮料|Beverages|f_metal f_micro f_pres f_sweet f_colour f_drink
果蔬汁类及其饮料|Fruit and vegetable juices and drinks|GB/T 31121-2014||
碳酸饮料|Carbonated drinks|GB/T 10792-2008|二氧化碳气容量 苯甲酸及其钠盐 山梨酸及其钾盐 糖精钠 甜蜜素 安赛蜜 阿斯巴甜 柠檬黄 日落黄 诱惑红 咖啡因 铅 菌落总数 大肠菌群 霉菌和酵母|
茶饮料|Tea drinks|GB/T 21733-2008|茶多酚 咖啡因 苯甲酸及其钠盐 山梨酸及其钾盐 甜蜜素 安赛蜜 铅 菌落总数 大肠菌群 霉菌和酵母|
植物蛋白饮料|Plant protein drinks|GB/T 30885-2014|蛋白质 苯甲酸及其钠盐 山梨酸及其钾盐 糖精钠 甜蜜素 铅 菌落总数 大肠菌群 霉菌和酵母|
固体饮料|Solid drinks|GB/T 29602-2013|蛋白质 苯甲酸及其钠盐 山梨酸及其钾盐 糖精钠 甜蜜素 安赛蜜 柠檬黄 日落黄 铅 菌落总数 大肠菌群|
含乳饮料|Milk-containing drinks|GB/T 21732-2008|蛋白质 苯甲酸及其钠盐 山梨酸及其钾盐 糖精钠 甜蜜素 安赛蜜 阿斯巴甜 柠檬黄 日落黄 铅 菌落总数 大肠菌群 霉菌和酵母 沙门氏菌 金黄色葡萄球菌|
风味饮料|Flavoured drinks|GB/T 10789-2015||
咖啡类饮料|Coffee drinks|GB/T 30767-2014|咖啡因 苯甲酸及其钠盐 山梨酸及其钾盐 糖精钠 甜蜜素 安赛蜜 铅 菌落总数 大肠菌群 霉菌和酵母|
运动饮料|Sports drinks|GB 15266-2009||
特殊用途饮料(能量饮料)|Energy drinks|GB 15266-2009||
果蔬汁饮料(浓缩)|Concentrated fruit and vegetable juice|GB/T 31121-2014||
冰淇淋|Ice cream|GB/T 31114-2014|蛋白质 糖精钠 甜蜜素 安赛蜜 柠檬黄 日落黄 胭脂红 亮蓝 铅 菌落总数 大肠菌群 沙门氏菌 金黄色葡萄球菌|
雪糕|Ice lolly|GB/T 31119-2014|蛋白质 糖精钠 甜蜜素 安赛蜜 柠檬黄 日落黄 胭脂红 亮蓝 铅 菌落总数 大肠菌群|
# f_alcohol
酒精度|Alcohol content|GB 5009.225-2016#3
甲醇|Methanol|GB 5009.266-2016
氰化物|Cyanide|GB 5009.36-2016#2
总酸|Total acid|GB 12456-2021;GB/T 12456-2008
固形物|Total solids|GB/T 10345-2007
原麦汁浓度|Original extract|GB/T 4928-2008
二氧化硫残留量|Sulfur dioxide residue|GB 5009.34-2016#2
甜蜜素|Sodium cyclamate|GB 5009.97-2016#3
糖精钠|Saccharin sodium|GB 5009.28-2016#2
铅|Lead|GB 5009.12-2017#4
甲醛|Formaldehyde|GB/T 5009.49-2008
@ alcohol|酒类|Alcoholic beverages|f_alcohol
白酒|Baijiu|GB/T 10781.1-2006|酒精度 甲醇 氰化物 总酸 固形物 甜蜜素 糖精钠 铅|
浓香型白酒|Strong-aroma baijiu|GB/T 10781.1-2006|酒精度 甲醇 氰化物 总酸 固形物 甜蜜素 糖精钠 铅|
清香型白酒|Light-aroma baijiu|GB/T 10781.2-2006|酒精度 甲醇 氰化物 总酸 固形物 甜蜜素 糖精钠 铅|
果酒|Fruit wine|QB/T 5476-2020|酒精度 甲醇 总酸 二氧化硫残留量 甜蜜素 糖精钠 铅|
啤酒|Beer|GB/T 4927-2008|酒精度 原麦汁浓度 总酸 甲醛 铅|
葡萄酒|Wine|GB/T 15037-2006|酒精度 甲醇 总酸 二氧化硫残留量 甜蜜素 糖精钠 铅|
黄酒|Huangjiu (Chinese rice wine)|GB/T 13662-2018|酒精度 总酸 甜蜜素 糖精钠 铅|
配制酒|Blended liquor|GB 2757-2012|酒精度 甲醇 氰化物 甜蜜素 糖精钠 铅|
# f_season
氨基酸态氮|Amino acid nitrogen|GB 5009.235-2016#2
总酸|Total acid|GB/T 12456-2008
谷氨酸钠|Monosodium glutamate|GB 5009.43-2016#2
氯化物|Chloride|GB 5009.44-2016#3
全氮|Total nitrogen|GB 5009.5-2016#3
苏丹红|Sudan dyes|GB/T 19681-2005
@ seasonings|调味品|Condiments|f_metal f_micro f_pres f_sweet f_season
酱油|Soy sauce|GB 2717-2018|氨基酸态氮 全氮 铅 总砷 苯甲酸及其钠盐 山梨酸及其钾盐 脱氢乙酸及其钠盐 糖精钠 甜蜜素 菌落总数 大肠菌群|
食醋|Vinegar|GB 2719-2018|总酸 铅 总砷 苯甲酸及其钠盐 山梨酸及其钾盐 脱氢乙酸及其钠盐 糖精钠 甜蜜素 菌落总数 大肠菌群|
味精|Monosodium glutamate (seasoning)|GB 2720-2015|谷氨酸钠 氯化物 铅 总砷|
鸡精调味料|Chicken essence seasoning|SB/T 10371-2003|谷氨酸钠 氯化物 全氮 铅 总砷 菌落总数 大肠菌群|
辣椒酱|Chilli sauce|GB 2718-2014|苏丹红 苯甲酸及其钠盐 山梨酸及其钾盐 脱氢乙酸及其钠盐 糖精钠 甜蜜素 铅 总砷 大肠菌群|
蚝油|Oyster sauce|GB/T 21999-2008|氨基酸态氮 全氮 铅 总砷 苯甲酸及其钠盐 山梨酸及其钾盐 糖精钠 甜蜜素 菌落总数 大肠菌群|
火锅底料|Hotpot soup base|SB/T 10465-2008|苏丹红 苯甲酸及其钠盐 山梨酸及其钾盐 脱氢乙酸及其钠盐 铅 总砷 大肠菌群|
芝麻酱|Sesame paste|GB/T 23890-2009|铅 总砷 苯甲酸及其钠盐 山梨酸及其钾盐 大肠菌群|
调味料酒|Seasoning wine|SB/T 10416-2007|氨基酸态氮 总酸 铅 苯甲酸及其钠盐 山梨酸及其钾盐 糖精钠 甜蜜素 菌落总数 大肠菌群|
# f_bake
铝的残留量|Aluminium residue|GB 5009.182-2017#2
酸价|Acid value|GB 5009.229-2016#3
过氧化值|Peroxide value|GB 5009.227-2016#2
水分|Moisture|GB 5009.3-2016#2
丙酸及其钠盐、钙盐|Propionic acid and its salts|GB 5009.120-2016#2
@ bakery|糕点、饼干与方便食品|Bakery and convenience foods|f_metal f_micro f_pres f_sweet f_colour f_bake
糕点|Pastries|GB 7099-2015||
月饼|Mooncakes|GB/T 19855-2015||
面包|Bread|GB/T 20981-2007||
蛋糕|Cakes|GB/T 24303-2009||
蛋黄派|Custard pies|GB 7099-2015||
沙琪玛|Shaqima|GB 7099-2015||
桃酥|Walnut cookies|GB 7099-2015||
速冻饺子|Quick-frozen dumplings|GB 19295-2011|过氧化值 酸价 铅 菌落总数 大肠菌群 金黄色葡萄球菌 沙门氏菌|
速冻汤圆|Quick-frozen glutinous rice balls|GB 19295-2011|过氧化值 酸价 铅 菌落总数 大肠菌群 金黄色葡萄球菌 沙门氏菌 糖精钠 甜蜜素|
粽子|Zongzi|SB/T 10377-2004|酸价 过氧化值 铅 苯甲酸及其钠盐 山梨酸及其钾盐 脱氢乙酸及其钠盐 糖精钠 甜蜜素 菌落总数 大肠菌群 霉菌和酵母 沙门氏菌 金黄色葡萄球菌|
饼干|Biscuits|GB 7100-2015|酸价 过氧化值 水分 铝的残留量 铅 苯甲酸及其钠盐 山梨酸及其钾盐 脱氢乙酸及其钠盐 糖精钠 甜蜜素 菌落总数 大肠菌群 霉菌和酵母|
方便面|Instant noodles|GB 17400-2015|酸价 过氧化值 水分 铅 总砷 菌落总数 大肠菌群|
膨化食品|Puffed foods|GB 17401-2014|酸价 过氧化值 水分 铅 糖精钠 甜蜜素 柠檬黄 日落黄 菌落总数 大肠菌群|
速冻面米制品|Quick-frozen rice and flour products|GB 19295-2011|过氧化值 酸价 铅 菌落总数 大肠菌群 金黄色葡萄球菌 沙门氏菌|
# f_sugar
二氧化硫残留量|Sulfur dioxide residue|GB 5009.34-2016#2
黄曲霉毒素B1|Aflatoxin B1|GB 5009.22-2016#3
过氧化值|Peroxide value|GB 5009.227-2016#2
酸价|Acid value|GB 5009.229-2016#3
果糖和葡萄糖|Fructose and glucose|GB 5009.8-2016#2
蔗糖|Sucrose|GB 5009.8-2016#2
淀粉酶值|Diastase activity|GB/T 18932.16-2003
羟甲基糠醛|Hydroxymethylfurfural|GB/T 18932.18-2003
@ confectionery|糖果、蜜饯、炒货与蜂产品|Confectionery, preserved fruit, roasted nuts and bee products|f_metal f_micro f_pres f_sweet f_colour f_sugar
糖果|Candy|GB 17399-2016|铅 糖精钠 甜蜜素 柠檬黄 日落黄 胭脂红 苋菜红 亮蓝 诱惑红 菌落总数 大肠菌群|
蜜饯|Preserved fruit|GB 14884-2016|铅 二氧化硫残留量 苯甲酸及其钠盐 山梨酸及其钾盐 脱氢乙酸及其钠盐 糖精钠 甜蜜素 安赛蜜 柠檬黄 日落黄 胭脂红 苋菜红 亮蓝 菌落总数 大肠菌群 霉菌和酵母|
炒货食品及坚果制品|Roasted seeds and nut products|GB 19300-2014|酸价 过氧化值 黄曲霉毒素B1 铅 糖精钠 甜蜜素 大肠菌群 霉菌和酵母|
蜂蜜|Honey|GB 14963-2011|果糖和葡萄糖 蔗糖 淀粉酶值 羟甲基糠醛 铅 菌落总数 大肠菌群 霉菌和酵母|
巧克力及巧克力制品|Chocolate and chocolate products|GB/T 19343-2016|铅 总砷 糖精钠 甜蜜素 柠檬黄 日落黄 胭脂红 亮蓝 菌落总数 大肠菌群 沙门氏菌|
果冻|Jelly|GB 19299-2015|铅 苯甲酸及其钠盐 山梨酸及其钾盐 脱氢乙酸及其钠盐 糖精钠 甜蜜素 安赛蜜 阿斯巴甜 柠檬黄 日落黄 胭脂红 苋菜红 亮蓝 诱惑红 菌落总数 大肠菌群 霉菌和酵母|
果脯|Candied fruit|GB 14884-2016|铅 二氧化硫残留量 苯甲酸及其钠盐 山梨酸及其钾盐 脱氢乙酸及其钠盐 糖精钠 甜蜜素 安赛蜜 柠檬黄 日落黄 胭脂红 苋菜红 亮蓝 诱惑红 菌落总数 大肠菌群 霉菌和酵母|
# f_soy
蛋白质|Protein|GB 5009.5-2016#3
水分|Moisture|GB 5009.3-2016#2
亚硝酸盐|Nitrite|GB 5009.33-2016#2
碱性橙Ⅱ|Basic orange II|SN/T 3536-2013
吊白块(甲醛次硫酸氢钠)|Rongalite (sodium formaldehyde sulfoxylate)|GB/T 21126-2007
@ soy_vegetable|豆制品与蔬菜制品|Soy and vegetable products|f_metal f_micro f_pres f_sweet f_soy
豆腐|Tofu|GB 2712-2014|蛋白质 铅 苯甲酸及其钠盐 山梨酸及其钾盐 脱氢乙酸及其钠盐 大肠菌群 沙门氏菌 金黄色葡萄球菌|
腐竹|Dried bean-curd sticks|GB 2712-2014|蛋白质 水分 铅 吊白块(甲醛次硫酸氢钠) 碱性橙Ⅱ 苯甲酸及其钠盐 山梨酸及其钾盐|
酱腌菜|Pickled vegetables|GB 2714-2015|亚硝酸盐 铅 苯甲酸及其钠盐 山梨酸及其钾盐 脱氢乙酸及其钠盐 糖精钠 甜蜜素 安赛蜜 大肠菌群|
食用菌制品|Edible fungus products|GB 7096-2014|铅 镉 总汞 总砷 苯甲酸及其钠盐 山梨酸及其钾盐 水分|
豆干|Dried tofu|GB 2712-2014|蛋白质 水分 铅 苯甲酸及其钠盐 山梨酸及其钾盐 脱氢乙酸及其钠盐 糖精钠 甜蜜素 大肠菌群 沙门氏菌 金黄色葡萄球菌 碱性橙Ⅱ|
腐乳|Fermented bean curd|SB/T 10170-2007|蛋白质 铅 总砷 苯甲酸及其钠盐 山梨酸及其钾盐 脱氢乙酸及其钠盐 糖精钠 甜蜜素 安赛蜜 大肠菌群 沙门氏菌 金黄色葡萄球菌|
蔬菜干制品|Dried vegetables|GB/T 23775-2009|水分 铅 镉 总汞 总砷 亚硝酸盐 苯甲酸及其钠盐 山梨酸及其钾盐|
# f_can
商业无菌|Commercial sterility|GB 4789.26-2013
锡|Tin|GB 5009.16-2014#3
固形物含量|Drained solids content|GB/T 10786-2006
可溶性固形物|Soluble solids|GB/T 10786-2006
组胺|Histamine|GB 5009.208-2016#2
甲基汞|Methylmercury|GB 5009.17-2014#2
无机砷|Inorganic arsenic|GB 5009.11-2014#2
挥发性盐基氮|Total volatile basic nitrogen|GB 5009.228-2016#3
@ canned|罐头|Canned foods|f_metal f_pres f_sweet f_can
水果类罐头|Canned fruit|GB 7098-2015|商业无菌 锡 固形物含量 可溶性固形物 铅 总砷 苯甲酸及其钠盐 山梨酸及其钾盐 糖精钠 甜蜜素 安赛蜜 阿斯巴甜|
蔬菜类罐头|Canned vegetables|GB 7098-2015|商业无菌 锡 固形物含量 铅 总砷 苯甲酸及其钠盐 山梨酸及其钾盐 糖精钠 甜蜜素|
畜禽肉类罐头|Canned meat and poultry|GB 7098-2015|商业无菌 锡 固形物含量 铅 总砷 镉 苯甲酸及其钠盐 山梨酸及其钾盐|
水产动物类罐头|Canned aquatic products|GB 7098-2015|商业无菌 锡 组胺 甲基汞 无机砷 铅 镉 苯甲酸及其钠盐 山梨酸及其钾盐|
@ aquatic|水产制品|Aquatic products|f_metal f_micro f_pres f_can
干制水产品|Dried aquatic products|GB 10136-2015|组胺 甲基汞 无机砷 挥发性盐基氮 铅 镉 苯甲酸及其钠盐 山梨酸及其钾盐 菌落总数 大肠菌群 沙门氏菌 金黄色葡萄球菌|
鱼糜制品|Surimi products|GB 10136-2015|甲基汞 无机砷 挥发性盐基氮 铅 镉 苯甲酸及其钠盐 山梨酸及其钾盐 菌落总数 大肠菌群 沙门氏菌 金黄色葡萄球菌|
熟制动物性水产制品|Cooked aquatic animal products|GB 10136-2015|组胺 甲基汞 无机砷 铅 镉 苯甲酸及其钠盐 山梨酸及其钾盐 菌落总数 大肠菌群 沙门氏菌 金黄色葡萄球菌|
# f_tea
水分|Moisture|GB 5009.3-2016#2
总灰分|Total ash|GB 5009.4-2016
水浸出物|Water extract|GB/T 8305-2013
茶多酚|Tea polyphenols|GB/T 8313-2018
稀土|Rare earths|GB 5009.94-2012
粉末和碎茶|Powder and broken tea|GB/T 8311-2013
@ tea|茶叶及相关制品|Tea and related products|f_metal f_tea
绿茶|Green tea|GB/T 14456.1-2017||
红茶|Black tea|GB/T 13738.2-2017||
花茶|Scented tea|GB/T 22292-2017||
代用茶|Substitute tea|GH/T 1091-2014|水分 总灰分 铅 总砷 稀土|
# f_egg
铅|Lead|GB 5009.12-2017#4
挥发性盐基氮|Total volatile basic nitrogen|GB 5009.228-2016#3
菌落总数|Total plate count|GB 4789.2-2016
大肠菌群|Coliforms|GB 4789.3-2016#2
沙门氏菌|Salmonella|GB 4789.4-2016
苯甲酸及其钠盐|Benzoic acid and its sodium salt|GB 5009.28-2016#2
山梨酸及其钾盐|Sorbic acid and its potassium salt|GB 5009.28-2016#2
铝的残留量|Aluminium residue|GB 5009.182-2017#2
二氧化硫残留量|Sulfur dioxide residue|GB 5009.34-2016#2
@ eggs_starch|蛋制品与淀粉制品|Egg products and starch products|f_egg
皮蛋|Century eggs|GB 2749-2015|铅 挥发性盐基氮 菌落总数 大肠菌群 沙门氏菌|
咸蛋|Salted eggs|GB 2749-2015|铅 挥发性盐基氮 菌落总数 大肠菌群 沙门氏菌 苯甲酸及其钠盐 山梨酸及其钾盐|
卤蛋|Marinated eggs|GB 2749-2015|铅 菌落总数 大肠菌群 沙门氏菌 苯甲酸及其钠盐 山梨酸及其钾盐|
粉丝粉条|Starch noodles|GB 2713-2015|铅 铝的残留量 二氧化硫残留量 苯甲酸及其钠盐 山梨酸及其钾盐|
食用淀粉|Edible starch|GB 31637-2016|铅 二氧化硫残留量 菌落总数 大肠菌群|
""",
    "agriculture": """
# a_pest
敌敌畏|Dichlorvos|NY/T 761-2008;GB 23200.113-2018;GB 23200.8-2016
甲胺磷|Methamidophos|NY/T 761-2008;GB 23200.113-2018
乙酰甲胺磷|Acephate|NY/T 761-2008;GB 23200.113-2018
氧乐果|Omethoate|NY/T 761-2008;GB 23200.113-2018;GB/T 20769-2008
乐果|Dimethoate|NY/T 761-2008;GB 23200.113-2018;GB 23200.8-2016
甲拌磷|Phorate|NY/T 761-2008;GB 23200.113-2018;GB 23200.8-2016
毒死蜱|Chlorpyrifos|NY/T 761-2008;GB 23200.113-2018;GB 23200.8-2016
三唑磷|Triazophos|NY/T 761-2008;GB 23200.113-2018;GB 23200.8-2016
水胺硫磷|Isocarbophos|NY/T 761-2008;GB 23200.113-2018
马拉硫磷|Malathion|NY/T 761-2008;GB 23200.113-2018;GB 23200.8-2016
对硫磷|Parathion|NY/T 761-2008;GB 23200.113-2018
甲基对硫磷|Parathion-methyl|NY/T 761-2008;GB 23200.113-2018
辛硫磷|Phoxim|GB/T 20769-2008;GB 23200.121-2021
杀螟硫磷|Fenitrothion|NY/T 761-2008;GB 23200.113-2018;GB 23200.8-2016
二嗪磷|Diazinon|NY/T 761-2008;GB 23200.113-2018;GB 23200.8-2016
丙溴磷|Profenofos|NY/T 761-2008;GB 23200.113-2018;GB 23200.8-2016
久效磷|Monocrotophos|NY/T 761-2008;GB 23200.113-2018
敌百虫|Trichlorfon|NY/T 761-2008;GB/T 20769-2008
氯氰菊酯|Cypermethrin|NY/T 761-2008;GB 23200.113-2018;GB 23200.8-2016
高效氯氟氰菊酯|Lambda-cyhalothrin|NY/T 761-2008;GB 23200.113-2018;GB 23200.8-2016
溴氰菊酯|Deltamethrin|NY/T 761-2008;GB 23200.113-2018;GB 23200.8-2016
氰戊菊酯|Fenvalerate|NY/T 761-2008;GB 23200.113-2018;GB 23200.8-2016
联苯菊酯|Bifenthrin|NY/T 761-2008;GB 23200.113-2018;GB 23200.8-2016
甲氰菊酯|Fenpropathrin|NY/T 761-2008;GB 23200.113-2018;GB 23200.8-2016
氟氯氰菊酯|Cyfluthrin|NY/T 761-2008;GB 23200.113-2018
六六六|HCH|NY/T 761-2008;GB 23200.113-2018
滴滴涕|DDT|NY/T 761-2008;GB 23200.113-2018
百菌清|Chlorothalonil|NY/T 761-2008;GB 23200.113-2018
三氯杀螨醇|Dicofol|NY/T 761-2008;GB 23200.113-2018
五氯硝基苯|Quintozene|NY/T 761-2008;GB 23200.113-2018
硫丹|Endosulfan|NY/T 761-2008;GB 23200.113-2018
腐霉利|Procymidone|NY/T 761-2008;GB 23200.113-2018;GB 23200.8-2016
克百威|Carbofuran|NY/T 761-2008;GB/T 20769-2008;GB 23200.121-2021
涕灭威|Aldicarb|NY/T 761-2008;GB/T 20769-2008;GB 23200.121-2021
灭多威|Methomyl|NY/T 761-2008;GB/T 20769-2008;GB 23200.121-2021
甲萘威|Carbaryl|NY/T 761-2008;GB/T 20769-2008
异丙威|Isoprocarb|NY/T 761-2008;GB/T 20769-2008
吡虫啉|Imidacloprid|GB/T 20769-2008;GB 23200.121-2021
啶虫脒|Acetamiprid|GB/T 20769-2008;GB 23200.121-2021
噻虫嗪|Thiamethoxam|GB/T 20769-2008;GB 23200.121-2021
噻虫胺|Clothianidin|GB/T 20769-2008;GB 23200.121-2021
多菌灵|Carbendazim|GB/T 20769-2008;GB 23200.121-2021
阿维菌素|Abamectin|GB 23200.19-2016;GB 23200.121-2021
甲氨基阿维菌素苯甲酸盐|Emamectin benzoate|GB/T 20769-2008;GB 23200.121-2021
灭蝇胺|Cyromazine|GB/T 20769-2008;NY/T 1725-2009
烯酰吗啉|Dimethomorph|GB/T 20769-2008;GB 23200.121-2021
吡唑醚菌酯|Pyraclostrobin|GB/T 20769-2008;GB 23200.121-2021
嘧霉胺|Pyrimethanil|GB 23200.113-2018;GB/T 20769-2008
氟虫腈|Fipronil|GB 23200.113-2018;GB 23200.121-2021
苯醚甲环唑|Difenoconazole|GB 23200.113-2018;GB/T 20769-2008
戊唑醇|Tebuconazole|GB 23200.113-2018;GB/T 20769-2008
甲基异柳磷|Isofenphos-methyl|NY/T 761-2008;GB 23200.113-2018
治螟磷|Sulfotep|NY/T 761-2008;GB 23200.113-2018
特丁硫磷|Terbufos|NY/T 761-2008;GB 23200.113-2018
灭线磷|Ethoprophos|NY/T 761-2008;GB 23200.113-2018
硫线磷|Cadusafos|GB 23200.113-2018
内吸磷|Demeton|NY/T 761-2008;GB 23200.113-2018
蝇毒磷|Coumaphos|NY/T 761-2008;GB 23200.113-2018
地虫硫磷|Fonofos|NY/T 761-2008;GB 23200.113-2018
氯唑磷|Isazofos|GB 23200.113-2018;GB 23200.8-2016
伏杀硫磷|Phosalone|NY/T 761-2008;GB 23200.113-2018;GB 23200.8-2016
亚胺硫磷|Phosmet|NY/T 761-2008;GB 23200.113-2018;GB 23200.8-2016
喹硫磷|Quinalphos|NY/T 761-2008;GB 23200.113-2018;GB 23200.8-2016
倍硫磷|Fenthion|NY/T 761-2008;GB 23200.113-2018;GB 23200.8-2016
杀扑磷|Methidathion|NY/T 761-2008;GB 23200.113-2018;GB 23200.8-2016
乙硫磷|Ethion|NY/T 761-2008;GB 23200.113-2018;GB 23200.8-2016
哒嗪硫磷|Pyridaphenthion|GB 23200.113-2018;GB 23200.8-2016
氟氰戊菊酯|Flucythrinate|NY/T 761-2008;GB 23200.113-2018;GB 23200.8-2016
氯菊酯|Permethrin|NY/T 761-2008;GB 23200.113-2018;GB 23200.8-2016
氟胺氰菊酯|Tau-fluvalinate|NY/T 761-2008;GB 23200.113-2018;GB 23200.8-2016
醚菊酯|Etofenprox|GB 23200.113-2018;GB 23200.8-2016
七氯|Heptachlor|NY/T 761-2008;GB 23200.113-2018
艾氏剂|Aldrin|NY/T 761-2008;GB 23200.113-2018
狄氏剂|Dieldrin|NY/T 761-2008;GB 23200.113-2018
异狄氏剂|Endrin|NY/T 761-2008;GB 23200.113-2018
氯丹|Chlordane|NY/T 761-2008;GB 23200.113-2018
六氯苯|Hexachlorobenzene|NY/T 761-2008;GB 23200.113-2018
三唑酮|Triadimefon|GB 23200.113-2018;GB 23200.8-2016
三唑醇|Triadimenol|GB 23200.113-2018;GB 23200.8-2016
腈菌唑|Myclobutanil|GB 23200.113-2018;GB 23200.8-2016
己唑醇|Hexaconazole|GB 23200.113-2018;GB 23200.8-2016
丙环唑|Propiconazole|GB 23200.113-2018;GB 23200.8-2016
异菌脲|Iprodione|GB 23200.113-2018;GB 23200.8-2016
乙烯菌核利|Vinclozolin|GB 23200.113-2018;GB 23200.8-2016
嘧菌环胺|Cyprodinil|GB 23200.113-2018;GB 23200.8-2016
氟硅唑|Flusilazole|GB 23200.113-2018;GB 23200.8-2016
虫螨腈|Chlorfenapyr|GB 23200.113-2018;GB 23200.8-2016
哒螨灵|Pyridaben|GB 23200.113-2018;GB 23200.8-2016
炔螨特|Propargite|GB 23200.113-2018;GB 23200.8-2016
莠去津|Atrazine|GB 23200.113-2018;GB 23200.8-2016
乙草胺|Acetochlor|GB 23200.113-2018;GB 23200.8-2016
丁草胺|Butachlor|GB 23200.113-2018;GB 23200.8-2016
二甲戊灵|Pendimethalin|GB 23200.113-2018;GB 23200.8-2016
氟乐灵|Trifluralin|GB 23200.113-2018;GB 23200.8-2016
咪鲜胺|Prochloraz|GB/T 20769-2008;GB 23200.121-2021
嘧菌酯|Azoxystrobin|GB/T 20769-2008;GB 23200.121-2021
肟菌酯|Trifloxystrobin|GB/T 20769-2008;GB 23200.121-2021
啶酰菌胺|Boscalid|GB/T 20769-2008;GB 23200.121-2021
甲霜灵|Metalaxyl|GB/T 20769-2008;GB 23200.121-2021
噻虫啉|Thiacloprid|GB/T 20769-2008;GB 23200.121-2021
呋虫胺|Dinotefuran|GB/T 20769-2008;GB 23200.121-2021
烯啶虫胺|Nitenpyram|GB/T 20769-2008;GB 23200.121-2021
氯虫苯甲酰胺|Chlorantraniliprole|GB/T 20769-2008;GB 23200.121-2021
虫酰肼|Tebufenozide|GB/T 20769-2008;GB 23200.121-2021
茚虫威|Indoxacarb|GB/T 20769-2008;GB 23200.121-2021
螺螨酯|Spirodiclofen|GB/T 20769-2008;GB 23200.121-2021
噻嗪酮|Buprofezin|GB/T 20769-2008;GB 23200.121-2021
吡蚜酮|Pymetrozine|GB/T 20769-2008;GB 23200.121-2021
丁硫克百威|Carbosulfan|GB/T 20769-2008;GB 23200.121-2021
抗蚜威|Pirimicarb|GB/T 20769-2008;GB 23200.121-2021
残杀威|Propoxur|GB/T 20769-2008;GB 23200.121-2021
多杀霉素|Spinosad|GB/T 20769-2008;GB 23200.121-2021
百草枯|Paraquat|SN/T 0293-2014
有机磷和氨基甲酸酯类农药(酶抑制率法)|Organophosphates and carbamates (enzyme inhibition)|GB/T 5009.199-2003
@ leafy|叶菜类蔬菜|Leafy vegetables|a_pest
菠菜|Spinach|GB 2763-2019||
芹菜|Celery|GB 2763-2019||
大白菜|Chinese cabbage|GB 2763-2019||
普通白菜|Pak choi|GB 2763-2019||
韭菜|Chinese chives|GB 2763-2019||
结球甘蓝|Cabbage|GB 2763-2019||
生菜|Lettuce|GB 2763-2019||
油麦菜|Leaf lettuce (youmaicai)|GB 2763-2019||
茼蒿|Garland chrysanthemum|GB 2763-2019||
小白菜|Baby bok choy|GB 2763-2019||
菜薹|Flowering Chinese cabbage|GB 2763-2019||
@ fruiting|茄果类与豆类蔬菜|Fruiting vegetables and legume vegetables|a_pest
番茄|Tomato|GB 2763-2019||
黄瓜|Cucumber|GB 2763-2019||
茄子|Aubergine|GB 2763-2019||
辣椒|Chilli pepper|GB 2763-2019||
豇豆|Cowpea|GB 2763-2019||
菜豆|Kidney bean|GB 2763-2019||
甜椒|Sweet pepper|GB 2763-2019||
西葫芦|Zucchini|GB 2763-2019||
苦瓜|Bitter gourd|GB 2763-2019||
食荚豌豆|Edible-podded pea|GB 2763-2019||
花椰菜|Cauliflower|GB 2763-2019||
@ roots|根茎类与鳞茎类蔬菜|Root, tuber and bulb vegetables|a_pest
马铃薯|Potato|GB 2763-2019||
萝卜|Radish|GB 2763-2019||
胡萝卜|Carrot|GB 2763-2019||
生姜|Ginger|GB 2763-2019||
大葱|Welsh onion|GB 2763-2019||
洋葱|Onion|GB 2763-2019||
大蒜|Garlic|GB 2763-2019||
山药|Chinese yam|GB 2763-2019||
莲藕|Lotus root|GB 2763-2019||
@ fruits|水果|Fruit|a_pest
苹果|Apple|GB 2763-2019||
梨|Pear|GB 2763-2019||
葡萄|Grape|GB 2763-2019||
桃|Peach|GB 2763-2019||
草莓|Strawberry|GB 2763-2019||
柑橘|Citrus|GB 2763-2019||
西瓜|Watermelon|GB 2763-2019||
甜瓜|Melon|GB 2763-2019||
樱桃|Cherry|GB 2763-2019||
李子|Plum|GB 2763-2019||
猕猴桃|Kiwifruit|GB 2763-2019||
香蕉|Banana|GB 2763-2019||
南果梨|Nanguo pear|GB 2763-2019||
蓝莓|Blueberry|GB 2763-2019||
@ fungi_tea|食用菌与茶叶|Edible fungi and tea leaves|a_pest
香菇|Shiitake mushroom|GB 2763-2019||
平菇|Oyster mushroom|GB 2763-2019||
木耳|Wood ear fungus|GB 2763-2019||
茶叶(鲜叶及初制茶)|Tea leaves (fresh and primary)|GB 2763-2019||
# a_grain
容重|Test weight|GB/T 5498-2013
不完善粒|Imperfect kernels|GB/T 5494-2019
杂质|Impurities|GB/T 5494-2019
水分|Moisture|GB 5009.3-2016#2
色泽、气味|Colour and odour|GB/T 5492-2008
出糙率|Husked rice yield|GB/T 5495-2008
整精米率|Head rice yield|GB/T 21719-2008
粗蛋白质|Crude protein|GB 5009.5-2016#3
粗脂肪|Crude fat|GB 5009.6-2016#3
脂肪酸值|Fat acidity value|GB/T 20569-2006;GB/T 20570-2015
降落数值|Falling number|GB/T 10361-2008
黄曲霉毒素B1|Aflatoxin B1|GB 5009.22-2016#3
脱氧雪腐镰刀菌烯醇|Deoxynivalenol|GB 5009.111-2016#3
玉米赤霉烯酮|Zearalenone|GB 5009.209-2016#2
铅|Lead|GB 5009.12-2017#4
镉|Cadmium|GB 5009.15-2014
总汞|Total mercury|GB 5009.17-2014#2
无机砷|Inorganic arsenic|GB 5009.11-2014#2
毒死蜱|Chlorpyrifos|GB 23200.9-2016;GB 23200.113-2018
马拉硫磷|Malathion|GB 23200.9-2016;GB 23200.113-2018
氯氰菊酯|Cypermethrin|GB 23200.9-2016;GB 23200.113-2018
溴氰菊酯|Deltamethrin|GB 23200.9-2016;GB 23200.113-2018
敌敌畏|Dichlorvos|GB 23200.9-2016;GB 23200.113-2018
@ grains|粮食与油料|Grains and oilseeds|a_grain
玉米|Maize|GB 1353-2018|容重 不完善粒 杂质 水分 色泽、气味 脂肪酸值 黄曲霉毒素B1 脱氧雪腐镰刀菌烯醇 玉米赤霉烯酮 铅 镉 总汞 无机砷 毒死蜱 马拉硫磷 氯氰菊酯 溴氰菊酯 敌敌畏|
稻谷|Paddy rice|GB 1350-2009|出糙率 整精米率 不完善粒 杂质 水分 色泽、气味 脂肪酸值 黄曲霉毒素B1 铅 镉 总汞 无机砷 毒死蜱 马拉硫磷 氯氰菊酯 溴氰菊酯 敌敌畏|
小麦|Wheat|GB 1351-2008|容重 不完善粒 杂质 水分 色泽、气味 降落数值 脱氧雪腐镰刀菌烯醇 玉米赤霉烯酮 铅 镉 总汞 毒死蜱 马拉硫磷 氯氰菊酯 溴氰菊酯 敌敌畏|
大豆|Soybean|GB 1352-2009|不完善粒 杂质 水分 色泽、气味 粗蛋白质 粗脂肪 铅 镉 总汞 毒死蜱 氯氰菊酯 溴氰菊酯|
# a_vet
克伦特罗|Clenbuterol|GB/T 22286-2008;农业部1025号公告-18-2008
莱克多巴胺|Ractopamine|GB/T 22286-2008;农业部1025号公告-18-2008
沙丁胺醇|Salbutamol|GB/T 22286-2008;农业部1025号公告-18-2008
氯霉素|Chloramphenicol|GB/T 22338-2008
氟苯尼考|Florfenicol|GB/T 22338-2008
硝基呋喃类代谢物|Nitrofuran metabolites|GB/T 21311-2007;农业部781号公告-4-2006
磺胺类|Sulfonamides|GB/T 21316-2007;GB/T 20759-2006
喹诺酮类|Fluoroquinolones|GB/T 21312-2007;农业部1025号公告-14-2008
四环素类|Tetracyclines|GB/T 21317-2007
孔雀石绿|Malachite green|GB/T 19857-2005;GB/T 20361-2006
硝基咪唑类|Nitroimidazoles|GB/T 21318-2007
挥发性盐基氮|Total volatile basic nitrogen|GB 5009.228-2016#3
水分|Moisture|GB 18394-2020
铅|Lead|GB 5009.12-2017#4
镉|Cadmium|GB 5009.15-2014
总汞|Total mercury|GB 5009.17-2014#2
@ animal|畜禽与水产品|Livestock, poultry and aquatic products|a_vet
猪肉|Pork|GB 2707-2016|克伦特罗 莱克多巴胺 沙丁胺醇 氯霉素 磺胺类 喹诺酮类 四环素类 挥发性盐基氮 水分 铅 镉 总汞|
牛肉|Beef|GB 2707-2016|克伦特罗 莱克多巴胺 沙丁胺醇 氯霉素 磺胺类 喹诺酮类 挥发性盐基氮 水分 铅 镉|
羊肉|Mutton|GB 2707-2016|克伦特罗 莱克多巴胺 沙丁胺醇 氯霉素 磺胺类 喹诺酮类 挥发性盐基氮 水分 铅 镉|
鸡肉|Chicken|GB 2707-2016|氯霉素 氟苯尼考 硝基呋喃类代谢物 磺胺类 喹诺酮类 四环素类 挥发性盐基氮 水分 铅|
猪肝|Pig liver|GB 2707-2016|克伦特罗 莱克多巴胺 沙丁胺醇 磺胺类 喹诺酮类 铅 镉 总汞|
鲜鸡蛋|Fresh eggs|GB 2749-2015|氟苯尼考 喹诺酮类 磺胺类 四环素类 氯霉素 硝基呋喃类代谢物 铅 镉 总汞|
淡水鱼|Freshwater fish|GB 2733-2015|孔雀石绿 氯霉素 硝基呋喃类代谢物 磺胺类 喹诺酮类 硝基咪唑类 挥发性盐基氮 铅 镉 总汞|
# a_feed
粗蛋白质|Crude protein|GB/T 6432-2018
粗脂肪|Crude fat|GB/T 6433-2006
粗纤维|Crude fibre|GB/T 6434-2006
粗灰分|Crude ash|GB/T 6438-2007
水分|Moisture|GB/T 6435-2014
钙|Calcium|GB/T 6436-2018
总磷|Total phosphorus|GB/T 6437-2018
水溶性氯化物|Water-soluble chloride|GB/T 6439-2007
黄曲霉毒素B1|Aflatoxin B1|GB/T 36858-2018
铅|Lead|GB/T 13080-2018
总砷|Total arsenic|GB/T 13079-2006
镉|Cadmium|GB/T 13082-1991
@ feed|饲料|Feed|a_feed
猪配合饲料|Compound feed for pigs|GB/T 5915-2020||
蛋鸡配合饲料|Compound feed for layers|GB/T 5916-2020||
饲料用玉米|Feed maize|GB/T 17890-2008|粗蛋白质 粗脂肪 粗纤维 粗灰分 水分 黄曲霉毒素B1 铅 总砷 镉|
饲料卫生|Feed hygiene|GB 13078-2017|黄曲霉毒素B1 铅 总砷 镉|
# a_fert
总氮|Total nitrogen|GB/T 22923-2008;GB/T 8572-2010
有效磷|Available phosphorus|GB/T 8573-2017
钾含量|Potassium content|GB/T 8574-2010
水分|Moisture|GB/T 8576-2010;GB/T 8577-2010
粒度|Particle size|GB/T 24891-2010
氯离子|Chloride|GB/T 15063-2020
缩二脲|Biuret|GB/T 22924-2008
有机质|Organic matter|NY/T 525-2021
重金属(砷、镉、铅、铬、汞)|Heavy metals (As, Cd, Pb, Cr, Hg)|GB/T 23349-2020;NY/T 1978-2010
@ fertiliser|肥料|Fertilisers|a_fert
复混肥料(复合肥料)|Compound fertiliser|GB/T 15063-2020|总氮 有效磷 钾含量 水分 粒度 氯离子 缩二脲 重金属(砷、镉、铅、铬、汞)|
有机肥料|Organic fertiliser|NY/T 525-2021|总氮 有效磷 钾含量 水分 有机质 重金属(砷、镉、铅、铬、汞)|
尿素|Urea|GB/T 2440-2017|总氮 缩二脲 水分 粒度|
大量元素水溶肥料|Macronutrient water-soluble fertiliser|NY/T 1107-2020|总氮 有效磷 钾含量 水分 重金属(砷、镉、铅、铬、汞)|
""",
    "motor_vehicle": """
# v_safety
车辆唯一性检查|Vehicle identity check|GB 38900-2020
车辆特征参数检查|Vehicle characteristic parameters|GB 38900-2020
车辆外观检查|Vehicle exterior check|GB 38900-2020
安全装置检查|Safety equipment check|GB 38900-2020;GB 7258-2017
底盘动态检验|Dynamic chassis inspection|GB 38900-2020
车辆底盘部件检查|Chassis component check|GB 38900-2020
行车制动性能|Service braking performance|GB 38900-2020;GB 7258-2017
驻车制动性能|Parking braking performance|GB 38900-2020;GB 7258-2017
前照灯远光发光强度|Headlamp high-beam intensity|GB 38900-2020;GB 7258-2017
前照灯光束垂直偏移|Headlamp beam vertical deviation|GB 38900-2020;GB 7258-2017
转向轮横向侧滑量|Steered-wheel side slip|GB 38900-2020;GB 7258-2017
车速表指示误差|Speedometer error|GB 38900-2020;GB 7258-2017
外廓尺寸|Overall dimensions|GB 1589-2016;GB/T 12673-2019
整备质量|Kerb mass|GB/T 12674-1990;GB 38900-2020
喇叭声级|Horn sound level|GB 7258-2017
# v_emission
排气污染物(双怠速法)|Exhaust pollutants (two-speed idle)|GB 18285-2018
排气污染物(简易瞬态工况法)|Exhaust pollutants (simplified transient)|GB 18285-2018
排气污染物(稳态工况法)|Exhaust pollutants (steady-state loaded)|GB 18285-2018
烟度(加载减速法)|Smoke opacity (lug-down)|GB 3847-2018
烟度(自由加速法)|Smoke opacity (free acceleration)|GB 3847-2018
林格曼黑度|Ringelmann blackness|GB 3847-2018
车载诊断系统(OBD)检查|On-board diagnostics (OBD) check|GB 18285-2018;GB 3847-2018
# v_operation
发动机功率|Engine power|GB 18565-2016;GB/T 18276-2017
驱动轮输出功率|Driving-wheel output power|GB 18565-2016;GB/T 18276-2017
悬架特性|Suspension characteristics|GB 18565-2016
转向操纵性|Steering manoeuvrability|GB 18565-2016
@ vehicles|机动车|Motor vehicles|v_safety v_emission v_operation
小微型载客汽车|Small and mini passenger cars|GB 7258-2017|车辆唯一性检查 车辆特征参数检查 车辆外观检查 安全装置检查 底盘动态检验 车辆底盘部件检查 行车制动性能 驻车制动性能 前照灯远光发光强度 前照灯光束垂直偏移 转向轮横向侧滑量 车速表指示误差 排气污染物(双怠速法) 排气污染物(简易瞬态工况法) 排气污染物(稳态工况法) 车载诊断系统(OBD)检查|
大中型客车|Large and medium buses|GB 7258-2017|车辆唯一性检查 车辆特征参数检查 车辆外观检查 安全装置检查 底盘动态检验 车辆底盘部件检查 行车制动性能 驻车制动性能 前照灯远光发光强度 前照灯光束垂直偏移 转向轮横向侧滑量 车速表指示误差 外廓尺寸 烟度(加载减速法) 烟度(自由加速法) 林格曼黑度 车载诊断系统(OBD)检查|
重中型货车|Heavy and medium goods vehicles|GB 7258-2017|车辆唯一性检查 车辆特征参数检查 车辆外观检查 安全装置检查 底盘动态检验 车辆底盘部件检查 行车制动性能 驻车制动性能 前照灯远光发光强度 前照灯光束垂直偏移 转向轮横向侧滑量 车速表指示误差 外廓尺寸 整备质量 烟度(加载减速法) 烟度(自由加速法) 林格曼黑度 车载诊断系统(OBD)检查|
轻微型货车|Light and mini goods vehicles|GB 7258-2017|车辆唯一性检查 车辆特征参数检查 车辆外观检查 安全装置检查 行车制动性能 驻车制动性能 前照灯远光发光强度 转向轮横向侧滑量 外廓尺寸 整备质量 排气污染物(双怠速法) 排气污染物(简易瞬态工况法) 烟度(加载减速法)|
挂车|Trailers|GB 7258-2017|车辆唯一性检查 车辆特征参数检查 车辆外观检查 安全装置检查 车辆底盘部件检查 行车制动性能 驻车制动性能 外廓尺寸 整备质量|
专项作业车|Special-purpose vehicles|GB 7258-2017|车辆唯一性检查 车辆特征参数检查 车辆外观检查 安全装置检查 底盘动态检验 行车制动性能 驻车制动性能 前照灯远光发光强度 外廓尺寸 整备质量 烟度(加载减速法) 烟度(自由加速法)|
摩托车|Motorcycles|GB 7258-2017|车辆唯一性检查 车辆外观检查 行车制动性能 前照灯远光发光强度 车速表指示误差 喇叭声级|
道路运输车辆|Road transport vehicles|GB 18565-2016|发动机功率 驱动轮输出功率 悬架特性 转向操纵性 行车制动性能 驻车制动性能 前照灯远光发光强度 转向轮横向侧滑量|
""",
    "electrical": """
# el_appliance
标志和说明|Marking and instructions|*;GB 4706.1-2005
对触及带电部件的防护|Protection against access to live parts|*;GB 4706.1-2005
输入功率和电流|Power input and current|*;GB 4706.1-2005
发热|Heating|*;GB 4706.1-2005
工作温度下的泄漏电流和电气强度|Leakage current and electric strength at operating temperature|*;GB 4706.1-2005
耐潮湿|Moisture resistance|*;GB 4706.1-2005
泄漏电流和电气强度|Leakage current and electric strength|*;GB 4706.1-2005
非正常工作|Abnormal operation|*;GB 4706.1-2005
稳定性和机械危险|Stability and mechanical hazards|*;GB 4706.1-2005
机械强度|Mechanical strength|*;GB 4706.1-2005
结构|Construction|*;GB 4706.1-2005
内部布线|Internal wiring|*;GB 4706.1-2005
电源连接和外部软线|Supply connection and external flexible cords|*;GB 4706.1-2005
接地措施|Provision for earthing|*;GB 4706.1-2005
电气间隙、爬电距离和固体绝缘|Clearances, creepage distances and solid insulation|*;GB 4706.1-2005
耐热和耐燃|Resistance to heat and fire|*;GB 4706.1-2005
# el_emc
骚扰电压|Disturbance voltage|GB 4343.1-2018
骚扰功率|Disturbance power|GB 4343.1-2018
辐射骚扰|Radiated disturbance|GB 4343.1-2018
谐波电流|Harmonic current emissions|GB 17625.1-2012
电压波动和闪烁|Voltage fluctuation and flicker|GB/T 17625.2-2007
静电放电抗扰度|Electrostatic discharge immunity|GB/T 17626.2-2018
射频电磁场辐射抗扰度|Radiated RF immunity|GB/T 17626.3-2016
电快速瞬变脉冲群抗扰度|Electrical fast transient immunity|GB/T 17626.4-2018
浪涌(冲击)抗扰度|Surge immunity|GB/T 17626.5-2019
射频场感应的传导骚扰抗扰度|Conducted RF immunity|GB/T 17626.6-2017
电压暂降和短时中断抗扰度|Voltage dips and interruptions immunity|GB/T 17626.11-2008
# el_energy
能效等级|Energy efficiency grade|*
@ household|家用和类似用途电器|Household appliances|el_appliance el_emc el_energy
家用电冰箱|Household refrigerator|GB 4706.13-2014||
洗衣机|Washing machine|GB 4706.24-2008||
储水式电热水器|Storage water heater|GB 4706.12-2006||
微波炉|Microwave oven|GB 4706.21-2008||
电饭锅|Rice cooker|GB 4706.19-2008||
电熨斗|Electric iron|GB 4706.2-2007||
真空吸尘器|Vacuum cleaner|GB 4706.7-2014||
电风扇|Electric fan|GB 4706.27-2008||
房间空气调节器|Room air conditioner|GB 4706.32-2012||
电磁灶|Induction hob|GB 4706.29-2008||
室内加热器|Room heater|GB 4706.23-2007||
吸油烟机|Range hood|GB 4706.28-2008||
电热毯|Electric blanket|GB 4706.8-2008||
电动剃须刀|Electric shaver|GB 4706.9-2008||
电吹风|Hair dryer|GB 4706.15-2008||
快热式电热水器|Instantaneous water heater|GB 4706.11-2008||
电烤箱|Electric oven|GB 4706.14-2008||
食品加工器具|Food processors|GB 4706.30-2008||
洗碗机|Dishwasher|GB 4706.25-2008||
空气净化器|Air cleaner|GB 4706.45-2008||
电暖器|Electric heater|GB 4706.23-2007||
饮水机|Water dispenser|GB 4706.13-2014||
热泵热水器|Heat-pump water heater|GB 4706.32-2012||
储热式电暖器|Storage heater|GB 4706.44-2005||
电动按摩器具|Massage appliances|GB 4706.10-2008||
电动洗衣机甩干机|Spin extractors|GB 4706.26-2008||
厨房机械|Kitchen machines|GB 4706.30-2008||
电蒸锅|Electric steamers|GB 4706.19-2008||
电水壶|Electric kettles|GB 4706.19-2008||
电饼铛|Electric griddles|GB 4706.14-2008||
加湿器|Humidifiers|GB 4706.48-2009||
除湿机|Dehumidifiers|GB 4706.32-2012||
坐便器(智能)|Smart toilet seats|GB 4706.53-2008||
# el_cable
绝缘厚度|Insulation thickness|GB/T 2951.11-2008
护套厚度|Sheath thickness|GB/T 2951.11-2008
外形尺寸|Overall dimensions|GB/T 2951.11-2008
导体直流电阻|Conductor DC resistance|GB/T 3048.4-2007
电压试验|Voltage test|GB/T 3048.8-2007
绝缘电阻|Insulation resistance|GB/T 3048.5-2007
绝缘老化前后机械性能|Insulation mechanical properties before and after ageing|GB/T 2951.11-2008;GB/T 2951.12-2008
护套老化前后机械性能|Sheath mechanical properties before and after ageing|GB/T 2951.11-2008;GB/T 2951.12-2008
热延伸试验|Hot set test|GB/T 2951.21-2008
高温压力试验|Pressure test at high temperature|GB/T 2951.31-2008
热冲击试验|Heat shock test|GB/T 2951.31-2008
低温弯曲试验|Bending test at low temperature|GB/T 2951.14-2008
单根垂直燃烧|Single vertical flame test|GB/T 18380.12-2008
成束阻燃性能|Bunched-cable flame retardance|GB/T 18380.33-2008;GB/T 18380.35-2008
线路完整性(耐火)|Circuit integrity (fire resistance)|GB/T 19216.21-2003
烟密度|Smoke density|GB/T 17651.2-1998
卤酸气体含量|Halogen acid gas content|GB/T 17650.1-1998
局部放电试验|Partial discharge test|GB/T 3048.12-2007
@ cables|电线电缆|Wires and cables|el_cable
聚氯乙烯绝缘无护套电缆|PVC-insulated non-sheathed cable|GB/T 5023.3-2008|绝缘厚度 外形尺寸 导体直流电阻 电压试验 绝缘电阻 绝缘老化前后机械性能 高温压力试验 热冲击试验 低温弯曲试验 单根垂直燃烧|CS
聚氯乙烯绝缘软电缆|PVC-insulated flexible cable|GB/T 5023.5-2008|绝缘厚度 护套厚度 外形尺寸 导体直流电阻 电压试验 绝缘电阻 绝缘老化前后机械性能 护套老化前后机械性能 高温压力试验 热冲击试验 低温弯曲试验 单根垂直燃烧|CS
交联聚乙烯绝缘电力电缆|XLPE-insulated power cable|GB/T 12706.1-2008|绝缘厚度 护套厚度 外形尺寸 导体直流电阻 电压试验 绝缘老化前后机械性能 护套老化前后机械性能 热延伸试验 高温压力试验 局部放电试验 单根垂直燃烧|CS
架空绝缘电缆|Overhead insulated cable|GB/T 14049-2008|绝缘厚度 外形尺寸 导体直流电阻 电压试验 绝缘老化前后机械性能 热延伸试验|CS
阻燃和耐火电线电缆|Flame-retardant and fire-resistant cable|GB/T 19666-2019|单根垂直燃烧 成束阻燃性能 线路完整性(耐火) 烟密度 卤酸气体含量 绝缘厚度 导体直流电阻|CS
控制电缆|Control cable|GB/T 9330.1-2008|绝缘厚度 护套厚度 外形尺寸 导体直流电阻 电压试验 绝缘电阻 绝缘老化前后机械性能 护套老化前后机械性能 单根垂直燃烧|CS
聚氯乙烯绝缘护套电缆|PVC-insulated sheathed cable|GB/T 5023.4-2008|绝缘厚度 护套厚度 外形尺寸 导体直流电阻 电压试验 绝缘电阻 绝缘老化前后机械性能 护套老化前后机械性能 高温压力试验 热冲击试验 低温弯曲试验 单根垂直燃烧|CS
橡皮绝缘软电缆|Rubber-insulated flexible cable|GB/T 5013.4-2008|绝缘厚度 护套厚度 外形尺寸 导体直流电阻 电压试验 绝缘老化前后机械性能 护套老化前后机械性能 热延伸试验|CS
电焊机电缆|Welding cable|GB/T 5013.6-2008|绝缘厚度 护套厚度 外形尺寸 导体直流电阻 电压试验 护套老化前后机械性能 热延伸试验|CS
无卤低烟阻燃电缆|Halogen-free low-smoke flame-retardant cable|GB/T 19666-2019|绝缘厚度 护套厚度 导体直流电阻 电压试验 单根垂直燃烧 成束阻燃性能 烟密度 卤酸气体含量|CS
矿用电缆|Mining cable|MT 818.1-2009|绝缘厚度 护套厚度 外形尺寸 导体直流电阻 电压试验 绝缘老化前后机械性能 单根垂直燃烧|CS
# el_lamp
标记|Marking|*;GB 7000.1-2015
结构|Construction|*;GB 7000.1-2015
爬电距离和电气间隙|Creepage distances and clearances|*;GB 7000.1-2015
接地规定|Provision for earthing|*;GB 7000.1-2015
防触电保护|Protection against electric shock|*;GB 7000.1-2015
防尘、防固体异物和防水|Protection against dust, solid objects and water|*;GB 7000.1-2015;GB/T 4208-2017
绝缘电阻和电气强度|Insulation resistance and electric strength|*;GB 7000.1-2015
耐久性试验和热试验|Endurance and thermal tests|*;GB 7000.1-2015
耐热、耐火和耐起痕|Resistance to heat, fire and tracking|*;GB 7000.1-2015
外部接线和内部接线|External and internal wiring|*;GB 7000.1-2015
光生物安全|Photobiological safety|GB/T 20145-2006
@ luminaires|灯具|Luminaires|el_lamp el_emc
固定式通用灯具|Fixed general-purpose luminaires|GB 7000.201-2008||
嵌入式灯具|Recessed luminaires|GB 7000.202-2008||
可移式通用灯具|Portable general-purpose luminaires|GB 7000.204-2008||
道路与街路照明灯具|Road and street lighting luminaires|GB 7000.203-2013||
应急照明灯具|Emergency lighting luminaires|GB 7000.2-2008||
投光灯具|Floodlights|GB 7000.7-2005||
庭园用可移式灯具|Portable garden luminaires|GB 7000.208-2008||
灯串|Lighting chains|GB 7000.9-2008||
LED筒灯|LED downlights|GB 7000.202-2008||
# el_switch
温升验证|Temperature-rise verification|*
介电性能|Dielectric properties|*
短路耐受强度|Short-circuit withstand strength|*
防护等级|Degree of protection|GB/T 4208-2017
电气间隙和爬电距离|Clearances and creepage distances|*
机械操作|Mechanical operation|*
脱扣特性|Tripping characteristics|*
分断能力|Breaking capacity|*
耐热|Resistance to heat|*
灼热丝试验|Glow-wire test|GB/T 5169.11-2017
@ switchgear|低压电器与成套设备|Low-voltage equipment and assemblies|el_switch
低压成套开关设备|Low-voltage switchgear assembly|GB/T 7251.1-2013|温升验证 介电性能 短路耐受强度 防护等级 电气间隙和爬电距离 机械操作|
配电板|Distribution boards|GB/T 7251.3-2017|温升验证 介电性能 短路耐受强度 防护等级 电气间隙和爬电距离 机械操作|
建筑工地用成套设备|Assemblies for construction sites|GB/T 7251.4-2017|温升验证 介电性能 短路耐受强度 防护等级 电气间隙和爬电距离|
小型断路器|Miniature circuit breakers|GB/T 10963.1-2005|脱扣特性 分断能力 介电性能 温升验证 耐热 灼热丝试验 机械操作|
剩余电流动作断路器|Residual-current circuit breakers|GB/T 16916.1-2014|脱扣特性 分断能力 介电性能 温升验证 耐热 灼热丝试验|
交流接触器|AC contactors|GB/T 14048.4-2020|温升验证 介电性能 机械操作 分断能力|
家用插头插座|Household plugs and socket-outlets|GB/T 2099.1-2008|温升验证 介电性能 机械操作 耐热 灼热丝试验 电气间隙和爬电距离|
家用固定式电气装置开关|Switches for fixed installations|GB/T 16915.1-2014|温升验证 介电性能 机械操作 耐热 灼热丝试验 电气间隙和爬电距离|
塑料外壳式断路器|Moulded-case circuit breakers|GB/T 14048.2-2008|脱扣特性 分断能力 介电性能 温升验证 机械操作|
转换开关电器|Transfer switching equipment|GB/T 14048.11-2016|温升验证 介电性能 机械操作 分断能力|
电涌保护器|Surge protective devices|GB/T 18802.1-2011|介电性能 温升验证 耐热 灼热丝试验|
家用和类似用途电器的开关|Switches for appliances|GB/T 15092.1-2010|温升验证 介电性能 机械操作 耐热 灼热丝试验|
器具耦合器|Appliance couplers|GB/T 17465.1-2009|温升验证 介电性能 机械操作 耐热 灼热丝试验 电气间隙和爬电距离|
# el_it
防电击保护|Protection against electric shock|*
电气强度|Electric strength|*
接触电流|Touch current|*
温升|Temperature rise|*
机械强度|Mechanical strength|*
防火|Fire protection|*
电源端子骚扰电压|Mains terminal disturbance voltage|GB/T 9254-2008
辐射骚扰场强|Radiated disturbance field strength|GB/T 9254-2008
抗扰度|Immunity|GB/T 17618-2015
@ it_equipment|信息技术与音视频设备|Information technology and audio-video equipment|el_it
信息技术设备|Information technology equipment|GB 4943.1-2011||
电源适配器|Power adapters|GB 4943.1-2011||
音视频设备|Audio and video apparatus|GB 8898-2011||
网络交换机|Network switches|GB 4943.1-2011||
服务器|Servers|GB 4943.1-2011||
打印机|Printers|GB 4943.1-2011||
显示器|Monitors|GB 4943.1-2011||
液晶电视机|LCD television sets|GB 8898-2011||
# el_exproof
隔爆接合面参数|Flameproof joint parameters|*;GB 3836.1-2010
外壳耐压试验|Enclosure pressure test|*
内部点燃的不传爆试验|Non-transmission of internal ignition test|*
最高表面温度|Maximum surface temperature|GB 3836.1-2010
冲击试验|Impact test|GB 3836.1-2010
跌落试验|Drop test|GB 3836.1-2010
表面电阻|Surface resistance|GB 3836.1-2010
热稳定试验|Thermal endurance test|GB 3836.1-2010
@ explosion_proof|防爆电气|Explosion-proof electrical equipment|el_exproof
隔爆型电动机|Flameproof motor|GB 3836.2-2010||
隔爆型灯具|Flameproof luminaire|GB 3836.2-2010||
隔爆型配电箱|Flameproof distribution box|GB 3836.2-2010||
增安型电气设备|Increased-safety equipment|GB 3836.3-2010|最高表面温度 冲击试验 跌落试验 热稳定试验|
本质安全型仪表|Intrinsically safe instruments|GB 3836.4-2010|最高表面温度 冲击试验 跌落试验 表面电阻|
# el_soft
功能适合性|Functional suitability|*
性能效率|Performance efficiency|*
兼容性|Compatibility|*
易用性|Usability|*
可靠性|Reliability|*
信息安全性|Security|*
维护性|Maintainability|*
可移植性|Portability|*
用户文档集|User documentation|*
@ software|软件产品|Software products|el_soft
应用软件|Application software|GB/T 25000.51-2016||
系统软件|System software|GB/T 25000.51-2016||
嵌入式软件|Embedded software|GB/T 25000.51-2016||
工业控制软件|Industrial control software|GB/T 25000.51-2016||
# el_security
安全物理环境|Physical environment security|*
安全通信网络|Communication network security|*
安全区域边界|Area boundary security|*
安全计算环境|Computing environment security|*
安全管理中心|Security management centre|*
安全管理制度|Security management policies|*
安全管理机构|Security management organisation|*
安全建设管理|Security construction management|*
安全运维管理|Security operations management|*
@ security|网络安全|Cybersecurity|el_security
网络安全等级保护测评|Cybersecurity classified protection assessment|GB/T 22239-2019||SEC
云计算平台|Cloud computing platform|GB/T 22239-2019||SEC
""",
    "machinery": """
# mc_tool
几何精度|Geometric accuracy|*
定位精度和重复定位精度|Positioning accuracy and repeatability|GB/T 17421.2-2016
工作精度|Machining accuracy|*
空运转试验|Idle running test|*
主轴温升|Spindle temperature rise|*
噪声声压级|Sound pressure level|GB/T 16769-2008
安全防护|Safeguarding|GB 15760-2004
机床电气设备|Electrical equipment of machines|GB 5226.1-2019
@ machine_tools|金属切削机床|Metal-cutting machine tools|mc_tool
数控车床|CNC lathe|GB/T 16462.1-2007||MT
卧式车床|Horizontal lathe|GB/T 4020-1997|几何精度 工作精度 空运转试验 主轴温升 噪声声压级 安全防护 机床电气设备|MT
加工中心|Machining centre|GB/T 18400.1-2010||MT
数控铣床|CNC milling machine|GB/T 20309-2006||MT
摇臂钻床|Radial drilling machine|GB/T 4017-2019|几何精度 工作精度 空运转试验 噪声声压级 安全防护 机床电气设备|MT
外圆磨床|Cylindrical grinding machine|GB/T 4685-2007|几何精度 工作精度 空运转试验 主轴温升 噪声声压级 安全防护|MT
立式加工中心|Vertical machining centre|GB/T 18400.2-2010||MT
龙门铣床|Planer-type milling machine|GB/T 19362.1-2003||MT
卧式镗床|Horizontal boring machine|GB/T 5289.1-2006||MT
平面磨床|Surface grinding machine|GB/T 4682-2003|几何精度 工作精度 空运转试验 主轴温升 噪声声压级 安全防护|MT
数控立式车床|CNC vertical lathe|GB/T 23582.1-2009||MT
# mc_valve
壳体试验|Shell test|GB/T 13927-2008;GB/T 26480-2011
密封试验|Seat tightness test|GB/T 13927-2008;GB/T 26480-2011
上密封试验|Backseat test|GB/T 13927-2008
壳体最小壁厚|Minimum shell wall thickness|*
操作性能|Operational performance|*
流量系数|Flow coefficient|GB/T 30832-2014
流阻系数|Flow resistance coefficient|GB/T 30832-2014
逸散性试验|Fugitive emission test|GB/T 26481-2011
耐火试验|Fire test|GB/T 26479-2011
@ valves|工业阀门|Industrial valves|mc_valve
钢制闸阀|Steel gate valve|GB/T 12234-2019||DN
截止阀|Globe valve|GB/T 12235-2007||DN
钢制球阀|Steel ball valve|GB/T 12237-2007||DN
蝶阀|Butterfly valve|GB/T 12238-2008||DN
止回阀|Check valve|GB/T 12236-2008|壳体试验 密封试验 壳体最小壁厚 操作性能 流阻系数|DN
弹簧直接载荷式安全阀|Direct spring-loaded safety valve|GB/T 12243-2005|壳体试验 密封试验 操作性能 流量系数|DN
气动调节阀|Pneumatic control valve|GB/T 4213-2008|壳体试验 密封试验 操作性能 流量系数 逸散性试验|DN
减压阀|Pressure-reducing valve|GB/T 12244-2006|壳体试验 密封试验 操作性能 流量系数|DN
低温阀门|Cryogenic valve|GB/T 24925-2010|壳体试验 密封试验 壳体最小壁厚 操作性能 逸散性试验|DN
铁制和铜制螺纹连接阀门|Threaded iron and copper valves|GB/T 8464-2008|壳体试验 密封试验 操作性能|DN
旋塞阀|Plug valve|GB/T 12240-2008|壳体试验 密封试验 壳体最小壁厚 操作性能|DN
隔膜阀|Diaphragm valve|GB/T 12239-2008|壳体试验 密封试验 操作性能|DN
电站阀门|Power-station valves|JB/T 3595-2002|壳体试验 密封试验 上密封试验 壳体最小壁厚 操作性能|DN
# mc_hyd
试运行|Trial run|*
耐压试验|Pressure test|*;GB/T 15622-2005
内泄漏|Internal leakage|*;GB/T 15622-2005
外泄漏|External leakage|*;GB/T 15622-2005
起动压力特性|Starting pressure|GB/T 15622-2005
缓冲试验|Cushioning test|GB/T 15622-2005
耐久性试验|Endurance test|*
排量验证|Displacement verification|*;GB/T 17491-2011
容积效率|Volumetric efficiency|*;GB/T 17491-2011
总效率|Overall efficiency|*;GB/T 17491-2011
噪声|Noise|*;GB/T 17488-2008
压力-流量特性|Pressure-flow characteristics|*;GB/T 8107-2012
换向性能|Switching performance|*;GB/T 8106-1987
脉冲试验|Impulse test|GB/T 7939-2008
爆破试验|Burst test|GB/T 7939-2008
@ hydraulics|液压元件|Hydraulic components|mc_hyd
液压缸|Hydraulic cylinder|JB/T 10205-2010|试运行 耐压试验 内泄漏 外泄漏 起动压力特性 缓冲试验 耐久性试验|HP
液压叶片泵|Hydraulic vane pump|JB/T 7039-2006|试运行 排量验证 容积效率 总效率 噪声 外泄漏 耐久性试验|HP
液压单向阀|Hydraulic check valve|JB/T 10364-2014|耐压试验 内泄漏 压力-流量特性 耐久性试验|HP
液压减压阀|Hydraulic pressure-reducing valve|JB/T 10367-2014|耐压试验 内泄漏 压力-流量特性 耐久性试验|HP
多路换向阀|Multiple directional control valve|JB/T 8729-2013|耐压试验 内泄漏 换向性能 压力-流量特性 耐久性试验|HP
液压齿轮泵|Hydraulic gear pump|JB/T 7041.1-2006|试运行 排量验证 容积效率 总效率 噪声 外泄漏 耐久性试验|HP
液压柱塞泵|Hydraulic piston pump|JB/T 7043-2006|试运行 排量验证 容积效率 总效率 噪声 外泄漏 耐久性试验|HP
液压马达|Hydraulic motor|JB/T 10829-2008|试运行 排量验证 容积效率 总效率 噪声 外泄漏 耐压试验|HP
电磁换向阀|Solenoid directional valve|JB/T 10365-2014|耐压试验 内泄漏 换向性能 压力-流量特性 耐久性试验|HP
溢流阀|Pressure relief valve|JB/T 10374-2013|耐压试验 内泄漏 压力-流量特性 耐久性试验|HP
钢丝编织增强液压型橡胶软管及软管组合件|Wire-braided hydraulic hose assemblies|GB/T 3683-2011|耐压试验 脉冲试验 爆破试验 外泄漏|HP
# mc_bearing
尺寸精度|Dimensional accuracy|GB/T 307.1-2017
旋转精度|Running accuracy|GB/T 307.2-2005
径向游隙|Radial internal clearance|GB/T 4604.1-2012
振动(速度)|Vibration (velocity)|GB/T 24610.1-2019
硬度|Hardness|GB/T 230.1-2018
残磁|Residual magnetism|JB/T 6641-2017
单个齿距偏差|Single pitch deviation|GB/T 10095.1-2008
齿廓总偏差|Total profile deviation|GB/T 10095.1-2008
螺旋线总偏差|Total helix deviation|GB/T 10095.1-2008
径向跳动|Radial runout|GB/T 10095.2-2008
有效硬化层深度|Effective case depth|GB/T 9450-2005
@ bearings_gears|轴承与齿轮|Bearings and gears|mc_bearing
深沟球轴承|Deep-groove ball bearing|GB/T 276-2013|尺寸精度 旋转精度 径向游隙 振动(速度) 硬度 残磁|
圆锥滚子轴承|Tapered roller bearing|GB/T 297-2015|尺寸精度 旋转精度 振动(速度) 硬度 残磁|
调心滚子轴承|Spherical roller bearing|GB/T 288-2013|尺寸精度 旋转精度 径向游隙 振动(速度) 硬度|
圆柱齿轮|Cylindrical gears|GB/T 10095.1-2008|单个齿距偏差 齿廓总偏差 螺旋线总偏差 径向跳动 硬度 有效硬化层深度|GR
锥齿轮|Bevel gears|GB/T 11365-2019|单个齿距偏差 径向跳动 硬度 有效硬化层深度|GR
推力球轴承|Thrust ball bearing|GB/T 301-2015|尺寸精度 旋转精度 振动(速度) 硬度|
圆柱滚子轴承|Cylindrical roller bearing|GB/T 283-2007|尺寸精度 旋转精度 径向游隙 振动(速度) 硬度 残磁|
滚针轴承|Needle roller bearing|GB/T 5801-2020|尺寸精度 旋转精度 径向游隙 硬度|
# mc_fast
抗拉强度|Tensile strength|GB/T 3098.1-2010
保证载荷|Proof load|*
硬度|Hardness|GB/T 230.1-2018;GB/T 4340.1-2009
楔负载|Wedge loading|GB/T 3098.1-2010
冲击吸收能量|Impact energy|GB/T 229-2007
脱碳层|Decarburisation|GB/T 3098.1-2010
扭矩系数|Torque coefficient|GB/T 1231-2006
@ fasteners|紧固件|Fasteners|mc_fast
螺栓螺钉和螺柱|Bolts screws and studs|GB/T 3098.1-2010|抗拉强度 保证载荷 硬度 楔负载 冲击吸收能量 脱碳层|FG
螺母|Nuts|GB/T 3098.2-2015|保证载荷 硬度|FN
自攻螺钉|Tapping screws|GB/T 3098.5-2016|硬度 脱碳层|
不锈钢紧固件|Stainless steel fasteners|GB/T 3098.6-2014|抗拉强度 保证载荷 硬度 楔负载|
紧定螺钉|Set screws|GB/T 3098.3-2016|硬度 脱碳层 保证载荷|
钢结构用高强度大六角头螺栓连接副|High-strength large hexagon bolt assemblies|GB/T 1231-2006|抗拉强度 保证载荷 硬度 扭矩系数|
# mc_pump
流量|Flow rate|*
扬程|Head|*
泵效率|Pump efficiency|*
轴功率|Shaft power|*
汽蚀余量|Net positive suction head|*
振动|Vibration|GB/T 29531-2013
噪声|Noise|GB/T 29529-2013
风量|Air flow|GB/T 1236-2017
全压|Total pressure|GB/T 1236-2017
比A声级|Specific A-weighted sound level|GB/T 2888-2008
容积流量|Volume flow rate|GB/T 3853-2017
比功率|Specific power|GB/T 3853-2017
@ pumps_fans|泵、风机与压缩机|Pumps, fans and compressors|mc_pump
离心泵|Centrifugal pump|GB/T 3216-2016|流量 扬程 泵效率 轴功率 汽蚀余量 振动 噪声|
管道离心泵|In-line centrifugal pump|GB/T 5656-2008|流量 扬程 泵效率 轴功率 汽蚀余量 振动 噪声|
化工流程泵|Chemical process pump|GB/T 5656-2008|流量 扬程 泵效率 轴功率 汽蚀余量 振动 噪声|
渣浆泵|Slurry pump|JB/T 8096-2013|流量 扬程 泵效率 轴功率 振动 噪声|
往复泵|Reciprocating pump|GB/T 7782-2008|流量 泵效率 轴功率 振动 噪声|
潜水电泵|Submersible electric pump|GB/T 2816-2014|流量 扬程 泵效率 轴功率 振动 噪声|
通风机|Industrial fan|JB/T 10563-2006|风量 全压 比A声级 振动|
一般用喷油回转空气压缩机|Oil-injected rotary air compressor|JB/T 6430-2014|容积流量 比功率 振动 噪声|
单级双吸离心泵|Single-stage double-suction centrifugal pump|JB/T 6879-2010|流量 扬程 泵效率 轴功率 汽蚀余量 振动 噪声|
清水离心泵|Clean-water centrifugal pump|GB/T 5657-2013|流量 扬程 泵效率 轴功率 汽蚀余量 振动 噪声|
离心通风机|Centrifugal fan|JB/T 10562-2006|风量 全压 比A声级 振动|
轴流通风机|Axial fan|JB/T 10562-2006|风量 全压 比A声级 振动|
# mc_auto
爆裂压力|Burst pressure|*
拉脱力|Pull-off strength|*
耐臭氧|Ozone resistance|*
静强度|Static strength|*
吸能|Energy absorption|*
摩擦系数|Friction coefficient|GB 5763-2018
磨损率|Wear rate|GB 5763-2018
剪切强度|Shear strength|GB/T 22309-2008
织带断裂强力|Webbing breaking strength|GB 14166-2013
带扣开启力|Buckle release force|GB 14166-2013
锁止性能|Locking performance|*
@ auto_parts|汽车零部件|Automotive parts|mc_auto
汽车液压制动软管|Automotive hydraulic brake hose|GB 16897-2010|爆裂压力 拉脱力 耐臭氧|
汽车座椅及其车辆固定件|Vehicle seats and anchorages|GB 15083-2019|静强度 吸能|
汽车座椅头枕|Vehicle seat head restraints|GB 11550-2009|静强度 吸能|
汽车用制动器衬片|Brake linings|GB 5763-2018|摩擦系数 磨损率 剪切强度|
汽车安全带|Seat belts|GB 14166-2013|织带断裂强力 带扣开启力 锁止性能|
汽车燃油箱|Automotive fuel tanks|GB 18296-2019|静强度 爆裂压力|
汽车门锁及车门保持件|Door locks and retention components|GB 15086-2013|静强度 锁止性能|
汽车后视镜|Rear-view mirrors|GB 15084-2013|静强度 吸能|
# mc_motor
效率|Efficiency|GB/T 1032-2012
温升|Temperature rise|GB/T 1032-2012;GB/T 755-2019
绝缘电阻|Insulation resistance|GB/T 1032-2012
耐电压试验|Withstand voltage test|GB/T 1032-2012;GB/T 755-2019
堵转转矩和堵转电流|Locked-rotor torque and current|GB/T 1032-2012
最大转矩|Breakdown torque|GB/T 1032-2012
振动|Vibration|GB/T 10068-2020
噪声|Noise|GB/T 10069.1-2006
能效限定值|Minimum energy performance|GB 18613-2020
@ motors|电动机|Electric motors|mc_motor
三相异步电动机|Three-phase induction motor|GB/T 28575-2012||MP
高压三相笼型异步电动机|High-voltage squirrel-cage motor|GB/T 13957-2008|效率 温升 绝缘电阻 耐电压试验 堵转转矩和堵转电流 振动 噪声|
永磁同步电动机|Permanent-magnet synchronous motor|GB/T 30549-2014|效率 温升 绝缘电阻 耐电压试验 振动 噪声 能效限定值|MP
单相异步电动机|Single-phase induction motor|GB/T 5171.1-2014|效率 温升 绝缘电阻 耐电压试验 堵转转矩和堵转电流 噪声|
# mc_reducer
空载试验|No-load test|*
负载试验|Load test|*
传动效率|Transmission efficiency|*
温升|Temperature rise|*
振动|Vibration|*
噪声|Noise|*
密封性|Sealing|*
@ reducers|减速器与传动装置|Gear reducers and drives|mc_reducer
圆柱齿轮减速器|Cylindrical gear reducer|JB/T 8853-2015||
蜗杆减速器|Worm gear reducer|JB/T 7935-2015||
行星齿轮减速器|Planetary gear reducer|JB/T 6502-2015||
摆线针轮减速机|Cycloidal reducer|JB/T 2982-2016||
# mc_agri
作业性能|Working performance|*
安全防护|Safety protection|*;GB 10395.1-2009
可靠性|Reliability|*
噪声|Noise|GB/T 6229-2007;GB/T 3871.8-2006
制动性能|Braking performance|GB/T 3871.5-2006
牵引性能|Drawbar performance|GB/T 3871.9-2006
@ farm_machinery|农业机械|Agricultural machinery|mc_agri
轮式拖拉机|Wheeled tractor|GB/T 15370.1-2012||
谷物联合收割机|Grain combine harvester|GB/T 21962-2020|作业性能 安全防护 可靠性 噪声|
玉米收获机|Maize harvester|GB/T 21961-2008|作业性能 安全防护 可靠性 噪声|
播种机|Seed drill|GB/T 6973-2005|作业性能 安全防护|
植保机械(喷雾机)|Crop sprayer|GB/T 18678-2002|作业性能 安全防护|
""",
    "chemical": """
# ch_fuel
研究法辛烷值|Research octane number|GB/T 5487-2015
抗爆指数|Antiknock index|GB/T 503-2016;GB/T 5487-2015
馏程|Distillation|GB/T 6536-2010
蒸气压|Vapour pressure|GB/T 8017-2012;SH/T 0794-2007
硫含量|Sulfur content|SH/T 0689-2000;GB/T 11140-2008
苯含量|Benzene content|SH/T 0713-2002
芳烃含量|Aromatics content|GB/T 30519-2014
烯烃含量|Olefins content|GB/T 30519-2014
氧含量|Oxygen content|NB/SH/T 0663-2014
锰含量|Manganese content|SH/T 0711-2002
铁含量|Iron content|SH/T 0712-2002
铅含量|Lead content|GB/T 8020-2015
实际胶质|Existent gum|GB/T 8019-2008
诱导期|Induction period|GB/T 8018-2015
铜片腐蚀|Copper strip corrosion|GB/T 5096-2017
密度|Density|GB/T 1884-2000;SH/T 0604-2000
十六烷值|Cetane number|GB/T 386-2010
十六烷指数|Cetane index|SH/T 0694-2000
闪点(闭口)|Flash point (closed cup)|GB/T 261-2008
冷滤点|Cold filter plugging point|SH/T 0248-2019
凝点|Solidifying point|GB/T 510-2018
运动黏度|Kinematic viscosity|GB/T 265-1988
多环芳烃含量|Polycyclic aromatics content|SH/T 0806-2008
水分|Water content|GB/T 260-2016
灰分|Ash|GB/T 508-1985
残炭|Carbon residue|GB/T 17144-1997
氧化安定性|Oxidation stability|SH/T 0175-2004
润滑性|Lubricity|SH/T 0765-2005
脂肪酸甲酯含量|FAME content|NB/SH/T 0916-2015
机械杂质|Mechanical impurities|GB/T 511-2010
酸度|Acidity|GB/T 258-2016
乙醇含量|Ethanol content|NB/SH/T 0663-2014
@ fuels|车用燃料|Motor fuels|ch_fuel
车用汽油|Motor gasoline|GB 17930-2016|研究法辛烷值 抗爆指数 馏程 蒸气压 硫含量 苯含量 芳烃含量 烯烃含量 氧含量 锰含量 铁含量 铅含量 实际胶质 诱导期 铜片腐蚀 密度 机械杂质|
车用乙醇汽油(E10)|Ethanol gasoline (E10)|GB 18351-2017|研究法辛烷值 抗爆指数 馏程 蒸气压 硫含量 苯含量 芳烃含量 烯烃含量 乙醇含量 氧含量 实际胶质 诱导期 铜片腐蚀 水分|
车用柴油|Automotive diesel|GB 19147-2016|十六烷值 十六烷指数 馏程 硫含量 多环芳烃含量 闪点(闭口) 冷滤点 凝点 运动黏度 密度 水分 灰分 残炭 氧化安定性 润滑性 脂肪酸甲酯含量 铜片腐蚀 机械杂质 酸度|
普通柴油|General diesel fuel|GB 252-2015|十六烷值 馏程 硫含量 闪点(闭口) 冷滤点 凝点 运动黏度 密度 水分 灰分 铜片腐蚀 酸度|
B5柴油|B5 diesel|GB 25199-2017|十六烷值 馏程 硫含量 闪点(闭口) 冷滤点 运动黏度 密度 脂肪酸甲酯含量 氧化安定性 水分|
3号喷气燃料|No. 3 jet fuel|GB 6537-2018|馏程 密度 硫含量 芳烃含量 闪点(闭口) 运动黏度 酸度 铜片腐蚀 实际胶质 水分 机械杂质|
船用燃料油|Marine fuel oil|GB 17411-2015|运动黏度 密度 硫含量 闪点(闭口) 水分 灰分 机械杂质|
溶剂油|Solvent naphtha|GB 1922-2006|馏程 密度 芳烃含量 硫含量 铜片腐蚀 闪点(闭口)|
# ch_lube
运动黏度|Kinematic viscosity|GB/T 265-1988
黏度指数|Viscosity index|GB/T 1995-1998
闪点(开口)|Flash point (open cup)|GB/T 3536-2008
倾点|Pour point|GB/T 3535-2006
低温动力黏度|Low-temperature dynamic viscosity|GB/T 6538-2010
水分|Water content|GB/T 260-2016
机械杂质|Mechanical impurities|GB/T 511-2010
酸值|Acid number|GB/T 7304-2014
碱值|Base number|SH/T 0251-1993
泡沫性|Foaming characteristics|GB/T 12579-2002
抗乳化性|Demulsibility|GB/T 7305-2003
铜片腐蚀|Copper strip corrosion|GB/T 5096-2017
液相锈蚀|Rust-preventing characteristics|GB/T 11143-2008
极压性能(四球法)|Extreme-pressure properties (four-ball)|GB/T 3142-2019
硫酸盐灰分|Sulfated ash|GB/T 2433-2001
蒸发损失|Evaporation loss|NB/SH/T 0059-2010
@ lubricants|润滑油|Lubricants|ch_lube
汽油机油|Gasoline engine oil|GB 11121-2006|运动黏度 黏度指数 闪点(开口) 倾点 低温动力黏度 水分 机械杂质 碱值 泡沫性 硫酸盐灰分 蒸发损失|
柴油机油|Diesel engine oil|GB 11122-2006|运动黏度 黏度指数 闪点(开口) 倾点 低温动力黏度 水分 机械杂质 碱值 泡沫性 硫酸盐灰分|
L-HM液压油|L-HM hydraulic oil|GB 11118.1-2011|运动黏度 黏度指数 闪点(开口) 倾点 水分 机械杂质 酸值 泡沫性 抗乳化性 铜片腐蚀 液相锈蚀|
工业闭式齿轮油|Industrial closed gear oil|GB 5903-2011|运动黏度 黏度指数 闪点(开口) 倾点 水分 机械杂质 泡沫性 抗乳化性 铜片腐蚀 液相锈蚀 极压性能(四球法)|
涡轮机油|Turbine oil|GB 11120-2011|运动黏度 黏度指数 闪点(开口) 倾点 水分 酸值 泡沫性 抗乳化性 铜片腐蚀 液相锈蚀|
L-HV低温液压油|L-HV low-temperature hydraulic oil|GB 11118.1-2011|运动黏度 黏度指数 闪点(开口) 倾点 水分 机械杂质 酸值 泡沫性 抗乳化性 液相锈蚀|
变压器油|Transformer oil|GB 2536-2011|运动黏度 闪点(开口) 倾点 水分 酸值 机械杂质|
车辆齿轮油|Vehicle gear oil|GB 13895-2018|运动黏度 黏度指数 闪点(开口) 倾点 泡沫性 铜片腐蚀 极压性能(四球法)|
压缩机油|Compressor oil|GB 12691-2021|运动黏度 黏度指数 闪点(开口) 倾点 水分 酸值 泡沫性 抗乳化性|
通用锂基润滑脂|General lithium grease|GB/T 7324-2010|铜片腐蚀 极压性能(四球法) 水分 机械杂质|
L-CKD重负荷工业齿轮油|L-CKD heavy-duty industrial gear oil|GB 5903-2011|运动黏度 黏度指数 闪点(开口) 倾点 水分 泡沫性 抗乳化性 极压性能(四球法)|
# ch_gas
组分|Composition|SH/T 0230-2019;GB/T 13610-2014
蒸气压|Vapour pressure|GB/T 12576-1991;GB/T 6602-1989
总硫含量|Total sulfur|SH/T 0222-1992;GB/T 11060.4-2017
硫化氢|Hydrogen sulfide|GB/T 11060.1-2010;SH/T 0125-1992
蒸发残留物|Evaporation residue|SY/T 7509-2014
铜片腐蚀|Copper strip corrosion|SH/T 0232-1992
高位发热量|Gross calorific value|GB/T 11062-2014
水露点|Water dew point|GB/T 17283-2014
二氧化碳|Carbon dioxide|GB/T 13610-2014
@ gases|燃气|Fuel gases|ch_gas
液化石油气|Liquefied petroleum gas|GB 11174-2011|组分 蒸气压 总硫含量 硫化氢 蒸发残留物 铜片腐蚀|
天然气|Natural gas|GB 17820-2018|组分 高位发热量 总硫含量 硫化氢 二氧化碳 水露点|
车用压缩天然气|Compressed natural gas for vehicles|GB 18047-2017|组分 高位发热量 总硫含量 硫化氢 二氧化碳 水露点|
# ch_arom
纯度|Purity|*
外观|Appearance|*
颜色|Colour|GB/T 3143-1982
密度(20℃)|Density at 20 °C|GB/T 2013-2010
馏程|Distillation range|GB/T 7534-2004
酸洗比色|Acid wash colour|GB/T 2012-1989
总硫|Total sulfur|SH/T 0253-1992;SH/T 1147-2008
溴指数|Bromine index|SH/T 1551-1993;SH/T 0630-1996
结晶点|Crystallising point|GB/T 3145-1982
水分|Water content|GB/T 6283-2008
非芳烃含量|Non-aromatics content|*
蒸发残渣|Evaporation residue|GB/T 3209-1982
@ aromatics|芳烃与基本有机原料|Aromatics and basic organic feedstocks|ch_arom
工业用对二甲苯|Industrial p-xylene|SH/T 1486.1-2008||
石油苯|Petroleum benzene|GB/T 3405-2011||
石油甲苯|Petroleum toluene|GB/T 3406-2010||
石油混合二甲苯|Petroleum mixed xylene|GB/T 3407-2010||
工业用苯乙烯|Industrial styrene|GB/T 3915-2011|纯度 外观 颜色 密度(20℃) 总硫 水分 蒸发残渣|
工业用乙二醇|Industrial ethylene glycol|GB/T 4649-2018|纯度 外观 颜色 密度(20℃) 馏程 水分 酸洗比色|
工业用甲醇|Industrial methanol|GB/T 338-2011|纯度 外观 颜色 密度(20℃) 馏程 水分 酸洗比色 蒸发残渣|
工业用乙酸|Industrial acetic acid|GB/T 1628-2008|纯度 外观 颜色 水分 蒸发残渣|
工业用丙酮|Industrial acetone|GB/T 6026-2013|纯度 外观 颜色 密度(20℃) 水分 蒸发残渣|
工业用异丙醇|Industrial isopropanol|GB/T 7814-2008|纯度 外观 颜色 密度(20℃) 水分 蒸发残渣|
工业用乙酸乙酯|Industrial ethyl acetate|GB/T 3728-2007|纯度 外观 颜色 密度(20℃) 水分 蒸发残渣|
工业用环己酮|Industrial cyclohexanone|GB/T 10669-2001|纯度 外观 颜色 密度(20℃) 水分 馏程|
精对苯二甲酸|Purified terephthalic acid|SH/T 1612.1-2005|纯度 外观 颜色 水分 总硫|
工业用邻二甲苯|Industrial o-xylene|GB/T 3407-2010|纯度 外观 颜色 密度(20℃) 总硫 酸洗比色 溴指数|
# ch_inorg
主含量|Main component content|*
铁含量|Iron content|*
灼烧残渣|Residue on ignition|*
砷含量|Arsenic content|*
铅含量|Lead content|*
汞含量|Mercury content|*
透明度|Transparency|*
氯化物含量|Chloride content|*
@ inorganics|无机化工产品|Inorganic chemicals|ch_inorg
工业硫酸|Industrial sulfuric acid|GB/T 534-2014|主含量 铁含量 灼烧残渣 砷含量 铅含量 汞含量 透明度|
工业用氢氧化钠|Industrial sodium hydroxide|GB/T 209-2018|主含量 铁含量 氯化物含量|
工业用合成盐酸|Industrial synthetic hydrochloric acid|GB 320-2006|主含量 铁含量 灼烧残渣 砷含量|
工业无水氟化氢|Industrial anhydrous hydrogen fluoride|GB/T 7746-2011|主含量 砷含量 灼烧残渣|
工业碳酸钠|Industrial sodium carbonate|GB/T 210-2004|主含量 铁含量 氯化物含量|
工业硝酸|Industrial nitric acid|GB/T 337.1-2014|主含量 灼烧残渣|
工业过氧化氢|Industrial hydrogen peroxide|GB/T 1616-2014|主含量 灼烧残渣 铁含量|
工业氟化铝|Industrial aluminium fluoride|GB/T 4292-2017|主含量 铁含量 灼烧残渣|
工业次氯酸钠|Industrial sodium hypochlorite|GB/T 19106-2013|主含量 铁含量 铅含量 汞含量 砷含量|
# ch_coat
挥发性有机化合物(VOC)含量|VOC content|GB/T 23985-2009;GB/T 23986-2009
苯、甲苯、乙苯和二甲苯总和|Sum of benzene, toluene, ethylbenzene and xylene|GB/T 23990-2009
游离甲醛|Free formaldehyde|GB/T 23993-2009
可溶性重金属(铅、镉、铬、汞)|Soluble heavy metals (Pb, Cd, Cr, Hg)|GB/T 23991-2009
卤代烃|Halogenated hydrocarbons|GB/T 23992-2009
乙二醇醚及醚酯|Glycol ethers and esters|GB/T 23986-2009
游离甲苯二异氰酸酯|Free TDI|GB/T 18446-2009
细度|Fineness of grind|GB/T 1724-2019
干燥时间|Drying time|GB/T 1728-1979
附着力(划格法)|Adhesion (cross-cut)|GB/T 9286-1998
耐冲击性|Impact resistance|GB/T 1732-1993
铅笔硬度|Pencil hardness|GB/T 6739-2006
耐水性|Water resistance|GB/T 1733-1993
耐中性盐雾性能|Neutral salt spray resistance|GB/T 1771-2007
@ coatings|涂料与胶粘剂|Coatings and adhesives|ch_coat
合成树脂乳液内墙涂料|Synthetic resin emulsion interior wall paint|GB/T 9756-2018|挥发性有机化合物(VOC)含量 苯、甲苯、乙苯和二甲苯总和 游离甲醛 可溶性重金属(铅、镉、铬、汞) 细度 干燥时间 耐水性|
溶剂型木器涂料|Solvent-based wood coatings|GB/T 23997-2009|挥发性有机化合物(VOC)含量 苯、甲苯、乙苯和二甲苯总和 卤代烃 可溶性重金属(铅、镉、铬、汞) 游离甲苯二异氰酸酯 干燥时间 附着力(划格法) 铅笔硬度|
工业防护涂料|Industrial protective coatings|HG/T 5176-2017|挥发性有机化合物(VOC)含量 苯、甲苯、乙苯和二甲苯总和 卤代烃 乙二醇醚及醚酯 附着力(划格法) 耐冲击性 耐中性盐雾性能 干燥时间|
室内装饰装修材料胶粘剂|Adhesives for interior decoration|GB 18583-2008|挥发性有机化合物(VOC)含量 游离甲醛 苯、甲苯、乙苯和二甲苯总和 卤代烃 游离甲苯二异氰酸酯|
室内装饰装修材料溶剂型木器涂料|Solvent-borne wood coatings for interior decoration|GB 18581-2009|挥发性有机化合物(VOC)含量 苯、甲苯、乙苯和二甲苯总和 卤代烃 可溶性重金属(铅、镉、铬、汞) 游离甲苯二异氰酸酯|
醇酸调和漆|Alkyd ready-mixed paint|HG/T 2455-2012|细度 干燥时间 附着力(划格法) 耐冲击性 铅笔硬度 耐水性 挥发性有机化合物(VOC)含量|
合成树脂乳液外墙涂料|Synthetic resin emulsion exterior wall paint|GB/T 9755-2014|挥发性有机化合物(VOC)含量 苯、甲苯、乙苯和二甲苯总和 游离甲醛 可溶性重金属(铅、镉、铬、汞) 干燥时间 耐水性|
环氧树脂地坪涂料|Epoxy floor coatings|HG/T 5057-2016|挥发性有机化合物(VOC)含量 苯、甲苯、乙苯和二甲苯总和 干燥时间 附着力(划格法) 耐冲击性 铅笔硬度|
# ch_plastic
静液压强度|Hydrostatic strength|GB/T 6111-2018
纵向回缩率|Longitudinal reversion|GB/T 6671-2001
氧化诱导时间|Oxidation induction time|GB/T 19466.6-2009
熔体质量流动速率|Melt mass-flow rate|GB/T 3682.1-2018
断裂伸长率|Elongation at break|GB/T 8804.3-2003
炭黑含量|Carbon black content|GB/T 13021-1991
落锤冲击试验|Falling-weight impact test|GB/T 14152-2001
维卡软化温度|Vicat softening temperature|GB/T 8802-2001
拉伸屈服强度|Tensile yield stress|GB/T 8804.2-2003
卫生性能|Hygienic safety|GB/T 17219-1998
@ plastics|塑料管材与制品|Plastic pipes and products|ch_plastic
给水用聚乙烯(PE)管材|PE pipes for water supply|GB/T 13663.2-2018|静液压强度 纵向回缩率 氧化诱导时间 熔体质量流动速率 断裂伸长率 炭黑含量 卫生性能|
建筑排水用硬聚氯乙烯(PVC-U)管材|PVC-U drainage pipes|GB/T 5836.1-2018|纵向回缩率 落锤冲击试验 维卡软化温度 拉伸屈服强度|
冷热水用聚丙烯(PP-R)管材|PP-R hot and cold water pipes|GB/T 18742.2-2017|静液压强度 纵向回缩率 熔体质量流动速率 落锤冲击试验 卫生性能|
埋地用聚乙烯(PE)双壁波纹管材|Buried PE double-wall corrugated pipes|GB/T 19472.1-2019|纵向回缩率 氧化诱导时间 落锤冲击试验 熔体质量流动速率|
燃气用埋地聚乙烯(PE)管材|Buried PE pipes for gas|GB/T 15558.1-2015|静液压强度 纵向回缩率 氧化诱导时间 熔体质量流动速率 断裂伸长率 炭黑含量|
给水用硬聚氯乙烯(PVC-U)管材|PVC-U pipes for water supply|GB/T 10002.1-2006|静液压强度 纵向回缩率 落锤冲击试验 维卡软化温度 卫生性能|
建筑用绝缘电工套管|Insulating conduits for buildings|JG/T 3050-1998|落锤冲击试验 维卡软化温度|
# ch_fluoro
纯度|Purity|*
水分|Moisture|GB/T 7376-2008
酸度|Acidity|*
蒸发残留物|Evaporation residue|*
不凝性气体|Non-condensable gases|*
氯化物|Chloride|*
@ fluorochemicals|含氟化学品|Fluorochemicals|ch_fluoro
1,1,1,2-四氟乙烷(HFC-134a)|1,1,1,2-Tetrafluoroethane (HFC-134a)|GB/T 18826-2016||
二氟甲烷(HFC-32)|Difluoromethane (HFC-32)|HG/T 4633-2014||
氯二氟甲烷(HCFC-22)|Chlorodifluoromethane (HCFC-22)|GB/T 7373-2006||
悬浮法聚四氟乙烯树脂|Suspension PTFE resin|HG/T 2902-1997|水分 蒸发残留物|
1,1-二氟乙烷(HFC-152a)|1,1-Difluoroethane (HFC-152a)|HG/T 4337-2012||
五氟乙烷(HFC-125)|Pentafluoroethane (HFC-125)|HG/T 3798-2014||
混合制冷剂R410A|Refrigerant blend R410A|GB/T 18826-2016||
六氟化硫|Sulfur hexafluoride|GB/T 12022-2014||
# ch_rubber
拉伸强度|Tensile strength|GB/T 528-2009
拉断伸长率|Elongation at break|GB/T 528-2009
硬度(邵尔A)|Shore A hardness|GB/T 531.1-2008
热空气老化|Hot-air ageing|GB/T 3512-2014
压缩永久变形|Compression set|GB/T 7759.1-2015
耐磨性能|Abrasion resistance|GB/T 9867-2008
覆盖层粘合强度|Cover adhesion|GB/T 6759-2013
全厚度拉伸强度|Full-thickness tensile strength|GB/T 3690-2017
@ rubber|橡胶制品|Rubber products|ch_rubber
普通用途织物芯输送带|General-purpose textile conveyor belts|GB/T 7984-2013|拉伸强度 拉断伸长率 耐磨性能 覆盖层粘合强度 全厚度拉伸强度 热空气老化|
钢丝绳芯输送带|Steel-cord conveyor belts|GB/T 9770-2013|拉伸强度 拉断伸长率 耐磨性能 覆盖层粘合强度 全厚度拉伸强度|
普通V带和窄V带|Classical and narrow V-belts|GB/T 1171-2017|拉伸强度 拉断伸长率 硬度(邵尔A)|
橡胶密封圈|Rubber sealing rings|GB/T 3452.1-2005|拉伸强度 拉断伸长率 硬度(邵尔A) 热空气老化 压缩永久变形|
橡胶板|Rubber sheet|GB/T 5574-2008|拉伸强度 拉断伸长率 硬度(邵尔A) 热空气老化 压缩永久变形|
""",
    "metallurgy": """
# mt_chem
碳|Carbon|GB/T 20123-2006;GB/T 4336-2016
硫|Sulfur|GB/T 20123-2006;GB/T 4336-2016
硅|Silicon|GB/T 223.5-2008;GB/T 4336-2016;GB/T 20125-2006
锰|Manganese|GB/T 223.64-2008;GB/T 4336-2016;GB/T 20125-2006
磷|Phosphorus|GB/T 223.59-2008;GB/T 4336-2016;GB/T 20125-2006
铬|Chromium|GB/T 223.11-2008;GB/T 4336-2016;GB/T 20125-2006
镍|Nickel|GB/T 223.23-2008;GB/T 4336-2016;GB/T 20125-2006
钼|Molybdenum|GB/T 223.26-2008;GB/T 4336-2016;GB/T 20125-2006
铜|Copper|GB/T 223.19-1989;GB/T 4336-2016;GB/T 20125-2006
钒|Vanadium|GB/T 223.14-2000;GB/T 4336-2016;GB/T 20125-2006
钛|Titanium|GB/T 223.17-1989;GB/T 4336-2016;GB/T 20125-2006
铝|Aluminium|GB/T 223.9-2008;GB/T 4336-2016;GB/T 20125-2006
铌|Niobium|GB/T 223.40-2007;GB/T 4336-2016
硼|Boron|GB/T 223.75-2008;GB/T 4336-2016
氮|Nitrogen|GB/T 20124-2006
# mt_mech
屈服强度|Yield strength|GB/T 228.1-2010
抗拉强度|Tensile strength|GB/T 228.1-2010
断后伸长率|Elongation after fracture|GB/T 228.1-2010
断面收缩率|Reduction of area|GB/T 228.1-2010
冲击吸收能量|Impact energy|GB/T 229-2007;GB/T 229-2020
弯曲性能|Bending|GB/T 232-2010
布氏硬度|Brinell hardness|GB/T 231.1-2018
洛氏硬度|Rockwell hardness|GB/T 230.1-2018
维氏硬度|Vickers hardness|GB/T 4340.1-2009
# mt_metallo
非金属夹杂物|Non-metallic inclusions|GB/T 10561-2005
晶粒度|Grain size|GB/T 6394-2017
脱碳层深度|Decarburisation depth|GB/T 224-2019
显微组织|Microstructure|GB/T 13298-2015
低倍组织及缺陷|Macrostructure and defects|GB/T 226-2015;GB/T 1979-2001
带状组织|Banded structure|GB/T 34474.1-2017
末端淬透性|End-quench hardenability|GB/T 225-2006
超声检测|Ultrasonic testing|GB/T 2970-2016;GB/T 4162-2008
@ steel_products|钢材|Steel products|mt_chem mt_mech mt_metallo
碳素结构钢|Carbon structural steel|GB/T 700-2006|碳 硫 硅 锰 磷 屈服强度 抗拉强度 断后伸长率 冲击吸收能量 弯曲性能 显微组织|
低合金高强度结构钢|High-strength low-alloy structural steel|GB/T 1591-2018|碳 硫 硅 锰 磷 铬 镍 钼 铜 钒 钛 铝 铌 硼 氮 屈服强度 抗拉强度 断后伸长率 冲击吸收能量 弯曲性能 晶粒度 显微组织|
优质碳素结构钢|Quality carbon structural steel|GB/T 699-2015|碳 硫 硅 锰 磷 铬 镍 铜 屈服强度 抗拉强度 断后伸长率 断面收缩率 冲击吸收能量 布氏硬度 脱碳层深度 低倍组织及缺陷 非金属夹杂物|
合金结构钢|Alloy structural steel|GB/T 3077-2015|碳 硫 硅 锰 磷 铬 镍 钼 铜 钒 钛 铝 硼 屈服强度 抗拉强度 断后伸长率 断面收缩率 冲击吸收能量 布氏硬度 末端淬透性 非金属夹杂物 低倍组织及缺陷 脱碳层深度 带状组织|
弹簧钢|Spring steel|GB/T 1222-2016|碳 硫 硅 锰 磷 铬 镍 钒 铜 抗拉强度 断后伸长率 断面收缩率 布氏硬度 脱碳层深度 非金属夹杂物 低倍组织及缺陷|
高碳铬轴承钢|High-carbon chromium bearing steel|GB/T 18254-2016|碳 硫 硅 锰 磷 铬 镍 钼 铜 铝 布氏硬度 显微组织 非金属夹杂物 低倍组织及缺陷 脱碳层深度 带状组织|
锅炉和压力容器用钢板|Steel plates for boilers and pressure vessels|GB/T 713-2014|碳 硫 硅 锰 磷 铬 镍 钼 铜 钒 铌 钛 屈服强度 抗拉强度 断后伸长率 冲击吸收能量 弯曲性能 超声检测|
桥梁用结构钢|Structural steel for bridges|GB/T 714-2015|碳 硫 硅 锰 磷 铬 镍 铜 钒 铌 钛 铝 屈服强度 抗拉强度 断后伸长率 冲击吸收能量 弯曲性能 超声检测|
船舶及海洋工程用结构钢|Structural steel for ships and offshore|GB 712-2011|碳 硫 硅 锰 磷 铬 镍 铜 钼 铌 钒 钛 铝 屈服强度 抗拉强度 断后伸长率 冲击吸收能量 超声检测|
冷轧低碳钢板及钢带|Cold-rolled low-carbon steel sheet and strip|GB/T 5213-2019|碳 硫 硅 锰 磷 钛 铝 屈服强度 抗拉强度 断后伸长率 晶粒度|
不锈钢冷轧钢板和钢带|Cold-rolled stainless steel plate and strip|GB/T 3280-2015|碳 硫 硅 锰 磷 铬 镍 钼 铜 氮 屈服强度 抗拉强度 断后伸长率 布氏硬度 洛氏硬度 维氏硬度|
输送流体用无缝钢管|Seamless steel tubes for fluid service|GB/T 8163-2018|碳 硫 硅 锰 磷 铬 镍 铜 钼 屈服强度 抗拉强度 断后伸长率 冲击吸收能量 超声检测|
低压流体输送用焊接钢管|Welded steel pipes for low-pressure fluids|GB/T 3091-2015|碳 硫 锰 磷 屈服强度 抗拉强度 断后伸长率 弯曲性能|
高速工具钢|High-speed tool steel|GB/T 9943-2008|碳 硫 硅 锰 磷 铬 钼 钒 洛氏硬度 显微组织 脱碳层深度 低倍组织及缺陷|
热轧H型钢和剖分T型钢|Hot-rolled H and cut T sections|GB/T 11263-2017|碳 硫 硅 锰 磷 屈服强度 抗拉强度 断后伸长率 冲击吸收能量|
碳素结构钢和低合金结构钢热轧钢带|Hot-rolled carbon and HSLA steel strip|GB/T 3524-2015|碳 硫 硅 锰 磷 屈服强度 抗拉强度 断后伸长率 弯曲性能|
耐候结构钢|Atmospheric corrosion-resisting structural steel|GB/T 4171-2008|碳 硫 硅 锰 磷 铬 镍 铜 钼 铌 钒 钛 屈服强度 抗拉强度 断后伸长率 冲击吸收能量 弯曲性能|
高强度结构用调质钢板|Quenched and tempered high-strength plates|GB/T 16270-2009|碳 硫 硅 锰 磷 铬 镍 钼 铜 钒 铌 钛 硼 屈服强度 抗拉强度 断后伸长率 冲击吸收能量 布氏硬度 超声检测|
汽车大梁用热轧钢板和钢带|Hot-rolled plates for automobile frames|GB/T 3273-2015|碳 硫 硅 锰 磷 铌 钛 钒 屈服强度 抗拉强度 断后伸长率 弯曲性能|
冷镦和冷挤压用钢|Steel for cold heading and cold extruding|GB/T 6478-2015|碳 硫 硅 锰 磷 铬 钼 硼 铝 抗拉强度 断面收缩率 布氏硬度 脱碳层深度 低倍组织及缺陷 非金属夹杂物 显微组织|
碳素工具钢|Carbon tool steel|GB/T 1298-2008|碳 硫 硅 锰 磷 铬 镍 铜 布氏硬度 洛氏硬度 显微组织 脱碳层深度 低倍组织及缺陷|
合金工具钢|Alloy tool steel|GB/T 1299-2014|碳 硫 硅 锰 磷 铬 钼 钒 镍 布氏硬度 洛氏硬度 显微组织 脱碳层深度 低倍组织及缺陷 非金属夹杂物|
不锈钢棒|Stainless steel bars|GB/T 1220-2007|碳 硫 硅 锰 磷 铬 镍 钼 铜 氮 屈服强度 抗拉强度 断后伸长率 断面收缩率 冲击吸收能量 布氏硬度 晶粒度|
耐热钢棒|Heat-resisting steel bars|GB/T 1221-2007|碳 硫 硅 锰 磷 铬 镍 钼 钒 氮 屈服强度 抗拉强度 断后伸长率 断面收缩率 布氏硬度|
低碳钢热轧圆盘条|Hot-rolled low-carbon wire rod|GB/T 701-2008|碳 硫 硅 锰 磷 抗拉强度 断后伸长率 弯曲性能 脱碳层深度|
焊接用钢盘条|Steel wire rod for welding|GB/T 3429-2015|碳 硫 硅 锰 磷 铬 镍 铜 钼 抗拉强度 断面收缩率|
一般工程用铸造碳钢件|Carbon steel castings for general engineering|GB/T 11352-2009|碳 硫 硅 锰 磷 屈服强度 抗拉强度 断后伸长率 断面收缩率 冲击吸收能量 布氏硬度|
球墨铸铁件|Spheroidal graphite iron castings|GB/T 1348-2019|碳 硫 硅 锰 磷 屈服强度 抗拉强度 断后伸长率 布氏硬度 显微组织|
灰铸铁件|Grey iron castings|GB/T 9439-2010|碳 硫 硅 锰 磷 抗拉强度 布氏硬度 显微组织|
热轧钢板和钢带|Hot-rolled steel plate and strip|GB/T 709-2019|碳 硫 硅 锰 磷 屈服强度 抗拉强度 断后伸长率 弯曲性能|
结构用无缝钢管|Seamless steel tubes for structures|GB/T 8162-2018|碳 硫 硅 锰 磷 铬 镍 铜 钼 屈服强度 抗拉强度 断后伸长率 冲击吸收能量|
高压锅炉用无缝钢管|Seamless tubes for high-pressure boilers|GB/T 5310-2017|碳 硫 硅 锰 磷 铬 钼 钒 镍 铜 铝 屈服强度 抗拉强度 断后伸长率 冲击吸收能量 晶粒度 显微组织 非金属夹杂物 脱碳层深度 超声检测|
石油天然气工业管线输送系统用钢管|Line pipe|GB/T 9711-2017|碳 硫 硅 锰 磷 铬 镍 钼 铜 钒 铌 钛 硼 屈服强度 抗拉强度 断后伸长率 冲击吸收能量 弯曲性能 超声检测|
预应力混凝土用钢绞线|Prestressing steel strand|GB/T 5224-2014|碳 硫 硅 锰 磷 铬 抗拉强度 屈服强度 断后伸长率|
冷拔异形钢管|Cold-drawn special-section tubes|GB/T 3094-2012|碳 硫 硅 锰 磷 抗拉强度 断后伸长率|
低温压力容器用钢板|Steel plates for low-temperature pressure vessels|GB/T 3531-2014|碳 硫 硅 锰 磷 镍 铬 钼 铜 铌 钒 钛 屈服强度 抗拉强度 断后伸长率 冲击吸收能量|
建筑结构用钢板|Steel plates for building structures|GB/T 19879-2015|碳 硫 硅 锰 磷 铌 钒 钛 铬 镍 铜 钼 屈服强度 抗拉强度 断后伸长率 冲击吸收能量 超声检测|
热轧型钢|Hot-rolled sections|GB/T 706-2016|碳 硫 硅 锰 磷 屈服强度 抗拉强度 断后伸长率 冲击吸收能量 弯曲性能|
易切削结构钢|Free-cutting structural steel|GB/T 8731-2008|碳 硫 硅 锰 磷 抗拉强度 布氏硬度 非金属夹杂物|
耐磨钢板|Wear-resistant steel plate|GB/T 24186-2009|碳 硫 硅 锰 磷 铬 镍 钼 硼 钛 抗拉强度 断后伸长率 冲击吸收能量 布氏硬度|
齿轮钢|Gear steel|GB/T 3077-2015|碳 硫 硅 锰 磷 铬 钼 镍 铝 末端淬透性 晶粒度 非金属夹杂物 带状组织 低倍组织及缺陷|
# mt_ore
全铁|Total iron|GB/T 6730.65-2009;GB/T 6730.5-2007
二氧化硅|Silicon dioxide|GB/T 6730.9-2016
氧化钙|Calcium oxide|GB/T 6730.13-2007
氧化镁|Magnesium oxide|GB/T 6730.13-2007;GB/T 5069-2015
三氧化二铝|Aluminium oxide|GB/T 6730.56-2004
磷|Phosphorus|GB/T 6730.18-2006
硫|Sulfur|GB/T 6730.61-2005
水分|Moisture|GB/T 6730.2-2018
粒度组成|Size distribution|GB/T 10322.7-2004
转鼓强度|Tumble strength|GB/T 24531-2009
灼烧减量|Loss on ignition|GB/T 6730.68-2009;GB/T 5069-2015
氟化钙|Calcium fluoride|GB/T 5195.1-2017
@ ores|矿石与冶金原料|Ores and metallurgical raw materials|mt_ore
铁矿石|Iron ore|GB/T 6730.1-2016|全铁 二氧化硅 氧化钙 氧化镁 三氧化二铝 磷 硫 水分 粒度组成 灼烧减量|
铁精矿|Iron ore concentrate|YB/T 4784-2019|全铁 二氧化硅 磷 硫 水分 粒度组成|
烧结矿|Iron ore sinter|YB/T 421-2014|全铁 二氧化硅 氧化钙 氧化镁 三氧化二铝 硫 转鼓强度 粒度组成|
球团矿|Iron ore pellets|GB/T 24531-2009|全铁 二氧化硅 氧化钙 氧化镁 硫 转鼓强度|
菱镁矿|Magnesite|YB/T 5208-2016|氧化镁 氧化钙 二氧化硅 三氧化二铝 灼烧减量|
冶金用白云石|Metallurgical dolomite|YB/T 5278-2007|氧化镁 氧化钙 二氧化硅 灼烧减量|
萤石|Fluorspar|YB/T 5217-2019|氟化钙 二氧化硅 硫 磷|
# mt_alloy
主元素含量|Main element content|*
碳|Carbon|GB/T 4333.10-2019;GB/T 20123-2006
硫|Sulfur|GB/T 4333.7-2017;GB/T 20123-2006
磷|Phosphorus|GB/T 4333.2-1988
硅|Silicon|GB/T 4333.1-2019
粒度|Size|GB/T 13247-2019
@ ferroalloys|铁合金|Ferroalloys|mt_alloy
硅铁|Ferrosilicon|GB/T 2272-2009||
锰铁|Ferromanganese|GB/T 3795-2014||
铬铁|Ferrochromium|GB/T 5683-2008||
硅锰合金|Silicomanganese|GB/T 4008-2008||
# mt_coal
全水分|Total moisture|GB/T 211-2017
水分|Moisture in the analysis sample|GB/T 212-2008
灰分|Ash|GB/T 212-2008
挥发分|Volatile matter|GB/T 212-2008
固定碳|Fixed carbon|GB/T 212-2008
全硫|Total sulfur|GB/T 214-2007#3;GB/T 25214-2010
发热量|Calorific value|GB/T 213-2008
黏结指数|Caking index|GB/T 5447-2014
胶质层指数|Plastometric indices|GB/T 479-2016
灰熔融性|Ash fusibility|GB/T 219-2008
碳氢|Carbon and hydrogen|GB/T 30733-2014
哈氏可磨性指数|Hardgrove grindability index|GB/T 2565-2014
焦炭机械强度|Coke mechanical strength|GB/T 2006-2008
焦炭反应性及反应后强度|Coke reactivity and strength after reaction|GB/T 4000-2017
焦炭工业分析|Proximate analysis of coke|GB/T 2001-2013
焦炭全硫|Total sulfur in coke|GB/T 2286-2017
@ coal_coke|煤炭与焦炭|Coal and coke|mt_coal
动力煤|Steam coal|GB/T 7562-2018|全水分 水分 灰分 挥发分 固定碳 全硫 发热量 灰熔融性 哈氏可磨性指数 碳氢|
炼焦用煤|Coking coal|GB/T 397-2009|全水分 水分 灰分 挥发分 全硫 黏结指数 胶质层指数|
无烟煤|Anthracite|GB/T 25214-2010|全水分 水分 灰分 挥发分 固定碳 全硫 发热量|
冶金焦炭|Metallurgical coke|GB/T 1996-2017|焦炭工业分析 焦炭全硫 焦炭机械强度 焦炭反应性及反应后强度 全水分|
# mt_nonfe
化学成分(光电直读光谱法)|Chemical composition (spark OES)|GB/T 7999-2015
化学成分(电感耦合等离子体原子发射光谱法)|Chemical composition (ICP-OES)|GB/T 20975.25-2008
抗拉强度|Tensile strength|GB/T 228.1-2010
规定非比例延伸强度|Proof strength|GB/T 228.1-2010
断后伸长率|Elongation after fracture|GB/T 228.1-2010
维氏硬度|Vickers hardness|GB/T 4340.1-2009
韦氏硬度|Webster hardness|YS/T 420-2000
膜厚|Coating thickness|GB/T 4957-2003
尺寸偏差|Dimensional tolerances|*
化学成分|Chemical composition|*
@ nonferrous|有色金属|Non-ferrous metals|mt_nonfe
铝合金建筑型材|Aluminium alloy building profiles|GB/T 5237.1-2017|化学成分(光电直读光谱法) 化学成分(电感耦合等离子体原子发射光谱法) 抗拉强度 规定非比例延伸强度 断后伸长率 韦氏硬度 膜厚 尺寸偏差|
一般工业用铝及铝合金挤压型材|Aluminium alloy extrusions for general use|GB/T 6892-2015|化学成分(光电直读光谱法) 化学成分(电感耦合等离子体原子发射光谱法) 抗拉强度 规定非比例延伸强度 断后伸长率 维氏硬度 尺寸偏差|
铝及铝合金板带材|Aluminium plates and strips|GB/T 3880.1-2012|化学成分(光电直读光谱法) 抗拉强度 规定非比例延伸强度 断后伸长率 尺寸偏差|
钛及钛合金板材|Titanium and titanium alloy plates|GB/T 3621-2007|化学成分 抗拉强度 规定非比例延伸强度 断后伸长率 维氏硬度 尺寸偏差|
钛及钛合金棒材|Titanium and titanium alloy bars|GB/T 2965-2007|化学成分 抗拉强度 规定非比例延伸强度 断后伸长率 尺寸偏差|
加工铜及铜合金|Wrought copper and copper alloys|GB/T 5231-2012|化学成分 抗拉强度 断后伸长率 维氏硬度|
铝合金铸件|Aluminium alloy castings|GB/T 9438-2013|化学成分(光电直读光谱法) 抗拉强度 断后伸长率 尺寸偏差|
镁合金板带材|Magnesium alloy plates and strips|GB/T 5154-2010|化学成分 抗拉强度 规定非比例延伸强度 断后伸长率|
铜及铜合金管材|Copper and copper alloy tubes|GB/T 1527-2017|化学成分 抗拉强度 断后伸长率 维氏硬度 尺寸偏差|
""",
    "medical": """
# md_drug
性状|Description|*
鉴别(红外分光光度法)|Identification (infrared spectrophotometry)|中国药典2020年版四部0402
鉴别(高效液相色谱法)|Identification (HPLC)|中国药典2020年版四部0512
含量测定(高效液相色谱法)|Assay (HPLC)|中国药典2020年版四部0512
含量测定(紫外-可见分光光度法)|Assay (UV-Vis spectrophotometry)|中国药典2020年版四部0401
有关物质|Related substances|中国药典2020年版四部0512
溶出度与释放度|Dissolution and drug release|中国药典2020年版四部0931
含量均匀度|Content uniformity|中国药典2020年版四部0941
崩解时限|Disintegration|中国药典2020年版四部0921
重量差异|Weight variation|*
装量|Fill volume|中国药典2020年版四部0942
水分|Water|中国药典2020年版四部0832
干燥失重|Loss on drying|中国药典2020年版四部0831
炽灼残渣|Residue on ignition|中国药典2020年版四部0841
重金属|Heavy metals|中国药典2020年版四部0821
残留溶剂|Residual solvents|中国药典2020年版四部0861
pH值|pH|中国药典2020年版四部0631
渗透压摩尔浓度|Osmolality|中国药典2020年版四部0632
可见异物|Visible particles|中国药典2020年版四部0904
不溶性微粒|Sub-visible particles|中国药典2020年版四部0903
无菌|Sterility|中国药典2020年版四部1101
细菌内毒素|Bacterial endotoxins|中国药典2020年版四部1143
微生物计数|Microbial enumeration|中国药典2020年版四部1105
控制菌检查|Test for specified microorganisms|中国药典2020年版四部1106
@ chemical_drugs|化学药品|Chemical medicines|md_drug
原料药|Active pharmaceutical ingredients|中国药典2020年版二部|性状 鉴别(红外分光光度法) 鉴别(高效液相色谱法) 含量测定(高效液相色谱法) 有关物质 水分 干燥失重 炽灼残渣 重金属 残留溶剂|
片剂|Tablets|中国药典2020年版四部0101|性状 鉴别(高效液相色谱法) 含量测定(高效液相色谱法) 含量测定(紫外-可见分光光度法) 有关物质 溶出度与释放度 含量均匀度 崩解时限 重量差异 微生物计数 控制菌检查|
硬胶囊剂|Hard capsules|中国药典2020年版四部0103|性状 鉴别(高效液相色谱法) 含量测定(高效液相色谱法) 有关物质 溶出度与释放度 崩解时限 重量差异 水分 微生物计数 控制菌检查|
小容量注射剂|Small-volume injections|中国药典2020年版四部0102|性状 鉴别(高效液相色谱法) 含量测定(高效液相色谱法) 有关物质 装量 pH值 渗透压摩尔浓度 可见异物 不溶性微粒 无菌 细菌内毒素|
大容量注射剂|Large-volume injections|中国药典2020年版四部0102|性状 鉴别(高效液相色谱法) 含量测定(高效液相色谱法) 有关物质 装量 pH值 渗透压摩尔浓度 可见异物 不溶性微粒 无菌 细菌内毒素|
颗粒剂|Granules|中国药典2020年版四部0104|性状 鉴别(高效液相色谱法) 含量测定(高效液相色谱法) 干燥失重 装量 溶出度与释放度 微生物计数 控制菌检查|
口服溶液剂|Oral solutions|中国药典2020年版四部0123|性状 鉴别(高效液相色谱法) 含量测定(高效液相色谱法) pH值 装量 微生物计数 控制菌检查|
软膏剂|Ointments|中国药典2020年版四部0109|性状 鉴别(高效液相色谱法) 含量测定(高效液相色谱法) 装量 微生物计数 控制菌检查|
滴眼剂|Eye drops|中国药典2020年版四部0105|性状 鉴别(高效液相色谱法) 含量测定(高效液相色谱法) pH值 渗透压摩尔浓度 可见异物 装量 无菌|
丸剂|Pills|中国药典2020年版四部0108|性状 鉴别(高效液相色谱法) 含量测定(高效液相色谱法) 水分 重量差异 溶出度与释放度 微生物计数 控制菌检查|
糖浆剂|Syrups|中国药典2020年版四部0116|性状 鉴别(高效液相色谱法) 含量测定(高效液相色谱法) pH值 装量 微生物计数 控制菌检查|
气雾剂|Aerosols|中国药典2020年版四部0113|性状 鉴别(高效液相色谱法) 含量测定(高效液相色谱法) 装量 微生物计数|
# md_tcm
性状|Description|*
显微鉴别|Microscopic identification|中国药典2020年版四部2001
薄层色谱鉴别|TLC identification|中国药典2020年版四部0502
水分|Water|中国药典2020年版四部0832
总灰分|Total ash|中国药典2020年版四部2302
酸不溶性灰分|Acid-insoluble ash|中国药典2020年版四部2302
浸出物|Extractives|中国药典2020年版四部2201
含量测定(高效液相色谱法)|Assay (HPLC)|中国药典2020年版四部0512
重金属及有害元素|Heavy metals and harmful elements|中国药典2020年版四部2321
农药残留量|Pesticide residues|中国药典2020年版四部2341
二氧化硫残留量|Sulfur dioxide residue|中国药典2020年版四部2331
黄曲霉毒素|Aflatoxins|中国药典2020年版四部2351
@ tcm|中药材与中药饮片|Chinese medicinal materials and decoction pieces|md_tcm
人参|Ginseng|中国药典2020年版一部||
五味子|Schisandra fruit|中国药典2020年版一部||
细辛|Asarum|中国药典2020年版一部||
黄芪|Astragalus root|中国药典2020年版一部||
龙胆|Gentian root|中国药典2020年版一部||
党参|Codonopsis root|中国药典2020年版一部||
甘草|Liquorice root|中国药典2020年版一部||
刺五加|Acanthopanax root|中国药典2020年版一部||
平贝母|Fritillaria ussuriensis bulb|中国药典2020年版一部||
北柴胡|Bupleurum root|中国药典2020年版一部||
防风|Saposhnikovia root|中国药典2020年版一部||
黄芩|Baikal skullcap root|中国药典2020年版一部||
板蓝根|Isatis root|中国药典2020年版一部||
关黄柏|Amur cork-tree bark|中国药典2020年版一部||
# md_device
细菌过滤效率|Bacterial filtration efficiency|*
颗粒过滤效率|Particle filtration efficiency|*
合成血液穿透|Synthetic blood penetration|*
通气阻力|Breathing resistance|*
微生物指标|Microbiological indicators|GB 15979-2002
环氧乙烷残留量|Ethylene oxide residue|GB/T 14233.1-2008
无菌|Sterility|GB/T 14233.2-2005
细胞毒性|Cytotoxicity|GB/T 16886.5-2017
皮肤致敏|Skin sensitisation|GB/T 16886.10-2017
断裂强力|Breaking strength|*
抗渗水性|Resistance to water penetration|*
滑动性能|Sliding performance|*
器身密合性|Barrel-plunger fit|*
流量|Flow rate|*
不透水性|Freedom from holes|*
@ devices|医用防护与无源医疗器械|Medical protective equipment and passive devices|md_device
医用外科口罩|Surgical masks|YY 0469-2011|细菌过滤效率 颗粒过滤效率 合成血液穿透 通气阻力 微生物指标 环氧乙烷残留量 细胞毒性 皮肤致敏|
医用防护口罩|Medical protective masks|GB 19083-2010|颗粒过滤效率 合成血液穿透 通气阻力 微生物指标 环氧乙烷残留量 细胞毒性 皮肤致敏|
一次性使用医用口罩|Single-use medical masks|YY/T 0969-2013|细菌过滤效率 通气阻力 微生物指标 环氧乙烷残留量 细胞毒性|
医用一次性防护服|Disposable medical protective clothing|GB 19082-2009|断裂强力 抗渗水性 合成血液穿透 颗粒过滤效率 微生物指标 环氧乙烷残留量 皮肤致敏|
一次性使用无菌注射器|Single-use sterile syringes|GB 15810-2019|滑动性能 器身密合性 无菌 环氧乙烷残留量 细胞毒性|
一次性使用输液器|Single-use infusion sets|GB 8368-2018|流量 无菌 环氧乙烷残留量 细胞毒性|
一次性使用医用橡胶检查手套|Single-use rubber examination gloves|GB 10213-2006|不透水性 断裂强力 无菌 皮肤致敏|
# md_elec
漏电流|Leakage current|*
电介质强度|Dielectric strength|*
保护接地阻抗|Protective earth impedance|*
标识和说明|Markings and instructions|*
电磁兼容|Electromagnetic compatibility|YY 0505-2012
@ medical_electrical|医用电气设备|Medical electrical equipment|md_elec
医用电气设备|Medical electrical equipment|GB 9706.1-2007||
医用电热毯|Medical heating pads|YY 0834-2011||
病人监护仪|Patient monitors|YY 1079-2008||
""",
    "textile": """
# tx_safety
纤维含量|Fibre content|GB/T 2910.1-2009;FZ/T 01057.1-2007
甲醛含量|Formaldehyde content|GB/T 2912.1-2009
pH值|pH|GB/T 7573-2009
可分解致癌芳香胺染料|Banned azo dyes|GB/T 17592-2011
异味|Odour|GB 18401-2010
耐水色牢度|Colour fastness to water|GB/T 5713-2013
耐汗渍色牢度|Colour fastness to perspiration|GB/T 3922-2013
耐摩擦色牢度|Colour fastness to rubbing|GB/T 3920-2008
耐唾液色牢度|Colour fastness to saliva|GB/T 18886-2019
耐皂洗色牢度|Colour fastness to washing|GB/T 3921-2008
耐光色牢度|Colour fastness to light|GB/T 8427-2019
# tx_phys
水洗尺寸变化率|Dimensional change on washing|GB/T 8628-2013;GB/T 8629-2017;GB/T 8630-2013
顶破强力|Bursting strength|GB/T 19976-2005
撕破强力|Tear strength|GB/T 3917.2-2009
起球|Pilling|GB/T 4802.1-2008
断裂强力|Breaking strength|GB/T 3923.1-2013
缝子纰裂程度|Seam slippage|GB/T 13772.2-2018
绳带|Cords and drawstrings|GB 31701-2015
附件抗拉强力|Pull strength of attachments|GB 31701-2015
锐利尖端和锐利边缘|Sharp points and edges|GB/T 31702-2015
含绒量|Down content|GB/T 10288-2016
蓬松度|Fill power|GB/T 10288-2016
耗氧量|Oxygen number|GB/T 10288-2016
@ garments|服装与家纺|Garments and home textiles|tx_safety tx_phys
针织T恤衫|Knitted T-shirts|FZ/T 73020-2019|纤维含量 甲醛含量 pH值 可分解致癌芳香胺染料 异味 耐水色牢度 耐汗渍色牢度 耐摩擦色牢度 耐皂洗色牢度 水洗尺寸变化率 顶破强力 起球|
衬衫|Shirts|GB/T 2660-2017|纤维含量 甲醛含量 pH值 可分解致癌芳香胺染料 异味 耐水色牢度 耐汗渍色牢度 耐摩擦色牢度 耐皂洗色牢度 耐光色牢度 水洗尺寸变化率 撕破强力 缝子纰裂程度|
西服大衣|Suits and coats|GB/T 2664-2017|纤维含量 甲醛含量 pH值 可分解致癌芳香胺染料 异味 耐水色牢度 耐汗渍色牢度 耐摩擦色牢度 耐光色牢度 水洗尺寸变化率 撕破强力 缝子纰裂程度 起球|
牛仔服装|Denim garments|FZ/T 81006-2017|纤维含量 甲醛含量 pH值 可分解致癌芳香胺染料 耐水色牢度 耐摩擦色牢度 耐皂洗色牢度 水洗尺寸变化率 撕破强力 断裂强力|
婴幼儿及儿童纺织产品|Infant and children's textiles|GB 31701-2015|纤维含量 甲醛含量 pH值 可分解致癌芳香胺染料 异味 耐水色牢度 耐汗渍色牢度 耐摩擦色牢度 耐唾液色牢度 绳带 附件抗拉强力 锐利尖端和锐利边缘|
羽绒服装|Down garments|GB/T 14272-2011|纤维含量 甲醛含量 pH值 可分解致癌芳香胺染料 耐水色牢度 耐摩擦色牢度 含绒量 蓬松度 耗氧量|
毛针织品|Wool knitwear|FZ/T 73018-2012|纤维含量 甲醛含量 pH值 可分解致癌芳香胺染料 耐水色牢度 耐汗渍色牢度 耐摩擦色牢度 耐皂洗色牢度 水洗尺寸变化率 起球 顶破强力|
床上用品|Bedding|GB/T 22844-2009|纤维含量 甲醛含量 pH值 可分解致癌芳香胺染料 耐水色牢度 耐摩擦色牢度 耐皂洗色牢度 水洗尺寸变化率 断裂强力 撕破强力|
毛巾|Towels|GB/T 22864-2009|纤维含量 甲醛含量 pH值 可分解致癌芳香胺染料 耐水色牢度 耐摩擦色牢度 耐皂洗色牢度 水洗尺寸变化率|
棉服|Cotton-padded garments|FZ/T 81010-2018|纤维含量 甲醛含量 pH值 可分解致癌芳香胺染料 异味 耐水色牢度 耐汗渍色牢度 耐摩擦色牢度 水洗尺寸变化率 撕破强力|
夹克衫|Jackets|FZ/T 81008-2011|纤维含量 甲醛含量 pH值 可分解致癌芳香胺染料 异味 耐水色牢度 耐汗渍色牢度 耐摩擦色牢度 耐皂洗色牢度 水洗尺寸变化率 撕破强力 缝子纰裂程度|
婴幼儿服装|Infant garments|FZ/T 81014-2008|纤维含量 甲醛含量 pH值 可分解致癌芳香胺染料 异味 耐水色牢度 耐汗渍色牢度 耐摩擦色牢度 耐唾液色牢度 水洗尺寸变化率 绳带 附件抗拉强力 锐利尖端和锐利边缘|
中小学生校服|School uniforms|GB/T 31888-2015|纤维含量 甲醛含量 pH值 可分解致癌芳香胺染料 异味 耐水色牢度 耐汗渍色牢度 耐摩擦色牢度 耐皂洗色牢度 耐光色牢度 水洗尺寸变化率 顶破强力 起球 绳带 附件抗拉强力|
针织内衣|Knitted underwear|FZ/T 73016-2013|纤维含量 甲醛含量 pH值 可分解致癌芳香胺染料 异味 耐水色牢度 耐汗渍色牢度 耐摩擦色牢度 耐皂洗色牢度 水洗尺寸变化率 顶破强力 起球|
针织保暖内衣|Knitted thermal underwear|FZ/T 73022-2019|纤维含量 甲醛含量 pH值 可分解致癌芳香胺染料 异味 耐水色牢度 耐汗渍色牢度 耐摩擦色牢度 耐皂洗色牢度 水洗尺寸变化率 顶破强力 起球|
男西裤|Men's trousers|GB/T 2666-2017|纤维含量 甲醛含量 pH值 可分解致癌芳香胺染料 异味 耐水色牢度 耐汗渍色牢度 耐摩擦色牢度 耐皂洗色牢度 水洗尺寸变化率 撕破强力 缝子纰裂程度|
连衣裙|Dresses|GB/T 2660-2017|纤维含量 甲醛含量 pH值 可分解致癌芳香胺染料 异味 耐水色牢度 耐汗渍色牢度 耐摩擦色牢度 耐皂洗色牢度 水洗尺寸变化率 撕破强力 缝子纰裂程度|
羽绒被|Down quilts|GB/T 14272-2011|纤维含量 甲醛含量 pH值 可分解致癌芳香胺染料 含绒量 蓬松度 耗氧量|
袜子|Socks|FZ/T 73001-2016|纤维含量 甲醛含量 pH值 可分解致癌芳香胺染料 耐水色牢度 耐汗渍色牢度 耐摩擦色牢度 耐皂洗色牢度 顶破强力|
# tx_leather
撕裂力|Tear load|QB/T 2711-2005
摩擦色牢度|Colour fastness to rubbing|QB/T 2537-2001
六价铬|Chromium(VI)|GB/T 22807-2019
游离甲醛|Free formaldehyde|GB/T 19941.1-2019
耐折牢度|Flex resistance|QB/T 2714-2018
帮底剥离强度|Upper-sole adhesion|GB/T 3903.3-2011
耐磨性能|Abrasion resistance|GB/T 3903.2-2017
成鞋耐折性能|Flex resistance of whole shoe|GB/T 3903.1-2017
鞋跟结合力|Heel attachment strength|QB/T 1002-2015
可分解有害芳香胺染料|Harmful azo dyes|GB/T 19942-2019
@ leather_footwear|皮革与鞋类|Leather and footwear|tx_leather
服装用皮革|Garment leather|QB/T 1872-2004|撕裂力 摩擦色牢度 六价铬 游离甲醛 可分解有害芳香胺染料|
汽车装饰用皮革|Automotive upholstery leather|QB/T 2703-2005|撕裂力 摩擦色牢度 六价铬 游离甲醛 耐折牢度|
家具用皮革|Furniture leather|QB/T 1952.1-2012|撕裂力 摩擦色牢度 六价铬 游离甲醛 耐折牢度 可分解有害芳香胺染料|
皮鞋|Leather shoes|QB/T 1002-2015|帮底剥离强度 耐磨性能 成鞋耐折性能 鞋跟结合力 六价铬 游离甲醛|
运动鞋|Sports shoes|QB/T 4331-2012|帮底剥离强度 耐磨性能 成鞋耐折性能 游离甲醛|
儿童皮鞋|Children's leather shoes|QB/T 2880-2016|帮底剥离强度 耐磨性能 成鞋耐折性能 鞋跟结合力 六价铬 游离甲醛 可分解有害芳香胺染料|
胶鞋|Rubber footwear|HG/T 2495-2007|帮底剥离强度 耐磨性能 成鞋耐折性能|
皮革手套|Leather gloves|QB/T 1584-2008|撕裂力 摩擦色牢度 六价铬 游离甲醛|
箱包|Luggage|QB/T 2155-2018|摩擦色牢度 六价铬 游离甲醛|
""",
    "health": """
# h_public
温度|Temperature|GB/T 18204.1-2013
相对湿度|Relative humidity|GB/T 18204.1-2013
风速|Air velocity|GB/T 18204.1-2013
新风量|Fresh air volume|GB/T 18204.1-2013
照度|Illuminance|GB/T 18204.1-2013
噪声|Noise|GB/T 18204.1-2013
二氧化碳|Carbon dioxide|GB/T 18204.2-2014
一氧化碳|Carbon monoxide|GB/T 18204.2-2014
甲醛|Formaldehyde|GB/T 18204.2-2014
可吸入颗粒物(PM10)|Inhalable particles (PM10)|GB/T 18204.2-2014
细菌总数|Bacterial count|GB/T 18204.3-2013
真菌总数|Fungal count|GB/T 18204.3-2013
公共用品用具细菌总数|Bacterial count on public articles|GB/T 18204.4-2013
公共用品用具大肠菌群|Coliforms on public articles|GB/T 18204.4-2013
@ public_places|公共场所卫生|Public place hygiene|h_public
住宿场所|Accommodation premises|GB 37488-2019||
商场(超市)|Shopping malls|GB 37488-2019|温度 相对湿度 风速 新风量 照度 噪声 二氧化碳 一氧化碳 甲醛 可吸入颗粒物(PM10) 细菌总数|
美容美发场所|Beauty and hairdressing premises|GB 37488-2019|温度 相对湿度 二氧化碳 甲醛 可吸入颗粒物(PM10) 细菌总数 公共用品用具细菌总数 公共用品用具大肠菌群|
候车(机)室|Waiting rooms|GB 37488-2019|温度 相对湿度 风速 新风量 照度 噪声 二氧化碳 一氧化碳 可吸入颗粒物(PM10) 细菌总数|
沐浴场所|Bathing premises|GB 37488-2019|温度 相对湿度 二氧化碳 细菌总数 公共用品用具细菌总数 公共用品用具大肠菌群|
文化娱乐场所|Entertainment venues|GB 37488-2019||
体育场(馆)|Sports venues|GB 37488-2019||
图书馆及博物馆|Libraries and museums|GB 37488-2019||
餐饮场所|Catering premises|GB 37488-2019||
# h_pool
浑浊度|Turbidity|GB/T 18204.6-2013
pH值|pH|GB/T 18204.6-2013
游离性余氯|Free residual chlorine|GB/T 18204.6-2013
化合性余氯|Combined residual chlorine|GB/T 18204.6-2013
尿素|Urea|GB/T 18204.6-2013
菌落总数|Total plate count|GB/T 18204.6-2013
大肠菌群|Coliforms|GB/T 18204.6-2013
@ pools|游泳场所|Swimming venues|h_pool
游泳池水|Swimming pool water|GB 37488-2019||
# h_work
苯|Benzene|GBZ/T 300.66-2017
甲苯|Toluene|GBZ/T 300.66-2017
二甲苯|Xylene|GBZ/T 300.66-2017
甲醛|Formaldehyde|GBZ/T 300.99-2017
一氧化碳|Carbon monoxide|GBZ/T 300.37-2017
氨|Ammonia|GBZ/T 300.60-2017
锰及其化合物|Manganese and compounds|GBZ/T 300.17-2017
铅及其化合物|Lead and compounds|GBZ/T 300.15-2017
总粉尘浓度|Total dust concentration|GBZ/T 192.1-2007
呼吸性粉尘浓度|Respirable dust concentration|GBZ/T 192.2-2007
游离二氧化硅含量|Free silica content|GBZ/T 192.4-2007
@ workplace_air|工作场所空气|Workplace air|h_work
工作场所空气有毒物质|Toxic substances in workplace air|GBZ 2.1-2019||SAMP
# h_phys
噪声|Noise|GBZ/T 189.8-2007
高温|Heat stress|GBZ/T 189.7-2007
工频电场|Power-frequency electric field|GBZ/T 189.3-2018
紫外辐射|Ultraviolet radiation|GBZ/T 189.6-2007
手传振动|Hand-transmitted vibration|GBZ/T 189.9-2007
照度|Illuminance|GB/T 5700-2008
@ workplace_physical|工作场所物理因素|Physical agents in the workplace|h_phys
工作场所物理因素|Physical agents in the workplace|GBZ 2.2-2007||
# h_disinf
杀灭对数值|Log reduction|消毒技术规范(2002年版)
有效成分含量|Active ingredient content|*
稳定性|Stability|消毒技术规范(2002年版)
金属腐蚀性|Metal corrosivity|消毒技术规范(2002年版)
急性经口毒性|Acute oral toxicity|消毒技术规范(2002年版)
@ disinfection|消毒产品与消毒效果|Disinfection products and efficacy|h_disinf
手消毒剂|Hand disinfectants|GB 27950-2020||
医疗器械消毒剂|Disinfectants for medical devices|GB/T 27949-2020||
物体表面消毒剂|Surface disinfectants|GB 27952-2020||
医疗机构消毒效果|Disinfection efficacy in medical institutions|GB 15982-2012|杀灭对数值|
# h_clin
新型冠状病毒核酸|SARS-CoV-2 nucleic acid|WS/T 640-2018
诺如病毒核酸|Norovirus nucleic acid|WS/T 640-2018
流感病毒核酸|Influenza virus nucleic acid|WS 285-2008
沙门氏菌分离鉴定|Salmonella isolation and identification|WS 271-2007
志贺氏菌分离鉴定|Shigella isolation and identification|WS 287-2008
霍乱弧菌分离鉴定|Vibrio cholerae isolation and identification|WS 289-2018
@ pathogens|病原微生物检测|Pathogen testing|h_clin
临床样本|Clinical specimens|WS/T 640-2018||
环境样本|Environmental samples|WS/T 640-2018|新型冠状病毒核酸 诺如病毒核酸 沙门氏菌分离鉴定|
# h_medwater
粪大肠菌群数|Faecal coliform count|HJ 347.2-2018
肠道致病菌|Enteric pathogens|GB 18466-2005
余氯|Residual chlorine|HJ 586-2010
化学需氧量|Chemical oxygen demand|HJ 828-2017
@ med_wastewater|医疗机构水污染物|Medical institution wastewater|h_medwater
医疗机构水污染物|Medical institution wastewater|GB 18466-2005||
""",
}
