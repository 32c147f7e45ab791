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
        <location filename="../../algorithms/general/combineservices.py" line="51" />
        <source>Service rasters</source>
        <translation>生态系统服务栅格</translation>
    </message>
    <message>
        <location filename="../../algorithms/general/combineservices.py" line="53" />
        <source>Weights, in the order of the rasters (empty = equal)</source>
        <translation>权重，按栅格顺序（留空 = 等权重）</translation>
    </message>
    <message>
        <location filename="../../algorithms/general/combineservices.py" line="56" />
        <source>Number of classes</source>
        <translation>分级数</translation>
    </message>
    <message>
        <location filename="../../algorithms/general/combineservices.py" line="59" />
        <source>Classification method</source>
        <translation>分级方法</translation>
    </message>
    <message>
        <location filename="../../algorithms/general/combineservices.py" line="59" />
        <source>Natural breaks (Jenks)</source>
        <translation>自然断点法（Jenks）</translation>
    </message>
    <message>
        <location filename="../../algorithms/general/combineservices.py" line="59" />
        <source>Quantiles</source>
        <translation>分位数</translation>
    </message>
    <message>
        <location filename="../../algorithms/general/combineservices.py" line="59" />
        <source>Equal intervals</source>
        <translation>等间距</translation>
    </message>
    <message>
        <location filename="../../algorithms/general/combineservices.py" line="68" />
        <source>Natural breaks: maximum sample size</source>
        <translation>自然断点法：最大样本量</translation>
    </message>
    <message>
        <location filename="../../algorithms/general/combineservices.py" line="73" />
        <source>Random seed of the sample</source>
        <translation>抽样随机种子</translation>
    </message>
    <message>
        <location filename="../../algorithms/general/combineservices.py" line="77" />
        <source>Composite service importance</source>
        <translation>服务重要性综合值</translation>
    </message>
    <message>
        <location filename="../../algorithms/general/combineservices.py" line="79" />
        <source>Importance classes</source>
        <translation>重要性分级</translation>
    </message>
    <message>
        <location filename="../../algorithms/general/combineservices.py" line="81" />
        <source>Class table</source>
        <translation>分级表</translation>
    </message>
    <message>
        <location filename="../../algorithms/general/combineservices.py" line="83" />
        <source>Class breaks</source>
        <translation>分级断点</translation>
    </message>
    <message>
        <location filename="../../algorithms/general/combineservices.py" line="89" />
        <source>Choose at least one service raster.</source>
        <translation>请至少选择一个生态系统服务栅格。</translation>
    </message>
    <message>
        <location filename="../../algorithms/general/combineservices.py" line="90" />
        <source>Weights</source>
        <translation>权重</translation>
    </message>
    <message>
        <location filename="../../algorithms/general/combineservices.py" line="93" />
        <source>{} weights were given for {} rasters. Give one weight per raster, in the order of the rasters, or leave the weights empty for equal weights.</source>
        <translation>给出了 {} 个权重，但有 {} 个栅格。请按栅格顺序为每个栅格给出一个权重，或留空以使用等权重。</translation>
    </message>
    <message>
        <location filename="../../algorithms/general/combineservices.py" line="116" />
        <source>The composite has only {} distinct values, so it has {} classes instead of {}.</source>
        <translation>综合值只有 {} 个不同的值，因此只分为 {} 级而不是 {} 级。</translation>
    </message>
    <message>
        <location filename="../../algorithms/general/combineservices.py" line="136" />
        <source>Class breaks: {}</source>
        <translation>分级断点：{}</translation>
    </message>
    <message>
        <location filename="../../algorithms/general/combineservices.py" line="142" />
        <source>extremely important</source>
        <translation>极重要</translation>
    </message>
    <message>
        <location filename="../../algorithms/general/combineservices.py" line="143" />
        <source>more important</source>
        <translation>较重要</translation>
    </message>
    <message>
        <location filename="../../algorithms/general/combineservices.py" line="144" />
        <source>generally important</source>
        <translation>一般重要</translation>
    </message>
    <message>
        <location filename="../../algorithms/general/combineservices.py" line="145" />
        <source>other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../algorithms/general/combineservices.py" line="146" />
        <source>class {}</source>
        <translation>第 {} 级</translation>
    </message>
    <message>
        <location filename="../../algorithms/general/combineservices.py" line="63" />
        <source>Where a raster is nodata</source>
        <translation>某栅格为无数据时</translation>
    </message>
    <message>
        <location filename="../../algorithms/general/combineservices.py" line="63" />
        <source>Nodata in the result</source>
        <translation>结果为无数据</translation>
    </message>
    <message>
        <location filename="../../algorithms/general/combineservices.py" line="63" />
        <source>Combine the rasters that hold data (weights rescaled)</source>
        <translation>合并有数据的栅格（权重重新缩放）</translation>
    </message>
</context>
<context>
    <name>ReclassifyByTable</name>
    <message>
        <location filename="../../algorithms/general/reclassifybytable.py" line="27" />
        <source>Reclassify by table</source>
        <translation>按表重分类</translation>
    </message>
    <message>
        <location filename="../../algorithms/general/reclassifybytable.py" line="46" />
        <source>Input raster</source>
        <translation>输入栅格</translation>
    </message>
    <message>
        <location filename="../../algorithms/general/reclassifybytable.py" line="47" />
        <source>Band</source>
        <translation>波段</translation>
    </message>
    <message>
        <location filename="../../algorithms/general/reclassifybytable.py" line="49" />
        <source>Rules (minimum, maximum, value)</source>
        <translation>规则（最小值，最大值，新值）</translation>
    </message>
    <message>
        <location filename="../../algorithms/general/reclassifybytable.py" line="49" />
        <source>Minimum</source>
        <translation>最小值</translation>
    </message>
    <message>
        <location filename="../../algorithms/general/reclassifybytable.py" line="49" />
        <source>Maximum</source>
        <translation>最大值</translation>
    </message>
    <message>
        <location filename="../../algorithms/general/reclassifybytable.py" line="49" />
        <source>Value</source>
        <translation>新值</translation>
    </message>
    <message>
        <location filename="../../algorithms/general/reclassifybytable.py" line="54" />
        <source>Or: rule table (CSV or table layer)</source>
        <translation>或：规则表（CSV 或表图层）</translation>
    </message>
    <message>
        <location filename="../../algorithms/general/reclassifybytable.py" line="57" />
        <source>Class map: code field</source>
        <translation>类别映射：代码字段</translation>
    </message>
    <message>
        <location filename="../../algorithms/general/reclassifybytable.py" line="60" />
        <source>Ranges: minimum field</source>
        <translation>区间：最小值字段</translation>
    </message>
    <message>
        <location filename="../../algorithms/general/reclassifybytable.py" line="63" />
        <source>Ranges: maximum field</source>
        <translation>区间：最大值字段</translation>
    </message>
    <message>
        <location filename="../../algorithms/general/reclassifybytable.py" line="66" />
        <source>Value field</source>
        <translation>新值字段</translation>
    </message>
    <message>
        <location filename="../../algorithms/general/reclassifybytable.py" line="69" />
        <source>Range boundaries</source>
        <translation>区间边界</translation>
    </message>
    <message>
        <location filename="../../algorithms/general/reclassifybytable.py" line="69" />
        <source>min &lt; value &lt;= max</source>
        <translation>min &lt; 值 &lt;= max</translation>
    </message>
    <message>
        <location filename="../../algorithms/general/reclassifybytable.py" line="69" />
        <source>min &lt;= value &lt; max</source>
        <translation>min &lt;= 值 &lt; max</translation>
    </message>
    <message>
        <location filename="../../algorithms/general/reclassifybytable.py" line="69" />
        <source>min &lt;= value &lt;= max</source>
        <translation>min &lt;= 值 &lt;= max</translation>
    </message>
    <message>
        <location filename="../../algorithms/general/reclassifybytable.py" line="73" />
        <source>Cells matching no rule</source>
        <translation>不匹配任何规则的像元</translation>
    </message>
    <message>
        <location filename="../../algorithms/general/reclassifybytable.py" line="73" />
        <source>Set to nodata</source>
        <translation>设为无数据</translation>
    </message>
    <message>
        <location filename="../../algorithms/general/reclassifybytable.py" line="73" />
        <source>Stop with an error</source>
        <translation>报错并停止</translation>
    </message>
    <message>
        <location filename="../../algorithms/general/reclassifybytable.py" line="76" />
        <source>Output data type</source>
        <translation>输出数据类型</translation>
    </message>
    <message>
        <location filename="../../algorithms/general/reclassifybytable.py" line="78" />
        <source>Reclassified raster</source>
        <translation>重分类栅格</translation>
    </message>
    <message>
        <location filename="../../algorithms/general/reclassifybytable.py" line="84" />
        <source>input raster</source>
        <translation>输入栅格</translation>
    </message>
    <message>
        <location filename="../../algorithms/general/reclassifybytable.py" line="95" />
        <source>rule table</source>
        <translation>规则表</translation>
    </message>
    <message>
        <location filename="../../algorithms/general/reclassifybytable.py" line="97" />
        <source>Choose the value field of the rule table.</source>
        <translation>请选择规则表的新值字段。</translation>
    </message>
    <message>
        <location filename="../../algorithms/general/reclassifybytable.py" line="104" />
        <source>The raster {} holds the class code(s) {}, which are missing from field '{}' of the rule table. Add a row for each code.</source>
        <translation>栅格 {} 含有类别代码 {}，但规则表的字段“{}”中没有这些代码。请为每个代码添加一行。</translation>
    </message>
    <message>
        <location filename="../../algorithms/general/reclassifybytable.py" line="111" />
        <source>With a rule table, choose either the code field (class map) or the minimum and maximum fields (ranges).</source>
        <translation>使用规则表时，请选择代码字段（类别映射）或最小值和最大值字段（区间）之一。</translation>
    </message>
    <message>
        <location filename="../../algorithms/general/reclassifybytable.py" line="122" />
        <source>Give the rules: type them in the 'Rules' matrix or choose a rule table.</source>
        <translation>请给出规则：在“规则”矩阵中输入，或选择规则表。</translation>
    </message>
    <message>
        <location filename="../../algorithms/general/reclassifybytable.py" line="126" />
        <source>The rules matrix must have three columns (minimum, maximum, value).</source>
        <translation>规则矩阵必须有三列（最小值，最大值，新值）。</translation>
    </message>
    <message>
        <location filename="../../algorithms/general/reclassifybytable.py" line="140" />
        <source>Rule {}: '{}' is not a number.</source>
        <translation>规则 {}：“{}”不是数字。</translation>
    </message>
    <message>
        <location filename="../../algorithms/general/reclassifybytable.py" line="147" />
        <source>Some cells of {} match no rule ({}). Extend the rules or choose 'Set to nodata'.</source>
        <translation>{} 中有像元不匹配任何规则（{}）。请扩展规则或选择“设为无数据”。</translation>
    </message>
</context>
</TS>