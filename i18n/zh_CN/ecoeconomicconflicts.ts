<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>EcoEconomicConflicts</name>
    <message>
        <location filename="../../algorithms/synthesis/ecoeconomicconflicts.py" line="33" />
        <source>Eco-economic conflicts</source>
        <translation>生态—经济冲突</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/ecoeconomicconflicts.py" line="36" />
        <source>Economic intensity classes (raster)</source>
        <translation>经济强度分级（栅格）</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/ecoeconomicconflicts.py" line="38" />
        <source>High-intensity classes, comma separated (empty = the two highest)</source>
        <translation>高强度等级，以逗号分隔（留空 = 最高的两级）</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/ecoeconomicconflicts.py" line="41" />
        <source>Graded ecological sources</source>
        <translation>已分级的生态源地</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/ecoeconomicconflicts.py" line="43" />
        <source>Grade field (crucial / important / ordinary)</source>
        <translation>等级字段（crucial / important / ordinary）</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/ecoeconomicconflicts.py" line="46" />
        <source>Typed corridors</source>
        <translation>已分类的廊道</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/ecoeconomicconflicts.py" line="48" />
        <source>Corridor type field (I / II / III)</source>
        <translation>廊道类型字段（I / II / III）</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/ecoeconomicconflicts.py" line="51" />
        <source>Corridor width (m)</source>
        <translation>廊道宽度（m）</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/ecoeconomicconflicts.py" line="53" />
        <source>Administrative units</source>
        <translation>行政单元</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/ecoeconomicconflicts.py" line="55" />
        <source>Unit name field</source>
        <translation>单元名称字段</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/ecoeconomicconflicts.py" line="58" />
        <source>Conflict codes</source>
        <translation>冲突编码</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/ecoeconomicconflicts.py" line="60" />
        <source>Conflict zones</source>
        <translation>冲突区</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/ecoeconomicconflicts.py" line="62" />
        <source>Conflicts by source grade</source>
        <translation>按源地等级统计的冲突</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/ecoeconomicconflicts.py" line="64" />
        <source>Conflicts by corridor type</source>
        <translation>按廊道类型统计的冲突</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/ecoeconomicconflicts.py" line="66" />
        <source>Conflicts by administrative unit</source>
        <translation>按行政单元统计的冲突</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/ecoeconomicconflicts.py" line="72" />
        <source>economic classes</source>
        <translation>经济分级</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/ecoeconomicconflicts.py" line="78" />
        <source>{} must hold economic classes 0..9 (it holds {:g}..{:g}). Classify the density first with 'Economic pattern'.</source>
        <translation>{} 必须为 0..9 的经济等级（实际取值为 {:g}..{:g}）。请先用“经济格局”对密度进行分级。</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/ecoeconomicconflicts.py" line="82" />
        <source>High-intensity classes</source>
        <translation>高强度等级</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/ecoeconomicconflicts.py" line="85" />
        <source>High-intensity economic classes: {}</source>
        <translation>经济高强度等级：{}</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/ecoeconomicconflicts.py" line="93" />
        <source>graded sources</source>
        <translation>已分级的源地</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/ecoeconomicconflicts.py" line="105" />
        <source>typed corridors</source>
        <translation>已分类的廊道</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/ecoeconomicconflicts.py" line="190" />
        <source>{}: {:.2f} km², of which {:.2f} km² ({:.1%}) in high-intensity economy</source>
        <translation>{}：{:.2f} km²，其中 {:.2f} km²（{:.1%}）位于经济高强度区</translation>
    </message>
</context>
</TS>