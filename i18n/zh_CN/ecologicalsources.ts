<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>EcologicalSources</name>
    <message>
        <location filename="../../algorithms/ecosecurity/ecologicalsources.py" line="27" />
        <source>Ecological sources</source>
        <translation>生态源地</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/ecologicalsources.py" line="30" />
        <source>Importance class raster</source>
        <translation>重要性分级栅格</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/ecologicalsources.py" line="31" />
        <source>Source class value(s), comma separated</source>
        <translation>源地类别值（以逗号分隔）</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/ecologicalsources.py" line="33" />
        <source>Minimum patch area (km²)</source>
        <translation>最小斑块面积（km²）</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/ecologicalsources.py" line="36" />
        <source>Patch connectivity</source>
        <translation>斑块连通规则</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/ecologicalsources.py" line="36" />
        <source>8 neighbours (FRAGSTATS default)</source>
        <translation>8 邻域（FRAGSTATS 默认）</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/ecologicalsources.py" line="36" />
        <source>4 neighbours</source>
        <translation>4 邻域</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/ecologicalsources.py" line="40" />
        <source>Source patches (raster)</source>
        <translation>源地斑块（栅格）</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/ecologicalsources.py" line="42" />
        <source>Source patches</source>
        <translation>源地斑块</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/ecologicalsources.py" line="44" />
        <source>Number of sources</source>
        <translation>源地数量</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/ecologicalsources.py" line="45" />
        <source>Total source area (km²)</source>
        <translation>源地总面积（km²）</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/ecologicalsources.py" line="81" />
        <source>class raster</source>
        <translation>分级栅格</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/ecologicalsources.py" line="85" />
        <source>Source class values</source>
        <translation>源地类别值</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/ecologicalsources.py" line="88" />
        <source>Give at least one source class value.</source>
        <translation>请至少给出一个源地类别值。</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/ecologicalsources.py" line="94" />
        <source>No cell of {} has the class value(s) {}. The raster holds: {}.</source>
        <translation>{} 中没有像元的类别值为 {}。该栅格含有的值：{}。</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/ecologicalsources.py" line="104" />
        <source>No patch of class {} reaches the minimum area of {:g} km²: the largest is {:.4g} km². Lower the minimum area or include more classes.</source>
        <translation>类别 {} 中没有斑块达到最小面积 {:g} km²：最大的斑块为 {:.4g} km²。请降低最小面积或纳入更多类别。</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/ecologicalsources.py" line="108" />
        <source>{} source patches, {:.4g} km² in all.</source>
        <translation>共 {} 个源地斑块，总面积 {:.4g} km²。</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/ecologicalsources.py" line="58" />
        <source>Patches of the chosen classes: {} (area km²: smallest {:.4g}, median {:.4g}, 90th percentile {:.4g}, largest {:.4g}).</source>
        <translation>所选类别的斑块：{} 个（面积 km²：最小 {:.4g}，中位数 {:.4g}，第 90 百分位 {:.4g}，最大 {:.4g}）。</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/ecologicalsources.py" line="63" />
        <source>{:g}–{:g} km²: {}</source>
        <translation>{:g}–{:g} km²：{}</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/ecologicalsources.py" line="63" />
        <source>≥ {:g} km²: {}</source>
        <translation>≥ {:g} km²：{}</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/ecologicalsources.py" line="65" />
        <source>Patch sizes: {}.</source>
        <translation>斑块面积分布：{}。</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/ecologicalsources.py" line="70" />
        <source>{} sources: not possible ({} patches in all)</source>
        <translation>{} 个源地：无法达到（共 {} 个斑块）</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/ecologicalsources.py" line="73" />
        <source>{} sources: minimum area ≤ {:.4g} km²</source>
        <translation>{} 个源地：最小面积 ≤ {:.4g} km²</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/ecologicalsources.py" line="74" />
        <source>The minimum area of {:g} km² leaves {} source(s); the default may not fit this region (its cell size or extent). {}.</source>
        <translation>最小面积 {:g} km² 只保留了 {} 个源地；默认值可能不适合本区域（其像元大小或范围）。{}。</translation>
    </message>
</context>
</TS>