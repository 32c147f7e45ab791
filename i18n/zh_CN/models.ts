<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
    <context>
        <name>EcoEconModels</name>
        <message>
            <source>Workflow models</source>
            <translation>工作流模型</translation>
        </message>
        <message>
            <source>Barrier improvement score</source>
            <translation>障碍改善得分</translation>
        </message>
        <message>
            <source>Barrier zones</source>
            <translation>障碍区</translation>
        </message>
        <message>
            <source>Barriers: search radii (m, comma separated)</source>
            <translation>障碍：搜索半径（米，以逗号分隔）</translation>
        </message>
        <message>
            <source>Map barriers to restore (Barrier Mapper; slower)</source>
            <translation>识别待修复的障碍点（Barrier Mapper；较慢）</translation>
        </message>
        <message>
            <source>Biophysical table (lucode, kc, root_depth, lulc_veg, usle_c, usle_p)</source>
            <translation>生物物理参数表（lucode、kc、root_depth、lulc_veg、usle_c、usle_p）</translation>
        </message>
        <message>
            <source>Carbon pools table</source>
            <translation>碳库表</translation>
        </message>
        <message>
            <source>Kernel density cell size (m)</source>
            <translation>核密度像元大小（m）</translation>
        </message>
        <message>
            <source>Co-agglomeration by group</source>
            <translation>按门类的协同集聚</translation>
        </message>
        <message>
            <source>Co-agglomeration pairs</source>
            <translation>协同集聚行业对</translation>
        </message>
        <message>
            <source>Core industries</source>
            <translation>核心产业</translation>
        </message>
        <message>
            <source>Importance class table</source>
            <translation>重要性分级表</translation>
        </message>
        <message>
            <source>Importance classes</source>
            <translation>重要性等级</translation>
        </message>
        <message>
            <source>Service importance</source>
            <translation>生态系统服务重要性</translation>
        </message>
        <message>
            <source>Conflict codes</source>
            <translation>冲突代码</translation>
        </message>
        <message>
            <source>Conflict zones</source>
            <translation>冲突区</translation>
        </message>
        <message>
            <source>Conflicts by corridor type</source>
            <translation>按廊道类型的冲突</translation>
        </message>
        <message>
            <source>Conflicts by district</source>
            <translation>按行政区的冲突</translation>
        </message>
        <message>
            <source>Conflicts by source grade</source>
            <translation>按源地等级的冲突</translation>
        </message>
        <message>
            <source>Connectivity table</source>
            <translation>连通性表</translation>
        </message>
        <message>
            <source>Graded sources</source>
            <translation>已分级的生态源地</translation>
        </message>
        <message>
            <source>Pinch points: corridor width threshold (resistance × m)</source>
            <translation>夹点：廊道宽度阈值（阻力 × 米）</translation>
        </message>
        <message>
            <source>Carbon storage</source>
            <translation>碳储量</translation>
        </message>
        <message>
            <source>DEM (m)</source>
            <translation>DEM（m）</translation>
        </message>
        <message>
            <source>Connectivity distance threshold d0 (m)</source>
            <translation>连通性距离阈值 d0（m）</translation>
        </message>
        <message>
            <source>Unit name field</source>
            <translation>单元名称字段</translation>
        </message>
        <message>
            <source>Administrative units</source>
            <translation>行政单元</translation>
        </message>
        <message>
            <source>Co-agglomeration counterfactual draws</source>
            <translation>协同集聚反事实抽样次数</translation>
        </message>
        <message>
            <source>Economic intensity classes</source>
            <translation>经济强度等级</translation>
        </message>
        <message>
            <source>High-intensity zones</source>
            <translation>高强度区</translation>
        </message>
        <message>
            <source>Soil erodibility K</source>
            <translation>土壤可蚀性因子 K</translation>
        </message>
        <message>
            <source>Rainfall erosivity R</source>
            <translation>降雨侵蚀力因子 R</translation>
        </message>
        <message>
            <source>Reference ET0 (mm/yr)</source>
            <translation>参考蒸散量 ET0（mm/年）</translation>
        </message>
        <message>
            <source>Industry code field</source>
            <translation>行业代码字段</translation>
        </message>
        <message>
            <source>Firm points</source>
            <translation>企业点</translation>
        </message>
        <message>
            <source>Habitat quality</source>
            <translation>生境质量</translation>
        </message>
        <message>
            <source>Core industry density</source>
            <translation>核心产业密度</translation>
        </message>
        <message>
            <source>Land use</source>
            <translation>土地利用</translation>
        </message>
        <message>
            <source>Corridors</source>
            <translation>廊道</translation>
        </message>
        <message>
            <source>Minimum cumulative resistance</source>
            <translation>最小累积阻力</translation>
        </message>
        <message>
            <source>Minimum source area (km²)</source>
            <translation>最小源地面积（km²）</translation>
        </message>
        <message>
            <source>Number of core industries (two-digit groups)</source>
            <translation>核心产业数量（两位数行业门类）</translation>
        </message>
        <message>
            <source>Plant-available water content (fraction)</source>
            <translation>植物可利用含水量（比例）</translation>
        </message>
        <message>
            <source>Corridor current</source>
            <translation>廊道电流</translation>
        </message>
        <message>
            <source>Corridor effective resistance</source>
            <translation>廊道有效电阻</translation>
        </message>
        <message>
            <source>Pinch-point zones</source>
            <translation>夹点区</translation>
        </message>
        <message>
            <source>Map pinch points of the corridors (circuit theory; slower)</source>
            <translation>识别廊道夹点（电路理论；较慢）</translation>
        </message>
        <message>
            <source>Precipitation (mm/yr)</source>
            <translation>降水量（mm/年）</translation>
        </message>
        <message>
            <source>Resistance</source>
            <translation>阻力</translation>
        </message>
        <message>
            <source>Land-use resistance table (code, value)</source>
            <translation>土地利用阻力表（code、value）</translation>
        </message>
        <message>
            <source>Depth to root-restricting layer (mm)</source>
            <translation>根系限制层深度（mm）</translation>
        </message>
        <message>
            <source>Soil conservation</source>
            <translation>土壤保持</translation>
        </message>
        <message>
            <source>Corridors to keep wide</source>
            <translation>需保持宽度的廊道</translation>
        </message>
        <message>
            <source>Development axes</source>
            <translation>发展轴</translation>
        </message>
        <message>
            <source>Ecological axes</source>
            <translation>生态轴</translation>
        </message>
        <message>
            <source>Ecological barrier areas</source>
            <translation>生态屏障区</translation>
        </message>
        <message>
            <source>Economic cores</source>
            <translation>经济核心</translation>
        </message>
        <message>
            <source>Industrial belts</source>
            <translation>产业带</translation>
        </message>
        <message>
            <source>Restoration priorities</source>
            <translation>优先修复区</translation>
        </message>
        <message>
            <source>SDP conflict zones</source>
            <translation>可持续发展格局冲突区</translation>
        </message>
        <message>
            <source>Habitat sensitivity table</source>
            <translation>生境敏感性表</translation>
        </message>
        <message>
            <source>Slope (%)</source>
            <translation>坡度（%）</translation>
        </message>
        <message>
            <source>Ecological sources</source>
            <translation>生态源地</translation>
        </message>
        <message>
            <source>Threat rasters</source>
            <translation>威胁因子栅格</translation>
        </message>
        <message>
            <source>Threat table</source>
            <translation>威胁因子表</translation>
        </message>
        <message>
            <source>Water yield</source>
            <translation>产水量</translation>
        </message>
        <message>
            <source>Barriers to restore</source>
            <translation>待修复的障碍点</translation>
        </message>
        <message>
            <source>Optional steps (pinch points, barriers)</source>
            <translation>可选步骤（夹点、障碍）</translation>
        </message>
        <message>
            <source>Co-agglomeration</source>
            <translation>协同集聚</translation>
        </message>
        <message>
            <source>Combine services</source>
            <translation>生态系统服务综合</translation>
        </message>
        <message>
            <source>Eco-economic conflicts</source>
            <translation>生态—经济冲突</translation>
        </message>
        <message>
            <source>Connectivity importance (dPC)</source>
            <translation>连通性重要性（dPC）</translation>
        </message>
        <message>
            <source>Economic pattern</source>
            <translation>经济格局</translation>
        </message>
        <message>
            <source>Kernel density of core industries</source>
            <translation>核心产业核密度</translation>
        </message>
        <message>
            <source>MCR corridors</source>
            <translation>MCR 生态廊道</translation>
        </message>
        <message>
            <source>Corridor pinch points</source>
            <translation>廊道夹点</translation>
        </message>
        <message>
            <source>Resistance surface</source>
            <translation>阻力面</translation>
        </message>
        <message>
            <source>Sustainable development pattern</source>
            <translation>可持续发展格局</translation>
        </message>
        <message>
            <source>The whole ecological-security / economic-production workflow in one run: water yield, soil conservation, habitat quality and carbon → combined importance classes → ecological sources → connectivity grades (dPC) → AHP-weighted resistance → MCR corridors; firms → Wasserstein co-agglomeration → core industries → kernel density → economic intensity classes; → eco-economic conflicts → sustainable development pattern. Tables are in InVEST's formats; the resistance table has fields 'code' and 'value'. Optional steps, off by default (they solve a circuit or scan circles along every corridor, so they take longer): 'Map pinch points' adds the corridors' pinch points (circuit theory) and the SDP's corridors to keep wide; 'Map barriers to restore' adds the barrier zones (Barrier Mapper) and the SDP's restoration priorities.</source>
            <translation>一次运行完整的生态安全格局 / 经济生产格局工作流：产水量、土壤保持、生境质量和碳储量 → 综合重要性等级 → 生态源地 → 连通性分级（dPC）→ AHP 加权阻力 → MCR 廊道；企业 → Wasserstein 协同集聚 → 核心产业 → 核密度 → 经济强度等级；→ 生态—经济冲突 → 可持续发展格局。各表采用 InVEST 的格式；阻力表含 'code' 和 'value' 字段。可选步骤默认关闭（需对每条廊道求解电路或扫描圆形区域，耗时较长）：“识别廊道夹点”增加廊道夹点（电路理论）和可持续发展格局中需保持宽度的廊道；“识别待修复的障碍点”增加障碍区（Barrier Mapper）和可持续发展格局的优先修复区。</translation>
        </message>
        <message>
            <source>Optional step: drop in the least-cost distance per metre of restored diameter (maximum over corridors and radii).</source>
            <translation>可选步骤：每修复一米直径所减少的最小成本距离（所有廊道和半径中的最大值）。</translation>
        </message>
        <message>
            <source>Optional step: the top barrier cells as zones with their score.</source>
            <translation>可选步骤：得分最高的障碍像元构成的区域及其得分。</translation>
        </message>
        <message>
            <source>Barriers: radii of the restored circles (m, comma separated; each at least one cell).</source>
            <translation>障碍：修复圆的半径（米，以逗号分隔；每个至少一个像元）。</translation>
        </message>
        <message>
            <source>Optional step (default off): barriers to restore (Barrier Mapper), and the SDP's restoration priorities.</source>
            <translation>可选步骤（默认关闭）：待修复的障碍点（Barrier Mapper），以及可持续发展格局的优先修复区。</translation>
        </message>
        <message>
            <source>InVEST biophysical table: lucode, lulc_veg, root_depth, kc, usle_c, usle_p.</source>
            <translation>InVEST 生物物理参数表：lucode、lulc_veg、root_depth、kc、usle_c、usle_p。</translation>
        </message>
        <message>
            <source>InVEST carbon pools (lucode, c_above, c_below, c_soil, c_dead; Mg/ha).</source>
            <translation>InVEST 碳库表（lucode、c_above、c_below、c_soil、c_dead；Mg/ha）。</translation>
        </message>
        <message>
            <source>Cell of the kernel density of the core industries (m).</source>
            <translation>核心产业核密度的像元大小（m）。</translation>
        </message>
        <message>
            <source>Pairs and significant pairs per two-digit group (the paper's Table 3).</source>
            <translation>每个两位数行业大类的行业对与显著行业对（论文表 3）。</translation>
        </message>
        <message>
            <source>Coagg index of every pair of industries and its significance.</source>
            <translation>每对行业的 Coagg 指数及其显著性。</translation>
        </message>
        <message>
            <source>The core two-digit industries, ranked.</source>
            <translation>排序后的核心两位数行业。</translation>
        </message>
        <message>
            <source>Class breaks, cells and areas of the importance classes.</source>
            <translation>重要性等级的断点、像元数与面积。</translation>
        </message>
        <message>
            <source>Importance classes (natural breaks; 4 = extremely important).</source>
            <translation>重要性等级（自然断点；4 = 极重要）。</translation>
        </message>
        <message>
            <source>Composite importance of the four services (0–1).</source>
            <translation>四项服务的综合重要性（0–1）。</translation>
        </message>
        <message>
            <source>10 × ecological element + economic class per cell.</source>
            <translation>每个像元的 10 × 生态要素 + 经济等级。</translation>
        </message>
        <message>
            <source>Polygons of ecological elements in high-intensity economy.</source>
            <translation>位于高强度经济区内的生态要素多边形。</translation>
        </message>
        <message>
            <source>Corridor length and zone area in high-intensity economy per type.</source>
            <translation>各类型廊道位于高强度经济区内的长度与廊道区面积。</translation>
        </message>
        <message>
            <source>Source, corridor, high-intensity and conflict areas per administrative unit.</source>
            <translation>各行政单元的源地、廊道、高强度经济区与冲突面积。</translation>
        </message>
        <message>
            <source>Source grade × economic class areas (km²) and shares.</source>
            <translation>源地等级 × 经济等级的面积（km²）与比例。</translation>
        </message>
        <message>
            <source>The connectivity indices of every source as a table.</source>
            <translation>每个源地的连通性指数表。</translation>
        </message>
        <message>
            <source>Sources with dPC, dIIC … and grade (1 crucial, 2 important, 3 ordinary).</source>
            <translation>带 dPC、dIIC 等指数及等级（1 极重要、2 重要、3 一般）的源地。</translation>
        </message>
        <message>
            <source>Pinch points: the corridor zone is the normalised least-cost corridor up to this cost-distance width (resistance × m).</source>
            <translation>夹点：廊道区为成本距离宽度不超过此值的归一化最小成本廊道（阻力 × 米）。</translation>
        </message>
        <message>
            <source>Carbon stored (Mg/ha).</source>
            <translation>碳储量（Mg/ha）。</translation>
        </message>
        <message>
            <source>Elevation (m), for soil conservation and resistance.</source>
            <translation>高程（m），用于土壤保持与阻力面。</translation>
        </message>
        <message>
            <source>Dispersal distance d0 of the connectivity index PC/dPC (m).</source>
            <translation>连通性指数 PC/dPC 的扩散距离 d0（m）。</translation>
        </message>
        <message>
            <source>Name field of the administrative units.</source>
            <translation>行政单元的名称字段。</translation>
        </message>
        <message>
            <source>Administrative units for the conflict table by unit (optional).</source>
            <translation>用于按单元统计冲突的行政单元（可选）。</translation>
        </message>
        <message>
            <source>Counterfactual draws of the co-agglomeration test (paper: 1000).</source>
            <translation>协同集聚检验的反事实抽样次数（论文：1000）。</translation>
        </message>
        <message>
            <source>Density classes (natural breaks; 5 = highest).</source>
            <translation>密度等级（自然断点；5 = 最高）。</translation>
        </message>
        <message>
            <source>Polygons of the high-intensity classes.</source>
            <translation>高强度等级的多边形。</translation>
        </message>
        <message>
            <source>Soil erodibility K (t·ha·h/(ha·MJ·mm)), soil conservation.</source>
            <translation>土壤可蚀性 K（t·ha·h/(ha·MJ·mm)），用于土壤保持。</translation>
        </message>
        <message>
            <source>Rainfall erosivity R (MJ·mm/(ha·h·yr)), soil conservation.</source>
            <translation>降雨侵蚀力 R（MJ·mm/(ha·h·yr)），用于土壤保持。</translation>
        </message>
        <message>
            <source>Reference evapotranspiration ET0 (mm/yr), water yield.</source>
            <translation>参考蒸散 ET0（mm/年），用于产水量。</translation>
        </message>
        <message>
            <source>Industry code of each firm (first 3 characters: industry; first 2: two-digit group).</source>
            <translation>每个企业的行业代码（前 3 位：行业；前 2 位：两位数大类）。</translation>
        </message>
        <message>
            <source>Firm points in the same projected CRS.</source>
            <translation>同一投影坐标系下的企业点。</translation>
        </message>
        <message>
            <source>Habitat quality (0–1).</source>
            <translation>生境质量（0–1）。</translation>
        </message>
        <message>
            <source>Kernel density of the core industries' firms (per km²).</source>
            <translation>核心产业企业的核密度（每 km²）。</translation>
        </message>
        <message>
            <source>Land-use raster (class codes of the biophysical, sensitivity, carbon and resistance tables).</source>
            <translation>土地利用栅格（生物物理、敏感性、碳库和阻力表中的类型代码）。</translation>
        </message>
        <message>
            <source>Least-cost corridors with type I / II / III, length (km) and cost.</source>
            <translation>带类型 I / II / III、长度（km）和成本的最小成本廊道。</translation>
        </message>
        <message>
            <source>Minimum cumulative resistance to the nearest source.</source>
            <translation>到最近源地的最小累积阻力。</translation>
        </message>
        <message>
            <source>Smallest ecological source (km²; paper: 10).</source>
            <translation>最小生态源地面积（km²；论文：10）。</translation>
        </message>
        <message>
            <source>Number of core two-digit industries for the economic pattern.</source>
            <translation>经济格局所用核心两位数行业的数量。</translation>
        </message>
        <message>
            <source>Plant-available water content (fraction 0–1), water yield.</source>
            <translation>植物可利用水含量（比例 0–1），用于产水量。</translation>
        </message>
        <message>
            <source>Optional step: current through each cell of the corridors (A, 1 A between the two sources of a corridor).</source>
            <translation>可选步骤：通过廊道各像元的电流（A，廊道两端源地之间通以 1 A）。</translation>
        </message>
        <message>
            <source>Optional step: least-cost distance, effective resistance and their ratio per corridor.</source>
            <translation>可选步骤：每条廊道的最小成本距离、有效电阻及二者之比。</translation>
        </message>
        <message>
            <source>Optional step: the top share of each corridor's current, with its maximum and mean current.</source>
            <translation>可选步骤：每条廊道电流最高的一部分像元，及其最大和平均电流。</translation>
        </message>
        <message>
            <source>Optional step (default off): pinch points of the corridors by circuit theory (Pinchpoint Mapper), and the SDP's corridors to keep wide.</source>
            <translation>可选步骤（默认关闭）：基于电路理论的廊道夹点（Pinchpoint Mapper），以及可持续发展格局中需保持宽度的廊道。</translation>
        </message>
        <message>
            <source>Annual precipitation (mm/yr), water yield.</source>
            <translation>年降水量（mm/年），用于产水量。</translation>
        </message>
        <message>
            <source>Weighted resistance surface.</source>
            <translation>加权阻力面。</translation>
        </message>
        <message>
            <source>Resistance of each land-use class (code, value; paper 5 … 100).</source>
            <translation>各土地利用类型的阻力（code、value；论文 5 … 100）。</translation>
        </message>
        <message>
            <source>Depth to the root-restricting layer (mm), water yield.</source>
            <translation>根系限制层深度（mm），用于产水量。</translation>
        </message>
        <message>
            <source>Soil conservation RKLS − USLE (t/(ha·yr)).</source>
            <translation>土壤保持量 RKLS − USLE（t/(ha·年)）。</translation>
        </message>
        <message>
            <source>With pinch points: pinch-point zones on the corridors, by their largest current.</source>
            <translation>启用夹点时：廊道上的夹点区，按最大电流排序。</translation>
        </message>
        <message>
            <source>Development axes between the cores.</source>
            <translation>核心之间的发展轴。</translation>
        </message>
        <message>
            <source>Chains of type I and II corridors.</source>
            <translation>I 类和 II 类廊道构成的链。</translation>
        </message>
        <message>
            <source>Chains of crucial and important sources.</source>
            <translation>极重要和重要源地构成的链。</translation>
        </message>
        <message>
            <source>The economic development cores.</source>
            <translation>经济发展核心。</translation>
        </message>
        <message>
            <source>Industrial development belts near the axes.</source>
            <translation>发展轴附近的产业发展带。</translation>
        </message>
        <message>
            <source>With barriers: barrier zones ranked by improvement score.</source>
            <translation>启用障碍时：按改善得分排序的障碍区。</translation>
        </message>
        <message>
            <source>Where economic and ecological elements of the pattern overlap.</source>
            <translation>格局中经济要素与生态要素重叠之处。</translation>
        </message>
        <message>
            <source>InVEST sensitivity table (lucode, habitat, one column per threat).</source>
            <translation>InVEST 敏感性表（lucode、habitat、每种威胁一列）。</translation>
        </message>
        <message>
            <source>Slope (%), a resistance factor.</source>
            <translation>坡度（%），阻力因子之一。</translation>
        </message>
        <message>
            <source>Source patches of the top class above the minimum area.</source>
            <translation>最高等级中面积不小于最小面积的源地斑块。</translation>
        </message>
        <message>
            <source>One raster per threat (non-zero = threat), named as the table's threats.</source>
            <translation>每种威胁一幅栅格（非零 = 威胁），按威胁表中的名称命名。</translation>
        </message>
        <message>
            <source>InVEST threat table (threat, max_dist in m, weight, decay), habitat quality.</source>
            <translation>InVEST 威胁表（threat、max_dist（m）、weight、decay），用于生境质量。</translation>
        </message>
        <message>
            <source>Water yield per cell (mm/yr).</source>
            <translation>每个像元的产水量（mm/年）。</translation>
        </message>
        <message>
            <source>Accuracy</source>
            <translation>精度</translation>
        </message>
        <message>
            <source>Allocation deviation</source>
            <translation>分配偏差</translation>
        </message>
        <message>
            <source>Simulated land use</source>
            <translation>模拟土地利用</translation>
        </message>
        <message>
            <source>Simulated land use by year</source>
            <translation>逐年模拟土地利用</translation>
        </message>
        <message>
            <source>Land-use constraint table (type, code, value)</source>
            <translation>土地利用约束表（type、code、value）</translation>
        </message>
        <message>
            <source>Driving factors</source>
            <translation>驱动因子</translation>
        </message>
        <message>
            <source>Economic benefit table (code, econ_per_ha)</source>
            <translation>经济效益表（code、econ_per_ha）</translation>
        </message>
        <message>
            <source>Conversion elasticities (ascending codes)</source>
            <translation>转换弹性（按代码升序）</translation>
        </message>
        <message>
            <source>ESV by class</source>
            <translation>按类别的生态系统服务价值</translation>
        </message>
        <message>
            <source>ESV per cell</source>
            <translation>逐像元生态系统服务价值</translation>
        </message>
        <message>
            <source>ESV coefficient field(s)</source>
            <translation>生态系统服务价值系数字段</translation>
        </message>
        <message>
            <source>ESV coefficient table (code, per-ha values)</source>
            <translation>生态系统服务价值系数表（code、每公顷价值）</translation>
        </message>
        <message>
            <source>Land use at the start year</source>
            <translation>起始年土地利用</translation>
        </message>
        <message>
            <source>LP constraints</source>
            <translation>线性规划约束</translation>
        </message>
        <message>
            <source>Optimal land-use structure</source>
            <translation>最优土地利用结构</translation>
        </message>
        <message>
            <source>Class metrics</source>
            <translation>类别指数</translation>
        </message>
        <message>
            <source>Landscape metrics</source>
            <translation>景观格局指数</translation>
        </message>
        <message>
            <source>Observed land use at the target year (for validation)</source>
            <translation>目标年实测土地利用（用于验证）</translation>
        </message>
        <message>
            <source>Restricted areas (ESP)</source>
            <translation>限制区（生态安全格局）</translation>
        </message>
        <message>
            <source>Start year</source>
            <translation>起始年</translation>
        </message>
        <message>
            <source>Suitability</source>
            <translation>适宜性</translation>
        </message>
        <message>
            <source>Suitability models</source>
            <translation>适宜性模型</translation>
        </message>
        <message>
            <source>Target year</source>
            <translation>目标年</translation>
        </message>
        <message>
            <source>Value of one standard equivalent (currency/ha)</source>
            <translation>一个标准当量的价值（货币/公顷）</translation>
        </message>
        <message>
            <source>Accuracy (Kappa, FoM)</source>
            <translation>精度（Kappa、FoM）</translation>
        </message>
        <message>
            <source>CLUE-S allocation</source>
            <translation>CLUE-S 分配</translation>
        </message>
        <message>
            <source>Ecosystem service value</source>
            <translation>生态系统服务价值</translation>
        </message>
        <message>
            <source>Land-use structure (LP)</source>
            <translation>土地利用结构（线性规划）</translation>
        </message>
        <message>
            <source>Land-use suitability</source>
            <translation>土地利用适宜性</translation>
        </message>
        <message>
            <source>The land-use scenario loop: ecosystem service value of the current map → the land-use structure that maximises the economic benefit under the constraint table (linear programming) → logistic suitability of each class from the drivers → CLUE-S allocation of the optimal areas from the start year to the target year, with the ecological security pattern (e.g. sources and type I corridors) as restricted area → accuracy against an observed map of the target year → landscape metrics of the simulated map. The class table of the ESV step feeds the LP; the LP's optimal areas (km²) are the demand of the target year.</source>
            <translation>土地利用情景循环：当前地图的生态系统服务价值 → 在约束表下使经济效益最大的土地利用结构（线性规划）→ 由驱动因子得到各类别的 logistic 适宜性 → 以生态安全格局（如源地和一级廊道）为限制区，用 CLUE-S 将最优面积从起始年分配到目标年 → 与目标年实测地图比较的精度 → 模拟地图的景观格局指数。生态系统服务价值步骤的类别表输入线性规划；线性规划的最优面积（km²）即目标年的需求。</translation>
        </message>
        <message>
            <source>Kappa, quantity and allocation disagreement, Figure of Merit.</source>
            <translation>Kappa、数量与配置不一致、品质因数 FoM。</translation>
        </message>
        <message>
            <source>Demand and remaining deviation per year.</source>
            <translation>每年的需求与剩余偏差。</translation>
        </message>
        <message>
            <source>Simulated land use at the target year.</source>
            <translation>目标年的模拟土地利用。</translation>
        </message>
        <message>
            <source>Simulated land use, one band per year.</source>
            <translation>模拟土地利用，每年一个波段。</translation>
        </message>
        <message>
            <source>Constraints of the land-use structure (type, code, value).</source>
            <translation>土地利用结构的约束（type、code、value）。</translation>
        </message>
        <message>
            <source>Driving factors of the suitability (rasters).</source>
            <translation>适宜性的驱动因子（栅格）。</translation>
        </message>
        <message>
            <source>Economic benefit per class (code, econ_per_ha).</source>
            <translation>各地类的经济效益（code、econ_per_ha）。</translation>
        </message>
        <message>
            <source>Conversion elasticity of each class, ascending codes (0–1).</source>
            <translation>各地类的转换弹性，按代码升序（0–1）。</translation>
        </message>
        <message>
            <source>ESV and economic benefit per class (areas, per-ha values, totals).</source>
            <translation>各地类的 ESV 与经济效益（面积、每公顷值、总量）。</translation>
        </message>
        <message>
            <source>ESV of each cell (currency).</source>
            <translation>每个像元的 ESV（货币）。</translation>
        </message>
        <message>
            <source>The coefficient field(s) of the ESV table.</source>
            <translation>ESV 表的系数字段。</translation>
        </message>
        <message>
            <source>Ecological coefficients per class (code + value fields per ha).</source>
            <translation>各地类的生态系数（code + 每公顷价值字段）。</translation>
        </message>
        <message>
            <source>Land use at the start year (class codes).</source>
            <translation>起始年土地利用（类型代码）。</translation>
        </message>
        <message>
            <source>Constraints, binding or not, and shadow prices.</source>
            <translation>约束、是否起作用及影子价格。</translation>
        </message>
        <message>
            <source>Current and optimal area (km²) of each class, with ESV and benefit.</source>
            <translation>各地类的现状与最优面积（km²），及 ESV 与效益。</translation>
        </message>
        <message>
            <source>FRAGSTATS class metrics of the simulated map.</source>
            <translation>模拟图的 FRAGSTATS 类型水平指数。</translation>
        </message>
        <message>
            <source>FRAGSTATS landscape metrics of the simulated map.</source>
            <translation>模拟图的 FRAGSTATS 景观水平指数。</translation>
        </message>
        <message>
            <source>Observed land use at the target year (validation).</source>
            <translation>目标年的实际土地利用（用于验证）。</translation>
        </message>
        <message>
            <source>Restricted areas that never change (e.g. the ecological security pattern).</source>
            <translation>永不变化的限制区（如生态安全格局）。</translation>
        </message>
        <message>
            <source>Year of the start map.</source>
            <translation>起始图的年份。</translation>
        </message>
        <message>
            <source>Probability of each class per cell (one band per class).</source>
            <translation>每个像元各地类的概率（每类一个波段）。</translation>
        </message>
        <message>
            <source>Fit of each class's logistic model (AUC).</source>
            <translation>各地类逻辑回归模型的拟合度（AUC）。</translation>
        </message>
        <message>
            <source>Target year of the simulation.</source>
            <translation>模拟的目标年。</translation>
        </message>
        <message>
            <source>Value of one standard equivalent (currency/ha); 1 for tables in currency.</source>
            <translation>一个标准当量的价值（货币/ha）；表中已是货币时为 1。</translation>
        </message>
        <message>
            <source>Class table</source>
            <translation>分级表</translation>
        </message>
        <message>
            <source>Composite importance</source>
            <translation>综合重要性</translation>
        </message>
        <message>
            <source>Habitat score</source>
            <translation>生境得分</translation>
        </message>
        <message>
            <source>Habitat score table (code, value)</source>
            <translation>生境得分表（code、value）</translation>
        </message>
        <message>
            <source>Land-use raster</source>
            <translation>土地利用栅格</translation>
        </message>
        <message>
            <source>Number of importance classes</source>
            <translation>重要性等级数</translation>
        </message>
        <message>
            <source>Ecosystem-service rasters</source>
            <translation>生态系统服务栅格</translation>
        </message>
        <message>
            <source>Source patches</source>
            <translation>源地斑块</translation>
        </message>
        <message>
            <source>Source patches (raster)</source>
            <translation>源地斑块（栅格）</translation>
        </message>
        <message>
            <source>Land use → habitat score</source>
            <translation>土地利用 → 生境得分</translation>
        </message>
        <message>
            <source>Ecological sources from ecosystem services, in one run: the land-use map is turned into a habitat score by a class map (table with fields 'code' and 'value'), combined with the service rasters (normalised, equal weights) into an importance surface classed by natural breaks, and the patches of the top class that reach the minimum area become the sources.</source>
            <translation>一次运行由生态系统服务得到生态源地：土地利用图按类别对照表（含 'code' 和 'value' 字段）转为生境得分，与各服务栅格（归一化、等权重）合成重要性表面，按自然断点法分级，最高等级中达到最小面积的斑块成为源地。</translation>
        </message>
        <message>
            <source>Class breaks and areas.</source>
            <translation>等级断点与面积。</translation>
        </message>
        <message>
            <source>Composite importance (0–1).</source>
            <translation>综合重要性（0–1）。</translation>
        </message>
        <message>
            <source>Importance classes (natural breaks).</source>
            <translation>重要性等级（自然断点）。</translation>
        </message>
        <message>
            <source>Habitat score of each cell (0–1).</source>
            <translation>每个像元的生境得分（0–1）。</translation>
        </message>
        <message>
            <source>Habitat score of each land-use class (code, value 0–1).</source>
            <translation>各土地利用类型的生境得分（code、value 0–1）。</translation>
        </message>
        <message>
            <source>Land-use raster (class codes).</source>
            <translation>土地利用栅格（类别代码）。</translation>
        </message>
        <message>
            <source>Minimum source area in km² (paper: 10).</source>
            <translation>最小源地面积，单位 km²（论文：10）。</translation>
        </message>
        <message>
            <source>Number of importance classes (paper: 4); the top class gives sources.</source>
            <translation>重要性等级数（论文：4）；最高等级给出源地。</translation>
        </message>
        <message>
            <source>Ecosystem-service rasters (water yield, soil conservation, carbon, ...).</source>
            <translation>生态系统服务栅格（产水量、土壤保持、碳储量等）。</translation>
        </message>
        <message>
            <source>Source patches (polygons, area km²).</source>
            <translation>源地斑块（多边形，面积 km²）。</translation>
        </message>
        <message>
            <source>Source patches (raster ids).</source>
            <translation>源地斑块（栅格编号）。</translation>
        </message>
    </context>
</TS>