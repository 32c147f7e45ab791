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