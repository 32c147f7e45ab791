<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>EconomicPattern</name>
    <message>
        <location filename="../../algorithms/industry/economicpattern.py" line="33" />
        <source>Economic production pattern (intensity classes)</source>
        <translation>经济生产格局(强度等级)</translation>
    </message>
    <message>
        <location filename="../../algorithms/industry/economicpattern.py" line="36" />
        <source>Kernel density of the core industries</source>
        <translation>核心产业核密度</translation>
    </message>
    <message>
        <location filename="../../algorithms/industry/economicpattern.py" line="38" />
        <source>Number of intensity classes</source>
        <translation>强度等级数</translation>
    </message>
    <message>
        <location filename="../../algorithms/industry/economicpattern.py" line="41" />
        <source>Classification method</source>
        <translation>分级方法</translation>
    </message>
    <message>
        <location filename="../../algorithms/industry/economicpattern.py" line="41" />
        <source>Natural breaks (Jenks)</source>
        <translation>自然断点法(Jenks)</translation>
    </message>
    <message>
        <location filename="../../algorithms/industry/economicpattern.py" line="41" />
        <source>Quantiles</source>
        <translation>分位数</translation>
    </message>
    <message>
        <location filename="../../algorithms/industry/economicpattern.py" line="41" />
        <source>Equal intervals</source>
        <translation>等间距</translation>
    </message>
    <message>
        <location filename="../../algorithms/industry/economicpattern.py" line="45" />
        <source>Values of the density raster</source>
        <translation>密度栅格的数值含义</translation>
    </message>
    <message>
        <location filename="../../algorithms/industry/economicpattern.py" line="45" />
        <source>Density per km²</source>
        <translation>每平方千米密度</translation>
    </message>
    <message>
        <location filename="../../algorithms/industry/economicpattern.py" line="45" />
        <source>Density per hectare</source>
        <translation>每公顷密度</translation>
    </message>
    <message>
        <location filename="../../algorithms/industry/economicpattern.py" line="45" />
        <source>Density per m²</source>
        <translation>每平方米密度</translation>
    </message>
    <message>
        <location filename="../../algorithms/industry/economicpattern.py" line="45" />
        <source>Expected count per cell</source>
        <translation>每像元期望数量</translation>
    </message>
    <message>
        <location filename="../../algorithms/industry/economicpattern.py" line="49" />
        <source>High-intensity zones: number of top classes</source>
        <translation>高强度区:最高等级的个数</translation>
    </message>
    <message>
        <location filename="../../algorithms/industry/economicpattern.py" line="52" />
        <source>Include zero-density cells in the classes</source>
        <translation>将密度为零的像元纳入分级</translation>
    </message>
    <message>
        <location filename="../../algorithms/industry/economicpattern.py" line="56" />
        <source>Economic intensity classes</source>
        <translation>经济强度等级</translation>
    </message>
    <message>
        <location filename="../../algorithms/industry/economicpattern.py" line="58" />
        <source>Intensity class table</source>
        <translation>强度等级表</translation>
    </message>
    <message>
        <location filename="../../algorithms/industry/economicpattern.py" line="60" />
        <source>High-intensity zones</source>
        <translation>高强度区</translation>
    </message>
    <message>
        <location filename="../../algorithms/industry/economicpattern.py" line="62" />
        <source>Class breaks</source>
        <translation>分级断点</translation>
    </message>
    <message>
        <location filename="../../algorithms/industry/economicpattern.py" line="63" />
        <source>Number of high-intensity zones</source>
        <translation>高强度区个数</translation>
    </message>
    <message>
        <location filename="../../algorithms/industry/economicpattern.py" line="68" />
        <source>very low</source>
        <translation>极低</translation>
    </message>
    <message>
        <location filename="../../algorithms/industry/economicpattern.py" line="71" />
        <source>low</source>
        <translation>低</translation>
    </message>
    <message>
        <location filename="../../algorithms/industry/economicpattern.py" line="71" />
        <source>medium</source>
        <translation>中</translation>
    </message>
    <message>
        <location filename="../../algorithms/industry/economicpattern.py" line="71" />
        <source>high</source>
        <translation>高</translation>
    </message>
    <message>
        <location filename="../../algorithms/industry/economicpattern.py" line="69" />
        <source>very high</source>
        <translation>极高</translation>
    </message>
    <message>
        <location filename="../../algorithms/industry/economicpattern.py" line="72" />
        <source>class {}</source>
        <translation>等级 {}</translation>
    </message>
    <message>
        <location filename="../../algorithms/industry/economicpattern.py" line="76" />
        <source>density raster</source>
        <translation>密度栅格</translation>
    </message>
    <message>
        <location filename="../../algorithms/industry/economicpattern.py" line="90" />
        <source>The density has only {} distinct values, so it has {} classes instead of {}.</source>
        <translation>密度只有 {} 个不同的值,因此只分为 {} 级,而不是 {} 级。</translation>
    </message>
    <message>
        <location filename="../../algorithms/industry/economicpattern.py" line="113" />
        <source>no economic production</source>
        <translation>无经济生产</translation>
    </message>
    <message>
        <location filename="../../algorithms/industry/economicpattern.py" line="133" />
        <source>Class breaks: {}</source>
        <translation>分级断点:{}</translation>
    </message>
</context>
</TS>