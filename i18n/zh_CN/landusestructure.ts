<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>LandUseStructure</name>
    <message>
        <location filename="../../algorithms/landuse/landusestructure.py" line="39" />
        <source>Land-use structure optimisation (LP)</source>
        <translation>土地利用结构优化（线性规划）</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/landusestructure.py" line="42" />
        <source>Class table (CSV or table layer)</source>
        <translation>地类表（CSV 或表图层）</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/landusestructure.py" line="44" />
        <source>Class code field</source>
        <translation>地类代码字段</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/landusestructure.py" line="47" />
        <source>Class name field</source>
        <translation>地类名称字段</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/landusestructure.py" line="50" />
        <source>Current area field (km²)</source>
        <translation>现状面积字段（km²）</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/landusestructure.py" line="53" />
        <source>Ecological coefficient field (currency/ha)</source>
        <translation>生态系数字段（货币/ha）</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/landusestructure.py" line="56" />
        <source>Economic coefficient field (currency/ha)</source>
        <translation>经济系数字段（货币/ha）</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/landusestructure.py" line="59" />
        <source>Constraint table</source>
        <translation>约束表</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/landusestructure.py" line="61" />
        <source>Constraint type field</source>
        <translation>约束类型字段</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/landusestructure.py" line="64" />
        <source>Constraint class code field</source>
        <translation>约束地类代码字段</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/landusestructure.py" line="67" />
        <source>Constraint value field</source>
        <translation>约束数值字段</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/landusestructure.py" line="70" />
        <source>Keep the total area equal to the current total</source>
        <translation>保持总面积等于现状总面积</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/landusestructure.py" line="72" />
        <source>Objective</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/landusestructure.py" line="72" />
        <source>Maximise economic benefit</source>
        <translation>经济效益最大</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/landusestructure.py" line="72" />
        <source>Maximise ecosystem service value</source>
        <translation>生态系统服务价值最大</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/landusestructure.py" line="72" />
        <source>Trade-off sweep (ε-constraint: max economic benefit for ESV floors)</source>
        <translation>权衡扫描（ε-约束：在各 ESV 下限下求经济效益最大）</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/landusestructure.py" line="77" />
        <source>Points of the trade-off sweep</source>
        <translation>权衡扫描的点数</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/landusestructure.py" line="80" />
        <source>Solver</source>
        <translation>求解器</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/landusestructure.py" line="80" />
        <source>Automatic (PuLP: HiGHS when highspy is installed, else CBC)</source>
        <translation>自动（PuLP：安装了 highspy 时用 HiGHS，否则用 CBC）</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/landusestructure.py" line="80" />
        <source>PuLP with its bundled CBC</source>
        <translation>PuLP 自带的 CBC</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/landusestructure.py" line="80" />
        <source>SciPy HiGHS (linprog)</source>
        <translation>SciPy HiGHS（linprog）</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/landusestructure.py" line="95" />
        <source>Optimal land-use structure</source>
        <translation>最优土地利用结构</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/landusestructure.py" line="97" />
        <source>Constraints, binding and shadow prices</source>
        <translation>约束、紧约束与影子价格</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/landusestructure.py" line="100" />
        <source>Trade-off curve</source>
        <translation>权衡曲线</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/landusestructure.py" line="103" />
        <source>Objective value</source>
        <translation>目标值</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/landusestructure.py" line="105" />
        <source>ESV of the optimum</source>
        <translation>最优解的 ESV</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/landusestructure.py" line="106" />
        <source>Economic benefit of the optimum</source>
        <translation>最优解的经济效益</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/landusestructure.py" line="108" />
        <source>Warnings</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/landusestructure.py" line="111" />
        <source>class table</source>
        <translation>地类表</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/landusestructure.py" line="129" />
        <source>constraint table</source>
        <translation>约束表</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/landusestructure.py" line="139" />
        <source>Constraint row {}: the class code {:g} is not a whole number.</source>
        <translation>约束表第 {} 行：地类代码 {:g} 不是整数。</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/landusestructure.py" line="177" />
        <source>total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/landusestructure.py" line="188" />
        <source>per km²</source>
        <translation>每 km²</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/landusestructure.py" line="188" />
        <source>per currency unit</source>
        <translation>每货币单位</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/landusestructure.py" line="193" />
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/landusestructure.py" line="193" />
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/landusestructure.py" line="221" />
        <source>Optimum ({}, solver {}): ESV {:,.2f} (current {:,.2f}), economic benefit {:,.2f} (current {:,.2f}); binding: {}.</source>
        <translation>最优解（{}，求解器 {}）：ESV {:,.2f}（现状 {:,.2f}），经济效益 {:,.2f}（现状 {:,.2f}）；紧约束：{}。</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/landusestructure.py" line="221" />
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/landusestructure.py" line="86" />
        <source>Unit of the values in the outputs and the log</source>
        <translation>输出和日志中价值的单位</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/landusestructure.py" line="86" />
        <source>Currency of the tables (for example CNY)</source>
        <translation>表格的货币单位（例如元）</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/landusestructure.py" line="86" />
        <source>10⁴ currency units (for example 10⁴ CNY, 万元)</source>
        <translation>10⁴ 货币单位（例如万元）</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/landusestructure.py" line="86" />
        <source>10⁸ currency units (for example 10⁸ CNY, 亿元)</source>
        <translation>10⁸ 货币单位（例如亿元）</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/landusestructure.py" line="92" />
        <source>Warn when a class changes by more than (%)</source>
        <translation>类别面积变化超过该比例时警告（%）</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/landusestructure.py" line="162" />
        <source>10⁴ currency units</source>
        <translation>10⁴ 货币单位</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/landusestructure.py" line="162" />
        <source>10⁸ currency units</source>
        <translation>10⁸ 货币单位</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/landusestructure.py" line="190" />
        <source>{} per km²</source>
        <translation>{}/km²</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/landusestructure.py" line="227" />
        <source>Values are in {}.</source>
        <translation>价值单位为 {}。</translation>
    </message>
</context>
</TS>