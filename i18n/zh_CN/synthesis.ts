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
    </context>
<context>
    <name>SustainableDevelopmentPattern</name>
    <message>
        <location filename="../../algorithms/synthesis/sustainabledevelopmentpattern.py" line="37" />
        <source>Sustainable development pattern</source>
        <translation>可持续发展格局</translation>
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