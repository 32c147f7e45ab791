<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>CarbonStorage</name>
    <message>
        <location filename="../../algorithms/ecosystem/carbonstorage.py" line="24" />
        <source>Carbon storage (InVEST)</source>
        <translation>碳储量（InVEST）</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosystem/carbonstorage.py" line="42" />
        <source>Land-use map (current / baseline)</source>
        <translation>土地利用图（现状/基准）</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosystem/carbonstorage.py" line="44" />
        <source>Carbon pools table (lucode, c_above, c_below, c_soil, c_dead; Mg/ha)</source>
        <translation>碳库表（lucode、c_above、c_below、c_soil、c_dead；Mg/ha）</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosystem/carbonstorage.py" line="47" />
        <source>Future (alternate) land-use map</source>
        <translation>未来（替代）土地利用图</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosystem/carbonstorage.py" line="49" />
        <source>Carbon storage (Mg/ha)</source>
        <translation>碳储量（Mg/ha）</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosystem/carbonstorage.py" line="51" />
        <source>Future carbon storage (Mg/ha)</source>
        <translation>未来碳储量（Mg/ha）</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosystem/carbonstorage.py" line="54" />
        <source>Change in carbon storage (Mg/ha)</source>
        <translation>碳储量变化（Mg/ha）</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosystem/carbonstorage.py" line="57" />
        <source>Carbon totals</source>
        <translation>碳储量总量</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosystem/carbonstorage.py" line="60" />
        <source>Total carbon (Mg)</source>
        <translation>碳储量总量（Mg）</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosystem/carbonstorage.py" line="61" />
        <source>Total future carbon (Mg)</source>
        <translation>未来碳储量总量（Mg）</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosystem/carbonstorage.py" line="63" />
        <source>Total change in carbon (Mg)</source>
        <translation>碳储量总变化（Mg）</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosystem/carbonstorage.py" line="68" />
        <source>land-use map</source>
        <translation>土地利用图</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosystem/carbonstorage.py" line="71" />
        <source>carbon pools table</source>
        <translation>碳库表</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosystem/carbonstorage.py" line="82" />
        <source>current</source>
        <translation>现状</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosystem/carbonstorage.py" line="85" />
        <source>future</source>
        <translation>未来</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosystem/carbonstorage.py" line="88" />
        <source>change</source>
        <translation>变化</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosystem/carbonstorage.py" line="109" />
        <source>Total carbon: {:.6g} Mg.</source>
        <translation>碳储量总量：{:.6g} Mg。</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosystem/carbonstorage.py" line="111" />
        <source>Future: {:.6g} Mg; change: {:.6g} Mg.</source>
        <translation>未来：{:.6g} Mg；变化：{:.6g} Mg。</translation>
    </message>
</context>
<context>
    <name>EcoEconEcosystemInputs</name>
    <message>
        <location filename="../../algorithms/ecosystem/inputs.py" line="25" />
        <source>The table {} has no land-use code column (lucode). Its fields are: {}.</source>
        <translation>表 {} 没有土地利用代码列（lucode）。其字段为：{}。</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosystem/inputs.py" line="100" />
        <source>The polygons {} have no field '{}'.</source>
        <translation>多边形 {} 没有字段“{}”。</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosystem/inputs.py" line="110" />
        <source>The polygons {}: field '{}' holds '{}', which is not a number.</source>
        <translation>多边形 {}：字段“{}”的值为“{}”，不是数字。</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosystem/inputs.py" line="115" />
        <source>The polygons {}: field '{}' holds {:g}, outside {:g}–{:g}.</source>
        <translation>多边形 {}：字段“{}”的值为 {:g}，超出 {:g}–{:g} 范围。</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosystem/inputs.py" line="142" />
        <source>The watershed polygons have no field '{}'.</source>
        <translation>流域多边形没有字段“{}”。</translation>
    </message>
</context>
<context>
    <name>HabitatQuality</name>
    <message>
        <location filename="../../algorithms/ecosystem/habitatquality.py" line="36" />
        <source>Habitat quality (InVEST)</source>
        <translation>生境质量（InVEST）</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosystem/habitatquality.py" line="73" />
        <source>Land-use map (current)</source>
        <translation>土地利用图（现状）</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosystem/habitatquality.py" line="75" />
        <source>Threats table (threat, max_dist, weight, decay)</source>
        <translation>威胁表（threat、max_dist、weight、decay）</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosystem/habitatquality.py" line="78" />
        <source>Threat rasters (else: cur_path of the table)</source>
        <translation>威胁栅格（否则使用表中的 cur_path）</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosystem/habitatquality.py" line="81" />
        <source>Sensitivity table (lucode, habitat, one column per threat)</source>
        <translation>敏感度表（lucode、habitat、每个威胁一列）</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosystem/habitatquality.py" line="84" />
        <source>Access polygons</source>
        <translation>可达性多边形</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosystem/habitatquality.py" line="86" />
        <source>Access field (0–1)</source>
        <translation>可达性字段（0–1）</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosystem/habitatquality.py" line="89" />
        <source>Half-saturation constant k</source>
        <translation>半饱和常数 k</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosystem/habitatquality.py" line="92" />
        <source>Threat impact</source>
        <translation>威胁影响</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosystem/habitatquality.py" line="92" />
        <source>Nearest threat cell (InVEST 3.13+)</source>
        <translation>最近威胁像元（InVEST 3.13+）</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosystem/habitatquality.py" line="92" />
        <source>Convolution over all threat cells (InVEST 3.3–3.12)</source>
        <translation>对全部威胁像元卷积（InVEST 3.3–3.12）</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosystem/habitatquality.py" line="96" />
        <source>Units of max_dist</source>
        <translation>max_dist 的单位</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosystem/habitatquality.py" line="96" />
        <source>Metres (InVEST 3.15+)</source>
        <translation>米（InVEST 3.15+）</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosystem/habitatquality.py" line="96" />
        <source>Kilometres (InVEST before 3.15)</source>
        <translation>千米（InVEST 3.15 之前）</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosystem/habitatquality.py" line="100" />
        <source>Baseline land-use map (for rarity)</source>
        <translation>基准土地利用图（用于稀缺性）</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosystem/habitatquality.py" line="102" />
        <source>Habitat degradation</source>
        <translation>生境退化度</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosystem/habitatquality.py" line="104" />
        <source>Habitat quality</source>
        <translation>生境质量</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosystem/habitatquality.py" line="106" />
        <source>Habitat rarity</source>
        <translation>生境稀缺性</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosystem/habitatquality.py" line="108" />
        <source>Rarity per class</source>
        <translation>各地类稀缺性</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosystem/habitatquality.py" line="135" />
        <source>No raster found for the threat '{}'. Add it to 'Threat rasters' (named '{}' or '{}_c'), or give its path in the cur_path column of the threats table.</source>
        <translation>未找到威胁“{}”的栅格。请将其加入“威胁栅格”（命名为“{}”或“{}_c”），或在威胁表的 cur_path 列中给出其路径。</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosystem/habitatquality.py" line="143" />
        <source>land-use map</source>
        <translation>土地利用图</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosystem/habitatquality.py" line="146" />
        <source>threats table</source>
        <translation>威胁表</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosystem/habitatquality.py" line="149" />
        <source>The threats table has a row without a threat name.</source>
        <translation>威胁表中有一行没有威胁名称。</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosystem/habitatquality.py" line="157" />
        <source>sensitivity table</source>
        <translation>敏感度表</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosystem/habitatquality.py" line="165" />
        <source>The sensitivity table has no column for the threat '{}' (its columns: {}).</source>
        <translation>敏感度表中没有威胁“{}”对应的列（其列为：{}）。</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosystem/habitatquality.py" line="181" />
        <source>access</source>
        <translation>可达性</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosystem/habitatquality.py" line="214" />
        <source>Degradation: mean {:.6g}, max {:.6g}; quality: mean {:.6g}.</source>
        <translation>退化度：均值 {:.6g}，最大值 {:.6g}；生境质量：均值 {:.6g}。</translation>
    </message>
    </context>
<context>
    <name>WaterYield</name>
    <message>
        <location filename="../../algorithms/ecosystem/wateryield.py" line="25" />
        <source>Water yield (InVEST)</source>
        <translation>产水量（InVEST）</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosystem/wateryield.py" line="50" />
        <source>Land-use map</source>
        <translation>土地利用图</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosystem/wateryield.py" line="51" />
        <source>Precipitation (mm/yr)</source>
        <translation>降水量（mm/年）</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosystem/wateryield.py" line="53" />
        <source>Reference evapotranspiration ET0 (mm/yr)</source>
        <translation>参考蒸散量 ET0（mm/年）</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosystem/wateryield.py" line="55" />
        <source>Depth to root-restricting layer (mm)</source>
        <translation>根系限制层深度（mm）</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosystem/wateryield.py" line="57" />
        <source>Plant-available water content (fraction)</source>
        <translation>植物可利用含水量（比例）</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosystem/wateryield.py" line="59" />
        <source>Biophysical table (lucode, kc, root_depth, lulc_veg)</source>
        <translation>生物物理参数表（lucode、kc、root_depth、lulc_veg）</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosystem/wateryield.py" line="62" />
        <source>Seasonality constant Z</source>
        <translation>季节性常数 Z</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosystem/wateryield.py" line="65" />
        <source>Watershed polygons</source>
        <translation>流域多边形</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosystem/wateryield.py" line="68" />
        <source>Watershed id field</source>
        <translation>流域 id 字段</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosystem/wateryield.py" line="71" />
        <source>Water yield (mm/yr)</source>
        <translation>产水量（mm/年）</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosystem/wateryield.py" line="73" />
        <source>Actual evapotranspiration (mm/yr)</source>
        <translation>实际蒸散量（mm/年）</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosystem/wateryield.py" line="76" />
        <source>Water yield per watershed</source>
        <translation>各流域产水量</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosystem/wateryield.py" line="82" />
        <source>land-use map</source>
        <translation>土地利用图</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosystem/wateryield.py" line="92" />
        <source>biophysical table</source>
        <translation>生物物理参数表</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosystem/wateryield.py" line="143" />
        <source>Mean water yield: {:.6g} mm/yr over {} cells.</source>
        <translation>平均产水量：{:.6g} mm/年，共 {} 个像元。</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosystem/wateryield.py" line="99" />
        <source>The biophysical table has no root_depth for the vegetated class {}.</source>
        <translation>生物物理参数表中植被地类 {} 没有 root_depth。</translation>
    </message>
</context>
</TS>