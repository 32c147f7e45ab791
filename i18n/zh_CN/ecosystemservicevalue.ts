<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>EcosystemServiceValue</name>
    <message>
        <location filename="../../algorithms/landuse/ecosystemservicevalue.py" line="26" />
        <source>Ecosystem service value</source>
        <translation>生态系统服务价值</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/ecosystemservicevalue.py" line="29" />
        <source>Land-use raster</source>
        <translation>土地利用栅格</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/ecosystemservicevalue.py" line="30" />
        <source>Ecological coefficient table (CSV or table layer)</source>
        <translation>生态系数表（CSV 或表图层）</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/ecosystemservicevalue.py" line="33" />
        <source>Land-use code field</source>
        <translation>土地利用代码字段</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/ecosystemservicevalue.py" line="36" />
        <source>Coefficient field(s), one per service (per ha)</source>
        <translation>系数字段（每项服务一个，单位为每公顷）</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/ecosystemservicevalue.py" line="39" />
        <source>Value of one standard equivalent (currency/ha; 1 when the table is in currency/ha)</source>
        <translation>一个标准当量的价值（货币/ha；系数表已为货币/ha 时取 1）</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/ecosystemservicevalue.py" line="43" />
        <source>Economic coefficient table (optional)</source>
        <translation>经济系数表（可选）</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/ecosystemservicevalue.py" line="46" />
        <source>Economic table: land-use code field</source>
        <translation>经济系数表：土地利用代码字段</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/ecosystemservicevalue.py" line="49" />
        <source>Economic table: output value field (currency/ha)</source>
        <translation>经济系数表：产出价值字段（货币/ha）</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/ecosystemservicevalue.py" line="52" />
        <source>Values per class</source>
        <translation>分地类价值</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/ecosystemservicevalue.py" line="54" />
        <source>ESV per cell</source>
        <translation>每像元 ESV</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/ecosystemservicevalue.py" line="56" />
        <source>Economic benefit per cell</source>
        <translation>每像元经济效益</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/ecosystemservicevalue.py" line="59" />
        <source>Total ESV</source>
        <translation>ESV 总量</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/ecosystemservicevalue.py" line="60" />
        <source>Total economic benefit</source>
        <translation>经济效益总量</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/ecosystemservicevalue.py" line="85" />
        <source>land-use raster</source>
        <translation>土地利用栅格</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/ecosystemservicevalue.py" line="91" />
        <source>Choose at least one coefficient field of the ecological table.</source>
        <translation>请在生态系数表中至少选择一个系数字段。</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/ecosystemservicevalue.py" line="94" />
        <source>ecological coefficients</source>
        <translation>生态系数表</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/ecosystemservicevalue.py" line="102" />
        <source>Choose the output value field of the economic table.</source>
        <translation>请选择经济系数表的产出价值字段。</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/ecosystemservicevalue.py" line="104" />
        <source>economic coefficients</source>
        <translation>经济系数表</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/ecosystemservicevalue.py" line="151" />
        <source>Total ESV: {:,.2f} (currency of the table); {:,.2f} km² valued.</source>
        <translation>ESV 总量：{:,.2f}（系数表的货币单位）；参与计算的面积 {:,.2f} km²。</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/ecosystemservicevalue.py" line="154" />
        <source>Total economic benefit: {:,.2f}.</source>
        <translation>经济效益总量：{:,.2f}。</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/ecosystemservicevalue.py" line="108" />
        <source>ecological coefficient table</source>
        <translation>生态系数表</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/ecosystemservicevalue.py" line="114" />
        <source>economic coefficient table</source>
        <translation>经济系数表</translation>
    </message>
</context>
</TS>