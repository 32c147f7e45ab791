<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>ReclassifyByTable</name>
    <message>
        <location filename="../../algorithms/general/reclassifybytable.py" line="25" />
        <source>Reclassify by table</source>
        <translation>按表重分类</translation>
    </message>
    <message>
        <location filename="../../algorithms/general/reclassifybytable.py" line="28" />
        <source>Input raster</source>
        <translation>输入栅格</translation>
    </message>
    <message>
        <location filename="../../algorithms/general/reclassifybytable.py" line="29" />
        <source>Rules (minimum, maximum, value)</source>
        <translation>规则（最小值，最大值，新值）</translation>
    </message>
    <message>
        <location filename="../../algorithms/general/reclassifybytable.py" line="29" />
        <source>Minimum</source>
        <translation>最小值</translation>
    </message>
    <message>
        <location filename="../../algorithms/general/reclassifybytable.py" line="29" />
        <source>Maximum</source>
        <translation>最大值</translation>
    </message>
    <message>
        <location filename="../../algorithms/general/reclassifybytable.py" line="29" />
        <source>Value</source>
        <translation>新值</translation>
    </message>
    <message>
        <location filename="../../algorithms/general/reclassifybytable.py" line="34" />
        <source>Or: rule table (CSV or table layer)</source>
        <translation>或：规则表（CSV 或表图层）</translation>
    </message>
    <message>
        <location filename="../../algorithms/general/reclassifybytable.py" line="37" />
        <source>Class map: code field</source>
        <translation>类别映射：代码字段</translation>
    </message>
    <message>
        <location filename="../../algorithms/general/reclassifybytable.py" line="40" />
        <source>Ranges: minimum field</source>
        <translation>区间：最小值字段</translation>
    </message>
    <message>
        <location filename="../../algorithms/general/reclassifybytable.py" line="43" />
        <source>Ranges: maximum field</source>
        <translation>区间：最大值字段</translation>
    </message>
    <message>
        <location filename="../../algorithms/general/reclassifybytable.py" line="46" />
        <source>Value field</source>
        <translation>新值字段</translation>
    </message>
    <message>
        <location filename="../../algorithms/general/reclassifybytable.py" line="49" />
        <source>Range boundaries</source>
        <translation>区间边界</translation>
    </message>
    <message>
        <location filename="../../algorithms/general/reclassifybytable.py" line="49" />
        <source>min &lt; value &lt;= max</source>
        <translation>min &lt; 值 &lt;= max</translation>
    </message>
    <message>
        <location filename="../../algorithms/general/reclassifybytable.py" line="49" />
        <source>min &lt;= value &lt; max</source>
        <translation>min &lt;= 值 &lt; max</translation>
    </message>
    <message>
        <location filename="../../algorithms/general/reclassifybytable.py" line="49" />
        <source>min &lt;= value &lt;= max</source>
        <translation>min &lt;= 值 &lt;= max</translation>
    </message>
    <message>
        <location filename="../../algorithms/general/reclassifybytable.py" line="53" />
        <source>Cells matching no rule</source>
        <translation>不匹配任何规则的像元</translation>
    </message>
    <message>
        <location filename="../../algorithms/general/reclassifybytable.py" line="53" />
        <source>Set to nodata</source>
        <translation>设为无数据</translation>
    </message>
    <message>
        <location filename="../../algorithms/general/reclassifybytable.py" line="53" />
        <source>Stop with an error</source>
        <translation>报错并停止</translation>
    </message>
    <message>
        <location filename="../../algorithms/general/reclassifybytable.py" line="56" />
        <source>Output data type</source>
        <translation>输出数据类型</translation>
    </message>
    <message>
        <location filename="../../algorithms/general/reclassifybytable.py" line="58" />
        <source>Reclassified raster</source>
        <translation>重分类栅格</translation>
    </message>
    <message>
        <location filename="../../algorithms/general/reclassifybytable.py" line="64" />
        <source>input raster</source>
        <translation>输入栅格</translation>
    </message>
    <message>
        <location filename="../../algorithms/general/reclassifybytable.py" line="75" />
        <source>rule table</source>
        <translation>规则表</translation>
    </message>
    <message>
        <location filename="../../algorithms/general/reclassifybytable.py" line="77" />
        <source>Choose the value field of the rule table.</source>
        <translation>请选择规则表的新值字段。</translation>
    </message>
    <message>
        <location filename="../../algorithms/general/reclassifybytable.py" line="84" />
        <source>The raster {} holds the class code(s) {}, which are missing from field '{}' of the rule table. Add a row for each code.</source>
        <translation>栅格 {} 含有类别代码 {}，但规则表的字段“{}”中没有这些代码。请为每个代码添加一行。</translation>
    </message>
    <message>
        <location filename="../../algorithms/general/reclassifybytable.py" line="91" />
        <source>With a rule table, choose either the code field (class map) or the minimum and maximum fields (ranges).</source>
        <translation>使用规则表时，请选择代码字段（类别映射）或最小值和最大值字段（区间）之一。</translation>
    </message>
    <message>
        <location filename="../../algorithms/general/reclassifybytable.py" line="102" />
        <source>Give the rules: type them in the 'Rules' matrix or choose a rule table.</source>
        <translation>请给出规则：在“规则”矩阵中输入，或选择规则表。</translation>
    </message>
    <message>
        <location filename="../../algorithms/general/reclassifybytable.py" line="106" />
        <source>The rules matrix must have three columns (minimum, maximum, value).</source>
        <translation>规则矩阵必须有三列（最小值，最大值，新值）。</translation>
    </message>
    <message>
        <location filename="../../algorithms/general/reclassifybytable.py" line="120" />
        <source>Rule {}: '{}' is not a number.</source>
        <translation>规则 {}：“{}”不是数字。</translation>
    </message>
    <message>
        <location filename="../../algorithms/general/reclassifybytable.py" line="127" />
        <source>Some cells of {} match no rule ({}). Extend the rules or choose 'Set to nodata'.</source>
        <translation>{} 中有像元不匹配任何规则（{}）。请扩展规则或选择“设为无数据”。</translation>
    </message>
</context>
</TS>