<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>ResistanceSurface</name>
    <message>
        <location filename="../../algorithms/ecosecurity/resistancesurface.py" line="101" />
        <source>Resistance surface</source>
        <translation>阻力面</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/resistancesurface.py" line="51" />
        <source>Land-use raster</source>
        <translation>土地利用栅格</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/resistancesurface.py" line="53" />
        <source>Land-use resistance table (CSV or table layer)</source>
        <translation>土地利用阻力表（CSV 或表格图层）</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/resistancesurface.py" line="56" />
        <source>Land-use table: code field</source>
        <translation>土地利用表：代码字段</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/resistancesurface.py" line="59" />
        <source>Land-use table: resistance field</source>
        <translation>土地利用表：阻力字段</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/resistancesurface.py" line="62" />
        <source>Or: land-use resistance as code:value pairs</source>
        <translation>或：以 code:value 对给出土地利用阻力</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/resistancesurface.py" line="65" />
        <source>Slope raster (degrees)</source>
        <translation>坡度栅格（度）</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/resistancesurface.py" line="67" />
        <source>Slope class breaks (empty = natural breaks)</source>
        <translation>坡度分级断点（空 = 自然断点）</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/resistancesurface.py" line="70" />
        <source>Slope class resistances</source>
        <translation>坡度各级阻力值</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/resistancesurface.py" line="73" />
        <source>Elevation raster (m)</source>
        <translation>高程栅格（米）</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/resistancesurface.py" line="75" />
        <source>Elevation class breaks (empty = natural breaks)</source>
        <translation>高程分级断点（空 = 自然断点）</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/resistancesurface.py" line="78" />
        <source>Elevation class resistances</source>
        <translation>高程各级阻力值</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/resistancesurface.py" line="81" />
        <source>Ecosystem-service level raster</source>
        <translation>生态系统服务水平栅格</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/resistancesurface.py" line="83" />
        <source>Service class breaks (empty = natural breaks)</source>
        <translation>服务分级断点（空 = 自然断点）</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/resistancesurface.py" line="86" />
        <source>Service class resistances</source>
        <translation>服务各级阻力值</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/resistancesurface.py" line="89" />
        <source>Weights: land use, slope, elevation, service</source>
        <translation>权重：土地利用、坡度、高程、服务</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/resistancesurface.py" line="92" />
        <source>Or: weights table of 'AHP weights'</source>
        <translation>或：“AHP 权重”输出的权重表</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/resistancesurface.py" line="107" />
        <source>land-use resistance table</source>
        <translation>土地利用阻力表</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/resistancesurface.py" line="115" />
        <source>The land-use factor needs its resistance table: choose a table or type code:value pairs.</source>
        <translation>土地利用因子需要阻力表：请选择一个表格或输入 code:value 对。</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/resistancesurface.py" line="126" />
        <source>'{}' is not a code:value pair (for example 1:5).</source>
        <translation>'{}' 不是 code:value 对（例如 1:5）。</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/resistancesurface.py" line="132" />
        <source>AHP weights table</source>
        <translation>AHP 权重表</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/resistancesurface.py" line="142" />
        <source>Weights matched to the factors by name.</source>
        <translation>已按名称将权重与因子对应。</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/resistancesurface.py" line="145" />
        <source>Weights taken in row order: {}.</source>
        <translation>按行顺序取权重：{}。</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/resistancesurface.py" line="148" />
        <source>The AHP weights table has {} rows ({}) but {} factors were given ({}); name its factors land use, slope, elevation and service, or give one row per factor in that order.</source>
        <translation>AHP 权重表有 {} 行（{}），但给出了 {} 个因子（{}）；请将其因子命名为 land use、slope、elevation 和 service，或按该顺序每个因子给出一行。</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/resistancesurface.py" line="153" />
        <source>Weights</source>
        <translation>权重</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/resistancesurface.py" line="159" />
        <source>{} weights were given for {} factors; give four weights (land use, slope, elevation, service) or one per factor given.</source>
        <translation>为 {} 个因子给出了 {} 个权重；请给出四个权重（土地利用、坡度、高程、服务），或每个已给出的因子一个权重。</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/resistancesurface.py" line="202" />
        <source>Give at least one factor raster.</source>
        <translation>请至少给出一个因子栅格。</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/resistancesurface.py" line="210" />
        <source>land use</source>
        <translation>土地利用</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/resistancesurface.py" line="210" />
        <source>slope</source>
        <translation>坡度</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/resistancesurface.py" line="211" />
        <source>elevation</source>
        <translation>高程</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/resistancesurface.py" line="211" />
        <source>service level</source>
        <translation>服务水平</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/resistancesurface.py" line="230" />
        <source>Resistance values of {}</source>
        <translation>{} 的阻力值</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/resistancesurface.py" line="233" />
        <source>Give the resistance values of the {} classes.</source>
        <translation>请给出 {} 各级的阻力值。</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/resistancesurface.py" line="236" />
        <source>Class breaks of {}</source>
        <translation>{} 的分级断点</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/resistancesurface.py" line="248" />
        <source>The {} raster has too few distinct values for {} natural-breaks classes; type the breaks.</source>
        <translation>{} 栅格的不同取值太少，无法分为 {} 个自然断点等级；请输入断点。</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/resistancesurface.py" line="252" />
        <source>{}: natural breaks {}</source>
        <translation>{}：自然断点 {}</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/resistancesurface.py" line="266" />
        <source>Weights used (scaled to sum 1): {}</source>
        <translation>使用的权重（缩放为和为 1）：{}</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/resistancesurface.py" line="95" />
        <source>Where a factor is nodata</source>
        <translation>因子为无数据时</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/resistancesurface.py" line="95" />
        <source>Nodata in the result</source>
        <translation>结果为无数据</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/resistancesurface.py" line="95" />
        <source>Combine the factors that hold data (weights rescaled; land use bounds the area)</source>
        <translation>组合有数据的因子（权重重新缩放；以土地利用限定范围）</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/resistancesurface.py" line="177" />
        <source>The {} factor is nodata on {} cells ({:.1f} % of the study area); there the resistance is the weighted mean of the other factors.</source>
        <translation>{}因子在 {} 个像元上为无数据（占研究区的 {:.1f} %）；这些像元的阻力为其他因子的加权平均。</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/resistancesurface.py" line="181" />
        <source>The {} factor is nodata on {} cells ({:.1f} % of the study area), so those cells are nodata (barriers for MCR); choose 'Combine the factors that hold data' to keep them.</source>
        <translation>{}因子在 {} 个像元上为无数据（占研究区的 {:.1f} %），因此这些像元为无数据（在 MCR 中成为障碍）；选择“组合有数据的因子”可保留它们。</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/resistancesurface.py" line="192" />
        <source>{} land-use cells have no factor of positive weight and stay nodata.</source>
        <translation>{} 个土地利用像元没有权重为正的因子，仍为无数据。</translation>
    </message>
</context>
</TS>