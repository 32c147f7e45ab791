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
        <location filename="../../algorithms/industry/economicpattern.py" line="37" />
        <source>Classifies the (superimposed) kernel density of the core industries, the output of 'Kernel density of industries', into economic intensity classes, ready for the conflict analysis with the ecological security pattern.

Classes: natural breaks (Jenks, computed by jenkspy; above 10 000 cells on a seeded random sample of 10 000 values that keeps the minimum and maximum, as ArcGIS does), quantiles or equal intervals of the density; default 5 classes, 1 = lowest intensity … N = highest (with 5: very low, low, medium, high, very high). Cells where the density is 0 (no firm within the search radius) hold no economic production: they get class 0 and do not enter the breaks (ArcGIS writes them as NoData, so its breaks leave them out too), unless 'Include zero-density cells' is set. Input nodata stays nodata.

High-intensity zones: connected groups of cells (8 neighbours) in the top classes (default the top 2), as polygons with their highest class, area (km²), mean and peak density, and mass = density integrated over the zone (the number of firms, or the population, that the zone holds; give the area unit of the density raster so the mass is right). Zones are numbered by decreasing mass.
Units: the density in the unit of the input (default per km²); areas in km²; the raster must be in a projected CRS.
Outputs: class raster, class table (class, label, lower and upper bound, cells, area_km2, mass, shares of area and mass) and the zone polygons.</source>
        <translation>将核心产业的(叠加)核密度——即“产业核密度”算法的输出——划分为经济强度等级,供与生态安全格局进行冲突分析使用。

分级:对密度采用自然断点法(Jenks,由 jenkspy 计算;像元超过 10 000 个时,与 ArcGIS 一样在固定随机种子抽取的 10 000 个值上计算,样本始终包含最小值和最大值)、分位数或等间距;默认 5 级,1 = 强度最低 … N = 强度最高(5 级时依次为:极低、低、中、高、极高)。密度为 0 的像元(搜索半径内没有企业)没有经济生产:它们被赋为 0 级,且不参与断点计算(ArcGIS 将其写为 NoData,因此其断点同样不包含这些像元),除非勾选“将密度为零的像元纳入分级”。输入的无数据像元仍为无数据。

高强度区:位于最高若干等级(默认最高 2 级)的连通像元组(8 邻域),以多边形输出,属性包括其最高等级、面积(km²)、平均密度与峰值密度,以及质量 = 区内密度的积分(该区所含的企业数或人口数;请给出密度栅格的面积单位,以便质量计算正确)。各区按质量从大到小编号。
单位:密度沿用输入的单位(默认每 km²);面积单位为 km²;栅格必须采用投影坐标系。
输出:等级栅格、等级表(等级、标签、下界与上界、像元数、area_km2、质量、面积占比与质量占比)以及高强度区多边形。</translation>
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
        <location filename="../../algorithms/industry/kerneldensity.py" line="50" />
        <source>Kernel density of points (firms) as ArcGIS Spatial Analyst 'Kernel Density' computes it, optionally only for chosen (core) industries, with several industries superimposed on one grid.

Density at a cell centre: D = Σ pop·3/(π r²)·(1 − d²/r²)² over the points closer than the search radius r (Silverman 1986, eq. 4.5, quartic kernel; the volume under each point's kernel equals its population, 1 without a population field).
Default search radius (ArcGIS ≥ 10.2.1): r = 0.9·min(SD, √(1/ln 2)·Dm)·n^−0.2, with SD the standard distance of the points around their mean centre, Dm the median distance to the mean centre and n the number of points; with a population field the mean centre, SD and median are weighted by it and n is its sum.

Industries: with an industry code field, the industry of a point is the first N characters of its code (the code level, default 3: the three-digit industry; 0 = the whole code). Give the industry codes to keep (for example the core industries, comma separated; empty = all points); a code that matches no point is an error. 'Superimpose industries separately' (default): each industry gets its own kernel density with its own default radius and the densities are summed on one grid (the superimposed density of the core industries); otherwise all kept points form one set with one radius. A search radius given by the user applies to every industry. The table output lists each industry's points, population, radius, SD and Dm.

Grid: the cells of a reference raster when one is given; otherwise the extent given, or the extent of the kept points (optionally grown by the largest search radius, so that no kernel is cut off), snapped outwards to multiples of the cell size so that every run with the same cell size aligns. Cell size default 500 (the paper's 500 m); 0 = ArcGIS's default, the shorter side of the extent / 250.
Units: coordinates, cell size and radius in the map units of the layer's CRS (metres in most projected CRSs; a geographic CRS is refused). Output: population per km² (default), per hectare, per m², or the expected count in each cell (density × cell area). Cells that no kernel reaches hold 0 (ArcGIS writes NoData there; an advanced option does the same).

Computation: exact per-point kernels for short radii; for long radii the points are spread bilinearly onto a grid of nodes (finer than the cells when needed) and convolved with the kernel by FFT, within 0.1% of the peak of the exact sum (advanced option 'Method'). Unlike QGIS 3.22's Heatmap, whose 'scaled' quartic output is 7.25 times too large and whose kernels are mirrored vertically inside each pixel block, this reproduces ArcGIS's values.</source>
        <translation>按 ArcGIS Spatial Analyst“核密度分析”的方式计算点(企业)的核密度,可只计算选定的(核心)行业,并可将多个行业叠加在同一格网上。

像元中心的密度:D = Σ pop·3/(π r²)·(1 − d²/r²)²,对距离小于搜索半径 r 的点求和(Silverman 1986,式 4.5,四次核;每个点的核曲面下的体积等于该点的人口,无人口字段时为 1)。
默认搜索半径(ArcGIS ≥ 10.2.1):r = 0.9·min(SD, √(1/ln 2)·Dm)·n^−0.2,其中 SD 为点围绕其平均中心的标准距离,Dm 为到平均中心距离的中位数,n 为点数;若给出人口字段,则平均中心、SD 和中位数均以其加权,n 为其总和。

行业:给出行业代码字段时,一个点所属的行业为其代码的前 N 个字符(代码级别,默认 3:三位数行业;0 = 完整代码)。给出要保留的行业代码(例如核心产业,逗号分隔;留空 = 全部点);没有任何点匹配的代码视为错误。“各行业分别计算后叠加”(默认):每个行业以其自身的默认半径单独计算核密度,再在同一格网上求和(核心产业的叠加密度);否则所有保留的点作为一个集合,使用同一半径。用户给定的搜索半径适用于每个行业。表格输出列出每个行业的点数、人口、半径、SD 和 Dm。

格网:给出参考栅格时使用其像元;否则使用给定的范围,或保留点的范围(可选择向外扩展最大搜索半径,使任何核都不被截断),并向外对齐到像元大小的整数倍,使相同像元大小的各次运行彼此对齐。像元大小默认 500(论文的 500 m);0 = ArcGIS 默认值,即范围较短边 / 250。
单位:坐标、像元大小和半径均采用图层坐标系的地图单位(大多数投影坐标系为米;拒绝地理坐标系)。输出:每 km² 的人口(默认)、每公顷、每 m²,或每个像元内的期望数量(密度 × 像元面积)。任何核都未覆盖的像元为 0(ArcGIS 在此写入 NoData;高级选项可同样处理)。

计算:半径较短时逐点精确计算核;半径较长时将点双线性分配到节点格网上(必要时比像元更细),再用 FFT 与核卷积,与精确求和的偏差在峰值的 0.1% 以内(高级选项“计算方法”)。QGIS 3.22 的热力图“缩放”四次核输出大了 7.25 倍,且其核在每个像素块内上下镜像;本算法则再现 ArcGIS 的数值。</translation>
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