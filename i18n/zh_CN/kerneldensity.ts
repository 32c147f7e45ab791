<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>KernelDensity</name>
    <message>
        <location filename="../../algorithms/industry/kerneldensity.py" line="47" />
        <source>Kernel density of industries (ArcGIS quartic)</source>
        <translation>产业核密度(ArcGIS 四次核)</translation>
    </message>
    <message>
        <location filename="../../algorithms/industry/kerneldensity.py" line="50" />
        <source>Points (firms)</source>
        <translation>点(企业)</translation>
    </message>
    <message>
        <location filename="../../algorithms/industry/kerneldensity.py" line="52" />
        <source>Industry code field</source>
        <translation>行业代码字段</translation>
    </message>
    <message>
        <location filename="../../algorithms/industry/kerneldensity.py" line="55" />
        <source>Industry codes to keep, comma separated (empty = all)</source>
        <translation>保留的行业代码,逗号分隔(留空 = 全部)</translation>
    </message>
    <message>
        <location filename="../../algorithms/industry/kerneldensity.py" line="58" />
        <source>Code level: leading characters that make an industry (0 = whole code)</source>
        <translation>代码级别:构成一个行业的前导字符数(0 = 完整代码)</translation>
    </message>
    <message>
        <location filename="../../algorithms/industry/kerneldensity.py" line="61" />
        <source>Superimpose industries separately (own radius each, summed)</source>
        <translation>各行业分别计算后叠加(各用自己的半径,求和)</translation>
    </message>
    <message>
        <location filename="../../algorithms/industry/kerneldensity.py" line="64" />
        <source>Population field (weight; empty = 1 per point)</source>
        <translation>人口字段(权重;留空 = 每点计 1)</translation>
    </message>
    <message>
        <location filename="../../algorithms/industry/kerneldensity.py" line="67" />
        <source>Cell size (map units; 0 = shorter extent side / 250)</source>
        <translation>像元大小(地图单位;0 = 范围较短边 / 250)</translation>
    </message>
    <message>
        <location filename="../../algorithms/industry/kerneldensity.py" line="70" />
        <source>Search radius (map units; 0 = ArcGIS default)</source>
        <translation>搜索半径(地图单位;0 = ArcGIS 默认值)</translation>
    </message>
    <message>
        <location filename="../../algorithms/industry/kerneldensity.py" line="73" />
        <source>Output values</source>
        <translation>输出值</translation>
    </message>
    <message>
        <location filename="../../algorithms/industry/kerneldensity.py" line="73" />
        <source>Density per km²</source>
        <translation>每平方千米密度</translation>
    </message>
    <message>
        <location filename="../../algorithms/industry/kerneldensity.py" line="73" />
        <source>Density per hectare</source>
        <translation>每公顷密度</translation>
    </message>
    <message>
        <location filename="../../algorithms/industry/kerneldensity.py" line="73" />
        <source>Density per m²</source>
        <translation>每平方米密度</translation>
    </message>
    <message>
        <location filename="../../algorithms/industry/kerneldensity.py" line="73" />
        <source>Expected count per cell</source>
        <translation>每像元期望数量</translation>
    </message>
    <message>
        <location filename="../../algorithms/industry/kerneldensity.py" line="77" />
        <source>Output extent (empty = extent of the points)</source>
        <translation>输出范围(留空 = 点的范围)</translation>
    </message>
    <message>
        <location filename="../../algorithms/industry/kerneldensity.py" line="80" />
        <source>Reference raster (its grid is used; optional)</source>
        <translation>参考栅格(使用其格网;可选)</translation>
    </message>
    <message>
        <location filename="../../algorithms/industry/kerneldensity.py" line="83" />
        <source>Grow the points' extent by the search radius</source>
        <translation>将点的范围向外扩展一个搜索半径</translation>
    </message>
    <message>
        <location filename="../../algorithms/industry/kerneldensity.py" line="86" />
        <source>Write NoData where no kernel reaches (as ArcGIS)</source>
        <translation>在任何核都未覆盖的像元写入 NoData(同 ArcGIS)</translation>
    </message>
    <message>
        <location filename="../../algorithms/industry/kerneldensity.py" line="90" />
        <source>Method</source>
        <translation>计算方法</translation>
    </message>
    <message>
        <location filename="../../algorithms/industry/kerneldensity.py" line="90" />
        <source>Automatic (fastest within 0.1% of the peak)</source>
        <translation>自动(在峰值 0.1% 误差内选最快者)</translation>
    </message>
    <message>
        <location filename="../../algorithms/industry/kerneldensity.py" line="90" />
        <source>Exact per-point kernels</source>
        <translation>逐点精确核</translation>
    </message>
    <message>
        <location filename="../../algorithms/industry/kerneldensity.py" line="90" />
        <source>Bilinear spreading + FFT</source>
        <translation>双线性分配 + FFT</translation>
    </message>
    <message>
        <location filename="../../algorithms/industry/kerneldensity.py" line="96" />
        <source>Kernel density</source>
        <translation>核密度</translation>
    </message>
    <message>
        <location filename="../../algorithms/industry/kerneldensity.py" line="98" />
        <source>Industries and search radii</source>
        <translation>行业与搜索半径</translation>
    </message>
    <message>
        <location filename="../../algorithms/industry/kerneldensity.py" line="100" />
        <source>Number of points</source>
        <translation>点数</translation>
    </message>
    <message>
        <location filename="../../algorithms/industry/kerneldensity.py" line="101" />
        <source>Total population</source>
        <translation>总人口</translation>
    </message>
    <message>
        <location filename="../../algorithms/industry/kerneldensity.py" line="109" />
        <source>The point layer</source>
        <translation>点图层</translation>
    </message>
    <message>
        <location filename="../../algorithms/industry/kerneldensity.py" line="116" />
        <source>Industry codes to keep were given ({}) but no industry code field; choose the field that holds the codes.</source>
        <translation>给出了要保留的行业代码({}),但没有指定行业代码字段;请选择存放代码的字段。</translation>
    </message>
    <message>
        <location filename="../../algorithms/industry/kerneldensity.py" line="121" />
        <source>The point layer has no points.</source>
        <translation>点图层中没有点。</translation>
    </message>
    <message>
        <location filename="../../algorithms/industry/kerneldensity.py" line="128" />
        <source>{} of {} points kept ({}).</source>
        <translation>保留了 {} 个点(共 {} 个)({})。</translation>
    </message>
    <message>
        <location filename="../../algorithms/industry/kerneldensity.py" line="128" />
        <source>points with a code</source>
        <translation>有代码的点</translation>
    </message>
    <message>
        <location filename="../../algorithms/industry/kerneldensity.py" line="136" />
        <source>No point is left to compute a density.</source>
        <translation>没有剩余的点可用于计算密度。</translation>
    </message>
    <message>
        <location filename="../../algorithms/industry/kerneldensity.py" line="140" />
        <source>{}: {} points, population {:g}, search radius {:.6g}{}</source>
        <translation>{}:{} 个点,人口 {:g},搜索半径 {:.6g}{}</translation>
    </message>
    <message>
        <location filename="../../algorithms/industry/kerneldensity.py" line="170" />
        <source>all points</source>
        <translation>全部点</translation>
    </message>
    <message>
        <location filename="../../algorithms/industry/kerneldensity.py" line="140" />
        <source> (ArcGIS default)</source>
        <translation>(ArcGIS 默认值)</translation>
    </message>
    <message>
        <location filename="../../algorithms/industry/kerneldensity.py" line="149" />
        <source>The output would have {}×{} cells; choose a larger cell size or a smaller extent.</source>
        <translation>输出将有 {}×{} 个像元;请选择更大的像元大小或更小的范围。</translation>
    </message>
    <message>
        <location filename="../../algorithms/industry/kerneldensity.py" line="152" />
        <source>Grid: {}×{} cells of {:g}, origin ({:.6g}, {:.6g}).</source>
        <translation>格网:{}×{} 个像元,像元大小 {:g},原点 ({:.6g}, {:.6g})。</translation>
    </message>
    <message>
        <location filename="../../algorithms/industry/kerneldensity.py" line="172" />
        <source>ArcGIS default</source>
        <translation>ArcGIS 默认值</translation>
    </message>
    <message>
        <location filename="../../algorithms/industry/kerneldensity.py" line="172" />
        <source>given</source>
        <translation>用户给定</translation>
    </message>
    <message>
        <location filename="../../algorithms/industry/kerneldensity.py" line="212" />
        <source>Feature {} has no number in the population field '{}' ({}). Fill it in, or run without a population field.</source>
        <translation>要素 {} 的人口字段“{}”中没有数值({})。请填写该值,或不使用人口字段运行。</translation>
    </message>
    <message>
        <location filename="../../algorithms/industry/kerneldensity.py" line="225" />
        <source>{} features without geometry were skipped.</source>
        <translation>跳过了 {} 个没有几何的要素。</translation>
    </message>
    <message>
        <location filename="../../algorithms/industry/kerneldensity.py" line="236" />
        <source>The reference raster is in {} but the points are in {}; reproject one of them.</source>
        <translation>参考栅格的坐标系为 {},而点的坐标系为 {};请对其中之一进行重投影。</translation>
    </message>
    <message>
        <location filename="../../algorithms/industry/kerneldensity.py" line="240" />
        <source>The reference raster has rectangular cells ({:g} × {:g}); kernel density needs square cells.</source>
        <translation>参考栅格的像元为矩形({:g} × {:g});核密度需要正方形像元。</translation>
    </message>
    <message>
        <location filename="../../algorithms/industry/kerneldensity.py" line="258" />
        <source>The extent has no width or height, so the default cell size (shorter side / 250) is 0; give a cell size.</source>
        <translation>范围的宽度或高度为零,因此默认像元大小(较短边 / 250)为 0;请给出像元大小。</translation>
    </message>
</context>
</TS>