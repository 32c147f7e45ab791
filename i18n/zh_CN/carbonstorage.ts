<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>CarbonStorage</name>
    <message>
        <location filename="../../algorithms/ecosystem/carbonstorage.py" line="24" />
        <source>Carbon storage (InVEST)</source>
        <translation>碳储量（InVEST）</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosystem/carbonstorage.py" line="27" />
        <source>Land-use map (current / baseline)</source>
        <translation>土地利用图（现状/基准）</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosystem/carbonstorage.py" line="29" />
        <source>Carbon pools table (lucode, c_above, c_below, c_soil, c_dead; Mg/ha)</source>
        <translation>碳库表（lucode、c_above、c_below、c_soil、c_dead；Mg/ha）</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosystem/carbonstorage.py" line="32" />
        <source>Future (alternate) land-use map</source>
        <translation>未来（替代）土地利用图</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosystem/carbonstorage.py" line="34" />
        <source>Carbon storage (Mg/ha)</source>
        <translation>碳储量（Mg/ha）</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosystem/carbonstorage.py" line="36" />
        <source>Future carbon storage (Mg/ha)</source>
        <translation>未来碳储量（Mg/ha）</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosystem/carbonstorage.py" line="39" />
        <source>Change in carbon storage (Mg/ha)</source>
        <translation>碳储量变化（Mg/ha）</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosystem/carbonstorage.py" line="42" />
        <source>Carbon totals</source>
        <translation>碳储量总量</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosystem/carbonstorage.py" line="45" />
        <source>Total carbon (Mg)</source>
        <translation>碳储量总量（Mg）</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosystem/carbonstorage.py" line="46" />
        <source>Total future carbon (Mg)</source>
        <translation>未来碳储量总量（Mg）</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosystem/carbonstorage.py" line="48" />
        <source>Total change in carbon (Mg)</source>
        <translation>碳储量总变化（Mg）</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosystem/carbonstorage.py" line="53" />
        <source>land-use map</source>
        <translation>土地利用图</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosystem/carbonstorage.py" line="56" />
        <source>carbon pools table</source>
        <translation>碳库表</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosystem/carbonstorage.py" line="78" />
        <source>current</source>
        <translation>现状</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosystem/carbonstorage.py" line="81" />
        <source>future</source>
        <translation>未来</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosystem/carbonstorage.py" line="84" />
        <source>change</source>
        <translation>变化</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosystem/carbonstorage.py" line="105" />
        <source>Total carbon: {:.6g} Mg.</source>
        <translation>碳储量总量：{:.6g} Mg。</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosystem/carbonstorage.py" line="107" />
        <source>Future: {:.6g} Mg; change: {:.6g} Mg.</source>
        <translation>未来：{:.6g} Mg；变化：{:.6g} Mg。</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosystem/carbonstorage.py" line="69" />
        <source>The future land-use map {} and the current map {} hold data on different cells: {} cells have data in both, of {} in the current map ({:.1%}) and {} in the future map. The totals cover different areas and are not comparable; the change is computed only where both maps hold data. Give maps of the same extent for a comparison.</source>
        <translation>未来土地利用图 {} 与现状图 {} 的有数据像元不同：两者都有数据的像元为 {} 个，现状图共 {} 个（{:.1%}），未来图共 {} 个。两个总量覆盖的范围不同，不可比较；变化量只在两图都有数据的像元上计算。如需比较，请提供范围相同的两幅图。</translation>
    </message>
</context>
</TS>