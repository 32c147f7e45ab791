<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>McrCorridors</name>
    <message>
        <location filename="../../algorithms/ecosecurity/mcrcorridors.py" line="38" />
        <source>MCR corridors</source>
        <translation>MCR 生态廊道</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/mcrcorridors.py" line="41" />
        <source>Ecological sources (polygons)</source>
        <translation>生态源地（多边形）</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/mcrcorridors.py" line="44" />
        <source>Source id field</source>
        <translation>源地编号字段</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/mcrcorridors.py" line="47" />
        <source>Source grade field (crucial / important / ordinary)</source>
        <translation>源地等级字段（crucial / important / ordinary）</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/mcrcorridors.py" line="50" />
        <source>Or: source patch raster (id &gt; 0)</source>
        <translation>或：源地斑块栅格（编号 &gt; 0）</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/mcrcorridors.py" line="52" />
        <source>Resistance surface</source>
        <translation>阻力面</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/mcrcorridors.py" line="52" />
        <source>Resistance band</source>
        <translation>阻力波段</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/mcrcorridors.py" line="54" />
        <source>Pair policy</source>
        <translation>源地对选取规则</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/mcrcorridors.py" line="54" />
        <source>Sources with touching allocation zones</source>
        <translation>分配区相邻的源地</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/mcrcorridors.py" line="54" />
        <source>Touching zones, without paths crossing a third source (Linkage Mapper)</source>
        <translation>分配区相邻，去除穿过第三个源地的路径（Linkage Mapper）</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/mcrcorridors.py" line="54" />
        <source>Minimum spanning tree</source>
        <translation>最小生成树</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/mcrcorridors.py" line="54" />
        <source>All pairs within the cost limit</source>
        <translation>成本上限内的所有源地对</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/mcrcorridors.py" line="60" />
        <source>Cost limit for 'all pairs' (resistance × m)</source>
        <translation>“所有源地对”的成本上限（阻力 × 米）</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/mcrcorridors.py" line="63" />
        <source>Corridor width threshold (resistance × m; 0 = no zone)</source>
        <translation>廊道宽度阈值（阻力 × 米；0 = 不输出廊道区）</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/mcrcorridors.py" line="66" />
        <source>Security zones: number of natural-breaks classes (0 = none)</source>
        <translation>安全分区：自然断点分类数（0 = 不分区）</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/mcrcorridors.py" line="69" />
        <source>Security zones: break values (resistance × m, comma separated; override the natural breaks)</source>
        <translation>安全分区：断点值（阻力 × 米，逗号分隔；优先于自然断点）</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/mcrcorridors.py" line="73" />
        <source>Minimum cumulative resistance</source>
        <translation>最小累积阻力</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/mcrcorridors.py" line="77" />
        <source>Nearest source (allocation)</source>
        <translation>最近源地（分配）</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/mcrcorridors.py" line="80" />
        <source>Corridors</source>
        <translation>廊道</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/mcrcorridors.py" line="83" />
        <source>Corridor zone (normalised least-cost corridor)</source>
        <translation>廊道区（归一化最小成本廊道）</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/mcrcorridors.py" line="86" />
        <source>Security zones</source>
        <translation>安全分区</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/mcrcorridors.py" line="88" />
        <source>Number of corridors</source>
        <translation>廊道数量</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/mcrcorridors.py" line="97" />
        <source>Source {}: the grade '{}' is not crucial, important, ordinary or a whole number 1, 2, 3, … Fix the grade field or leave it empty.</source>
        <translation>源地 {}：等级“{}”不是 crucial、important、ordinary，也不是整数 1、2、3……请修正等级字段或将其留空。</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/mcrcorridors.py" line="121" />
        <source>The source layer has no polygon.</source>
        <translation>源地图层中没有多边形。</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/mcrcorridors.py" line="127" />
        <source>The id field does not hold distinct whole numbers; sources are numbered 1, 2, … in feature order instead.</source>
        <translation>编号字段不是互不相同的整数；改为按要素顺序将源地编号为 1, 2, …。</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/mcrcorridors.py" line="133" />
        <source>No grade field: every corridor is of type III.</source>
        <translation>未指定等级字段：所有廊道均为 III 类。</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/mcrcorridors.py" line="137" />
        <source>Give the ecological sources, as polygons or as a patch raster.</source>
        <translation>请提供生态源地（多边形或斑块栅格）。</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/mcrcorridors.py" line="143" />
        <source>The source raster {} has no cell with an id &gt; 0.</source>
        <translation>源地栅格 {} 中没有编号 &gt; 0 的像元。</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/mcrcorridors.py" line="147" />
        <source>Source raster: {} sources; no grades, so every corridor is of type III.</source>
        <translation>源地栅格：{} 个源地；无等级，因此所有廊道均为 III 类。</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/mcrcorridors.py" line="175" />
        <source>resistance surface</source>
        <translation>阻力面</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/mcrcorridors.py" line="186" />
        <source>Security zone breaks</source>
        <translation>安全分区断点</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/mcrcorridors.py" line="190" />
        <source>Security zones were asked for: give their break values or a number of natural-breaks classes ≥ 2.</source>
        <translation>已要求输出安全分区：请给出断点值，或 ≥ 2 的自然断点分类数。</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/mcrcorridors.py" line="201" />
        <source>The corridor zone was asked for: give a width threshold &gt; 0 (resistance × m).</source>
        <translation>已要求输出廊道区：请给出 &gt; 0 的宽度阈值（阻力 × 米）。</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/mcrcorridors.py" line="212" />
        <source>{} source(s) lie entirely on resistance nodata and are ignored: {}</source>
        <translation>{} 个源地完全位于阻力无数据区域，已忽略：{}</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/mcrcorridors.py" line="221" />
        <source>{} pairs of touching allocation zones; {} corridors; {} bounded searches.</source>
        <translation>{} 对相邻分配区；{} 条廊道；{} 次有界搜索。</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/mcrcorridors.py" line="226" />
        <source>{} corridors dropped because they cross a third source.</source>
        <translation>{} 条廊道因穿过第三个源地而被去除。</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/mcrcorridors.py" line="260" />
        <source>Security zone breaks: {}</source>
        <translation>安全分区断点：{}</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/mcrcorridors.py" line="156" />
        <source>Nodata cells of the resistance split the study area into {} parts that hold sources ({} sources each); corridors cannot cross nodata, so sources in different parts get no corridor. {} nodata cells lie inside the study area.</source>
        <translation>阻力面的无数据像元把研究区分割成 {} 个含有源地的部分（各含源地数：{}）；廊道不能穿越无数据像元，因此不同部分的源地之间没有廊道。研究区内部有 {} 个无数据像元。</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/mcrcorridors.py" line="163" />
        <source>{} cells with a resistance value are unreachable from every source (cut off by nodata); their cumulative resistance is nodata.</source>
        <translation>{} 个有阻力值的像元从任何源地都无法到达（被无数据像元隔断）；其累积阻力为无数据。</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/mcrcorridors.py" line="167" />
        <source>If those nodata cells are land (for example a service that is nodata on streams), build the services and the resistance with 'Combine the rasters / factors that hold data'.</source>
        <translation>如果这些无数据像元实际上是陆地（例如某项服务在河道上为无数据），请在组合服务和构建阻力面时选择“组合有数据的栅格/因子”。</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/mcrcorridors.py" line="196" />
        <source>Suggested: {:.6g} (resistance × m): a band at least about {:.4g} m each side of the path (5 cells) at the median resistance {:.4g}, wider along long corridors; a band of half-width h m needs about 1.41 × h × {:.4g}.</source>
        <translation>建议值：{:.6g}（阻力 × m）：路径两侧各至少约 {:.4g} m（5 个像元）的带状区（阻力中位数 {:.4g}），长廊道中段更宽；半宽为 h m 的带状区约需 1.41 × h × {:.4g}。</translation>
    </message>
</context>
</TS>