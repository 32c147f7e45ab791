<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>WaterYield</name>
    <message>
        <location filename="../../algorithms/ecosystem/wateryield.py" line="25" />
        <source>Water yield (InVEST)</source>
        <translation>产水量（InVEST）</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosystem/wateryield.py" line="28" />
        <source>Land-use map</source>
        <translation>土地利用图</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosystem/wateryield.py" line="29" />
        <source>Precipitation (mm/yr)</source>
        <translation>降水量（mm/年）</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosystem/wateryield.py" line="31" />
        <source>Reference evapotranspiration ET0 (mm/yr)</source>
        <translation>参考蒸散量 ET0（mm/年）</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosystem/wateryield.py" line="33" />
        <source>Depth to root-restricting layer (mm)</source>
        <translation>根系限制层深度（mm）</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosystem/wateryield.py" line="35" />
        <source>Plant-available water content (fraction)</source>
        <translation>植物可利用含水量（比例）</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosystem/wateryield.py" line="37" />
        <source>Biophysical table (lucode, kc, root_depth, lulc_veg)</source>
        <translation>生物物理参数表（lucode、kc、root_depth、lulc_veg）</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosystem/wateryield.py" line="40" />
        <source>Seasonality constant Z</source>
        <translation>季节性常数 Z</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosystem/wateryield.py" line="43" />
        <source>Watershed polygons</source>
        <translation>流域多边形</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosystem/wateryield.py" line="46" />
        <source>Watershed id field</source>
        <translation>流域 id 字段</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosystem/wateryield.py" line="49" />
        <source>Water yield (mm/yr)</source>
        <translation>产水量（mm/年）</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosystem/wateryield.py" line="51" />
        <source>Actual evapotranspiration (mm/yr)</source>
        <translation>实际蒸散量（mm/年）</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosystem/wateryield.py" line="54" />
        <source>Water yield per watershed</source>
        <translation>各流域产水量</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosystem/wateryield.py" line="60" />
        <source>land-use map</source>
        <translation>土地利用图</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosystem/wateryield.py" line="70" />
        <source>biophysical table</source>
        <translation>生物物理参数表</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosystem/wateryield.py" line="77" />
        <source>The biophysical table has no root_depth for the vegetated class {}.</source>
        <translation>生物物理参数表中植被地类 {} 没有 root_depth。</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosystem/wateryield.py" line="121" />
        <source>Mean water yield: {:.6g} mm/yr over {} cells.</source>
        <translation>平均产水量：{:.6g} mm/年，共 {} 个像元。</translation>
    </message>
</context>
</TS>