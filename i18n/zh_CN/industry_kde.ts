<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>EconomicPattern</name>
    <message>
        <location filename="../../algorithms/industry/economicpattern.py" line="34" />
        <source>Economic production pattern (intensity classes)</source>
        <translation>经济生产格局(强度等级)</translation>
    </message>
    <message>
        <location filename="../../algorithms/industry/economicpattern.py" line="60" />
        <source>Kernel density of the core industries</source>
        <translation>核心产业核密度</translation>
    </message>
    <message>
        <location filename="../../algorithms/industry/economicpattern.py" line="62" />
        <source>Band</source>
        <translation>波段</translation>
    </message>
    <message>
        <location filename="../../algorithms/industry/economicpattern.py" line="64" />
        <source>Number of intensity classes</source>
        <translation>强度等级数</translation>
    </message>
    <message>
        <location filename="../../algorithms/industry/economicpattern.py" line="67" />
        <source>Classification method</source>
        <translation>分级方法</translation>
    </message>
    <message>
        <location filename="../../algorithms/industry/economicpattern.py" line="67" />
        <source>Natural breaks (Jenks)</source>
        <translation>自然断点法(Jenks)</translation>
    </message>
    <message>
        <location filename="../../algorithms/industry/economicpattern.py" line="67" />
        <source>Quantiles</source>
        <translation>分位数</translation>
    </message>
    <message>
        <location filename="../../algorithms/industry/economicpattern.py" line="67" />
        <source>Equal intervals</source>
        <translation>等间距</translation>
    </message>
    <message>
        <location filename="../../algorithms/industry/economicpattern.py" line="71" />
        <source>Values of the density raster</source>
        <translation>密度栅格的数值含义</translation>
    </message>
    <message>
        <location filename="../../algorithms/industry/economicpattern.py" line="71" />
        <source>Density per km²</source>
        <translation>每平方千米密度</translation>
    </message>
    <message>
        <location filename="../../algorithms/industry/economicpattern.py" line="71" />
        <source>Density per hectare</source>
        <translation>每公顷密度</translation>
    </message>
    <message>
        <location filename="../../algorithms/industry/economicpattern.py" line="71" />
        <source>Density per m²</source>
        <translation>每平方米密度</translation>
    </message>
    <message>
        <location filename="../../algorithms/industry/economicpattern.py" line="71" />
        <source>Expected count per cell</source>
        <translation>每像元期望数量</translation>
    </message>
    <message>
        <location filename="../../algorithms/industry/economicpattern.py" line="75" />
        <source>High-intensity zones: number of top classes</source>
        <translation>高强度区:最高等级的个数</translation>
    </message>
    <message>
        <location filename="../../algorithms/industry/economicpattern.py" line="78" />
        <source>Include zero-density cells in the classes</source>
        <translation>将密度为零的像元纳入分级</translation>
    </message>
    <message>
        <location filename="../../algorithms/industry/economicpattern.py" line="81" />
        <source>Natural breaks: maximum sample size</source>
        <translation>自然断点法:最大样本量</translation>
    </message>
    <message>
        <location filename="../../algorithms/industry/economicpattern.py" line="86" />
        <source>Random seed of the sample</source>
        <translation>抽样随机种子</translation>
    </message>
    <message>
        <location filename="../../algorithms/industry/economicpattern.py" line="90" />
        <source>Economic intensity classes</source>
        <translation>经济强度等级</translation>
    </message>
    <message>
        <location filename="../../algorithms/industry/economicpattern.py" line="92" />
        <source>Intensity class table</source>
        <translation>强度等级表</translation>
    </message>
    <message>
        <location filename="../../algorithms/industry/economicpattern.py" line="94" />
        <source>High-intensity zones</source>
        <translation>高强度区</translation>
    </message>
    <message>
        <location filename="../../algorithms/industry/economicpattern.py" line="96" />
        <source>Class breaks</source>
        <translation>分级断点</translation>
    </message>
    <message>
        <location filename="../../algorithms/industry/economicpattern.py" line="97" />
        <source>Number of high-intensity zones</source>
        <translation>高强度区个数</translation>
    </message>
    <message>
        <location filename="../../algorithms/industry/economicpattern.py" line="102" />
        <source>very low</source>
        <translation>极低</translation>
    </message>
    <message>
        <location filename="../../algorithms/industry/economicpattern.py" line="105" />
        <source>low</source>
        <translation>低</translation>
    </message>
    <message>
        <location filename="../../algorithms/industry/economicpattern.py" line="105" />
        <source>medium</source>
        <translation>中</translation>
    </message>
    <message>
        <location filename="../../algorithms/industry/economicpattern.py" line="105" />
        <source>high</source>
        <translation>高</translation>
    </message>
    <message>
        <location filename="../../algorithms/industry/economicpattern.py" line="103" />
        <source>very high</source>
        <translation>极高</translation>
    </message>
    <message>
        <location filename="../../algorithms/industry/economicpattern.py" line="106" />
        <source>class {}</source>
        <translation>等级 {}</translation>
    </message>
    <message>
        <location filename="../../algorithms/industry/economicpattern.py" line="111" />
        <source>density raster</source>
        <translation>密度栅格</translation>
    </message>
    <message>
        <location filename="../../algorithms/industry/economicpattern.py" line="125" />
        <source>The density has only {} distinct values, so it has {} classes instead of {}.</source>
        <translation>密度只有 {} 个不同的值,因此只分为 {} 级,而不是 {} 级。</translation>
    </message>
    <message>
        <location filename="../../algorithms/industry/economicpattern.py" line="148" />
        <source>no economic production</source>
        <translation>无经济生产</translation>
    </message>
    <message>
        <location filename="../../algorithms/industry/economicpattern.py" line="168" />
        <source>Class breaks: {}</source>
        <translation>分级断点:{}</translation>
    </message>
</context>
<context>
    <name>KernelDensity</name>
    <message>
        <location filename="../../algorithms/industry/kerneldensity.py" line="47" />
        <source>Kernel density of industries (ArcGIS quartic)</source>
        <translation>产业核密度(ArcGIS 四次核)</translation>
    </message>
    <message>
        <location filename="../../algorithms/industry/kerneldensity.py" line="89" />
        <source>Points (firms)</source>
        <translation>点(企业)</translation>
    </message>
    <message>
        <location filename="../../algorithms/industry/kerneldensity.py" line="91" />
        <source>Industry code field</source>
        <translation>行业代码字段</translation>
    </message>
    <message>
        <location filename="../../algorithms/industry/kerneldensity.py" line="94" />
        <source>Industry codes to keep, comma separated (empty = all)</source>
        <translation>保留的行业代码,逗号分隔(留空 = 全部)</translation>
    </message>
    <message>
        <location filename="../../algorithms/industry/kerneldensity.py" line="97" />
        <source>Code level: leading characters that make an industry (0 = whole code)</source>
        <translation>代码级别:构成一个行业的前导字符数(0 = 完整代码)</translation>
    </message>
    <message>
        <location filename="../../algorithms/industry/kerneldensity.py" line="100" />
        <source>Superimpose industries separately (own radius each, summed)</source>
        <translation>各行业分别计算后叠加(各用自己的半径,求和)</translation>
    </message>
    <message>
        <location filename="../../algorithms/industry/kerneldensity.py" line="103" />
        <source>Population field (weight; empty = 1 per point)</source>
        <translation>人口字段(权重;留空 = 每点计 1)</translation>
    </message>
    <message>
        <location filename="../../algorithms/industry/kerneldensity.py" line="106" />
        <source>Cell size (map units; 0 = shorter extent side / 250)</source>
        <translation>像元大小(地图单位;0 = 范围较短边 / 250)</translation>
    </message>
    <message>
        <location filename="../../algorithms/industry/kerneldensity.py" line="109" />
        <source>Search radius (map units; 0 = ArcGIS default)</source>
        <translation>搜索半径(地图单位;0 = ArcGIS 默认值)</translation>
    </message>
    <message>
        <location filename="../../algorithms/industry/kerneldensity.py" line="112" />
        <source>Output values</source>
        <translation>输出值</translation>
    </message>
    <message>
        <location filename="../../algorithms/industry/kerneldensity.py" line="112" />
        <source>Density per km²</source>
        <translation>每平方千米密度</translation>
    </message>
    <message>
        <location filename="../../algorithms/industry/kerneldensity.py" line="112" />
        <source>Density per hectare</source>
        <translation>每公顷密度</translation>
    </message>
    <message>
        <location filename="../../algorithms/industry/kerneldensity.py" line="112" />
        <source>Density per m²</source>
        <translation>每平方米密度</translation>
    </message>
    <message>
        <location filename="../../algorithms/industry/kerneldensity.py" line="112" />
        <source>Expected count per cell</source>
        <translation>每像元期望数量</translation>
    </message>
    <message>
        <location filename="../../algorithms/industry/kerneldensity.py" line="116" />
        <source>Output extent (empty = extent of the points)</source>
        <translation>输出范围(留空 = 点的范围)</translation>
    </message>
    <message>
        <location filename="../../algorithms/industry/kerneldensity.py" line="119" />
        <source>Reference raster (its grid is used; optional)</source>
        <translation>参考栅格(使用其格网;可选)</translation>
    </message>
    <message>
        <location filename="../../algorithms/industry/kerneldensity.py" line="122" />
        <source>Grow the points' extent by the search radius</source>
        <translation>将点的范围向外扩展一个搜索半径</translation>
    </message>
    <message>
        <location filename="../../algorithms/industry/kerneldensity.py" line="127" />
        <source>Write NoData where no kernel reaches (as ArcGIS)</source>
        <translation>在任何核都未覆盖的像元写入 NoData(同 ArcGIS)</translation>
    </message>
    <message>
        <location filename="../../algorithms/industry/kerneldensity.py" line="132" />
        <source>Method</source>
        <translation>计算方法</translation>
    </message>
    <message>
        <location filename="../../algorithms/industry/kerneldensity.py" line="132" />
        <source>Automatic (fastest within 0.1% of the peak)</source>
        <translation>自动(在峰值 0.1% 误差内选最快者)</translation>
    </message>
    <message>
        <location filename="../../algorithms/industry/kerneldensity.py" line="132" />
        <source>Exact per-point kernels</source>
        <translation>逐点精确核</translation>
    </message>
    <message>
        <location filename="../../algorithms/industry/kerneldensity.py" line="132" />
        <source>Bilinear spreading + FFT</source>
        <translation>双线性分配 + FFT</translation>
    </message>
    <message>
        <location filename="../../algorithms/industry/kerneldensity.py" line="139" />
        <source>Kernel density</source>
        <translation>核密度</translation>
    </message>
    <message>
        <location filename="../../algorithms/industry/kerneldensity.py" line="141" />
        <source>Industries and search radii</source>
        <translation>行业与搜索半径</translation>
    </message>
    <message>
        <location filename="../../algorithms/industry/kerneldensity.py" line="143" />
        <source>Number of points</source>
        <translation>点数</translation>
    </message>
    <message>
        <location filename="../../algorithms/industry/kerneldensity.py" line="144" />
        <source>Total population</source>
        <translation>总人口</translation>
    </message>
    <message>
        <location filename="../../algorithms/industry/kerneldensity.py" line="152" />
        <source>The point layer</source>
        <translation>点图层</translation>
    </message>
    <message>
        <location filename="../../algorithms/industry/kerneldensity.py" line="159" />
        <source>Industry codes to keep were given ({}) but no industry code field; choose the field that holds the codes.</source>
        <translation>给出了要保留的行业代码({}),但没有指定行业代码字段;请选择存放代码的字段。</translation>
    </message>
    <message>
        <location filename="../../algorithms/industry/kerneldensity.py" line="164" />
        <source>The point layer has no points.</source>
        <translation>点图层中没有点。</translation>
    </message>
    <message>
        <location filename="../../algorithms/industry/kerneldensity.py" line="171" />
        <source>{} of {} points kept ({}).</source>
        <translation>保留了 {} 个点(共 {} 个)({})。</translation>
    </message>
    <message>
        <location filename="../../algorithms/industry/kerneldensity.py" line="171" />
        <source>points with a code</source>
        <translation>有代码的点</translation>
    </message>
    <message>
        <location filename="../../algorithms/industry/kerneldensity.py" line="179" />
        <source>No point is left to compute a density.</source>
        <translation>没有剩余的点可用于计算密度。</translation>
    </message>
    <message>
        <location filename="../../algorithms/industry/kerneldensity.py" line="183" />
        <source>{}: {} points, population {:g}, search radius {:.6g}{}</source>
        <translation>{}:{} 个点,人口 {:g},搜索半径 {:.6g}{}</translation>
    </message>
    <message>
        <location filename="../../algorithms/industry/kerneldensity.py" line="213" />
        <source>all points</source>
        <translation>全部点</translation>
    </message>
    <message>
        <location filename="../../algorithms/industry/kerneldensity.py" line="183" />
        <source> (ArcGIS default)</source>
        <translation>(ArcGIS 默认值)</translation>
    </message>
    <message>
        <location filename="../../algorithms/industry/kerneldensity.py" line="192" />
        <source>The output would have {}×{} cells; choose a larger cell size or a smaller extent.</source>
        <translation>输出将有 {}×{} 个像元;请选择更大的像元大小或更小的范围。</translation>
    </message>
    <message>
        <location filename="../../algorithms/industry/kerneldensity.py" line="195" />
        <source>Grid: {}×{} cells of {:g}, origin ({:.6g}, {:.6g}).</source>
        <translation>格网:{}×{} 个像元,像元大小 {:g},原点 ({:.6g}, {:.6g})。</translation>
    </message>
    <message>
        <location filename="../../algorithms/industry/kerneldensity.py" line="215" />
        <source>ArcGIS default</source>
        <translation>ArcGIS 默认值</translation>
    </message>
    <message>
        <location filename="../../algorithms/industry/kerneldensity.py" line="215" />
        <source>given</source>
        <translation>用户给定</translation>
    </message>
    <message>
        <location filename="../../algorithms/industry/kerneldensity.py" line="254" />
        <source>Feature {} has no number in the population field '{}' ({}). Fill it in, or run without a population field.</source>
        <translation>要素 {} 的人口字段“{}”中没有数值({})。请填写该值,或不使用人口字段运行。</translation>
    </message>
    <message>
        <location filename="../../algorithms/industry/kerneldensity.py" line="267" />
        <source>{} features without geometry were skipped.</source>
        <translation>跳过了 {} 个没有几何的要素。</translation>
    </message>
    <message>
        <location filename="../../algorithms/industry/kerneldensity.py" line="278" />
        <source>The reference raster is in {} but the points are in {}; reproject one of them.</source>
        <translation>参考栅格的坐标系为 {},而点的坐标系为 {};请对其中之一进行重投影。</translation>
    </message>
    <message>
        <location filename="../../algorithms/industry/kerneldensity.py" line="282" />
        <source>The reference raster has rectangular cells ({:g} × {:g}); kernel density needs square cells.</source>
        <translation>参考栅格的像元为矩形({:g} × {:g});核密度需要正方形像元。</translation>
    </message>
    <message>
        <location filename="../../algorithms/industry/kerneldensity.py" line="300" />
        <source>The extent has no width or height, so the default cell size (shorter side / 250) is 0; give a cell size.</source>
        <translation>范围的宽度或高度为零,因此默认像元大小(较短边 / 250)为 0;请给出像元大小。</translation>
    </message>
</context>
</TS>