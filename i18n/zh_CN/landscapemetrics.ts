<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>LandscapeMetrics</name>
    <message>
        <location filename="../../algorithms/landuse/landscapemetrics.py" line="40" />
        <source>Landscape metrics</source>
        <translation>景观格局指数</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/landscapemetrics.py" line="26" />
        <source>Land-use raster</source>
        <translation>土地利用栅格</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/landscapemetrics.py" line="27" />
        <source>Patch rule</source>
        <translation>斑块规则</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/landscapemetrics.py" line="27" />
        <source>8 neighbours (FRAGSTATS default)</source>
        <translation>8 邻域（FRAGSTATS 默认）</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/landscapemetrics.py" line="27" />
        <source>4 neighbours</source>
        <translation>4 邻域</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/landscapemetrics.py" line="31" />
        <source>CONNECT threshold distance (m; empty = skip)</source>
        <translation>CONNECT 阈值距离（m；留空 = 不计算）</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/landscapemetrics.py" line="34" />
        <source>Background value inside the landscape (optional)</source>
        <translation>景观内部的背景值（可选）</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/landscapemetrics.py" line="38" />
        <source>Class metrics</source>
        <translation>类型水平指数</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/landscapemetrics.py" line="42" />
        <source>SHDI</source>
        <translation>SHDI（香农多样性指数）</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/landscapemetrics.py" line="43" />
        <source>CONTAG (%)</source>
        <translation>CONTAG（蔓延度，%）</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/landscapemetrics.py" line="44" />
        <source>CONNECT (%)</source>
        <translation>CONNECT（连接度，%）</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/landscapemetrics.py" line="48" />
        <source>land-use raster</source>
        <translation>土地利用栅格</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/landscapemetrics.py" line="53" />
        <source>{} has rectangular cells ({:g} × {:g}); FRAGSTATS metrics need square cells. Resample it to square cells first.</source>
        <translation>{} 的像元不是正方形（{:g} × {:g}）；FRAGSTATS 指数需要正方形像元。请先重采样为正方形像元。</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/landscapemetrics.py" line="65" />
        <source>The background value must be a whole number.</source>
        <translation>背景值必须是整数。</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/landscapemetrics.py" line="71" />
        <source>{}-cell</source>
        <translation>{} 邻域</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/landscapemetrics.py" line="82" />
        <source>threshold {:g} m, {} patches</source>
        <translation>阈值 {:g} m，{}斑块</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/landscapemetrics.py" line="82" />
        <source>not computed (no threshold given)</source>
        <translation>未计算（未给出阈值）</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/landscapemetrics.py" line="85" />
        <source>total area, background included</source>
        <translation>总面积，含背景</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/landscapemetrics.py" line="87" />
        <source>{} patches</source>
        <translation>{}斑块</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/landscapemetrics.py" line="89" />
        <source>landscape boundary not counted</source>
        <translation>不计景观边界</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/landscapemetrics.py" line="90" />
        <source>FRAGSTATS 4: E / min E, boundary counted</source>
        <translation>FRAGSTATS 4：E / 最小 E，计入边界</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/landscapemetrics.py" line="94" />
        <source>Σ AI_i·P_i</source>
        <translation>Σ AI_i·P_i</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/landscapemetrics.py" line="100" />
        <source>{} classes, {} patches ({}); SHDI {:.4f}, CONTAG {}, CONNECT {}.</source>
        <translation>{} 个地类，{} 个斑块（{}）；SHDI {:.4f}，CONTAG {}，CONNECT {}。</translation>
    </message>
</context>
</TS>