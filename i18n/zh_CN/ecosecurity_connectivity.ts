<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>AhpWeights</name>
    <message>
        <location filename="../../algorithms/ecosecurity/ahpweights.py" line="57" />
        <source>AHP weights</source>
        <translation>AHP 权重</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/ahpweights.py" line="26" />
        <source>Weights of factors from an analytic hierarchy process (AHP) pairwise comparison matrix (Saaty 1977, 1980).

Cell (i, j) says how much more important factor i is than factor j on Saaty's 1–9 scale (1 equal, 3 moderate, 5 strong, 7 very strong, 9 extreme; 1/3, 1/5, … for the reverse). The matrix must be reciprocal: a_ji = 1/a_ij. Cells below the diagonal may be left empty ('-'): they are filled with the reciprocals.
Type the matrix with rows separated by ';' or new lines and values by spaces or commas (for example: 1 3 5; 1/3 1 3; 1/5 1/3 1), or give a table whose columns hold the matrix (an optional text field names the factors).

Weights w = the principal eigenvector of the matrix, scaled to sum 1; λmax = its eigenvalue; CI = (λmax − n)/(n − 1); CR = CI/RI with Saaty's random index RI (0, 0, 0.58, 0.90, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49 for n = 1…10, up to n = 15). When CR ≥ 0.1 the judgements are inconsistent: the run warns, and the judgements should be revised.
Output: a table (factor, weight, rank, lambda_max, CI, RI, CR) that 'Resistance surface' reads, and λmax, CI, RI, CR as numbers. All are dimensionless.</source>
        <translation>由层次分析法（AHP）两两比较判断矩阵计算各因子的权重（Saaty 1977, 1980）。

单元格 (i, j) 表示因子 i 相对于因子 j 的重要程度，采用 Saaty 的 1–9 标度（1 同等重要，3 稍微重要，5 明显重要，7 强烈重要，9 极端重要；反之取 1/3、1/5、…）。矩阵必须互反：a_ji = 1/a_ij。对角线以下的单元格可以留空（'-'），将以倒数填充。
输入矩阵时行之间用 ';' 或换行分隔，数值之间用空格或逗号分隔（例如：1 3 5; 1/3 1 3; 1/5 1/3 1），也可以给出一个各列构成矩阵的表格（可选的文本字段给出因子名称）。

权重 w = 矩阵的主特征向量，归一化使其和为 1；λmax = 其特征值；CI = (λmax − n)/(n − 1)；CR = CI/RI，RI 为 Saaty 的平均随机一致性指标（n = 1…10 时为 0, 0, 0.58, 0.90, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49，最多到 n = 15）。当 CR ≥ 0.1 时判断不一致：运行会给出警告，应修改判断。
输出：一个表格（factor, weight, rank, lambda_max, CI, RI, CR），可由“阻力面”读取；以及 λmax、CI、RI、CR 数值。均为无量纲量。</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/ahpweights.py" line="45" />
        <source>Factor names, comma separated (in the order of the rows)</source>
        <translation>因子名称，逗号分隔（按行的顺序）</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/ahpweights.py" line="48" />
        <source>Pairwise comparison matrix (rows separated by ';')</source>
        <translation>两两比较判断矩阵（行之间用 ';' 分隔）</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/ahpweights.py" line="51" />
        <source>Or: matrix table (CSV or table layer)</source>
        <translation>或：矩阵表格（CSV 或表格图层）</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/ahpweights.py" line="54" />
        <source>Matrix table: factor name field</source>
        <translation>矩阵表格：因子名称字段</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/ahpweights.py" line="59" />
        <source>λmax</source>
        <translation>λmax</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/ahpweights.py" line="60" />
        <source>Consistency index CI</source>
        <translation>一致性指标 CI</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/ahpweights.py" line="61" />
        <source>Random index RI</source>
        <translation>随机一致性指标 RI</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/ahpweights.py" line="62" />
        <source>Consistency ratio CR</source>
        <translation>一致性比率 CR</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/ahpweights.py" line="63" />
        <source>Consistent (1 when CR &lt; 0.1)</source>
        <translation>是否一致（CR &lt; 0.1 时为 1）</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/ahpweights.py" line="65" />
        <source>Weights, comma separated</source>
        <translation>权重，逗号分隔</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/ahpweights.py" line="74" />
        <source>Give the matrix either typed in or as a table, not both.</source>
        <translation>请直接输入矩阵或给出矩阵表格，二者只能选其一。</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/ahpweights.py" line="77" />
        <source>matrix table</source>
        <translation>矩阵表格</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/ahpweights.py" line="93" />
        <source>Give the pairwise comparison matrix: type it in or choose a table.</source>
        <translation>请给出两两比较判断矩阵：直接输入或选择一个表格。</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/ahpweights.py" line="98" />
        <source>factor {}</source>
        <translation>因子 {}</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/ahpweights.py" line="100" />
        <source>{} factor names were given for a {}×{} matrix; give one name per row.</source>
        <translation>给出了 {} 个因子名称，但矩阵为 {}×{}；请每行给出一个名称。</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/ahpweights.py" line="104" />
        <source>λmax = {:.6f}, CI = {:.6f}, RI = {:.2f}, CR = {:.6f}</source>
        <translation>λmax = {:.6f}，CI = {:.6f}，RI = {:.2f}，CR = {:.6f}</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/ahpweights.py" line="107" />
        <source>WARNING: the consistency ratio CR = {:.4f} is not below {:g}: the judgements are inconsistent. Revise the comparison matrix before using these weights.</source>
        <translation>警告：一致性比率 CR = {:.4f} 不小于 {:g}：判断不一致。请在使用这些权重之前修改判断矩阵。</translation>
    </message>
</context>
<context>
    <name>ConnectivityImportance</name>
    <message>
        <location filename="../../algorithms/ecosecurity/connectivityimportance.py" line="48" />
        <source>Connectivity importance of sources (PC / dPC)</source>
        <translation>源地连通性重要性（PC / dPC）</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/connectivityimportance.py" line="51" />
        <source>Ranks habitat (source) patches by their importance for landscape connectivity with the probability of connectivity index, as Conefor 2.6 does, and grades them.

Input: source patches as polygons (with an optional area field) or as a patch raster (cell value = patch id, 0 or nodata = no patch), in a projected CRS in metres. Patch attribute a_i = the area field, or the area in the chosen unit (default km²).
Distances d_ij: edge-to-edge Euclidean (default; touching patches d = 0), centroid Euclidean (the polygon centroid, replaced by a point on the surface where the centroid falls outside the polygon, as Makurhini), or least-cost distance between patch edges over a resistance raster (ArcGIS cost-distance convention: a step costs its length × the mean resistance of its two cells; nodata is a barrier; unit: resistance × metres).
Direct probability p_ij = exp(−k·d_ij) with p(d0) = p0 (default p0 = 0.5); touching patches get p = 1. Pairs farther apart than the maximum link distance get no direct link (0 = every pair is linked, Conefor 'all').
p*_ij = the maximum product probability over all paths; PCnum = Σ_i Σ_j a_i·a_j·p*_ij (i = j included); EC(PC) = √PCnum; PC = PCnum / A_L² when the landscape area A_L is given (a study-area layer or a number, in the area unit).
dPC_k = 100·(PCnum − PCnum without patch k and every path through it) / PCnum, split into dPCintra = 100·a_k²/PCnum, dPCflux = 100·2·a_k·Σ_{j≠k} a_j·p*_kj/PCnum and dPCconnector = dPC − intra − flux (Saura &amp; Rubio 2010). dIIC (integral index of connectivity, links where d ≤ the adjacency distance, default d0) and dA = 100·a_k/Σa are given too. All d-values are percentages.
With centroid distances and all pairs linked, dPCconnector is 0 for every patch (the direct link always beats a detour); edge-to-edge and least-cost distances give connector values.
Grades: natural breaks (Jenks) of dPC in 3 classes by default: grade 1 = crucial, 2 = important, 3 = ordinary (field grade_name holds these English words).
Threshold scan: give several distances d0 (the paper tests seven) to get PCnum, EC(PC) and PC for each, to pick a threshold; without a list the scan table holds the main d0 only.
Outputs: the patches with the importance fields and grades, a table of the same values, the scan table, and PCnum, EC(PC) and PC as numbers.</source>
        <translation>按各生境（源地）斑块对景观连通性的重要性进行排序并分级，采用可能连通性指数（PC），与 Conefor 2.6 的做法相同。

输入：源地斑块，可以是面图层（可带面积字段）或斑块栅格（像元值 = 斑块编号，0 或无数据 = 非斑块），须为以米为单位的投影坐标系。斑块属性 a_i = 面积字段，或按所选单位计算的面积（默认 km²）。
距离 d_ij：边到边欧氏距离（默认；相接的斑块 d = 0）、质心欧氏距离（多边形质心，若质心落在多边形之外则改用面内点，与 Makurhini 相同），或基于阻力栅格的斑块边缘之间的最小成本距离（ArcGIS 成本距离约定：每一步的成本 = 步长 × 两像元阻力的平均值；无数据为障碍；单位：阻力 × 米）。
直接连通概率 p_ij = exp(−k·d_ij)，且 p(d0) = p0（默认 p0 = 0.5）；相接的斑块 p = 1。距离超过最大连接距离的斑块对没有直接连接（0 = 所有斑块对都连接，即 Conefor 的 'all'）。
p*_ij = 所有路径中概率乘积的最大值；PCnum = Σ_i Σ_j a_i·a_j·p*_ij（包括 i = j）；EC(PC) = √PCnum；给出景观面积 A_L 时（研究区图层或数值，单位与面积单位相同），PC = PCnum / A_L²。
dPC_k = 100·(PCnum − 去除斑块 k 及经过它的所有路径后的 PCnum) / PCnum，分解为 dPCintra = 100·a_k²/PCnum、dPCflux = 100·2·a_k·Σ_{j≠k} a_j·p*_kj/PCnum 和 dPCconnector = dPC − intra − flux（Saura &amp; Rubio 2010）。同时给出 dIIC（整体连通性指数，d ≤ 邻接距离时连接，默认 d0）和 dA = 100·a_k/Σa。所有 d 值均为百分数。
采用质心距离且所有斑块对都连接时，每个斑块的 dPCconnector 均为 0（直接连接总是优于绕行）；边到边距离和最小成本距离会产生连接器（connector）值。
分级：默认按 dPC 的自然断点法（Jenks）分为 3 级：1 级 = crucial（关键），2 级 = important（重要），3 级 = ordinary（一般）（字段 grade_name 保存这些英文词）。
阈值扫描：给出多个距离 d0（论文测试了七个），得到每个阈值下的 PCnum、EC(PC) 和 PC，以便选择阈值；不给列表时扫描表只包含主 d0。
输出：带重要性字段和等级的斑块、相同数值的表格、扫描表，以及 PCnum、EC(PC) 和 PC 数值。</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/connectivityimportance.py" line="87" />
        <source>Source patches (polygons)</source>
        <translation>源地斑块（面）</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/connectivityimportance.py" line="90" />
        <source>Or: patch raster (cell value = patch id)</source>
        <translation>或：斑块栅格（像元值 = 斑块编号）</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/connectivityimportance.py" line="93" />
        <source>Patch raster band</source>
        <translation>斑块栅格波段</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/connectivityimportance.py" line="95" />
        <source>Patch id field (empty = feature id)</source>
        <translation>斑块编号字段（空 = 要素 ID）</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/connectivityimportance.py" line="98" />
        <source>Patch attribute (area) field (empty = polygon area)</source>
        <translation>斑块属性（面积）字段（空 = 多边形面积）</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/connectivityimportance.py" line="101" />
        <source>Area unit (when areas are measured)</source>
        <translation>面积单位（计算面积时）</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/connectivityimportance.py" line="101" />
        <source>km²</source>
        <translation>km²</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/connectivityimportance.py" line="101" />
        <source>ha</source>
        <translation>ha</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/connectivityimportance.py" line="101" />
        <source>m²</source>
        <translation>m²</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/connectivityimportance.py" line="104" />
        <source>Distance between patches</source>
        <translation>斑块间距离</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/connectivityimportance.py" line="104" />
        <source>Edge-to-edge Euclidean</source>
        <translation>边到边欧氏距离</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/connectivityimportance.py" line="104" />
        <source>Centroid Euclidean (point on surface when outside)</source>
        <translation>质心欧氏距离（质心在外时用面内点）</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/connectivityimportance.py" line="104" />
        <source>Least-cost between patch edges (resistance raster)</source>
        <translation>斑块边缘间最小成本距离（阻力栅格）</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/connectivityimportance.py" line="109" />
        <source>Resistance raster (least-cost distance only)</source>
        <translation>阻力栅格（仅用于最小成本距离）</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/connectivityimportance.py" line="112" />
        <source>Distance d0 at which the probability is p0 (m, or cost units)</source>
        <translation>概率为 p0 时的距离 d0（米，或成本单位）</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/connectivityimportance.py" line="115" />
        <source>Connection probability p0 at d0</source>
        <translation>d0 处的连通概率 p0</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/connectivityimportance.py" line="118" />
        <source>Maximum link distance (0 = link every pair)</source>
        <translation>最大连接距离（0 = 连接所有斑块对）</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/connectivityimportance.py" line="125" />
        <source>IIC adjacency distance (0 = d0)</source>
        <translation>IIC 邻接距离（0 = d0）</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/connectivityimportance.py" line="130" />
        <source>Study area, for PC = PCnum / A_L² (optional)</source>
        <translation>研究区，用于 PC = PCnum / A_L²（可选）</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/connectivityimportance.py" line="133" />
        <source>Or: landscape area A_L, in the area unit (0 = none)</source>
        <translation>或：景观面积 A_L，单位同面积单位（0 = 无）</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/connectivityimportance.py" line="138" />
        <source>Thresholds d0 to scan, comma separated (optional)</source>
        <translation>要扫描的阈值 d0，逗号分隔（可选）</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/connectivityimportance.py" line="141" />
        <source>Number of grades (natural breaks of dPC)</source>
        <translation>等级数（dPC 自然断点）</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/connectivityimportance.py" line="144" />
        <source>Graded sources</source>
        <translation>分级源地</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/connectivityimportance.py" line="146" />
        <source>Node importance table</source>
        <translation>节点重要性表</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/connectivityimportance.py" line="148" />
        <source>PC per distance threshold</source>
        <translation>各距离阈值的 PC</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/connectivityimportance.py" line="150" />
        <source>PCnum</source>
        <translation>PCnum</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/connectivityimportance.py" line="151" />
        <source>EC(PC)</source>
        <translation>EC(PC)</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/connectivityimportance.py" line="152" />
        <source>PC (needs A_L)</source>
        <translation>PC（需要 A_L）</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/connectivityimportance.py" line="156" />
        <source>Source patches</source>
        <translation>源地斑块</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/connectivityimportance.py" line="164" />
        <source>The patch {} has no geometry; remove it or fix it.</source>
        <translation>斑块 {} 没有几何；请删除或修复它。</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/connectivityimportance.py" line="173" />
        <source>The patch {} has the attribute '{}' = {}; every patch needs a positive number.</source>
        <translation>斑块 {} 的属性 '{}' = {}；每个斑块都需要一个正数。</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/connectivityimportance.py" line="187" />
        <source>The source patch layer has no feature.</source>
        <translation>源地斑块图层没有要素。</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/connectivityimportance.py" line="192" />
        <source>patch raster</source>
        <translation>斑块栅格</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/connectivityimportance.py" line="198" />
        <source>The raster {} holds no patch (no cell value &gt; 0).</source>
        <translation>栅格 {} 中没有斑块（没有大于 0 的像元值）。</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/connectivityimportance.py" line="202" />
        <source>The raster {} holds non-integer values; patch ids must be whole numbers.</source>
        <translation>栅格 {} 含有非整数值；斑块编号必须是整数。</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/connectivityimportance.py" line="290" />
        <source>Give either source patch polygons or a patch raster, not both.</source>
        <translation>请给出源地斑块面图层或斑块栅格，二者只能选其一。</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/connectivityimportance.py" line="293" />
        <source>Give the source patches: a polygon layer or a patch raster.</source>
        <translation>请给出源地斑块：面图层或斑块栅格。</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/connectivityimportance.py" line="301" />
        <source>Thresholds</source>
        <translation>阈值</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/connectivityimportance.py" line="304" />
        <source>Every scanned threshold must be &gt; 0.</source>
        <translation>每个扫描阈值都必须大于 0。</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/connectivityimportance.py" line="316" />
        <source>{} patches, total attribute {:.6g}.</source>
        <translation>{} 个斑块，属性总和 {:.6g}。</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/connectivityimportance.py" line="326" />
        <source>The study area layer has no area.</source>
        <translation>研究区图层没有面积。</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/connectivityimportance.py" line="336" />
        <source>Least-cost distances need the resistance raster.</source>
        <translation>最小成本距离需要阻力栅格。</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/connectivityimportance.py" line="343" />
        <source>Reprojecting the patches to the CRS of the resistance raster.</source>
        <translation>正在将斑块重投影到阻力栅格的坐标系。</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/connectivityimportance.py" line="360" />
        <source>No maximum link distance: every patch is searched over the whole resistance raster. Set a maximum link distance (in resistance × metres) to bound the searches and run much faster.</source>
        <translation>未设置最大连接距离：每个斑块都要在整个阻力栅格上搜索。设置最大连接距离（单位：阻力 × 米）可限制搜索范围，运行会快得多。</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/connectivityimportance.py" line="381" />
        <source>PCnum = {:.7g}, EC(PC) = {:.7g}{}; {} links, {} component(s).</source>
        <translation>PCnum = {:.7g}，EC(PC) = {:.7g}{}；{} 条连接，{} 个组分。</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/connectivityimportance.py" line="381" />
        <source>, PC = {:.7g}</source>
        <translation>，PC = {:.7g}</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/connectivityimportance.py" line="386" />
        <source>dPC breaks of the grades: {}</source>
        <translation>各等级的 dPC 断点：{}</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/connectivityimportance.py" line="121" />
        <source>Also compute dIIC (about doubles the time)</source>
        <translation>同时计算 dIIC（耗时约加倍）</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/connectivityimportance.py" line="179" />
        <source>The patch {} has no area; remove it or fix its geometry.</source>
        <translation>斑块 {} 的面积为零；请删除它或修复其几何。</translation>
    </message>
</context>
<context>
    <name>ResistanceSurface</name>
    <message>
        <location filename="../../algorithms/ecosecurity/resistancesurface.py" line="129" />
        <source>Resistance surface</source>
        <translation>阻力面</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/resistancesurface.py" line="50" />
        <source>Builds the ecological resistance surface as the weighted sum of resistance factors: R = Σ w_f·r_f.

Each factor raster is reclassified to resistance values r_f (the paper's Table 2 uses 5 / 15 / 50 / 75 / 100):
- Land use: by a class table (code → resistance), from a table with a code and a value field or typed as 'code:value' pairs (1:5, 2:15, …). A land-use code of the raster missing from the table stops the run and names the code.
- Slope (degrees), elevation (m) and ecosystem-service level: by class breaks: the k − 1 upper bounds b_1 &lt; … &lt; b_{k−1} (class 1: x ≤ b_1, …, class k: x &gt; b_{k−1}) and k resistance values. Defaults: slope breaks 5, 15, 25, 35 with 5, 15, 50, 75, 100; elevation 5, 15, 50, 75, 100 on natural breaks (Jenks) when no breaks are typed; service level 100, 75, 50, 15, 5 (a higher service means a lower resistance) on natural breaks. Natural breaks above 10 000 cells use a seeded sample of 10 000 values, as ArcGIS.
Weights: typed in the order land use, slope, elevation, service (the paper: 0.45, 0.10, 0.12, 0.33; four values, or one per factor given), or read from the table of 'AHP weights' (factor names such as land use, slope, elevation, service; otherwise in row order). They are scaled to sum 1.
Any subset of the four factors may be used. Grid: the first factor given (in the order above); the others are aligned to it (land use by nearest neighbour, the rest by averaging or bilinear). A cell that is nodata in any factor is nodata in the output.
Output: resistance raster (Float32, in the units of the resistance values).</source>
        <translation>将各阻力因子加权求和，构建生态阻力面：R = Σ w_f·r_f。

每个因子栅格被重分类为阻力值 r_f（论文表 2 采用 5 / 15 / 50 / 75 / 100）：
- 土地利用：按类别表（代码 → 阻力），来自含代码字段和数值字段的表格，或以 'code:value' 对的形式输入（1:5, 2:15, …）。栅格中存在但表中缺少的土地利用代码会使运行停止，并指出该代码。
- 坡度（度）、高程（米）和生态系统服务水平：按分级断点：k − 1 个上界 b_1 &lt; … &lt; b_{k−1}（第 1 级：x ≤ b_1，…，第 k 级：x &gt; b_{k−1}）和 k 个阻力值。默认：坡度断点 5, 15, 25, 35，阻力 5, 15, 50, 75, 100；高程在未输入断点时按自然断点（Jenks）分级，阻力 5, 15, 50, 75, 100；服务水平按自然断点分级，阻力 100, 75, 50, 15, 5（服务越高阻力越低）。像元超过 10 000 个时，自然断点基于 10 000 个值的固定种子随机样本计算，与 ArcGIS 相同。
权重：按土地利用、坡度、高程、服务的顺序输入（论文：0.45, 0.10, 0.12, 0.33；四个值，或每个已给出的因子一个值），或从“AHP 权重”的表格读取（因子名称如 land use、slope、elevation、service；否则按行顺序）。权重会被缩放为和为 1。
可以使用四个因子中的任意子集。网格：按上述顺序第一个给出的因子的网格；其他因子对齐到该网格（土地利用用最近邻，其余用平均或双线性）。任一因子为无数据的像元在输出中为无数据。
输出：阻力栅格（Float32，单位与阻力值相同）。</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/resistancesurface.py" line="80" />
        <source>Land-use raster</source>
        <translation>土地利用栅格</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/resistancesurface.py" line="82" />
        <source>Land-use resistance table (CSV or table layer)</source>
        <translation>土地利用阻力表（CSV 或表格图层）</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/resistancesurface.py" line="85" />
        <source>Land-use table: code field</source>
        <translation>土地利用表：代码字段</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/resistancesurface.py" line="88" />
        <source>Land-use table: resistance field</source>
        <translation>土地利用表：阻力字段</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/resistancesurface.py" line="91" />
        <source>Or: land-use resistance as code:value pairs</source>
        <translation>或：以 code:value 对给出土地利用阻力</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/resistancesurface.py" line="94" />
        <source>Slope raster (degrees)</source>
        <translation>坡度栅格（度）</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/resistancesurface.py" line="96" />
        <source>Slope class breaks (empty = natural breaks)</source>
        <translation>坡度分级断点（空 = 自然断点）</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/resistancesurface.py" line="99" />
        <source>Slope class resistances</source>
        <translation>坡度各级阻力值</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/resistancesurface.py" line="102" />
        <source>Elevation raster (m)</source>
        <translation>高程栅格（米）</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/resistancesurface.py" line="104" />
        <source>Elevation class breaks (empty = natural breaks)</source>
        <translation>高程分级断点（空 = 自然断点）</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/resistancesurface.py" line="107" />
        <source>Elevation class resistances</source>
        <translation>高程各级阻力值</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/resistancesurface.py" line="110" />
        <source>Ecosystem-service level raster</source>
        <translation>生态系统服务水平栅格</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/resistancesurface.py" line="112" />
        <source>Service class breaks (empty = natural breaks)</source>
        <translation>服务分级断点（空 = 自然断点）</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/resistancesurface.py" line="115" />
        <source>Service class resistances</source>
        <translation>服务各级阻力值</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/resistancesurface.py" line="118" />
        <source>Weights: land use, slope, elevation, service</source>
        <translation>权重：土地利用、坡度、高程、服务</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/resistancesurface.py" line="121" />
        <source>Or: weights table of 'AHP weights'</source>
        <translation>或：“AHP 权重”输出的权重表</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/resistancesurface.py" line="124" />
        <source>Natural breaks: maximum sample size</source>
        <translation>自然断点：最大样本量</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/resistancesurface.py" line="127" />
        <source>Random seed of the sample</source>
        <translation>样本的随机种子</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/resistancesurface.py" line="135" />
        <source>land-use resistance table</source>
        <translation>土地利用阻力表</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/resistancesurface.py" line="143" />
        <source>The land-use factor needs its resistance table: choose a table or type code:value pairs.</source>
        <translation>土地利用因子需要阻力表：请选择一个表格或输入 code:value 对。</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/resistancesurface.py" line="154" />
        <source>'{}' is not a code:value pair (for example 1:5).</source>
        <translation>'{}' 不是 code:value 对（例如 1:5）。</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/resistancesurface.py" line="160" />
        <source>AHP weights table</source>
        <translation>AHP 权重表</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/resistancesurface.py" line="170" />
        <source>Weights matched to the factors by name.</source>
        <translation>已按名称将权重与因子对应。</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/resistancesurface.py" line="173" />
        <source>Weights taken in row order: {}.</source>
        <translation>按行顺序取权重：{}。</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/resistancesurface.py" line="176" />
        <source>The AHP weights table has {} rows ({}) but {} factors were given ({}); name its factors land use, slope, elevation and service, or give one row per factor in that order.</source>
        <translation>AHP 权重表有 {} 行（{}），但给出了 {} 个因子（{}）；请将其因子命名为 land use、slope、elevation 和 service，或按该顺序每个因子给出一行。</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/resistancesurface.py" line="181" />
        <source>Weights</source>
        <translation>权重</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/resistancesurface.py" line="187" />
        <source>{} weights were given for {} factors; give four weights (land use, slope, elevation, service) or one per factor given.</source>
        <translation>为 {} 个因子给出了 {} 个权重；请给出四个权重（土地利用、坡度、高程、服务），或每个已给出的因子一个权重。</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/resistancesurface.py" line="198" />
        <source>Give at least one factor raster.</source>
        <translation>请至少给出一个因子栅格。</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/resistancesurface.py" line="206" />
        <source>land use</source>
        <translation>土地利用</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/resistancesurface.py" line="206" />
        <source>slope</source>
        <translation>坡度</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/resistancesurface.py" line="207" />
        <source>elevation</source>
        <translation>高程</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/resistancesurface.py" line="207" />
        <source>service level</source>
        <translation>服务水平</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/resistancesurface.py" line="226" />
        <source>Resistance values of {}</source>
        <translation>{} 的阻力值</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/resistancesurface.py" line="229" />
        <source>Give the resistance values of the {} classes.</source>
        <translation>请给出 {} 各级的阻力值。</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/resistancesurface.py" line="232" />
        <source>Class breaks of {}</source>
        <translation>{} 的分级断点</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/resistancesurface.py" line="244" />
        <source>The {} raster has too few distinct values for {} natural-breaks classes; type the breaks.</source>
        <translation>{} 栅格的不同取值太少，无法分为 {} 个自然断点等级；请输入断点。</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/resistancesurface.py" line="248" />
        <source>{}: natural breaks {}</source>
        <translation>{}：自然断点 {}</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/resistancesurface.py" line="257" />
        <source>Weights used (scaled to sum 1): {}</source>
        <translation>使用的权重（缩放为和为 1）：{}</translation>
    </message>
</context>
</TS>