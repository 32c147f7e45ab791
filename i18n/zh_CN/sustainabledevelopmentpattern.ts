<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>SustainableDevelopmentPattern</name>
    <message>
        <location filename="../../algorithms/synthesis/sustainabledevelopmentpattern.py" line="42" />
        <source>Sustainable development pattern</source>
        <translation>可持续发展格局</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/sustainabledevelopmentpattern.py" line="45" />
        <source>Economic density (kernel density of core industries)</source>
        <translation>经济密度（核心产业的核密度）</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/sustainabledevelopmentpattern.py" line="47" />
        <source>Economic intensity classes</source>
        <translation>经济强度分级</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/sustainabledevelopmentpattern.py" line="49" />
        <source>High-intensity classes (empty = the two highest)</source>
        <translation>高强度等级（留空 = 最高的两级）</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/sustainabledevelopmentpattern.py" line="52" />
        <source>Secondary classes for belts (empty = the class below)</source>
        <translation>产业带的次级等级（留空 = 高强度等级下面的一级）</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/sustainabledevelopmentpattern.py" line="55" />
        <source>Graded ecological sources</source>
        <translation>已分级的生态源地</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/sustainabledevelopmentpattern.py" line="57" />
        <source>Grade field</source>
        <translation>等级字段</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/sustainabledevelopmentpattern.py" line="60" />
        <source>Typed corridors</source>
        <translation>已分类的廊道</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/sustainabledevelopmentpattern.py" line="62" />
        <source>Corridor type field</source>
        <translation>廊道类型字段</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/sustainabledevelopmentpattern.py" line="71" />
        <source>Number of economic cores</source>
        <translation>经济核心数量</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/sustainabledevelopmentpattern.py" line="71" />
        <source>Number of development axes</source>
        <translation>发展轴数量</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/sustainabledevelopmentpattern.py" line="71" />
        <source>Number of industrial belts</source>
        <translation>产业带数量</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/sustainabledevelopmentpattern.py" line="71" />
        <source>Number of ecological axes</source>
        <translation>生态轴数量</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/sustainabledevelopmentpattern.py" line="71" />
        <source>Number of ecological barrier areas</source>
        <translation>生态屏障区数量</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/sustainabledevelopmentpattern.py" line="83" />
        <source>Belt link distance (m)</source>
        <translation>产业带连接距离（m）</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/sustainabledevelopmentpattern.py" line="83" />
        <source>Belt distance to an axis (m)</source>
        <translation>产业带到发展轴的距离（m）</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/sustainabledevelopmentpattern.py" line="83" />
        <source>Barrier link distance (m)</source>
        <translation>屏障区连接距离（m）</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/sustainabledevelopmentpattern.py" line="83" />
        <source>Axis buffer for conflict zones (m)</source>
        <translation>冲突区的轴线缓冲距离（m）</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/sustainabledevelopmentpattern.py" line="90" />
        <source>Economic development cores</source>
        <translation>经济发展核心</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/sustainabledevelopmentpattern.py" line="90" />
        <source>Development axes</source>
        <translation>发展轴</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/sustainabledevelopmentpattern.py" line="90" />
        <source>Industrial development belts</source>
        <translation>产业发展带</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/sustainabledevelopmentpattern.py" line="90" />
        <source>Ecological barrier areas</source>
        <translation>生态屏障区</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/sustainabledevelopmentpattern.py" line="90" />
        <source>Ecological axes</source>
        <translation>生态轴</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/sustainabledevelopmentpattern.py" line="90" />
        <source>SDP conflict zones</source>
        <translation>可持续发展格局冲突区</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/sustainabledevelopmentpattern.py" line="114" />
        <source>density</source>
        <translation>密度</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/sustainabledevelopmentpattern.py" line="125" />
        <source>The class raster has no positive class.</source>
        <translation>分级栅格中没有正的等级值。</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/sustainabledevelopmentpattern.py" line="129" />
        <source>High-intensity classes: {}; secondary: {}</source>
        <translation>高强度等级：{}；次级：{}</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/sustainabledevelopmentpattern.py" line="136" />
        <source>Only {} high-intensity clusters exist; {} cores were asked.</source>
        <translation>只有 {} 个高强度集聚区，但要求 {} 个核心。</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/sustainabledevelopmentpattern.py" line="176" />
        <source>graded sources</source>
        <translation>已分级的源地</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/sustainabledevelopmentpattern.py" line="192" />
        <source>typed corridors</source>
        <translation>已分类的廊道</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/sustainabledevelopmentpattern.py" line="210" />
        <source>economic core {}</source>
        <translation>经济核心 {}</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/sustainabledevelopmentpattern.py" line="210" />
        <source>industrial belt {}</source>
        <translation>产业带 {}</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/sustainabledevelopmentpattern.py" line="210" />
        <source>development axis {}</source>
        <translation>发展轴 {}</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/sustainabledevelopmentpattern.py" line="218" />
        <source>ecological barrier area {}</source>
        <translation>生态屏障区 {}</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/sustainabledevelopmentpattern.py" line="218" />
        <source>ecological axis {}</source>
        <translation>生态轴 {}</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/sustainabledevelopmentpattern.py" line="244" />
        <source>cluster {} of classes {} by economic mass</source>
        <translation>按经济总量排序的第 {} 个等级 {} 集聚区</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/sustainabledevelopmentpattern.py" line="252" />
        <source>least-cost path between cores over 1/density friction, minimum spanning tree</source>
        <translation>核心之间以 1/密度 为摩擦的最小成本路径，最小生成树</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/sustainabledevelopmentpattern.py" line="259" />
        <source>secondary clusters linked within the belt link distance, near an axis</source>
        <translation>在产业带连接距离内相连、靠近发展轴的次级集聚区</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/sustainabledevelopmentpattern.py" line="266" />
        <source>crucial and important sources linked within the barrier link distance</source>
        <translation>在屏障区连接距离内相连的关键和重要源地</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/sustainabledevelopmentpattern.py" line="275" />
        <source>longest chain of type I/II corridors</source>
        <translation>一、二级廊道的最长链</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/sustainabledevelopmentpattern.py" line="309" />
        <source>{} cores, {} axes, {} belts, {} barrier areas, {} ecological axes, {} conflict zones.</source>
        <translation>{} 个核心，{} 条发展轴，{} 个产业带，{} 个屏障区，{} 条生态轴，{} 个冲突区。</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/sustainabledevelopmentpattern.py" line="65" />
        <source>Pinch-point zones (of 'Corridor pinch points'; optional)</source>
        <translation>夹点区（“廊道夹点”的输出；可选）</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/sustainabledevelopmentpattern.py" line="68" />
        <source>Barrier zones (of 'Barriers to restore'; optional)</source>
        <translation>障碍区（“待修复的障碍点”的输出；可选）</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/sustainabledevelopmentpattern.py" line="71" />
        <source>Number of corridors to keep wide</source>
        <translation>需保持宽度的廊道数量</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/sustainabledevelopmentpattern.py" line="71" />
        <source>Number of restoration priorities</source>
        <translation>优先修复区数量</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/sustainabledevelopmentpattern.py" line="90" />
        <source>Corridors to keep wide (pinch points on the corridors)</source>
        <translation>需保持宽度的廊道（廊道上的夹点）</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/sustainabledevelopmentpattern.py" line="90" />
        <source>Restoration priorities (barrier zones by improvement score)</source>
        <translation>优先修复区（按改善得分排序的障碍区）</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/sustainabledevelopmentpattern.py" line="288" />
        <source>pinch-point zone on an ecological corridor, by its largest current</source>
        <translation>生态廊道上的夹点区，按最大电流排序</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/sustainabledevelopmentpattern.py" line="297" />
        <source>{} corridors to keep wide.</source>
        <translation>{} 处需保持宽度的廊道。</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/sustainabledevelopmentpattern.py" line="299" />
        <source>barrier zone by improvement score (least-cost distance saved per metre restored)</source>
        <translation>障碍区，按改善得分排序（每修复一米减少的最小成本距离）</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/sustainabledevelopmentpattern.py" line="308" />
        <source>{} restoration priorities.</source>
        <translation>{} 处优先修复区。</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/sustainabledevelopmentpattern.py" line="327" />
        <source>The layer '{}' has no field {} (it has: {}). Give the zones as 'Corridor pinch points' or 'Barriers to restore' write them.</source>
        <translation>图层“{}”没有字段 {}（现有字段：{}）。请输入“廊道夹点”或“待修复的障碍点”写出的区域图层。</translation>
    </message>
</context>
</TS>