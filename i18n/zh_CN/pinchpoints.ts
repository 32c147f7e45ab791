<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>PinchPoints</name>
    <message>
        <location filename="../../algorithms/ecosecurity/pinchpoints.py" line="22" />
        <source>Corridor pinch points (circuit theory)</source>
        <translation>廊道夹点（电路理论）</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/pinchpoints.py" line="26" />
        <source>Corridor width threshold (resistance × m)</source>
        <translation>廊道宽度阈值（阻力 × 米）</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/pinchpoints.py" line="29" />
        <source>Pinch-point share: top fraction of each corridor's cell currents</source>
        <translation>夹点比例：每条廊道单元电流中最高的比例</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/pinchpoints.py" line="32" />
        <source>Connect 4 neighbours only (default: 8)</source>
        <translation>只连接 4 邻域（默认：8 邻域）</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/pinchpoints.py" line="34" />
        <source>Corridor current (pinch-point map)</source>
        <translation>廊道电流（夹点图）</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/pinchpoints.py" line="36" />
        <source>Pinch-point zones</source>
        <translation>夹点区</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/pinchpoints.py" line="39" />
        <source>Corridors with their effective resistance</source>
        <translation>廊道及其有效阻力</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/pinchpoints.py" line="54" />
        <source>{} corridors analysed.</source>
        <translation>已分析 {} 条廊道。</translation>
    </message>
</context>
</TS>