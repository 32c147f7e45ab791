<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>PlanningReport</name>
    <message>
        <location filename="../../algorithms/synthesis/planningreport.py" line="116" />
        <source>Planning report (maps, project, tables)</source>
        <translation>规划报告（地图、项目、表格）</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/planningreport.py" line="120" />
        <source>Land use (start year)</source>
        <translation>土地利用（起始年）</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/planningreport.py" line="121" />
        <source>Land-use class names (table: code, name)</source>
        <translation>土地利用类型名称（表：代码、名称）</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/planningreport.py" line="122" />
        <source>Administrative units</source>
        <translation>行政单元</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/planningreport.py" line="123" />
        <source>Water yield (mm/yr)</source>
        <translation>产水量（mm/年）</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/planningreport.py" line="124" />
        <source>Soil conservation (t/ha/yr)</source>
        <translation>土壤保持量（t/ha/年）</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/planningreport.py" line="125" />
        <source>Habitat quality (0–1)</source>
        <translation>生境质量（0–1）</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/planningreport.py" line="126" />
        <source>Carbon storage (Mg/ha)</source>
        <translation>碳储量（Mg/ha）</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/planningreport.py" line="127" />
        <source>Service importance (composite)</source>
        <translation>生态系统服务重要性（综合）</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/planningreport.py" line="128" />
        <source>Service importance classes</source>
        <translation>生态系统服务重要性等级</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/planningreport.py" line="129" />
        <source>Graded ecological sources</source>
        <translation>分级生态源地</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/planningreport.py" line="130" />
        <source>Resistance surface</source>
        <translation>阻力面</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/planningreport.py" line="596" />
        <source>Minimum cumulative resistance</source>
        <translation>最小累积阻力</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/planningreport.py" line="583" />
        <source>Ecological corridors by type</source>
        <translation>分类型生态廊道</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/planningreport.py" line="133" />
        <source>Core-industry density</source>
        <translation>核心产业密度</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/planningreport.py" line="134" />
        <source>Economic intensity classes</source>
        <translation>经济强度等级</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/planningreport.py" line="135" />
        <source>Core industries (table)</source>
        <translation>核心产业（表）</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/planningreport.py" line="136" />
        <source>Co-agglomeration by two-digit group (table)</source>
        <translation>按两位数行业大类的协同集聚（表）</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/planningreport.py" line="137" />
        <source>Eco-economic conflict zones</source>
        <translation>生态—经济冲突区</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/planningreport.py" line="138" />
        <source>Conflicts by source grade (table)</source>
        <translation>按源地等级的冲突（表）</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/planningreport.py" line="139" />
        <source>Conflicts by corridor type (table)</source>
        <translation>按廊道类型的冲突（表）</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/planningreport.py" line="140" />
        <source>Conflicts by administrative unit (table)</source>
        <translation>按行政单元的冲突（表）</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/planningreport.py" line="141" />
        <source>Economic development cores</source>
        <translation>经济发展核心</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/planningreport.py" line="142" />
        <source>Development axes</source>
        <translation>发展轴</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/planningreport.py" line="143" />
        <source>Industrial development belts</source>
        <translation>产业发展带</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/planningreport.py" line="144" />
        <source>Ecological barrier areas</source>
        <translation>生态屏障区</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/planningreport.py" line="145" />
        <source>Ecological axes</source>
        <translation>生态轴</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/planningreport.py" line="146" />
        <source>SDP conflict zones</source>
        <translation>可持续发展格局冲突区</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/planningreport.py" line="149" />
        <source>Simulated land use (target year)</source>
        <translation>模拟土地利用（目标年）</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/planningreport.py" line="150" />
        <source>Observed land use (target year)</source>
        <translation>实际土地利用（目标年）</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/planningreport.py" line="151" />
        <source>Values per land-use class (ESV table)</source>
        <translation>各地类价值（ESV 表）</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/planningreport.py" line="152" />
        <source>Optimal land-use structure (LP table)</source>
        <translation>最优土地利用结构（线性规划表）</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/planningreport.py" line="153" />
        <source>Simulation accuracy (table)</source>
        <translation>模拟精度（表）</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/planningreport.py" line="158" />
        <source>Report title (empty = a default title)</source>
        <translation>报告标题（留空 = 默认标题）</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/planningreport.py" line="161" />
        <source>Data note printed on every map (source, year, caveats)</source>
        <translation>印在每幅地图上的数据说明（来源、年份、注意事项）</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/planningreport.py" line="173" />
        <source>CONNECT threshold distance of the landscape metrics (m)</source>
        <translation>景观指数 CONNECT 的阈值距离（m）</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/planningreport.py" line="176" />
        <source>Report folder</source>
        <translation>报告文件夹</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/planningreport.py" line="178" />
        <source>Planning report</source>
        <translation>规划报告</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/planningreport.py" line="179" />
        <source>QGIS project</source>
        <translation>QGIS 项目</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/planningreport.py" line="180" />
        <source>Maps written</source>
        <translation>已写出的地图数</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/planningreport.py" line="194" />
        <source>The layer given as '{}' cannot be read.</source>
        <translation>作为“{}”给出的图层无法读取。</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/planningreport.py" line="199" />
        <source>Give at least one map layer (e.g. the land use, a service, the sources or the economic classes); every input of the report is optional, but not all of them.</source>
        <translation>请至少给出一个地图图层（如土地利用、某项服务、源地或经济等级）；报告的每个输入都是可选的，但不能全部缺省。</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/planningreport.py" line="212" />
        <source>Eco-economic planning report</source>
        <translation>生态—经济规划报告</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/planningreport.py" line="238" />
        <source>{}Coordinate reference system: {}. Made with Eco-Economic Planner (ecoecon:planningreport), {}.</source>
        <translation>{}坐标参考系：{}。由 Eco-Economic Planner（ecoecon:planningreport）制作，{}。</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/planningreport.py" line="257" />
        <source>Ecosystem services: {}</source>
        <translation>生态系统服务：{}</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/planningreport.py" line="258" />
        <source>Legend</source>
        <translation>图例</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/planningreport.py" line="264" />
        <source>The map '{}' could not be exported: {}</source>
        <translation>地图“{}”无法导出：{}</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/planningreport.py" line="266" />
        <source>Map written: {}</source>
        <translation>已写出地图：{}</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/planningreport.py" line="271" />
        <source>The project {} could not be written: {}</source>
        <translation>项目 {} 无法写出：{}</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/planningreport.py" line="273" />
        <source>Project written: {}</source>
        <translation>已写出项目：{}</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/planningreport.py" line="279" />
        <source>Report written: {}</source>
        <translation>已写出报告：{}</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/planningreport.py" line="294" />
        <source>The land-use class table needs a code field (code, lucode, value or class) and a name field (name, lulc_desc, label or description); it has {}.</source>
        <translation>土地利用类型表需要一个代码字段（code、lucode、value 或 class）和一个名称字段（name、lulc_desc、label 或 description）；该表的字段为 {}。</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/planningreport.py" line="853" />
        <source>class {}</source>
        <translation>类型 {}</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/planningreport.py" line="379" />
        <source>The layer {} ({}) cannot be read.</source>
        <translation>图层 {}（{}）无法读取。</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/planningreport.py" line="396" />
        <source>The graded sources need a 'grade' field (1 crucial, 2 important, 3 ordinary), as 'Connectivity importance' writes.</source>
        <translation>分级源地需要“grade”字段（1 极重要、2 重要、3 一般），即“连通性重要性”算法写出的字段。</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/planningreport.py" line="399" />
        <source>The corridors need a 'type' field (I, II, III), as 'MCR corridors' writes.</source>
        <translation>廊道需要“type”字段（I、II、III），即“MCR 廊道”算法写出的字段。</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/planningreport.py" line="489" />
        <source>Ecosystem services</source>
        <translation>生态系统服务</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/planningreport.py" line="539" />
        <source>Ecological security pattern</source>
        <translation>生态安全格局</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/planningreport.py" line="611" />
        <source>Economic production pattern</source>
        <translation>经济生产格局</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/planningreport.py" line="644" />
        <source>Eco-economic conflicts</source>
        <translation>生态—经济冲突</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/planningreport.py" line="721" />
        <source>Sustainable development pattern</source>
        <translation>可持续发展格局</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/planningreport.py" line="828" />
        <source>Land-use scenarios</source>
        <translation>土地利用情景</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/planningreport.py" line="422" />
        <source>Base map</source>
        <translation>底图</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/planningreport.py" line="425" />
        <source>Ecosystem service importance</source>
        <translation>生态系统服务重要性</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/planningreport.py" line="430" />
        <source>Simulated land use</source>
        <translation>模拟土地利用</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/planningreport.py" line="460" />
        <source>Overview</source>
        <translation>概况</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/planningreport.py" line="465" />
        <source>Grid: {} × {} cells of {:g} m × {:g} m; {:,.2f} km² with data; coordinate reference system {}.</source>
        <translation>栅格：{} × {} 个像元，像元 {:g} m × {:g} m；有数据面积 {:,.2f} km²；坐标参考系 {}。</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/planningreport.py" line="469" />
        <source>Inputs given: {} of {}. Sections whose inputs were not given say so.</source>
        <translation>已给出输入：{} / {}。缺少输入的章节会注明。</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/planningreport.py" line="471" />
        <source>Files: the QGIS project planning_report.qgz (groups in the order of the workflow, one print layout per map), the maps as PNG and PDF, and a QML style per layer in styles/.</source>
        <translation>文件：QGIS 项目 planning_report.qgz（图层组按工作流顺序排列，每幅地图一个打印布局）、PNG 与 PDF 地图，以及 styles/ 中每个图层的 QML 样式。</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/planningreport.py" line="490" />
        <source>Water yield</source>
        <translation>产水量</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/planningreport.py" line="491" />
        <source>Soil conservation</source>
        <translation>土壤保持</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/planningreport.py" line="492" />
        <source>Habitat quality</source>
        <translation>生境质量</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/planningreport.py" line="493" />
        <source>Carbon storage</source>
        <translation>碳储量</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/planningreport.py" line="728" />
        <source>not provided</source>
        <translation>未提供</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/planningreport.py" line="510" />
        <source>Not provided: no ecosystem service raster was given.</source>
        <translation>未提供：没有给出生态系统服务栅格。</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/planningreport.py" line="512" />
        <source>Ecosystem services: mean per cell and regional total</source>
        <translation>生态系统服务：像元均值与区域总量</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/planningreport.py" line="512" />
        <source>Water yield: volume = Σ depth (mm) / 1000 × cell area (m³); soil conservation (avoided erosion RKLS − USLE): Σ t/ha × cell area (ha); carbon: Σ Mg/ha × cell area (ha), 1 Tg = 10⁶ Mg; habitat quality is a 0–1 index, reported as its mean.</source>
        <translation>产水量：水量 = Σ 深度（mm）/ 1000 × 像元面积（m³）；土壤保持量（避免的侵蚀 RKLS − USLE）：Σ t/ha × 像元面积（ha）；碳储量：Σ Mg/ha × 像元面积（ha），1 Tg = 10⁶ Mg；生境质量为 0–1 指数，报告其均值。</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/planningreport.py" line="512" />
        <source>service</source>
        <translation>服务</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/planningreport.py" line="512" />
        <source>unit per cell</source>
        <translation>像元单位</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/planningreport.py" line="603" />
        <source>mean</source>
        <translation>均值</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/planningreport.py" line="512" />
        <source>total unit</source>
        <translation>总量单位</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/planningreport.py" line="860" />
        <source>total</source>
        <translation>总计</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/planningreport.py" line="512" />
        <source>paper unit</source>
        <translation>论文单位</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/planningreport.py" line="512" />
        <source>total in paper unit</source>
        <translation>按论文单位的总量</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/planningreport.py" line="529" />
        <source>Area of the service-importance classes</source>
        <translation>服务重要性各等级面积</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/planningreport.py" line="529" />
        <source>Natural-breaks classes of the composite importance of the services; share = % of the area with data.</source>
        <translation>服务综合重要性的自然断点分级；占比 = 占有数据面积的百分比。</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/planningreport.py" line="618" />
        <source>class</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/planningreport.py" line="800" />
        <source>area (km²)</source>
        <translation>面积（km²）</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/planningreport.py" line="618" />
        <source>share (%)</source>
        <translation>占比（%）</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/planningreport.py" line="535" />
        <source>Not provided: importance classes.</source>
        <translation>未提供：重要性等级。</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/planningreport.py" line="552" />
        <source>Ecological sources by grade</source>
        <translation>按等级的生态源地</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/planningreport.py" line="552" />
        <source>dPC (%) of a source = 100 · (PC − PC without that source) / PC: the share of the landscape's probability of connectivity that depends on that one source. It is a per-source index; values of different sources are not added.</source>
        <translation>源地的 dPC（%）= 100 ·（PC − 去除该源地后的 PC）/ PC：景观连通概率中依赖于该源地的份额。它是逐源地的指数；不同源地的值不能相加。</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/planningreport.py" line="665" />
        <source>grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/planningreport.py" line="552" />
        <source>sources</source>
        <translation>源地数</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/planningreport.py" line="552" />
        <source>share of source area (%)</source>
        <translation>占源地面积比例（%）</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/planningreport.py" line="552" />
        <source>dPC min (%)</source>
        <translation>dPC 最小值（%）</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/planningreport.py" line="552" />
        <source>dPC max (%)</source>
        <translation>dPC 最大值（%）</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/planningreport.py" line="552" />
        <source>dPC mean (%)</source>
        <translation>dPC 均值（%）</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/planningreport.py" line="566" />
        <source>Sources by connectivity importance (top 15)</source>
        <translation>按连通性重要性排序的源地（前 15）</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/planningreport.py" line="566" />
        <source>Each source's own dPC (%), largest first.</source>
        <translation>每个源地自身的 dPC（%），从大到小。</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/planningreport.py" line="800" />
        <source>rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/planningreport.py" line="566" />
        <source>source</source>
        <translation>源地</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/planningreport.py" line="574" />
        <source>Not provided: graded ecological sources.</source>
        <translation>未提供：分级生态源地。</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/planningreport.py" line="583" />
        <source>Least-cost corridors of the MCR model: type I joins crucial sources, type II important ones, type III the rest; lengths along the path.</source>
        <translation>MCR 模型的最小成本廊道：I 类连接极重要源地，II 类连接重要源地，III 类为其余；长度沿路径计算。</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/planningreport.py" line="800" />
        <source>type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/planningreport.py" line="676" />
        <source>corridors</source>
        <translation>廊道数</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/planningreport.py" line="583" />
        <source>total length (km)</source>
        <translation>总长度（km）</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/planningreport.py" line="583" />
        <source>mean length (km)</source>
        <translation>平均长度（km）</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/planningreport.py" line="676" />
        <source>share of length (%)</source>
        <translation>长度占比（%）</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/planningreport.py" line="594" />
        <source>Not provided: corridors.</source>
        <translation>未提供：廊道。</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/planningreport.py" line="596" />
        <source>Resistance</source>
        <translation>阻力</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/planningreport.py" line="603" />
        <source>Resistance surfaces</source>
        <translation>阻力面</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/planningreport.py" line="603" />
        <source>Resistance is dimensionless (AHP-weighted factor scores); the MCR is the least accumulated resistance to the nearest source.</source>
        <translation>阻力无量纲（AHP 加权的因子得分）；MCR 为到最近源地的最小累积阻力。</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/planningreport.py" line="603" />
        <source>surface</source>
        <translation>阻力面</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/planningreport.py" line="603" />
        <source>min</source>
        <translation>最小值</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/planningreport.py" line="603" />
        <source>max</source>
        <translation>最大值</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/planningreport.py" line="618" />
        <source>Area of the economic intensity classes</source>
        <translation>经济强度各等级面积</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/planningreport.py" line="618" />
        <source>Classes of the kernel density of the core industries (natural breaks); share = % of the area with data.</source>
        <translation>核心产业核密度的分级（自然断点）；占比 = 占有数据面积的百分比。</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/planningreport.py" line="626" />
        <source>Not provided: economic intensity classes.</source>
        <translation>未提供：经济强度等级。</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/planningreport.py" line="627" />
        <source>Core industries</source>
        <translation>核心产业</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/planningreport.py" line="627" />
        <source>Two-digit groups ranked by their significantly co-agglomerated industry pairs (Wasserstein co-agglomeration index).</source>
        <translation>按显著协同集聚行业对数排序的两位数行业大类（Wasserstein 协同集聚指数）。</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/planningreport.py" line="627" />
        <source>Co-agglomeration by two-digit group</source>
        <translation>按两位数行业大类的协同集聚</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/planningreport.py" line="627" />
        <source>Pairs counted by the row industry; sig = pairs significantly co-agglomerated against the counterfactual draws.</source>
        <translation>按行行业计数的行业对；sig = 相对于反事实抽样显著协同集聚的行业对。</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/planningreport.py" line="640" />
        <source>Not provided: {}.</source>
        <translation>未提供：{}。</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/planningreport.py" line="654" />
        <source>Conflicts by source grade</source>
        <translation>按源地等级的冲突</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/planningreport.py" line="654" />
        <source>Area of each source grade and the part of it in the high-intensity economic classes (the conflict).</source>
        <translation>各等级源地面积及其位于高强度经济等级内的部分（即冲突）。</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/planningreport.py" line="654" />
        <source>source area (km²)</source>
        <translation>源地面积（km²）</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/planningreport.py" line="654" />
        <source>in high-intensity classes (km²)</source>
        <translation>位于高强度等级内（km²）</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/planningreport.py" line="691" />
        <source>conflict share (%)</source>
        <translation>冲突比例（%）</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/planningreport.py" line="665" />
        <source>Source grades × economic classes (km²)</source>
        <translation>源地等级 × 经济等级（km²）</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/planningreport.py" line="665" />
        <source>Cross-tabulation of the source grades with the economic intensity classes (0 = no economic class).</source>
        <translation>源地等级与经济强度等级的交叉表（0 = 无经济等级）。</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/planningreport.py" line="672" />
        <source>Not provided: conflicts by source grade.</source>
        <translation>未提供：按源地等级的冲突。</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/planningreport.py" line="676" />
        <source>Conflicts by corridor type</source>
        <translation>按廊道类型的冲突</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/planningreport.py" line="676" />
        <source>Corridor length inside the high-intensity economic classes, and the conflict area of the corridor zones (corridor line buffered to the corridor width).</source>
        <translation>位于高强度经济等级内的廊道长度，以及廊道区（廊道线按廊道宽度缓冲）的冲突面积。</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/planningreport.py" line="742" />
        <source>length (km)</source>
        <translation>长度（km）</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/planningreport.py" line="676" />
        <source>length in high-intensity classes (km)</source>
        <translation>高强度等级内长度（km）</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/planningreport.py" line="676" />
        <source>corridor zone (km²)</source>
        <translation>廊道区（km²）</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/planningreport.py" line="676" />
        <source>conflict area (km²)</source>
        <translation>冲突面积（km²）</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/planningreport.py" line="688" />
        <source>Not provided: conflicts by corridor type.</source>
        <translation>未提供：按廊道类型的冲突。</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/planningreport.py" line="691" />
        <source>Conflicts by administrative unit</source>
        <translation>按行政单元的冲突</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/planningreport.py" line="691" />
        <source>Areas per unit; conflict share = conflict area / (source + corridor-zone area).</source>
        <translation>各单元面积；冲突比例 = 冲突面积 /（源地 + 廊道区面积）。</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/planningreport.py" line="691" />
        <source>unit</source>
        <translation>单元</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/planningreport.py" line="691" />
        <source>sources (km²)</source>
        <translation>源地（km²）</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/planningreport.py" line="691" />
        <source>corridor zones (km²)</source>
        <translation>廊道区（km²）</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/planningreport.py" line="691" />
        <source>high-intensity economy (km²)</source>
        <translation>高强度经济区（km²）</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/planningreport.py" line="691" />
        <source>conflict (km²)</source>
        <translation>冲突（km²）</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/planningreport.py" line="702" />
        <source>Not provided: conflicts by administrative unit.</source>
        <translation>未提供：按行政单元的冲突。</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/planningreport.py" line="710" />
        <source>Conflict zones by ecological element</source>
        <translation>按生态要素的冲突区</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/planningreport.py" line="710" />
        <source>Polygons where an ecological element lies in a high-intensity economic class.</source>
        <translation>生态要素位于高强度经济等级内的多边形。</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/planningreport.py" line="742" />
        <source>element</source>
        <translation>要素</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/planningreport.py" line="716" />
        <source>No conflict zone: no ecological element lies in a high-intensity economic class.</source>
        <translation>无冲突区：没有生态要素位于高强度经济等级内。</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/planningreport.py" line="739" />
        <source>Not provided: no element of the sustainable development pattern was given.</source>
        <translation>未提供：没有给出可持续发展格局的任何要素。</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/planningreport.py" line="742" />
        <source>Elements of the sustainable development pattern</source>
        <translation>可持续发展格局要素</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/planningreport.py" line="742" />
        <source>Number of each element, area of the zones (km²) and length of the axes (km).</source>
        <translation>各要素数量、区域面积（km²）和轴线长度（km）。</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/planningreport.py" line="742" />
        <source>number</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/planningreport.py" line="750" />
        <source>Where economic and ecological elements overlap</source>
        <translation>经济要素与生态要素重叠之处</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/planningreport.py" line="750" />
        <source>Overlap of an economic element (core, belt, buffered axis) with an ecological one (barrier area, buffered ecological axis).</source>
        <translation>经济要素（核心、产业带、缓冲后的发展轴）与生态要素（屏障区、缓冲后的生态轴）的重叠。</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/planningreport.py" line="750" />
        <source>economic element</source>
        <translation>经济要素</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/planningreport.py" line="750" />
        <source>ecological element</source>
        <translation>生态要素</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/planningreport.py" line="830" />
        <source>Not provided: no land-use scenario (simulated map or LP structure) was given; run the land-use loop model to add this section.</source>
        <translation>未提供：没有给出土地利用情景（模拟图或线性规划结构）；运行土地利用循环模型即可加入本节。</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/planningreport.py" line="835" />
        <source>start year (map)</source>
        <translation>起始年（地图）</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/planningreport.py" line="835" />
        <source>LP optimum</source>
        <translation>线性规划最优</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/planningreport.py" line="835" />
        <source>simulated (CLUE-S)</source>
        <translation>模拟（CLUE-S）</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/planningreport.py" line="835" />
        <source>observed (target year)</source>
        <translation>实际（目标年）</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/planningreport.py" line="923" />
        <source>land use</source>
        <translation>土地利用</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/planningreport.py" line="864" />
        <source>Land-use structure per scenario</source>
        <translation>各情景土地利用结构</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/planningreport.py" line="864" />
        <source>Area (km²) and share (%) of each class: the start map, the structure of the linear programme, the CLUE-S allocation and, for validation, the observed map.</source>
        <translation>各地类面积（km²）与占比（%）：起始图、线性规划结构、CLUE-S 分配结果，以及用于验证的实际图。</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/planningreport.py" line="880" />
        <source>Ecosystem service value and economic benefit per scenario</source>
        <translation>各情景生态系统服务价值与经济效益</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/planningreport.py" line="880" />
        <source>ESV = Σ area (ha) × coefficient (currency/ha) of the ESV table; economic benefit likewise with the economic coefficients; change against the first column's scenario.</source>
        <translation>ESV = Σ 面积（ha）× ESV 表的系数（货币/ha）；经济效益同样按经济系数计算；变化相对于第一个情景。</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/planningreport.py" line="940" />
        <source>scenario</source>
        <translation>情景</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/planningreport.py" line="880" />
        <source>ESV ({} currency units)</source>
        <translation>ESV（{} 货币单位）</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/planningreport.py" line="880" />
        <source>ESV change ({})</source>
        <translation>ESV 变化（{}）</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/planningreport.py" line="880" />
        <source>ESV change (%)</source>
        <translation>ESV 变化（%）</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/planningreport.py" line="880" />
        <source>economic benefit ({} currency units)</source>
        <translation>经济效益（{} 货币单位）</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/planningreport.py" line="880" />
        <source>benefit change ({})</source>
        <translation>效益变化（{}）</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/planningreport.py" line="880" />
        <source>benefit change (%)</source>
        <translation>效益变化（%）</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/planningreport.py" line="895" />
        <source>Classes without an ESV coefficient (counted as 0): {}</source>
        <translation>没有 ESV 系数的地类（按 0 计）：{}</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/planningreport.py" line="898" />
        <source>Not provided: the ESV table (values per land-use class).</source>
        <translation>未提供：ESV 表（各地类价值）。</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/planningreport.py" line="905" />
        <source>Accuracy of the simulation against the observed map</source>
        <translation>模拟结果相对实际图的精度</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/planningreport.py" line="905" />
        <source>Po overall agreement, Cohen's Kappa, quantity and allocation disagreement (Pontius &amp; Millones 2011), Figure of Merit of the change (Pontius et al. 2008); all as fractions 0–1.</source>
        <translation>Po 总体一致性、Cohen Kappa、数量与配置不一致（Pontius &amp; Millones 2011）、变化的品质因数 FoM（Pontius et al. 2008）；均为 0–1 的比例。</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/planningreport.py" line="905" />
        <source>measure</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/planningreport.py" line="905" />
        <source>value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/planningreport.py" line="905" />
        <source>note</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/planningreport.py" line="913" />
        <source>Not provided: the accuracy table.</source>
        <translation>未提供：精度表。</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/planningreport.py" line="936" />
        <source>Class-level landscape metrics per scenario</source>
        <translation>各情景类型水平景观指数</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/planningreport.py" line="936" />
        <source>PLAND share of the landscape, LPI largest patch index, AI aggregation index (FRAGSTATS definitions, 8-cell patches).</source>
        <translation>PLAND 景观占比、LPI 最大斑块指数、AI 聚集度指数（FRAGSTATS 定义，8 邻域斑块）。</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/planningreport.py" line="940" />
        <source>Landscape-level metrics per scenario</source>
        <translation>各情景景观水平指数</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/planningreport.py" line="940" />
        <source>LSI landscape shape index, SHDI Shannon diversity, SHEI Shannon evenness, CONNECT (%) share of patch pairs of a class within the threshold distance ({:g} m).</source>
        <translation>LSI 景观形状指数、SHDI 香农多样性、SHEI 香农均匀度、CONNECT（%）同类斑块对在阈值距离（{:g} m）内的比例。</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/planningreport.py" line="780" />
        <source>Corridors to keep wide</source>
        <translation>需保持宽度的廊道</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/planningreport.py" line="799" />
        <source>Restoration priorities</source>
        <translation>优先修复区</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/planningreport.py" line="402" />
        <source>The corridors to keep wide need a 'max_current' field, as 'Sustainable development pattern' writes them from the pinch-point zones.</source>
        <translation>需保持宽度的廊道图层需要 'max_current' 字段，即“可持续发展格局”由夹点区写出的字段。</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/planningreport.py" line="405" />
        <source>The restoration priorities need a 'score' field, as 'Sustainable development pattern' writes them from the barrier zones.</source>
        <translation>优先修复区图层需要 'score' 字段，即“可持续发展格局”由障碍区写出的字段。</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/planningreport.py" line="781" />
        <source>Corridors to keep wide: pinch points on the ecological corridors</source>
        <translation>需保持宽度的廊道：生态廊道上的夹点</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/planningreport.py" line="781" />
        <source>Pinch-point zones on the corridors, largest current first: with 1 A flowing between a corridor's two sources (circuit theory), the current crowds into few cells where the corridor narrows; keep these places wide and free of construction. Ecological axis: the rank of the axis the corridor belongs to (– none).</source>
        <translation>廊道上的夹点区，按最大电流从大到小排列：在廊道两端源地之间通以 1 A 电流（电路理论），廊道变窄处电流集中于少数像元；这些地方应保持宽度，不得建设。生态轴：廊道所属生态轴的序号（– 表示不属于任何生态轴）。</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/planningreport.py" line="800" />
        <source>corridor (sources)</source>
        <translation>廊道（源地）</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/planningreport.py" line="781" />
        <source>ecological axis</source>
        <translation>生态轴</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/planningreport.py" line="781" />
        <source>largest current (A)</source>
        <translation>最大电流（A）</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/planningreport.py" line="781" />
        <source>mean current (A)</source>
        <translation>平均电流（A）</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/planningreport.py" line="800" />
        <source>Restoration priorities: barriers on the ecological corridors</source>
        <translation>优先修复区：生态廊道上的障碍</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/planningreport.py" line="800" />
        <source>Barrier zones, highest improvement score first: the drop in the corridor's least-cost distance (resistance × m) per metre of restored diameter when a circle of the given radius is restored to the lowest resistance (Barrier Mapper, McRae et al. 2012).</source>
        <translation>障碍区，按改善得分从高到低排列：将给定半径的圆修复为最低阻力后，廊道最小成本距离（阻力 × 米）的下降量除以修复直径（米）（Barrier Mapper，McRae 等 2012）。</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/planningreport.py" line="800" />
        <source>improvement score</source>
        <translation>改善得分</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/planningreport.py" line="800" />
        <source>radius (m)</source>
        <translation>半径（米）</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/planningreport.py" line="815" />
        <source>Corridors to keep wide and restoration priorities: switch on the optional pinch-point and barrier steps of the workflow model, or give the sustainable development pattern the zones of 'Corridor pinch points' and 'Barriers to restore'.</source>
        <translation>需保持宽度的廊道与优先修复区：请在工作流模型中打开可选的夹点和障碍步骤，或将“廊道夹点”和“待修复的障碍点”输出的区域输入“可持续发展格局”。</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/planningreport.py" line="350" />
        <source>The layer given as '{}' is a temporary output; copying it into {} for the project failed. Save it to a file first (name the output in the model or the dialog).</source>
        <translation>作为“{}”给出的图层是临时输出；为工程将其复制到 {} 失败。请先将其保存为文件（在模型或对话框中为该输出命名）。</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/planningreport.py" line="354" />
        <source>'{}' is a temporary output: copied to {}, so that the project keeps it.</source>
        <translation>“{}”是临时输出：已复制到 {}，以便工程保留它。</translation>
    </message>
</context>
</TS>