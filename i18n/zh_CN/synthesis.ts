<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>EcoEconSynthesis</name>
    <message>
        <location filename="../../algorithms/synthesis/common.py" line="14" />
        <source>A source of {} has no grade in field '{}'.</source>
        <translation>{} 中有一个源地在字段“{}”中没有等级。</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/common.py" line="27" />
        <source>The grade '{}' in field '{}' of {} is not crucial, important or ordinary (or 1, 2, 3). Use the grade field written by 'Connectivity importance'.</source>
        <translation>等级“{}”（字段“{}”，图层 {}）不是 crucial、important 或 ordinary（或 1、2、3）。请使用“连通性重要性”写出的等级字段。</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/common.py" line="46" />
        <source>The corridor type '{}' in field '{}' of {} is not I, II or III (or 1, 2, 3). Use the type field written by 'MCR corridors'.</source>
        <translation>廊道类型“{}”（字段“{}”，图层 {}）不是 I、II 或 III（或 1、2、3）。请使用“MCR 廊道”写出的类型字段。</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/common.py" line="77" />
        <source>The layer {} has no field '{}' (it has: {}).</source>
        <translation>图层 {} 中没有字段“{}”（现有字段：{}）。</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/common.py" line="68" />
        <source>The layer {} has no feature.</source>
        <translation>图层 {} 没有要素。</translation>
    </message>
</context>
<context>
    <name>EcoEconomicConflicts</name>
    <message>
        <location filename="../../algorithms/synthesis/ecoeconomicconflicts.py" line="32" />
        <source>Eco-economic conflicts</source>
        <translation>生态—经济冲突</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/ecoeconomicconflicts.py" line="35" />
        <source>Puts the ecological security pattern (graded sources, typed corridors) on the economic production pattern (economic intensity classes, e.g. from 'Economic pattern') and measures their conflicts, as section 3.4 of the paper.

Ecological elements per cell: 1 crucial, 2 important, 3 ordinary source; 4, 5, 6 type I, II, III corridor zone (the corridor line buffered to the corridor width, default 200 m). A cell in a source and a corridor zone counts as the source. Conflict code = 10 × element + economic class (e.g. 15 = crucial source in economic class 5); 0 = no ecological element. A conflict is an ecological element in a high-intensity class (default: the two highest classes present).

Sources and corridors are rasterised on the grid of the economic raster (their CRS is transformed to it); the grid must be projected in metres.
Outputs: conflict raster; conflict polygons (element, economic class, area km²); table by source grade × economic class (area km², share of the grade's area); table by corridor type (number, length km, length inside high-intensity zones km and its share, corridor-zone area and conflict area km²); and, with administrative units, a table per unit (unit area, source, corridor-zone, high-intensity and conflict areas in km², conflict share of the ecological area).</source>
        <translation>将生态安全格局（已分级的源地、已分类的廊道）叠加到经济生产格局（经济强度等级，例如来自“经济格局”）上，度量二者的冲突，对应论文第 3.4 节。

每个像元的生态要素：1 关键源地，2 重要源地，3 一般源地；4、5、6 分别为一、二、三级廊道区（廊道线按廊道宽度缓冲，默认 200 m）。同时位于源地和廊道区的像元按源地计。冲突编码 = 10 × 生态要素 + 经济等级（例如 15 = 位于经济等级 5 的关键源地）；0 = 无生态要素。冲突指位于高强度等级（默认：现有的最高两级）中的生态要素。

源地和廊道在经济栅格的格网上栅格化（其坐标系转换到该格网）；格网必须为以米为单位的投影坐标系。
输出：冲突栅格；冲突面（生态要素、经济等级、面积 km²）；按源地等级 × 经济等级的表（面积 km²、占该等级面积的比例）；按廊道类型的表（数量、长度 km、位于高强度区内的长度 km 及其比例、廊道区面积和冲突面积 km²）；提供行政单元时，还有按单元的表（单元面积、源地、廊道区、高强度区和冲突面积 km²，冲突占生态面积的比例）。</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/ecoeconomicconflicts.py" line="55" />
        <source>Economic intensity classes (raster)</source>
        <translation>经济强度分级（栅格）</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/ecoeconomicconflicts.py" line="57" />
        <source>Band</source>
        <translation>波段</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/ecoeconomicconflicts.py" line="59" />
        <source>High-intensity classes, comma separated (empty = the two highest)</source>
        <translation>高强度等级，以逗号分隔（留空 = 最高的两级）</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/ecoeconomicconflicts.py" line="62" />
        <source>Graded ecological sources</source>
        <translation>已分级的生态源地</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/ecoeconomicconflicts.py" line="64" />
        <source>Grade field (crucial / important / ordinary)</source>
        <translation>等级字段（crucial / important / ordinary）</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/ecoeconomicconflicts.py" line="67" />
        <source>Typed corridors</source>
        <translation>已分类的廊道</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/ecoeconomicconflicts.py" line="69" />
        <source>Corridor type field (I / II / III)</source>
        <translation>廊道类型字段（I / II / III）</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/ecoeconomicconflicts.py" line="72" />
        <source>Corridor width (m)</source>
        <translation>廊道宽度（m）</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/ecoeconomicconflicts.py" line="74" />
        <source>Administrative units</source>
        <translation>行政单元</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/ecoeconomicconflicts.py" line="76" />
        <source>Unit name field</source>
        <translation>单元名称字段</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/ecoeconomicconflicts.py" line="79" />
        <source>Conflict codes</source>
        <translation>冲突编码</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/ecoeconomicconflicts.py" line="81" />
        <source>Conflict zones</source>
        <translation>冲突区</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/ecoeconomicconflicts.py" line="83" />
        <source>Conflicts by source grade</source>
        <translation>按源地等级统计的冲突</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/ecoeconomicconflicts.py" line="85" />
        <source>Conflicts by corridor type</source>
        <translation>按廊道类型统计的冲突</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/ecoeconomicconflicts.py" line="87" />
        <source>Conflicts by administrative unit</source>
        <translation>按行政单元统计的冲突</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/ecoeconomicconflicts.py" line="94" />
        <source>economic classes</source>
        <translation>经济分级</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/ecoeconomicconflicts.py" line="100" />
        <source>{} must hold economic classes 0..9 (it holds {:g}..{:g}). Classify the density first with 'Economic pattern'.</source>
        <translation>{} 必须为 0..9 的经济等级（实际取值为 {:g}..{:g}）。请先用“经济格局”对密度进行分级。</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/ecoeconomicconflicts.py" line="104" />
        <source>High-intensity classes</source>
        <translation>高强度等级</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/ecoeconomicconflicts.py" line="107" />
        <source>High-intensity economic classes: {}</source>
        <translation>经济高强度等级：{}</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/ecoeconomicconflicts.py" line="114" />
        <source>graded sources</source>
        <translation>已分级的源地</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/ecoeconomicconflicts.py" line="125" />
        <source>typed corridors</source>
        <translation>已分类的廊道</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/ecoeconomicconflicts.py" line="204" />
        <source>{}: {:.2f} km², of which {:.2f} km² ({:.1%}) in high-intensity economy</source>
        <translation>{}：{:.2f} km²，其中 {:.2f} km²（{:.1%}）位于经济高强度区</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/ecoeconomicconflicts.py" line="211" />
        <source>crucial source</source>
        <translation>关键源地</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/ecoeconomicconflicts.py" line="211" />
        <source>important source</source>
        <translation>重要源地</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/ecoeconomicconflicts.py" line="212" />
        <source>ordinary source</source>
        <translation>一般源地</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/ecoeconomicconflicts.py" line="212" />
        <source>type I corridor</source>
        <translation>一级廊道</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/ecoeconomicconflicts.py" line="213" />
        <source>type II corridor</source>
        <translation>二级廊道</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/ecoeconomicconflicts.py" line="213" />
        <source>type III corridor</source>
        <translation>三级廊道</translation>
    </message>
</context>
<context>
    <name>SustainableDevelopmentPattern</name>
    <message>
        <location filename="../../algorithms/synthesis/sustainabledevelopmentpattern.py" line="37" />
        <source>Sustainable development pattern</source>
        <translation>可持续发展格局</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/sustainabledevelopmentpattern.py" line="40" />
        <source>Derives the elements of the sustainable development pattern from the economic pattern (density and intensity classes) and the ecological security pattern (graded sources, typed corridors). Every element records the rule that made it in its 'rule' field. Defaults are the paper's: one development main axis, two economic cores, two industrial belts, five ecological axes, five ecological barrier areas.

- Economic cores: the N largest connected clusters (8 neighbours) of the high-intensity classes (default: the two highest), ranked by economic mass = Σ density × cell area.
- Development axes: least-cost paths between the cores over the friction 1/(density/max density + 0.01) (scikit-image MCP, step length × mean friction); the axes are the minimum spanning tree of the cores by path cost, the axis joining the largest cores first.
- Industrial belts: chains of secondary clusters (the class below the high classes and high-class clusters that are not cores) linked when closer than the belt link distance (single linkage), kept when within the belt distance of an axis, ranked by mass.
- Ecological barrier areas: chains of crucial and important sources closer than the barrier link distance, ranked by source area (union of the member sources).
- Ecological axes: the network of type I and II corridors between sources (each corridor joins the sources nearest to its ends) is reduced to its minimum spanning forest by length, and the longest chains are taken one after another.
- Conflict zones: where an economic element (cores, belts, axes buffered by the axis buffer) overlaps an ecological one (barrier areas, ecological axes buffered likewise).

Units: distances in metres, areas in km², lengths in km; density in the units of the density raster (e.g. firms per km²). The grid must be projected in metres.</source>
        <translation>由经济格局（密度和强度等级）和生态安全格局（已分级的源地、已分类的廊道）导出可持续发展格局的各要素。每个要素都在“rule”字段中记录生成它的规则。默认值取自论文：一条发展主轴、两个经济核心、两个产业带、五条生态轴、五个生态屏障区。

- 经济核心：高强度等级（默认：最高的两级）的 N 个最大连通集聚区（8 邻域），按经济总量 = Σ 密度 × 像元面积 排序。
- 发展轴：核心之间在摩擦面 1/(密度/最大密度 + 0.01) 上的最小成本路径（scikit-image MCP，步长 × 平均摩擦）；发展轴为按路径成本的核心最小生成树，连接最大核心的轴排在最前。
- 产业带：次级集聚区（高强度等级下面一级，以及不是核心的高强度集聚区）在距离小于产业带连接距离时相连（单连接），位于发展轴的产业带距离之内时保留，按经济总量排序。
- 生态屏障区：距离小于屏障区连接距离的关键和重要源地组成的链，按源地面积排序（成员源地的并集）。
- 生态轴：源地之间一、二级廊道组成的网络（每条廊道连接距其两端最近的源地）简化为按长度的最小生成森林，然后依次取出最长的链。
- 冲突区：经济要素（核心、产业带、按轴线缓冲距离缓冲的发展轴）与生态要素（屏障区、同样缓冲的生态轴）重叠之处。

单位：距离为米，面积为 km²，长度为 km；密度采用密度栅格的单位（例如 企业数/km²）。格网必须为以米为单位的投影坐标系。</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/sustainabledevelopmentpattern.py" line="70" />
        <source>Economic density (kernel density of core industries)</source>
        <translation>经济密度（核心产业的核密度）</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/sustainabledevelopmentpattern.py" line="72" />
        <source>Economic intensity classes</source>
        <translation>经济强度分级</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/sustainabledevelopmentpattern.py" line="74" />
        <source>High-intensity classes (empty = the two highest)</source>
        <translation>高强度等级（留空 = 最高的两级）</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/sustainabledevelopmentpattern.py" line="77" />
        <source>Secondary classes for belts (empty = the class below)</source>
        <translation>产业带的次级等级（留空 = 高强度等级下面的一级）</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/sustainabledevelopmentpattern.py" line="80" />
        <source>Graded ecological sources</source>
        <translation>已分级的生态源地</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/sustainabledevelopmentpattern.py" line="82" />
        <source>Grade field</source>
        <translation>等级字段</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/sustainabledevelopmentpattern.py" line="85" />
        <source>Typed corridors</source>
        <translation>已分类的廊道</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/sustainabledevelopmentpattern.py" line="87" />
        <source>Corridor type field</source>
        <translation>廊道类型字段</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/sustainabledevelopmentpattern.py" line="90" />
        <source>Number of economic cores</source>
        <translation>经济核心数量</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/sustainabledevelopmentpattern.py" line="90" />
        <source>Number of development axes</source>
        <translation>发展轴数量</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/sustainabledevelopmentpattern.py" line="90" />
        <source>Number of industrial belts</source>
        <translation>产业带数量</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/sustainabledevelopmentpattern.py" line="90" />
        <source>Number of ecological axes</source>
        <translation>生态轴数量</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/sustainabledevelopmentpattern.py" line="90" />
        <source>Number of ecological barrier areas</source>
        <translation>生态屏障区数量</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/sustainabledevelopmentpattern.py" line="98" />
        <source>Belt link distance (m)</source>
        <translation>产业带连接距离（m）</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/sustainabledevelopmentpattern.py" line="98" />
        <source>Belt distance to an axis (m)</source>
        <translation>产业带到发展轴的距离（m）</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/sustainabledevelopmentpattern.py" line="98" />
        <source>Barrier link distance (m)</source>
        <translation>屏障区连接距离（m）</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/sustainabledevelopmentpattern.py" line="98" />
        <source>Axis buffer for conflict zones (m)</source>
        <translation>冲突区的轴线缓冲距离（m）</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/sustainabledevelopmentpattern.py" line="105" />
        <source>Economic development cores</source>
        <translation>经济发展核心</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/sustainabledevelopmentpattern.py" line="105" />
        <source>Development axes</source>
        <translation>发展轴</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/sustainabledevelopmentpattern.py" line="105" />
        <source>Industrial development belts</source>
        <translation>产业发展带</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/sustainabledevelopmentpattern.py" line="105" />
        <source>Ecological barrier areas</source>
        <translation>生态屏障区</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/sustainabledevelopmentpattern.py" line="105" />
        <source>Ecological axes</source>
        <translation>生态轴</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/sustainabledevelopmentpattern.py" line="105" />
        <source>SDP conflict zones</source>
        <translation>可持续发展格局冲突区</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/sustainabledevelopmentpattern.py" line="121" />
        <source>density</source>
        <translation>密度</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/sustainabledevelopmentpattern.py" line="132" />
        <source>The class raster has no positive class.</source>
        <translation>分级栅格中没有正的等级值。</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/sustainabledevelopmentpattern.py" line="136" />
        <source>High-intensity classes: {}; secondary: {}</source>
        <translation>高强度等级：{}；次级：{}</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/sustainabledevelopmentpattern.py" line="143" />
        <source>Only {} high-intensity clusters exist; {} cores were asked.</source>
        <translation>只有 {} 个高强度集聚区，但要求 {} 个核心。</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/sustainabledevelopmentpattern.py" line="185" />
        <source>graded sources</source>
        <translation>已分级的源地</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/sustainabledevelopmentpattern.py" line="203" />
        <source>typed corridors</source>
        <translation>已分类的廊道</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/sustainabledevelopmentpattern.py" line="220" />
        <source>economic core {}</source>
        <translation>经济核心 {}</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/sustainabledevelopmentpattern.py" line="220" />
        <source>industrial belt {}</source>
        <translation>产业带 {}</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/sustainabledevelopmentpattern.py" line="220" />
        <source>development axis {}</source>
        <translation>发展轴 {}</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/sustainabledevelopmentpattern.py" line="228" />
        <source>ecological barrier area {}</source>
        <translation>生态屏障区 {}</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/sustainabledevelopmentpattern.py" line="228" />
        <source>ecological axis {}</source>
        <translation>生态轴 {}</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/sustainabledevelopmentpattern.py" line="242" />
        <source>cluster {} of classes {} by economic mass</source>
        <translation>按经济总量排序的第 {} 个等级 {} 集聚区</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/sustainabledevelopmentpattern.py" line="250" />
        <source>least-cost path between cores over 1/density friction, minimum spanning tree</source>
        <translation>核心之间以 1/密度 为摩擦的最小成本路径，最小生成树</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/sustainabledevelopmentpattern.py" line="257" />
        <source>secondary clusters linked within the belt link distance, near an axis</source>
        <translation>在产业带连接距离内相连、靠近发展轴的次级集聚区</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/sustainabledevelopmentpattern.py" line="264" />
        <source>crucial and important sources linked within the barrier link distance</source>
        <translation>在屏障区连接距离内相连的关键和重要源地</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/sustainabledevelopmentpattern.py" line="273" />
        <source>longest chain of type I/II corridors</source>
        <translation>一、二级廊道的最长链</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/sustainabledevelopmentpattern.py" line="285" />
        <source>{} cores, {} axes, {} belts, {} barrier areas, {} ecological axes, {} conflict zones.</source>
        <translation>{} 个核心，{} 条发展轴，{} 个产业带，{} 个屏障区，{} 条生态轴，{} 个冲突区。</translation>
    </message>
</context>
</TS>