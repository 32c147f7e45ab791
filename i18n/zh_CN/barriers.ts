<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>Barriers</name>
    <message>
        <location filename="../../algorithms/ecosecurity/barriers.py" line="24" />
        <source>Barriers to restore (Barrier Mapper)</source>
        <translation>待修复的障碍点（Barrier Mapper）</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/barriers.py" line="28" />
        <source>Search radii (m, comma separated)</source>
        <translation>搜索半径（米，以逗号分隔）</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/barriers.py" line="30" />
        <source>Restored resistance (default: the lowest resistance of the surface)</source>
        <translation>修复后阻力（默认：阻力面的最低阻力）</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/barriers.py" line="33" />
        <source>Barrier zones: top share of the cells with a score &gt; 0</source>
        <translation>障碍区：得分 &gt; 0 的单元中得分最高的比例</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/barriers.py" line="36" />
        <source>Improvement score (maximum over corridors and radii)</source>
        <translation>改善得分（所有廊道和半径中的最大值）</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/barriers.py" line="38" />
        <source>Radius of the best score</source>
        <translation>最佳得分对应的半径</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/barriers.py" line="41" />
        <source>Barrier zones</source>
        <translation>障碍区</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/barriers.py" line="47" />
        <source>Search radii</source>
        <translation>搜索半径</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/barriers.py" line="50" />
        <source>Give at least one search radius &gt; 0 (m).</source>
        <translation>请至少给出一个大于 0 的搜索半径（米）。</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/barriers.py" line="61" />
        <source>{} corridors; restored resistance {:g}.</source>
        <translation>{} 条廊道；修复后阻力 {:g}。</translation>
    </message>
</context>
</TS>