<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>AhpWeights</name>
    <message>
        <location filename="../../algorithms/ecosecurity/ahpweights.py" line="38" />
        <source>AHP weights</source>
        <translation>AHP 权重</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/ahpweights.py" line="26" />
        <source>Factor names, comma separated (in the order of the rows)</source>
        <translation>因子名称，逗号分隔（按行的顺序）</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/ahpweights.py" line="29" />
        <source>Pairwise comparison matrix (rows separated by ';')</source>
        <translation>两两比较判断矩阵（行之间用 ';' 分隔）</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/ahpweights.py" line="32" />
        <source>Or: matrix table (CSV or table layer)</source>
        <translation>或：矩阵表格（CSV 或表格图层）</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/ahpweights.py" line="35" />
        <source>Matrix table: factor name field</source>
        <translation>矩阵表格：因子名称字段</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/ahpweights.py" line="40" />
        <source>λmax</source>
        <translation>λmax</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/ahpweights.py" line="41" />
        <source>Consistency index CI</source>
        <translation>一致性指标 CI</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/ahpweights.py" line="42" />
        <source>Random index RI</source>
        <translation>随机一致性指标 RI</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/ahpweights.py" line="43" />
        <source>Consistency ratio CR</source>
        <translation>一致性比率 CR</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/ahpweights.py" line="44" />
        <source>Consistent (1 when CR &lt; 0.1)</source>
        <translation>是否一致（CR &lt; 0.1 时为 1）</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/ahpweights.py" line="46" />
        <source>Weights, comma separated</source>
        <translation>权重，逗号分隔</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/ahpweights.py" line="55" />
        <source>Give the matrix either typed in or as a table, not both.</source>
        <translation>请直接输入矩阵或给出矩阵表格，二者只能选其一。</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/ahpweights.py" line="58" />
        <source>matrix table</source>
        <translation>矩阵表格</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/ahpweights.py" line="74" />
        <source>Give the pairwise comparison matrix: type it in or choose a table.</source>
        <translation>请给出两两比较判断矩阵：直接输入或选择一个表格。</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/ahpweights.py" line="79" />
        <source>factor {}</source>
        <translation>因子 {}</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/ahpweights.py" line="81" />
        <source>{} factor names were given for a {}×{} matrix; give one name per row.</source>
        <translation>给出了 {} 个因子名称，但矩阵为 {}×{}；请每行给出一个名称。</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/ahpweights.py" line="85" />
        <source>λmax = {:.6f}, CI = {:.6f}, RI = {:.2f}, CR = {:.6f}</source>
        <translation>λmax = {:.6f}，CI = {:.6f}，RI = {:.2f}，CR = {:.6f}</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/ahpweights.py" line="88" />
        <source>WARNING: the consistency ratio CR = {:.4f} is not below {:g}: the judgements are inconsistent. Revise the comparison matrix before using these weights.</source>
        <translation>警告：一致性比率 CR = {:.4f} 不小于 {:g}：判断不一致。请在使用这些权重之前修改判断矩阵。</translation>
    </message>
</context>
</TS>