<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>CombineServices</name>
    <message>
        <location filename="../../algorithms/general/combineservices.py" line="27" />
        <source>Combine ecosystem services</source>
        <translation>生态系统服务综合</translation>
    </message>
    <message>
        <location filename="../../algorithms/general/combineservices.py" line="30" />
        <source>Service rasters</source>
        <translation>生态系统服务栅格</translation>
    </message>
    <message>
        <location filename="../../algorithms/general/combineservices.py" line="32" />
        <source>Weights, in the order of the rasters (empty = equal)</source>
        <translation>权重，按栅格顺序（留空 = 等权重）</translation>
    </message>
    <message>
        <location filename="../../algorithms/general/combineservices.py" line="35" />
        <source>Number of classes</source>
        <translation>分级数</translation>
    </message>
    <message>
        <location filename="../../algorithms/general/combineservices.py" line="38" />
        <source>Classification method</source>
        <translation>分级方法</translation>
    </message>
    <message>
        <location filename="../../algorithms/general/combineservices.py" line="38" />
        <source>Natural breaks (Jenks)</source>
        <translation>自然断点法（Jenks）</translation>
    </message>
    <message>
        <location filename="../../algorithms/general/combineservices.py" line="38" />
        <source>Quantiles</source>
        <translation>分位数</translation>
    </message>
    <message>
        <location filename="../../algorithms/general/combineservices.py" line="38" />
        <source>Equal intervals</source>
        <translation>等间距</translation>
    </message>
    <message>
        <location filename="../../algorithms/general/combineservices.py" line="42" />
        <source>Where a raster is nodata</source>
        <translation>某栅格为无数据时</translation>
    </message>
    <message>
        <location filename="../../algorithms/general/combineservices.py" line="42" />
        <source>Nodata in the result</source>
        <translation>结果为无数据</translation>
    </message>
    <message>
        <location filename="../../algorithms/general/combineservices.py" line="42" />
        <source>Combine the rasters that hold data (weights rescaled)</source>
        <translation>合并有数据的栅格（权重重新缩放）</translation>
    </message>
    <message>
        <location filename="../../algorithms/general/combineservices.py" line="48" />
        <source>Composite service importance</source>
        <translation>服务重要性综合值</translation>
    </message>
    <message>
        <location filename="../../algorithms/general/combineservices.py" line="50" />
        <source>Importance classes</source>
        <translation>重要性分级</translation>
    </message>
    <message>
        <location filename="../../algorithms/general/combineservices.py" line="52" />
        <source>Class table</source>
        <translation>分级表</translation>
    </message>
    <message>
        <location filename="../../algorithms/general/combineservices.py" line="54" />
        <source>Class breaks</source>
        <translation>分级断点</translation>
    </message>
    <message>
        <location filename="../../algorithms/general/combineservices.py" line="59" />
        <source>Choose at least one service raster.</source>
        <translation>请至少选择一个生态系统服务栅格。</translation>
    </message>
    <message>
        <location filename="../../algorithms/general/combineservices.py" line="60" />
        <source>Weights</source>
        <translation>权重</translation>
    </message>
    <message>
        <location filename="../../algorithms/general/combineservices.py" line="63" />
        <source>{} weights were given for {} rasters. Give one weight per raster, in the order of the rasters, or leave the weights empty for equal weights.</source>
        <translation>给出了 {} 个权重，但有 {} 个栅格。请按栅格顺序为每个栅格给出一个权重，或留空以使用等权重。</translation>
    </message>
    <message>
        <location filename="../../algorithms/general/combineservices.py" line="87" />
        <source>The composite has only {} distinct values, so it has {} classes instead of {}.</source>
        <translation>综合值只有 {} 个不同的值，因此只分为 {} 级而不是 {} 级。</translation>
    </message>
    <message>
        <location filename="../../algorithms/general/combineservices.py" line="107" />
        <source>Class breaks: {}</source>
        <translation>分级断点：{}</translation>
    </message>
    <message>
        <location filename="../../algorithms/general/combineservices.py" line="137" />
        <source>extremely important</source>
        <translation>极重要</translation>
    </message>
    <message>
        <location filename="../../algorithms/general/combineservices.py" line="138" />
        <source>more important</source>
        <translation>较重要</translation>
    </message>
    <message>
        <location filename="../../algorithms/general/combineservices.py" line="139" />
        <source>generally important</source>
        <translation>一般重要</translation>
    </message>
    <message>
        <location filename="../../algorithms/general/combineservices.py" line="140" />
        <source>other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../algorithms/general/combineservices.py" line="141" />
        <source>class {}</source>
        <translation>第 {} 级</translation>
    </message>
    <message>
        <location filename="../../algorithms/general/combineservices.py" line="120" />
        <source>{}: nodata on {} cells ({:.1f} % of the composite); there the composite combines the other services (weights rescaled).</source>
        <translation>{}：{} 个像元为无数据（占综合结果的 {:.1f} %）；这些像元的综合值由其他服务组合而成（权重重新缩放）。</translation>
    </message>
    <message>
        <location filename="../../algorithms/general/combineservices.py" line="129" />
        <source>{} cells hold some services but are nodata in the composite because a service is missing there ({}); they become barriers downstream. Choose 'Combine the rasters that hold data' to keep them.</source>
        <translation>{} 个像元有部分服务数据，但因缺少某项服务（{}）在综合结果中为无数据；它们在后续步骤中会成为障碍。选择“组合有数据的栅格”可保留这些像元。</translation>
    </message>
</context>
</TS>