<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>EcoEconModels</name>
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
        <source>Pinch points: corridor width threshold (resistance × m)</source>
        <translation>夹点：廊道宽度阈值（阻力 × 米）</translation>
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
        <source>Corridors to keep wide</source>
        <translation>需保持宽度的廊道</translation>
    </message>
    <message>
        <source>Restoration priorities</source>
        <translation>优先修复区</translation>
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
        <source>Corridor pinch points</source>
        <translation>廊道夹点</translation>
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
        <source>Pinch points: the corridor zone is the normalised least-cost corridor up to this cost-distance width (resistance × m).</source>
        <translation>夹点：廊道区为成本距离宽度不超过此值的归一化最小成本廊道（阻力 × 米）。</translation>
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
        <source>With pinch points: pinch-point zones on the corridors, by their largest current.</source>
        <translation>启用夹点时：廊道上的夹点区，按最大电流排序。</translation>
    </message>
    <message>
        <source>With barriers: barrier zones ranked by improvement score.</source>
        <translation>启用障碍时：按改善得分排序的障碍区。</translation>
    </message>
    <message>
        <source>The whole ecological-security / economic-production workflow in one run: water yield, soil conservation, habitat quality and carbon → combined importance classes → ecological sources → connectivity grades (dPC) → AHP-weighted resistance → MCR corridors; firms → Wasserstein co-agglomeration → core industries → kernel density → economic intensity classes; → eco-economic conflicts → sustainable development pattern. Tables are in InVEST's formats; the resistance table has fields 'code' and 'value'. Optional steps, off by default (they solve a circuit or scan circles along every corridor, so they take longer): 'Map pinch points' adds the corridors' pinch points (circuit theory) and the SDP's corridors to keep wide; 'Map barriers to restore' adds the barrier zones (Barrier Mapper) and the SDP's restoration priorities.</source>
        <translation>一次运行完整的生态安全格局 / 经济生产格局工作流：产水量、土壤保持、生境质量和碳储量 → 综合重要性等级 → 生态源地 → 连通性分级（dPC）→ AHP 加权阻力 → MCR 廊道；企业 → Wasserstein 协同集聚 → 核心产业 → 核密度 → 经济强度等级；→ 生态—经济冲突 → 可持续发展格局。各表采用 InVEST 的格式；阻力表含 'code' 和 'value' 字段。可选步骤默认关闭（需对每条廊道求解电路或扫描圆形区域，耗时较长）：“识别廊道夹点”增加廊道夹点（电路理论）和可持续发展格局中需保持宽度的廊道；“识别待修复的障碍点”增加障碍区（Barrier Mapper）和可持续发展格局的优先修复区。</translation>
    </message>
</context>
<context>
    <name>PlanningReport</name>
    <message>
        <source>Corridors to keep wide</source>
        <translation>需保持宽度的廊道</translation>
    </message>
    <message>
        <source>Restoration priorities</source>
        <translation>优先修复区</translation>
    </message>
    <message>
        <source>The corridors to keep wide need a 'max_current' field, as 'Sustainable development pattern' writes them from the pinch-point zones.</source>
        <translation>需保持宽度的廊道图层需要 'max_current' 字段，即“可持续发展格局”由夹点区写出的字段。</translation>
    </message>
    <message>
        <source>The restoration priorities need a 'score' field, as 'Sustainable development pattern' writes them from the barrier zones.</source>
        <translation>优先修复区图层需要 'score' 字段，即“可持续发展格局”由障碍区写出的字段。</translation>
    </message>
    <message>
        <source>Corridors to keep wide: pinch points on the ecological corridors</source>
        <translation>需保持宽度的廊道：生态廊道上的夹点</translation>
    </message>
    <message>
        <source>Pinch-point zones on the corridors, largest current first: with 1 A flowing between a corridor's two sources (circuit theory), the current crowds into few cells where the corridor narrows; keep these places wide and free of construction. Ecological axis: the rank of the axis the corridor belongs to (– none).</source>
        <translation>廊道上的夹点区，按最大电流从大到小排列：在廊道两端源地之间通以 1 A 电流（电路理论），廊道变窄处电流集中于少数像元；这些地方应保持宽度，不得建设。生态轴：廊道所属生态轴的序号（– 表示不属于任何生态轴）。</translation>
    </message>
    <message>
        <source>corridor (sources)</source>
        <translation>廊道（源地）</translation>
    </message>
    <message>
        <source>ecological axis</source>
        <translation>生态轴</translation>
    </message>
    <message>
        <source>largest current (A)</source>
        <translation>最大电流（A）</translation>
    </message>
    <message>
        <source>mean current (A)</source>
        <translation>平均电流（A）</translation>
    </message>
    <message>
        <source>Restoration priorities: barriers on the ecological corridors</source>
        <translation>优先修复区：生态廊道上的障碍</translation>
    </message>
    <message>
        <source>Barrier zones, highest improvement score first: the drop in the corridor's least-cost distance (resistance × m) per metre of restored diameter when a circle of the given radius is restored to the lowest resistance (Barrier Mapper, McRae et al. 2012).</source>
        <translation>障碍区，按改善得分从高到低排列：将给定半径的圆修复为最低阻力后，廊道最小成本距离（阻力 × 米）的下降量除以修复直径（米）（Barrier Mapper，McRae 等 2012）。</translation>
    </message>
    <message>
        <source>improvement score</source>
        <translation>改善得分</translation>
    </message>
    <message>
        <source>radius (m)</source>
        <translation>半径（米）</translation>
    </message>
    <message>
        <source>Corridors to keep wide and restoration priorities: switch on the optional pinch-point and barrier steps of the workflow model, or give the sustainable development pattern the zones of 'Corridor pinch points' and 'Barriers to restore'.</source>
        <translation>需保持宽度的廊道与优先修复区：请在工作流模型中打开可选的夹点和障碍步骤，或将“廊道夹点”和“待修复的障碍点”输出的区域输入“可持续发展格局”。</translation>
    </message>
</context>
<context>
    <name>SustainableDevelopmentPattern</name>
    <message>
        <source>Pinch-point zones (of 'Corridor pinch points'; optional)</source>
        <translation>夹点区（“廊道夹点”的输出；可选）</translation>
    </message>
    <message>
        <source>Barrier zones (of 'Barriers to restore'; optional)</source>
        <translation>障碍区（“待修复的障碍点”的输出；可选）</translation>
    </message>
    <message>
        <source>Number of corridors to keep wide</source>
        <translation>需保持宽度的廊道数量</translation>
    </message>
    <message>
        <source>Number of restoration priorities</source>
        <translation>优先修复区数量</translation>
    </message>
    <message>
        <source>Corridors to keep wide (pinch points on the corridors)</source>
        <translation>需保持宽度的廊道（廊道上的夹点）</translation>
    </message>
    <message>
        <source>Restoration priorities (barrier zones by improvement score)</source>
        <translation>优先修复区（按改善得分排序的障碍区）</translation>
    </message>
    <message>
        <source>pinch-point zone on an ecological corridor, by its largest current</source>
        <translation>生态廊道上的夹点区，按最大电流排序</translation>
    </message>
    <message>
        <source>{} corridors to keep wide.</source>
        <translation>{} 处需保持宽度的廊道。</translation>
    </message>
    <message>
        <source>barrier zone by improvement score (least-cost distance saved per metre restored)</source>
        <translation>障碍区，按改善得分排序（每修复一米减少的最小成本距离）</translation>
    </message>
    <message>
        <source>{} restoration priorities.</source>
        <translation>{} 处优先修复区。</translation>
    </message>
    <message>
        <source>The layer '{}' has no field {} (it has: {}). Give the zones as 'Corridor pinch points' or 'Barriers to restore' write them.</source>
        <translation>图层“{}”没有字段 {}（现有字段：{}）。请输入“廊道夹点”或“待修复的障碍点”写出的区域图层。</translation>
    </message>
</context>
</TS>
