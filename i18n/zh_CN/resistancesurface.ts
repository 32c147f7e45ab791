<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>ResistanceSurface</name>
    <message>
        <location filename="../../algorithms/ecosecurity/resistancesurface.py" line="94" />
        <source>Resistance surface</source>
        <translation>阻力面</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/resistancesurface.py" line="49" />
        <source>Land-use raster</source>
        <translation>土地利用栅格</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/resistancesurface.py" line="51" />
        <source>Land-use resistance table (CSV or table layer)</source>
        <translation>土地利用阻力表（CSV 或表格图层）</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/resistancesurface.py" line="54" />
        <source>Land-use table: code field</source>
        <translation>土地利用表：代码字段</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/resistancesurface.py" line="57" />
        <source>Land-use table: resistance field</source>
        <translation>土地利用表：阻力字段</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/resistancesurface.py" line="60" />
        <source>Or: land-use resistance as code:value pairs</source>
        <translation>或：以 code:value 对给出土地利用阻力</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/resistancesurface.py" line="63" />
        <source>Slope raster (degrees)</source>
        <translation>坡度栅格（度）</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/resistancesurface.py" line="65" />
        <source>Slope class breaks (empty = natural breaks)</source>
        <translation>坡度分级断点（空 = 自然断点）</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/resistancesurface.py" line="68" />
        <source>Slope class resistances</source>
        <translation>坡度各级阻力值</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/resistancesurface.py" line="71" />
        <source>Elevation raster (m)</source>
        <translation>高程栅格（米）</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/resistancesurface.py" line="73" />
        <source>Elevation class breaks (empty = natural breaks)</source>
        <translation>高程分级断点（空 = 自然断点）</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/resistancesurface.py" line="76" />
        <source>Elevation class resistances</source>
        <translation>高程各级阻力值</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/resistancesurface.py" line="79" />
        <source>Ecosystem-service level raster</source>
        <translation>生态系统服务水平栅格</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/resistancesurface.py" line="81" />
        <source>Service class breaks (empty = natural breaks)</source>
        <translation>服务分级断点（空 = 自然断点）</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/resistancesurface.py" line="84" />
        <source>Service class resistances</source>
        <translation>服务各级阻力值</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/resistancesurface.py" line="87" />
        <source>Weights: land use, slope, elevation, service</source>
        <translation>权重：土地利用、坡度、高程、服务</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/resistancesurface.py" line="90" />
        <source>Or: weights table of 'AHP weights'</source>
        <translation>或：“AHP 权重”输出的权重表</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/resistancesurface.py" line="100" />
        <source>land-use resistance table</source>
        <translation>土地利用阻力表</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/resistancesurface.py" line="108" />
        <source>The land-use factor needs its resistance table: choose a table or type code:value pairs.</source>
        <translation>土地利用因子需要阻力表：请选择一个表格或输入 code:value 对。</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/resistancesurface.py" line="119" />
        <source>'{}' is not a code:value pair (for example 1:5).</source>
        <translation>'{}' 不是 code:value 对（例如 1:5）。</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/resistancesurface.py" line="125" />
        <source>AHP weights table</source>
        <translation>AHP 权重表</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/resistancesurface.py" line="135" />
        <source>Weights matched to the factors by name.</source>
        <translation>已按名称将权重与因子对应。</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/resistancesurface.py" line="138" />
        <source>Weights taken in row order: {}.</source>
        <translation>按行顺序取权重：{}。</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/resistancesurface.py" line="141" />
        <source>The AHP weights table has {} rows ({}) but {} factors were given ({}); name its factors land use, slope, elevation and service, or give one row per factor in that order.</source>
        <translation>AHP 权重表有 {} 行（{}），但给出了 {} 个因子（{}）；请将其因子命名为 land use、slope、elevation 和 service，或按该顺序每个因子给出一行。</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/resistancesurface.py" line="146" />
        <source>Weights</source>
        <translation>权重</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/resistancesurface.py" line="152" />
        <source>{} weights were given for {} factors; give four weights (land use, slope, elevation, service) or one per factor given.</source>
        <translation>为 {} 个因子给出了 {} 个权重；请给出四个权重（土地利用、坡度、高程、服务），或每个已给出的因子一个权重。</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/resistancesurface.py" line="163" />
        <source>Give at least one factor raster.</source>
        <translation>请至少给出一个因子栅格。</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/resistancesurface.py" line="171" />
        <source>land use</source>
        <translation>土地利用</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/resistancesurface.py" line="171" />
        <source>slope</source>
        <translation>坡度</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/resistancesurface.py" line="172" />
        <source>elevation</source>
        <translation>高程</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/resistancesurface.py" line="172" />
        <source>service level</source>
        <translation>服务水平</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/resistancesurface.py" line="191" />
        <source>Resistance values of {}</source>
        <translation>{} 的阻力值</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/resistancesurface.py" line="194" />
        <source>Give the resistance values of the {} classes.</source>
        <translation>请给出 {} 各级的阻力值。</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/resistancesurface.py" line="197" />
        <source>Class breaks of {}</source>
        <translation>{} 的分级断点</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/resistancesurface.py" line="209" />
        <source>The {} raster has too few distinct values for {} natural-breaks classes; type the breaks.</source>
        <translation>{} 栅格的不同取值太少，无法分为 {} 个自然断点等级；请输入断点。</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/resistancesurface.py" line="213" />
        <source>{}: natural breaks {}</source>
        <translation>{}：自然断点 {}</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/resistancesurface.py" line="222" />
        <source>Weights used (scaled to sum 1): {}</source>
        <translation>使用的权重（缩放为和为 1）：{}</translation>
    </message>
</context>
</TS>