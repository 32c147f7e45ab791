<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
    <context>
        <name>EcoEconModels</name>
        <message>
            <source>Workflow models</source>
            <translation>工作流模型</translation>
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
            <source>Land use</source>
            <translation>土地利用</translation>
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
            <source>Precipitation (mm/yr)</source>
            <translation>降水量（mm/年）</translation>
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
            <source>Habitat sensitivity table</source>
            <translation>生境敏感性表</translation>
        </message>
        <message>
            <source>Slope (%)</source>
            <translation>坡度（%）</translation>
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
            <source>Co-agglomeration</source>
            <translation>协同集聚</translation>
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
            <source>Combine services</source>
            <translation>生态系统服务综合</translation>
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
            <source>Eco-economic conflicts</source>
            <translation>生态—经济冲突</translation>
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
            <source>Connectivity importance (dPC)</source>
            <translation>连通性重要性（dPC）</translation>
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
            <source>Carbon storage</source>
            <translation>碳储量</translation>
        </message>
        <message>
            <source>Economic pattern</source>
            <translation>经济格局</translation>
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
            <source>Habitat quality</source>
            <translation>生境质量</translation>
        </message>
        <message>
            <source>Kernel density of core industries</source>
            <translation>核心产业核密度</translation>
        </message>
        <message>
            <source>Core industry density</source>
            <translation>核心产业密度</translation>
        </message>
        <message>
            <source>MCR corridors</source>
            <translation>MCR 生态廊道</translation>
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
            <source>Resistance surface</source>
            <translation>阻力面</translation>
        </message>
        <message>
            <source>Resistance</source>
            <translation>阻力</translation>
        </message>
        <message>
            <source>Soil conservation</source>
            <translation>土壤保持</translation>
        </message>
        <message>
            <source>Sustainable development pattern</source>
            <translation>可持续发展格局</translation>
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
            <source>SDP conflict zones</source>
            <translation>可持续发展格局冲突区</translation>
        </message>
        <message>
            <source>Ecological sources</source>
            <translation>生态源地</translation>
        </message>
        <message>
            <source>Water yield</source>
            <translation>产水量</translation>
        </message>
        <message>
            <source>The whole ecological-security / economic-production workflow in one run: water yield, soil conservation, habitat quality and carbon → combined importance classes → ecological sources → connectivity grades (dPC) → AHP-weighted resistance → MCR corridors; firms → Wasserstein co-agglomeration → core industries → kernel density → economic intensity classes; → eco-economic conflicts → sustainable development pattern. Tables are in InVEST's formats; the resistance table has fields 'code' and 'value'.</source>
            <translation>一次运行完整的生态安全格局 / 经济生产格局工作流：产水量、土壤保持、生境质量和碳储量 → 综合重要性等级 → 生态源地 → 连通性分级（dPC）→ AHP 加权阻力 → MCR 廊道；企业 → Wasserstein 协同集聚 → 核心产业 → 核密度 → 经济强度等级；→ 生态—经济冲突 → 可持续发展格局。各表采用 InVEST 的格式；阻力表含 'code' 和 'value' 字段。</translation>
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
            <source>Accuracy</source>
            <translation>精度</translation>
        </message>
        <message>
            <source>CLUE-S allocation</source>
            <translation>CLUE-S 分配</translation>
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
            <source>Ecosystem service value</source>
            <translation>生态系统服务价值</translation>
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
            <source>Land-use structure (LP)</source>
            <translation>土地利用结构（线性规划）</translation>
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
            <source>Landscape metrics</source>
            <translation>景观格局指数</translation>
        </message>
        <message>
            <source>Class metrics</source>
            <translation>类别指数</translation>
        </message>
        <message>
            <source>Land-use suitability</source>
            <translation>土地利用适宜性</translation>
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
            <source>The land-use scenario loop: ecosystem service value of the current map → the land-use structure that maximises the economic benefit under the constraint table (linear programming) → logistic suitability of each class from the drivers → CLUE-S allocation of the optimal areas from the start year to the target year, with the ecological security pattern (e.g. sources and type I corridors) as restricted area → accuracy against an observed map of the target year → landscape metrics of the simulated map. The class table of the ESV step feeds the LP; the LP's optimal areas (km²) are the demand of the target year.</source>
            <translation>土地利用情景循环：当前地图的生态系统服务价值 → 在约束表下使经济效益最大的土地利用结构（线性规划）→ 由驱动因子得到各类别的 logistic 适宜性 → 以生态安全格局（如源地和一级廊道）为限制区，用 CLUE-S 将最优面积从起始年分配到目标年 → 与目标年实测地图比较的精度 → 模拟地图的景观格局指数。生态系统服务价值步骤的类别表输入线性规划；线性规划的最优面积（km²）即目标年的需求。</translation>
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
            <source>Class table</source>
            <translation>分级表</translation>
        </message>
        <message>
            <source>Composite importance</source>
            <translation>综合重要性</translation>
        </message>
        <message>
            <source>Land use → habitat score</source>
            <translation>土地利用 → 生境得分</translation>
        </message>
        <message>
            <source>Habitat score</source>
            <translation>生境得分</translation>
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
            <source>Ecological sources from ecosystem services, in one run: the land-use map is turned into a habitat score by a class map (table with fields 'code' and 'value'), combined with the service rasters (normalised, equal weights) into an importance surface classed by natural breaks, and the patches of the top class that reach the minimum area become the sources.</source>
            <translation>一次运行由生态系统服务得到生态源地：土地利用图按类别对照表（含 'code' 和 'value' 字段）转为生境得分，与各服务栅格（归一化、等权重）合成重要性表面，按自然断点法分级，最高等级中达到最小面积的斑块成为源地。</translation>
        </message>
        <message>
            <source>Table with fields 'code' (land-use code) and 'value' (habitat score 0–1).</source>
            <translation>含 'code'（土地利用代码）和 'value'（生境得分 0–1）字段的表。</translation>
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
    </context>
</TS>