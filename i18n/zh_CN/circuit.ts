<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
  <context>
    <name>Barriers</name>
    <message>
      <source>Barriers to restore (Barrier Mapper)</source>
      <translation>待修复的障碍点（Barrier Mapper）</translation>
    </message>
    <message>
      <source>Barriers whose restoration gains most.</source>
      <translation>修复后收益最大的障碍点。</translation>
    </message>
    <message>
      <source>Search radii (m, comma separated)</source>
      <translation>搜索半径（米，以逗号分隔）</translation>
    </message>
    <message>
      <source>Restored resistance (default: the lowest resistance of the surface)</source>
      <translation>修复后阻力（默认：阻力面的最低阻力）</translation>
    </message>
    <message>
      <source>Barrier zones: top share of the cells with a score &gt; 0</source>
      <translation>障碍区：得分 &gt; 0 的单元中得分最高的比例</translation>
    </message>
    <message>
      <source>Improvement score (maximum over corridors and radii)</source>
      <translation>改善得分（所有廊道和半径中的最大值）</translation>
    </message>
    <message>
      <source>Radius of the best score</source>
      <translation>最佳得分对应的半径</translation>
    </message>
    <message>
      <source>Barrier zones</source>
      <translation>障碍区</translation>
    </message>
    <message>
      <source>Search radii</source>
      <translation>搜索半径</translation>
    </message>
    <message>
      <source>Give at least one search radius &gt; 0 (m).</source>
      <translation>请至少给出一个大于 0 的搜索半径（米）。</translation>
    </message>
    <message>
      <source>{} corridors; restored resistance {:g}.</source>
      <translation>{} 条廊道；修复后阻力 {:g}。</translation>
    </message>
  </context>
  <context>
    <name>CircuitConnectivity</name>
    <message>
      <source>Circuit connectivity (Circuitscape)</source>
      <translation>电路理论连通性（Circuitscape）</translation>
    </message>
    <message>
      <source>Circuit-theory connectivity (Circuitscape's raster modes).</source>
      <translation>电路理论连通性（Circuitscape 的栅格模式）。</translation>
    </message>
    <message>
      <source>Circuitscape .ini file (runs it as Circuitscape does; the layers below are then not used)</source>
      <translation>Circuitscape .ini 文件（按 Circuitscape 的方式运行；此时不使用下面的图层）</translation>
    </message>
    <message>
      <source>Resistance surface (or conductance)</source>
      <translation>阻力面（或电导）</translation>
    </message>
    <message>
      <source>Band</source>
      <translation>波段</translation>
    </message>
    <message>
      <source>The raster holds conductances, not resistances</source>
      <translation>栅格为电导而非阻力</translation>
    </message>
    <message>
      <source>Mode</source>
      <translation>模式</translation>
    </message>
    <message>
      <source>Pairwise</source>
      <translation>成对</translation>
    </message>
    <message>
      <source>One-to-all</source>
      <translation>一对全</translation>
    </message>
    <message>
      <source>All-to-one</source>
      <translation>全对一</translation>
    </message>
    <message>
      <source>Advanced (current sources and grounds)</source>
      <translation>高级（电流源和接地）</translation>
    </message>
    <message>
      <source>Focal nodes raster (id &gt; 0; an id on several cells is a focal region)</source>
      <translation>焦点节点栅格（id &gt; 0；一个 id 占多个单元时为焦点区域）</translation>
    </message>
    <message>
      <source>Or: focal nodes (points or polygons)</source>
      <translation>或：焦点节点（点或面）</translation>
    </message>
    <message>
      <source>Focal node id field</source>
      <translation>焦点节点 id 字段</translation>
    </message>
    <message>
      <source>Pairwise focal regions</source>
      <translation>成对模式的焦点区域</translation>
    </message>
    <message>
      <source>Short-circuit the two regions of each pair (Circuitscape; one factorisation per pair)</source>
      <translation>每对只短路这两个区域（Circuitscape；每对一次分解）</translation>
    </message>
    <message>
      <source>Short-circuit all regions at once (n − 1 solves in all)</source>
      <translation>一次短路所有区域（共 n − 1 次求解）</translation>
    </message>
    <message>
      <source>Short-circuit regions raster (id &gt; 0)</source>
      <translation>短路区域栅格（id &gt; 0）</translation>
    </message>
    <message>
      <source>Mask raster (cells ≤ 0 or nodata are removed)</source>
      <translation>掩膜栅格（≤ 0 或无数据的单元被去除）</translation>
    </message>
    <message>
      <source>Included pairs file (Circuitscape format)</source>
      <translation>包含的节点对文件（Circuitscape 格式）</translation>
    </message>
    <message>
      <source>Advanced: current sources raster (A)</source>
      <translation>高级：电流源栅格（A）</translation>
    </message>
    <message>
      <source>Advanced: grounds raster</source>
      <translation>高级：接地栅格</translation>
    </message>
    <message>
      <source>Advanced: grounds are resistances (Ω), not conductances (S)</source>
      <translation>高级：接地值为电阻（Ω）而非电导（S）</translation>
    </message>
    <message>
      <source>Advanced: every ground is a direct ground (0 Ω)</source>
      <translation>高级：所有接地均为直接接地（0 Ω）</translation>
    </message>
    <message>
      <source>Advanced: a cell that is both source and ground</source>
      <translation>高级：既是电流源又是接地的单元</translation>
    </message>
    <message>
      <source>Keep both</source>
      <translation>两者都保留</translation>
    </message>
    <message>
      <source>Remove the source</source>
      <translation>去掉电流源</translation>
    </message>
    <message>
      <source>Remove the ground</source>
      <translation>去掉接地</translation>
    </message>
    <message>
      <source>Remove both</source>
      <translation>两者都去掉</translation>
    </message>
    <message>
      <source>Connect 4 neighbours only (default: 8)</source>
      <translation>只连接 4 邻域（默认：8 邻域）</translation>
    </message>
    <message>
      <source>Link conductance from the average resistance (default: average conductance)</source>
      <translation>连接电导取平均阻力的倒数（默认：平均电导）</translation>
    </message>
    <message>
      <source>Solver</source>
      <translation>求解器</translation>
    </message>
    <message>
      <source>Automatic (direct for small grids, multigrid for large)</source>
      <translation>自动（小栅格用直接法，大栅格用多重网格）</translation>
    </message>
    <message>
      <source>Direct (sparse factorisation)</source>
      <translation>直接法（稀疏分解）</translation>
    </message>
    <message>
      <source>Algebraic multigrid + conjugate gradients (pyamg)</source>
      <translation>代数多重网格 + 共轭梯度（pyamg）</translation>
    </message>
    <message>
      <source>Cumulative current</source>
      <translation>累积电流</translation>
    </message>
    <message>
      <source>Maximum current</source>
      <translation>最大电流</translation>
    </message>
    <message>
      <source>Voltage (advanced mode)</source>
      <translation>电压（高级模式）</translation>
    </message>
    <message>
      <source>Folder for the current and voltage map of each pair or focal node</source>
      <translation>存放每个节点对或焦点节点电流图和电压图的文件夹</translation>
    </message>
    <message>
      <source>Effective resistances</source>
      <translation>有效阻力</translation>
    </message>
    <message>
      <source>Linear solves</source>
      <translation>线性求解次数</translation>
    </message>
    <message>
      <source>Focal node {}: the id field '{}' must hold whole numbers.</source>
      <translation>焦点节点 {}：id 字段“{}”必须为整数。</translation>
    </message>
    <message>
      <source>Focal node ids must be &gt; 0 (feature {} has {}).</source>
      <translation>焦点节点 id 必须大于 0（要素 {} 的值为 {}）。</translation>
    </message>
    <message>
      <source>No focal node falls on the resistance raster; check the layers' extents.</source>
      <translation>没有焦点节点落在阻力栅格上；请检查图层范围。</translation>
    </message>
    <message>
      <source>The .ini file {} does not exist.</source>
      <translation>.ini 文件 {} 不存在。</translation>
    </message>
    <message>
      <source>The Circuitscape project {} could not be run: {}</source>
      <translation>Circuitscape 项目 {} 无法运行：{}</translation>
    </message>
    <message>
      <source>Written (Circuitscape name): {}</source>
      <translation>已写入（Circuitscape 文件名）：{}</translation>
    </message>
    <message>
      <source>Give a resistance (or conductance) raster, or a Circuitscape .ini file.</source>
      <translation>请给出阻力（或电导）栅格，或 Circuitscape .ini 文件。</translation>
    </message>
    <message>
      <source>The mask removes every cell.</source>
      <translation>掩膜去除了所有单元。</translation>
    </message>
    <message>
      <source>Advanced mode needs a current sources raster and a grounds raster.</source>
      <translation>高级模式需要电流源栅格和接地栅格。</translation>
    </message>
    <message>
      <source>Give the focal nodes, as a raster of ids or as points or polygons.</source>
      <translation>请给出焦点节点：id 栅格，或点、面图层。</translation>
    </message>
    <message>
      <source>The included pairs file {} cannot be read: {}</source>
      <translation>无法读取包含的节点对文件 {}：{}</translation>
    </message>
    <message>
      <source>{} factorisation(s) or preconditioner(s) in {:.2f} s; {} solves in {:.2f} s; current maps {:.2f} s.</source>
      <translation>{} 次分解或预条件器构建，用时 {:.2f} 秒；{} 次求解，用时 {:.2f} 秒；电流图 {:.2f} 秒。</translation>
    </message>
  </context>
  <context>
    <name>ConnectivityImportance</name>
    <message>
      <source>Ranks habitat (source) patches by their importance for landscape connectivity with the probability of connectivity index, as Conefor 2.6 does, and grades them.

Input: source patches as polygons (with an optional area field) or as a patch raster (cell value = patch id, 0 or nodata = no patch), in a projected CRS in metres. Patch attribute a_i = the area field, or the area in the chosen unit (default km²).
Distances d_ij: edge-to-edge Euclidean (default; touching patches d = 0), centroid Euclidean (the polygon centroid, replaced by a point on the surface where the centroid falls outside the polygon, as Makurhini), or least-cost distance between patch edges over a resistance raster (ArcGIS cost-distance convention: a step costs its length × the mean resistance of its two cells; nodata is a barrier; unit: resistance × metres).
Direct probability p_ij = exp(−k·d_ij) with p(d0) = p0 (default p0 = 0.5); touching patches get p = 1. Pairs farther apart than the maximum link distance get no direct link (0 = every pair is linked, Conefor 'all').
p*_ij = the maximum product probability over all paths; PCnum = Σ_i Σ_j a_i·a_j·p*_ij (i = j included); EC(PC) = √PCnum; PC = PCnum / A_L² when the landscape area A_L is given (a study-area layer or a number, in the area unit).
dPC_k = 100·(PCnum − PCnum without patch k and every path through it) / PCnum, split into dPCintra = 100·a_k²/PCnum, dPCflux = 100·2·a_k·Σ_{j≠k} a_j·p*_kj/PCnum and dPCconnector = dPC − intra − flux (Saura &amp; Rubio 2010). dIIC (integral index of connectivity, links where d ≤ the adjacency distance, default d0) and dA = 100·a_k/Σa are given too. All d-values are percentages.
With centroid distances and all pairs linked, dPCconnector is 0 for every patch (the direct link always beats a detour); edge-to-edge and least-cost distances give connector values.
Grades: natural breaks (Jenks) of dPC in 3 classes by default: grade 1 = crucial, 2 = important, 3 = ordinary (field grade_name holds these English words).
Threshold scan: give several distances d0 (the paper tests seven) to get PCnum, EC(PC) and PC for each, to pick a threshold; without a list the scan table holds the main d0 only.
Outputs: the patches with the importance fields and grades, a table of the same values, the scan table, and PCnum, EC(PC) and PC as numbers.
Conefor's files: a node file (id and attribute per line) replaces the patches, and a connection file (id, id, distance or probability per line; Linkage Mapper's distance file too) replaces the distances; pairs it does not list are not connected (Conefor 'notall'). For a probability file, IIC links are the listed pairs with p &gt; 0. With either file the node table carries Conefor's columns (Node, dA, dIIC, dIICintra, dIICflux, dIICconnector, dPC, dPCintra, dPCflux, dPCconnector, in percent). The overall table gives PCnum, EC(PC), IICnum and EC(IIC) (and PC, IIC with A_L), as Conefor's overall_indices.</source>
      <translation>按各生境（源地）斑块对景观连通性的重要性进行排序并分级，采用可能连通性指数（PC），与 Conefor 2.6 的做法相同。

输入：源地斑块，可以是面图层（可带面积字段）或斑块栅格（像元值 = 斑块编号，0 或无数据 = 非斑块），须为以米为单位的投影坐标系。斑块属性 a_i = 面积字段，或按所选单位计算的面积（默认 km²）。
距离 d_ij：边到边欧氏距离（默认；相接的斑块 d = 0）、质心欧氏距离（多边形质心，若质心落在多边形之外则改用面内点，与 Makurhini 相同），或基于阻力栅格的斑块边缘之间的最小成本距离（ArcGIS 成本距离约定：每一步的成本 = 步长 × 两像元阻力的平均值；无数据为障碍；单位：阻力 × 米）。
直接连通概率 p_ij = exp(−k·d_ij)，且 p(d0) = p0（默认 p0 = 0.5）；相接的斑块 p = 1。距离超过最大连接距离的斑块对没有直接连接（0 = 所有斑块对都连接，即 Conefor 的 'all'）。
p*_ij = 所有路径中概率乘积的最大值；PCnum = Σ_i Σ_j a_i·a_j·p*_ij（包括 i = j）；EC(PC) = √PCnum；给出景观面积 A_L 时（研究区图层或数值，单位与面积单位相同），PC = PCnum / A_L²。
dPC_k = 100·(PCnum − 去除斑块 k 及经过它的所有路径后的 PCnum) / PCnum，分解为 dPCintra = 100·a_k²/PCnum、dPCflux = 100·2·a_k·Σ_{j≠k} a_j·p*_kj/PCnum 和 dPCconnector = dPC − intra − flux（Saura &amp; Rubio 2010）。同时给出 dIIC（整体连通性指数，d ≤ 邻接距离时连接，默认 d0）和 dA = 100·a_k/Σa。所有 d 值均为百分数。
采用质心距离且所有斑块对都连接时，每个斑块的 dPCconnector 均为 0（直接连接总是优于绕行）；边到边距离和最小成本距离会产生连接器（connector）值。
分级：默认按 dPC 的自然断点法（Jenks）分为 3 级：1 级 = crucial（关键），2 级 = important（重要），3 级 = ordinary（一般）（字段 grade_name 保存这些英文词）。
阈值扫描：给出多个距离 d0（论文测试了七个），得到每个阈值下的 PCnum、EC(PC) 和 PC，以便选择阈值；不给列表时扫描表只包含主 d0。
输出：带重要性字段和等级的斑块、相同数值的表格、扫描表，以及 PCnum、EC(PC) 和 PC 数值。
Conefor 文件：节点文件（每行 id 和属性）代替斑块，连接文件（每行 id、id、距离或概率；也可用 Linkage Mapper 的距离文件）代替距离；文件中未列出的节点对不连通（Conefor 的 'notall'）。对于概率文件，IIC 的连接为列出的 p &gt; 0 的节点对。使用任一文件时，节点表采用 Conefor 的列（Node、dA、dIIC、dIICintra、dIICflux、dIICconnector、dPC、dPCintra、dPCflux、dPCconnector，单位为百分比）。总体指数表给出 PCnum、EC(PC)、IICnum 和 EC(IIC)（给出 A_L 时还有 PC、IIC），与 Conefor 的 overall_indices 相同。</translation>
    </message>
    <message>
      <source>Or: Conefor node file (id, attribute)</source>
      <translation>或：Conefor 节点文件（id、属性）</translation>
    </message>
    <message>
      <source>Conefor connection file (id, id, value; unlisted pairs are not connected), instead of measured distances</source>
      <translation>Conefor 连接文件（id、id、数值；未列出的节点对不连通），代替量算的距离</translation>
    </message>
    <message>
      <source>Values of the connection file</source>
      <translation>连接文件的数值类型</translation>
    </message>
    <message>
      <source>Distances</source>
      <translation>距离</translation>
    </message>
    <message>
      <source>Probabilities</source>
      <translation>概率</translation>
    </message>
    <message>
      <source>Overall indices (Conefor's overall_indices)</source>
      <translation>总体指数（Conefor 的 overall_indices）</translation>
    </message>
    <message>
      <source>Give either a Conefor node file or source patches, not both.</source>
      <translation>请给出 Conefor 节点文件或源地斑块之一，不要同时给出。</translation>
    </message>
    <message>
      <source>A Conefor node file needs its connection file (LINKS_FILE).</source>
      <translation>Conefor 节点文件需要配套的连接文件（LINKS_FILE）。</translation>
    </message>
  </context>
  <context>
    <name>CorridorInputs</name>
    <message>
      <source>Ecological sources (polygons)</source>
      <translation>生态源地（面）</translation>
    </message>
    <message>
      <source>Source id field</source>
      <translation>源地 id 字段</translation>
    </message>
    <message>
      <source>Or: source patch raster (id &gt; 0)</source>
      <translation>或：源地斑块栅格（id &gt; 0）</translation>
    </message>
    <message>
      <source>Resistance surface</source>
      <translation>阻力面</translation>
    </message>
    <message>
      <source>Resistance band</source>
      <translation>阻力波段</translation>
    </message>
    <message>
      <source>Corridors of 'MCR corridors' (fields from_id, to_id; default: the pairs of the policy below)</source>
      <translation>“MCR 廊道”输出的廊道（字段 from_id、to_id；默认：按下面的策略选取源地对）</translation>
    </message>
    <message>
      <source>Pairs when no corridors are given</source>
      <translation>未给出廊道时的源地对</translation>
    </message>
    <message>
      <source>Touching zones, without paths crossing a third source (Linkage Mapper)</source>
      <translation>分配区相邻，且路径不穿过第三个源地（Linkage Mapper）</translation>
    </message>
    <message>
      <source>Sources with touching allocation zones</source>
      <translation>分配区相邻的源地</translation>
    </message>
    <message>
      <source>Minimum spanning tree</source>
      <translation>最小生成树</translation>
    </message>
    <message>
      <source>The source layer has no polygon.</source>
      <translation>源地图层中没有面。</translation>
    </message>
    <message>
      <source>The source id field must hold distinct whole numbers (as the from_id and to_id of the corridors); choose another field or none.</source>
      <translation>源地 id 字段必须为互不相同的整数（与廊道的 from_id 和 to_id 一致）；请选择其他字段或不选。</translation>
    </message>
    <message>
      <source>Give the ecological sources, as polygons or as a patch raster.</source>
      <translation>请给出生态源地：面图层或斑块栅格。</translation>
    </message>
    <message>
      <source>The source raster {} holds fewer than two sources.</source>
      <translation>源地栅格 {} 中的源地少于两个。</translation>
    </message>
    <message>
      <source>resistance surface</source>
      <translation>阻力面</translation>
    </message>
    <message>
      <source>The corridors layer needs the fields from_id and to_id (as written by 'MCR corridors').</source>
      <translation>廊道图层需要字段 from_id 和 to_id（与“MCR 廊道”的输出相同）。</translation>
    </message>
    <message>
      <source>The corridors name sources that are not in the source layer: {}. Give the same sources and id field as to 'MCR corridors'.</source>
      <translation>廊道引用了源地图层中没有的源地：{}。请使用与“MCR 廊道”相同的源地和 id 字段。</translation>
    </message>
    <message>
      <source>The corridors layer holds no corridor.</source>
      <translation>廊道图层中没有廊道。</translation>
    </message>
  </context>
  <context>
    <name>PinchPoints</name>
    <message>
      <source>Corridor pinch points (circuit theory)</source>
      <translation>廊道夹点（电路理论）</translation>
    </message>
    <message>
      <source>Pinch points of corridors.</source>
      <translation>廊道的夹点。</translation>
    </message>
    <message>
      <source>Corridor width threshold (resistance × m)</source>
      <translation>廊道宽度阈值（阻力 × 米）</translation>
    </message>
    <message>
      <source>Pinch-point share: top fraction of each corridor's cell currents</source>
      <translation>夹点比例：每条廊道单元电流中最高的比例</translation>
    </message>
    <message>
      <source>Connect 4 neighbours only (default: 8)</source>
      <translation>只连接 4 邻域（默认：8 邻域）</translation>
    </message>
    <message>
      <source>Corridor current (pinch-point map)</source>
      <translation>廊道电流（夹点图）</translation>
    </message>
    <message>
      <source>Pinch-point zones</source>
      <translation>夹点区</translation>
    </message>
    <message>
      <source>Corridors with their effective resistance</source>
      <translation>廊道及其有效阻力</translation>
    </message>
    <message>
      <source>{} corridors analysed.</source>
      <translation>已分析 {} 条廊道。</translation>
    </message>
  </context>
</TS>