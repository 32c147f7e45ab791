<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>ConnectivityImportance</name>
    <message>
        <location filename="../../algorithms/ecosecurity/connectivityimportance.py" line="53" />
        <source>Connectivity importance of sources (PC / dPC)</source>
        <translation>源地连通性重要性（PC / dPC）</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/connectivityimportance.py" line="56" />
        <source>Source patches (polygons)</source>
        <translation>源地斑块（面）</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/connectivityimportance.py" line="59" />
        <source>Or: patch raster (cell value = patch id)</source>
        <translation>或：斑块栅格（像元值 = 斑块编号）</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/connectivityimportance.py" line="59" />
        <source>Patch raster band</source>
        <translation>斑块栅格波段</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/connectivityimportance.py" line="61" />
        <source>Patch id field (empty = feature id)</source>
        <translation>斑块编号字段（空 = 要素 ID）</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/connectivityimportance.py" line="64" />
        <source>Patch attribute (area) field (empty = polygon area)</source>
        <translation>斑块属性（面积）字段（空 = 多边形面积）</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/connectivityimportance.py" line="67" />
        <source>Area unit (when areas are measured)</source>
        <translation>面积单位（计算面积时）</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/connectivityimportance.py" line="67" />
        <source>km²</source>
        <translation>km²</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/connectivityimportance.py" line="67" />
        <source>ha</source>
        <translation>ha</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/connectivityimportance.py" line="67" />
        <source>m²</source>
        <translation>m²</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/connectivityimportance.py" line="70" />
        <source>Distance between patches</source>
        <translation>斑块间距离</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/connectivityimportance.py" line="70" />
        <source>Edge-to-edge Euclidean</source>
        <translation>边到边欧氏距离</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/connectivityimportance.py" line="70" />
        <source>Centroid Euclidean (point on surface when outside)</source>
        <translation>质心欧氏距离（质心在外时用面内点）</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/connectivityimportance.py" line="70" />
        <source>Least-cost between patch edges (resistance raster)</source>
        <translation>斑块边缘间最小成本距离（阻力栅格）</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/connectivityimportance.py" line="75" />
        <source>Resistance raster (least-cost distance only)</source>
        <translation>阻力栅格（仅用于最小成本距离）</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/connectivityimportance.py" line="78" />
        <source>Distance d0 at which the probability is p0 (m, or cost units)</source>
        <translation>概率为 p0 时的距离 d0（米，或成本单位）</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/connectivityimportance.py" line="81" />
        <source>Connection probability p0 at d0</source>
        <translation>d0 处的连通概率 p0</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/connectivityimportance.py" line="84" />
        <source>Maximum link distance (0 = link every pair)</source>
        <translation>最大连接距离（0 = 连接所有斑块对）</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/connectivityimportance.py" line="87" />
        <source>Also compute dIIC (about doubles the time)</source>
        <translation>同时计算 dIIC（耗时约加倍）</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/connectivityimportance.py" line="90" />
        <source>IIC adjacency distance (0 = d0)</source>
        <translation>IIC 邻接距离（0 = d0）</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/connectivityimportance.py" line="94" />
        <source>Study area, for PC = PCnum / A_L² (optional)</source>
        <translation>研究区，用于 PC = PCnum / A_L²（可选）</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/connectivityimportance.py" line="97" />
        <source>Or: landscape area A_L, in the area unit (0 = none)</source>
        <translation>或：景观面积 A_L，单位同面积单位（0 = 无）</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/connectivityimportance.py" line="101" />
        <source>Thresholds d0 to scan, comma separated (optional)</source>
        <translation>要扫描的阈值 d0，逗号分隔（可选）</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/connectivityimportance.py" line="104" />
        <source>Number of grades (natural breaks of dPC)</source>
        <translation>等级数（dPC 自然断点）</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/connectivityimportance.py" line="117" />
        <source>Graded sources</source>
        <translation>分级源地</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/connectivityimportance.py" line="119" />
        <source>Node importance table</source>
        <translation>节点重要性表</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/connectivityimportance.py" line="122" />
        <source>PC per distance threshold</source>
        <translation>各距离阈值的 PC</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/connectivityimportance.py" line="128" />
        <source>PCnum</source>
        <translation>PCnum</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/connectivityimportance.py" line="129" />
        <source>EC(PC)</source>
        <translation>EC(PC)</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/connectivityimportance.py" line="130" />
        <source>PC (needs A_L)</source>
        <translation>PC（需要 A_L）</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/connectivityimportance.py" line="134" />
        <source>Source patches</source>
        <translation>源地斑块</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/connectivityimportance.py" line="142" />
        <source>The patch {} has no geometry; remove it or fix it.</source>
        <translation>斑块 {} 没有几何；请删除或修复它。</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/connectivityimportance.py" line="151" />
        <source>The patch {} has the attribute '{}' = {}; every patch needs a positive number.</source>
        <translation>斑块 {} 的属性 '{}' = {}；每个斑块都需要一个正数。</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/connectivityimportance.py" line="157" />
        <source>The patch {} has no area; remove it or fix its geometry.</source>
        <translation>斑块 {} 的面积为零；请删除它或修复其几何。</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/connectivityimportance.py" line="165" />
        <source>The source patch layer has no feature.</source>
        <translation>源地斑块图层没有要素。</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/connectivityimportance.py" line="175" />
        <source>patch raster</source>
        <translation>斑块栅格</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/connectivityimportance.py" line="181" />
        <source>The raster {} holds no patch (no cell value &gt; 0).</source>
        <translation>栅格 {} 中没有斑块（没有大于 0 的像元值）。</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/connectivityimportance.py" line="185" />
        <source>The raster {} holds non-integer values; patch ids must be whole numbers.</source>
        <translation>栅格 {} 含有非整数值；斑块编号必须是整数。</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/connectivityimportance.py" line="254" />
        <source>Give either source patch polygons or a patch raster, not both.</source>
        <translation>请给出源地斑块面图层或斑块栅格，二者只能选其一。</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/connectivityimportance.py" line="257" />
        <source>Give the source patches: a polygon layer or a patch raster.</source>
        <translation>请给出源地斑块：面图层或斑块栅格。</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/connectivityimportance.py" line="265" />
        <source>Thresholds</source>
        <translation>阈值</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/connectivityimportance.py" line="268" />
        <source>Every scanned threshold must be &gt; 0.</source>
        <translation>每个扫描阈值都必须大于 0。</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/connectivityimportance.py" line="286" />
        <source>{} patches, total attribute {:.6g}.</source>
        <translation>{} 个斑块，属性总和 {:.6g}。</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/connectivityimportance.py" line="296" />
        <source>The study area layer has no area.</source>
        <translation>研究区图层没有面积。</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/connectivityimportance.py" line="315" />
        <source>Least-cost distances need the resistance raster.</source>
        <translation>最小成本距离需要阻力栅格。</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/connectivityimportance.py" line="325" />
        <source>Reprojecting the patches to the CRS of the resistance raster.</source>
        <translation>正在将斑块重投影到阻力栅格的坐标系。</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/connectivityimportance.py" line="342" />
        <source>No maximum link distance: every patch is searched over the whole resistance raster. Set a maximum link distance (in resistance × metres) to bound the searches and run much faster.</source>
        <translation>未设置最大连接距离：每个斑块都要在整个阻力栅格上搜索。设置最大连接距离（单位：阻力 × 米）可限制搜索范围，运行会快得多。</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/connectivityimportance.py" line="362" />
        <source>PCnum = {:.7g}, EC(PC) = {:.7g}{}; {} links, {} component(s).</source>
        <translation>PCnum = {:.7g}，EC(PC) = {:.7g}{}；{} 条连接，{} 个组分。</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/connectivityimportance.py" line="362" />
        <source>, PC = {:.7g}</source>
        <translation>，PC = {:.7g}</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/connectivityimportance.py" line="367" />
        <source>dPC breaks of the grades: {}</source>
        <translation>各等级的 dPC 断点：{}</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/connectivityimportance.py" line="107" />
        <source>Or: Conefor node file (id, attribute)</source>
        <translation>或：Conefor 节点文件（id、属性）</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/connectivityimportance.py" line="110" />
        <source>Conefor connection file (id, id, value; unlisted pairs are not connected), instead of measured distances</source>
        <translation>Conefor 连接文件（id、id、数值；未列出的节点对不连通），代替量算的距离</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/connectivityimportance.py" line="114" />
        <source>Values of the connection file</source>
        <translation>连接文件的数值类型</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/connectivityimportance.py" line="114" />
        <source>Distances</source>
        <translation>距离</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/connectivityimportance.py" line="114" />
        <source>Probabilities</source>
        <translation>概率</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/connectivityimportance.py" line="125" />
        <source>Overall indices (Conefor's overall_indices)</source>
        <translation>总体指数（Conefor 的 overall_indices）</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/connectivityimportance.py" line="251" />
        <source>Give either a Conefor node file or source patches, not both.</source>
        <translation>请给出 Conefor 节点文件或源地斑块之一，不要同时给出。</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/connectivityimportance.py" line="306" />
        <source>A Conefor node file needs its connection file (LINKS_FILE).</source>
        <translation>Conefor 节点文件需要配套的连接文件（LINKS_FILE）。</translation>
    </message>
</context>
</TS>