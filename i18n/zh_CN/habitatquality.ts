<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>HabitatQuality</name>
    <message>
        <location filename="../../algorithms/ecosystem/habitatquality.py" line="36" />
        <source>Habitat quality (InVEST)</source>
        <translation>生境质量（InVEST）</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosystem/habitatquality.py" line="39" />
        <source>Land-use map (current)</source>
        <translation>土地利用图（现状）</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosystem/habitatquality.py" line="41" />
        <source>Threats table (threat, max_dist, weight, decay)</source>
        <translation>威胁表（threat、max_dist、weight、decay）</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosystem/habitatquality.py" line="44" />
        <source>Threat rasters (else: cur_path of the table)</source>
        <translation>威胁栅格（否则使用表中的 cur_path）</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosystem/habitatquality.py" line="47" />
        <source>Sensitivity table (lucode, habitat, one column per threat)</source>
        <translation>敏感度表（lucode、habitat、每个威胁一列）</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosystem/habitatquality.py" line="50" />
        <source>Access polygons</source>
        <translation>可达性多边形</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosystem/habitatquality.py" line="52" />
        <source>Access field (0–1)</source>
        <translation>可达性字段（0–1）</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosystem/habitatquality.py" line="55" />
        <source>Half-saturation constant k</source>
        <translation>半饱和常数 k</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosystem/habitatquality.py" line="58" />
        <source>Threat impact</source>
        <translation>威胁影响</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosystem/habitatquality.py" line="58" />
        <source>Nearest threat cell (InVEST 3.13+)</source>
        <translation>最近威胁像元（InVEST 3.13+）</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosystem/habitatquality.py" line="58" />
        <source>Convolution over all threat cells (InVEST 3.3–3.12)</source>
        <translation>对全部威胁像元卷积（InVEST 3.3–3.12）</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosystem/habitatquality.py" line="62" />
        <source>Units of max_dist</source>
        <translation>max_dist 的单位</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosystem/habitatquality.py" line="62" />
        <source>Metres (InVEST 3.15+)</source>
        <translation>米（InVEST 3.15+）</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosystem/habitatquality.py" line="62" />
        <source>Kilometres (InVEST before 3.15)</source>
        <translation>千米（InVEST 3.15 之前）</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosystem/habitatquality.py" line="66" />
        <source>Baseline land-use map (for rarity)</source>
        <translation>基准土地利用图（用于稀缺性）</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosystem/habitatquality.py" line="68" />
        <source>Habitat degradation</source>
        <translation>生境退化度</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosystem/habitatquality.py" line="70" />
        <source>Habitat quality</source>
        <translation>生境质量</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosystem/habitatquality.py" line="72" />
        <source>Habitat rarity</source>
        <translation>生境稀缺性</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosystem/habitatquality.py" line="74" />
        <source>Rarity per class</source>
        <translation>各地类稀缺性</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosystem/habitatquality.py" line="101" />
        <source>No raster found for the threat '{}'. Add it to 'Threat rasters' (named '{}' or '{}_c'), or give its path in the cur_path column of the threats table.</source>
        <translation>未找到威胁“{}”的栅格。请将其加入“威胁栅格”（命名为“{}”或“{}_c”），或在威胁表的 cur_path 列中给出其路径。</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosystem/habitatquality.py" line="109" />
        <source>land-use map</source>
        <translation>土地利用图</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosystem/habitatquality.py" line="112" />
        <source>threats table</source>
        <translation>威胁表</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosystem/habitatquality.py" line="115" />
        <source>The threats table has a row without a threat name.</source>
        <translation>威胁表中有一行没有威胁名称。</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosystem/habitatquality.py" line="123" />
        <source>sensitivity table</source>
        <translation>敏感度表</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosystem/habitatquality.py" line="131" />
        <source>The sensitivity table has no column for the threat '{}' (its columns: {}).</source>
        <translation>敏感度表中没有威胁“{}”对应的列（其列为：{}）。</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosystem/habitatquality.py" line="147" />
        <source>access</source>
        <translation>可达性</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosystem/habitatquality.py" line="180" />
        <source>Degradation: mean {:.6g}, max {:.6g}; quality: mean {:.6g}.</source>
        <translation>退化度：均值 {:.6g}，最大值 {:.6g}；生境质量：均值 {:.6g}。</translation>
    </message>
</context>
</TS>