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
        <location filename="../../algorithms/ecosystem/carbonstorage.py" line="27" />
        <source>Carbon stored in each cell, as the InVEST 3.20 Carbon model computes it.

C = c_above + c_below + c_soil + c_dead, the four pools of the cell's land-use class read from the pools table (columns lucode, c_above, c_below, c_soil, c_dead; Mg C per hectare = t/ha). Totals = Σ C × cell area in ha, in Mg (t).
With a future (alternate) land-use map, the same is computed for it and the change C_future − C_current is given per cell (Mg/ha) and in total (Mg); the future map is aligned to the current map's grid by nearest neighbour.

Every land-use code of the maps must be in the table (a missing code stops the run and names it). Nodata cells stay nodata (in the change: nodata in either map). The maps must be in a projected CRS in metres.
Outputs: carbon storage rasters (Mg/ha, Float32), the change raster, a summary table (map, total in Mg, mean in Mg/ha, cells) and the totals as numbers.</source>
        <translation>按 InVEST 3.20 碳模型的算法计算每个像元的碳储量。

C = c_above + c_below + c_soil + c_dead，即像元土地利用类型的四个碳库，取自碳库表（列 lucode、c_above、c_below、c_soil、c_dead；单位 Mg C/公顷 = t/ha）。总量 = Σ C × 像元面积（公顷），单位 Mg（t）。
给出未来（替代）土地利用图时，同样计算其碳储量，并给出变化量 C_future − C_current：逐像元（Mg/ha）与总量（Mg）；未来土地利用图以最邻近法对齐到当前土地利用图的栅格。

土地利用图中的每个代码都必须出现在表中（缺少代码时运行停止并指出该代码）。无数据像元保持为无数据（变化量中：任一幅图为无数据即为无数据）。土地利用图必须采用以米为单位的投影坐标系。
输出：碳储量栅格（Mg/ha，Float32）、变化量栅格、汇总表（图、总量 Mg、均值 Mg/ha、像元数），以及以数值形式给出的总量。</translation>
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
    <message>
        <location filename="../../algorithms/ecosystem/habitatquality.py" line="39" />
        <source>Habitat degradation and quality, as the InVEST Habitat Quality model computes them, with optional rarity.

Degradation D = β · Σ_r (w_r/Σw) · i_r · S_jr, with w_r the threat weight (every threat of the table counts in Σw), S_jr the sensitivity of the cell's class j to threat r, β the access value (field 'access' of the access polygons, 0–1; 1 outside them; cells by centre) and i_r the threat's impact:
- Nearest threat (InVEST 3.13 and later, default): d = distance to the nearest threat cell (exact Euclidean distance); linear i = 1 − d/d_max, exponential i = exp(−2.99·d/d_max); 0 beyond d_max. A threat cell is any non-zero cell.
- Convolution (InVEST 3.3–3.12, used by most published studies): every threat cell within range adds; the threat raster (values 0–1) is convolved with a kernel normalised to sum 1: linear (d_max − d)/d_max up to d_max, exponential exp(−d/d_max) up to 5·d_max, as those versions built it. D is then much smaller, so choose k accordingly.
Quality Q = H_j · (1 − D^z/(D^z + k^z)), z = 2.5 (as InVEST), k the half-saturation constant (InVEST suggests half of the largest D of a first run).
Rarity (with a baseline map): R_j = 1 − N_j/(N_j + N_j,baseline), counts of cells × cell area, the current map counted only where the baseline has data; 0 for classes absent from the baseline.

Tables: threats (threat, max_dist, weight, decay = linear or exponential, optional cur_path = the threat raster's path relative to the table); max_dist in metres (InVEST 3.15+) or km (older tables; see 'Units of max_dist'). Sensitivity (lucode, habitat H 0–1, one column per threat named as in the threats table or L_ and that name as before InVEST 3.15, 0–1). Threat rasters: values 0–1 (nodata = no threat), picked from 'Threat rasters' by layer or file name (the threat name, the name with '_c', or the file of cur_path), else read from cur_path. All rasters are aligned to the land-use grid by nearest neighbour. Every land-use code must be in the sensitivity table.
Outputs: degradation (relative, dimensionless), quality (0–1), rarity (0–1, 0.5 = unchanged) and a rarity table (lucode, rarity_value). Nodata land use stays nodata; the maps must be in a projected CRS in metres.</source>
        <translation>按 InVEST 生境质量模型的算法计算生境退化度与生境质量，并可计算生境稀缺性。

退化度 D = β · Σ_r (w_r/Σw) · i_r · S_jr，其中 w_r 为威胁权重（威胁表中的每个威胁都计入 Σw），S_jr 为像元所属地类 j 对威胁 r 的敏感度，β 为可达性值（可达性多边形的“access”字段，0–1；多边形之外为 1；按像元中心判定），i_r 为威胁的影响：
- 最近威胁（InVEST 3.13 及以后，默认）：d = 到最近威胁像元的距离（精确欧氏距离）；线性 i = 1 − d/d_max，指数 i = exp(−2.99·d/d_max)；超过 d_max 为 0。任何非零像元都是威胁像元。
- 卷积（InVEST 3.3–3.12，多数已发表研究所用）：作用范围内的每个威胁像元都会累加；威胁栅格（值 0–1）与归一化（总和为 1）的核做卷积：线性核 (d_max − d)/d_max，至 d_max 为止；指数核 exp(−d/d_max)，至 5·d_max 为止，与这些版本的构造方式相同。此时 D 要小得多，请相应选择 k。
生境质量 Q = H_j · (1 − D^z/(D^z + k^z))，z = 2.5（与 InVEST 相同），k 为半饱和常数（InVEST 建议取首次运行所得最大 D 的一半）。
稀缺性（需提供基准土地利用图）：R_j = 1 − N_j/(N_j + N_j,baseline)，N 为像元数 × 像元面积，现状图只统计基准图有数据的像元；基准图中不存在的地类为 0。

表：威胁表（threat、max_dist、weight、decay = linear 或 exponential，可选 cur_path = 相对于该表的威胁栅格路径）；max_dist 的单位为米（InVEST 3.15+）或千米（旧表；见“max_dist 的单位”）。敏感度表（lucode、habitat 即 H 0–1、每个威胁一列，列名与威胁表中的名称一致，或如 InVEST 3.15 之前为 L_ 加该名称，0–1）。威胁栅格：值 0–1（无数据 = 无威胁），按图层名或文件名从“威胁栅格”中选取（威胁名、威胁名加“_c”，或 cur_path 所指的文件），否则从 cur_path 读取。所有栅格以最邻近法对齐到土地利用栅格。每个土地利用代码都必须出现在敏感度表中。
输出：退化度（相对值，无量纲）、生境质量（0–1）、稀缺性（0–1，0.5 = 无变化）以及稀缺性表（lucode、rarity_value）。土地利用的无数据像元保持为无数据；各图必须采用以米为单位的投影坐标系。</translation>
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
        <location filename="../../algorithms/ecosystem/wateryield.py" line="28" />
        <source>Annual water yield per cell, as the InVEST 3.20 Annual Water Yield model computes it (Budyko curve of Fu 1981 and Zhang et al. 2004).

Per cell: PET = Kc·ET0; φ = PET/P; AWC = min(root depth, depth to the root-restricting layer)·PAWC; ω = Z·AWC/P + 1.25, capped at 5. Vegetated classes (lulc_veg = 1): AET/P = min(φ, 1 + φ − (1 + φ^ω)^(1/ω)); other classes (lulc_veg = 0): AET = min(Kc·ET0, P). Water yield Y = P − AET.

Inputs: land-use map; precipitation P (mm/yr); reference evapotranspiration ET0 (mm/yr); depth to the root-restricting layer (mm); plant-available water content PAWC (fraction 0–1); biophysical table with columns lucode, kc, root_depth (mm) and lulc_veg (1 vegetated, 0 not); seasonality constant Z (1–30, default 5). The rasters are aligned to the land-use grid by nearest neighbour, as InVEST does.
A cell is computed where P ≠ 0 and no input is nodata; elsewhere the outputs are nodata. Every land-use code must be in the table (a missing code stops the run and names it).

Outputs: water yield and AET rasters (mm/yr, Float32). With watershed polygons, a table with one row per polygon: ws_id (the chosen field, else the feature id), precip_mn, PET_mn, AET_mn, wyield_mn (means over the cells whose centre is in the polygon, mm/yr), wyield_vol = wyield_mn × polygon area / 1000 (m³/yr) and the number of cells.</source>
        <translation>按 InVEST 3.20 年产水量模型的算法计算每个像元的年产水量（Fu 1981 与 Zhang 等 2004 的 Budyko 曲线）。

逐像元：PET = Kc·ET0；φ = PET/P；AWC = min(根系深度, 根系限制层深度)·PAWC；ω = Z·AWC/P + 1.25，上限为 5。植被地类（lulc_veg = 1）：AET/P = min(φ, 1 + φ − (1 + φ^ω)^(1/ω))；其他地类（lulc_veg = 0）：AET = min(Kc·ET0, P)。产水量 Y = P − AET。

输入：土地利用图；降水量 P（mm/年）；参考蒸散量 ET0（mm/年）；根系限制层深度（mm）；植物可利用含水量 PAWC（比例 0–1）；生物物理参数表，含 lucode、kc、root_depth（mm）与 lulc_veg（1 为植被，0 为非植被）列；季节性常数 Z（1–30，默认 5）。各栅格以最邻近法对齐到土地利用栅格，与 InVEST 相同。
仅在 P ≠ 0 且所有输入均有数据的像元上计算；其他像元的输出为无数据。每个土地利用代码都必须出现在表中（缺少代码时运行停止并指出该代码）。

输出：产水量与实际蒸散量栅格（mm/年，Float32）。给出流域多边形时，另输出每个多边形一行的表：ws_id（所选字段，否则为要素 id）、precip_mn、PET_mn、AET_mn、wyield_mn（中心位于多边形内的像元的均值，mm/年）、wyield_vol = wyield_mn × 多边形面积 / 1000（m³/年）以及像元数。</translation>
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