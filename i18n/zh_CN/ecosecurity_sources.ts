<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>EcologicalSources</name>
    <message>
        <location filename="../../algorithms/ecosecurity/ecologicalsources.py" line="26" />
        <source>Ecological sources</source>
        <translation>生态源地</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/ecologicalsources.py" line="29" />
        <source>Extracts ecological source patches: connected groups of cells whose class is one of the chosen classes (default 4, the 'extremely important' class of 'Combine ecosystem services'), kept when their area reaches the minimum (default 10 km², the paper's threshold).

Patches are 8-connected (cells touching at a side or a corner, the FRAGSTATS default) or 4-connected. Area = cells × cell area, in km²; the raster must be in a projected CRS in metres.
Outputs: a patch raster (patch id 1..n, numbered from the largest patch; 0 = not a source; input nodata stays nodata) and the patches as polygons with fields id, area_km2 and cells, ready for the connectivity and corridor algorithms.
When no patch reaches the minimum area, the run stops and says the largest area found.</source>
        <translation>提取生态源地斑块：类别属于所选类别（默认 4，即“生态系统服务综合”中的“极重要”级）的相连像元组，面积达到最小值（默认 10 km²，论文采用的阈值）时保留。

斑块按 8 邻域（边或角相接，FRAGSTATS 默认）或 4 邻域连通。面积 = 像元数 × 像元面积，单位 km²；栅格必须采用以米为单位的投影坐标系。
输出：斑块栅格（斑块编号 1..n，按面积从大到小编号；0 = 非源地；输入的无数据保持为无数据），以及带 id、area_km2 和 cells 字段的斑块面要素，可直接用于连通性和廊道算法。
若没有斑块达到最小面积，运行将停止并报告找到的最大面积。</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/ecologicalsources.py" line="44" />
        <source>Importance class raster</source>
        <translation>重要性分级栅格</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/ecologicalsources.py" line="46" />
        <source>Band</source>
        <translation>波段</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/ecologicalsources.py" line="48" />
        <source>Source class value(s), comma separated</source>
        <translation>源地类别值（以逗号分隔）</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/ecologicalsources.py" line="50" />
        <source>Minimum patch area (km²)</source>
        <translation>最小斑块面积（km²）</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/ecologicalsources.py" line="53" />
        <source>Patch connectivity</source>
        <translation>斑块连通规则</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/ecologicalsources.py" line="53" />
        <source>8 neighbours (FRAGSTATS default)</source>
        <translation>8 邻域（FRAGSTATS 默认）</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/ecologicalsources.py" line="53" />
        <source>4 neighbours</source>
        <translation>4 邻域</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/ecologicalsources.py" line="57" />
        <source>Source patches (raster)</source>
        <translation>源地斑块（栅格）</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/ecologicalsources.py" line="59" />
        <source>Source patches</source>
        <translation>源地斑块</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/ecologicalsources.py" line="61" />
        <source>Number of sources</source>
        <translation>源地数量</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/ecologicalsources.py" line="62" />
        <source>Total source area (km²)</source>
        <translation>源地总面积（km²）</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/ecologicalsources.py" line="67" />
        <source>class raster</source>
        <translation>分级栅格</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/ecologicalsources.py" line="71" />
        <source>Source class values</source>
        <translation>源地类别值</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/ecologicalsources.py" line="74" />
        <source>Give at least one source class value.</source>
        <translation>请至少给出一个源地类别值。</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/ecologicalsources.py" line="80" />
        <source>No cell of {} has the class value(s) {}. The raster holds: {}.</source>
        <translation>{} 中没有像元的类别值为 {}。该栅格含有的值：{}。</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/ecologicalsources.py" line="88" />
        <source>No patch of class {} reaches the minimum area of {:g} km²: the largest is {:.4g} km². Lower the minimum area or include more classes.</source>
        <translation>类别 {} 中没有斑块达到最小面积 {:g} km²：最大的斑块为 {:.4g} km²。请降低最小面积或纳入更多类别。</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/ecologicalsources.py" line="92" />
        <source>{} source patches, {:.4g} km² in all.</source>
        <translation>共 {} 个源地斑块，总面积 {:.4g} km²。</translation>
    </message>
</context>
</TS>