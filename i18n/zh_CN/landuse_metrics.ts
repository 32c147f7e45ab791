<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>EcosystemServiceValue</name>
    <message>
        <location filename="../../algorithms/landuse/ecosystemservicevalue.py" line="27" />
        <source>Ecosystem service value</source>
        <translation>生态系统服务价值</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/ecosystemservicevalue.py" line="51" />
        <source>Land-use raster</source>
        <translation>土地利用栅格</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/ecosystemservicevalue.py" line="53" />
        <source>Band</source>
        <translation>波段</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/ecosystemservicevalue.py" line="55" />
        <source>Ecological coefficient table (CSV or table layer)</source>
        <translation>生态系数表（CSV 或表图层）</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/ecosystemservicevalue.py" line="58" />
        <source>Land-use code field</source>
        <translation>土地利用代码字段</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/ecosystemservicevalue.py" line="61" />
        <source>Coefficient field(s), one per service (per ha)</source>
        <translation>系数字段（每项服务一个，单位为每公顷）</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/ecosystemservicevalue.py" line="64" />
        <source>Value of one standard equivalent (currency/ha; 1 when the table is in currency/ha)</source>
        <translation>一个标准当量的价值（货币/ha；系数表已为货币/ha 时取 1）</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/ecosystemservicevalue.py" line="68" />
        <source>Economic coefficient table (optional)</source>
        <translation>经济系数表（可选）</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/ecosystemservicevalue.py" line="71" />
        <source>Economic table: land-use code field</source>
        <translation>经济系数表：土地利用代码字段</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/ecosystemservicevalue.py" line="74" />
        <source>Economic table: output value field (currency/ha)</source>
        <translation>经济系数表：产出价值字段（货币/ha）</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/ecosystemservicevalue.py" line="77" />
        <source>Values per class</source>
        <translation>分地类价值</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/ecosystemservicevalue.py" line="79" />
        <source>ESV per cell</source>
        <translation>每像元 ESV</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/ecosystemservicevalue.py" line="81" />
        <source>Economic benefit per cell</source>
        <translation>每像元经济效益</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/ecosystemservicevalue.py" line="84" />
        <source>Total ESV</source>
        <translation>ESV 总量</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/ecosystemservicevalue.py" line="85" />
        <source>Total economic benefit</source>
        <translation>经济效益总量</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/ecosystemservicevalue.py" line="97" />
        <source>land-use raster</source>
        <translation>土地利用栅格</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/ecosystemservicevalue.py" line="103" />
        <source>Choose at least one coefficient field of the ecological table.</source>
        <translation>请在生态系数表中至少选择一个系数字段。</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/ecosystemservicevalue.py" line="105" />
        <source>ecological coefficients</source>
        <translation>生态系数表</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/ecosystemservicevalue.py" line="112" />
        <source>Choose the output value field of the economic table.</source>
        <translation>请选择经济系数表的产出价值字段。</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/ecosystemservicevalue.py" line="114" />
        <source>economic coefficients</source>
        <translation>经济系数表</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/ecosystemservicevalue.py" line="153" />
        <source>Total ESV: {:,.2f} (currency of the table); {:,.2f} km² valued.</source>
        <translation>ESV 总量：{:,.2f}（系数表的货币单位）；参与计算的面积 {:,.2f} km²。</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/ecosystemservicevalue.py" line="156" />
        <source>Total economic benefit: {:,.2f}.</source>
        <translation>经济效益总量：{:,.2f}。</translation>
    </message>
</context>
<context>
    <name>LandUseAccuracy</name>
    <message>
        <location filename="../../algorithms/landuse/landuseaccuracy.py" line="22" />
        <source>Land-use simulation accuracy</source>
        <translation>土地利用模拟精度</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/landuseaccuracy.py" line="52" />
        <source>Reference (observed) land use</source>
        <translation>参考（实测）土地利用</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/landuseaccuracy.py" line="54" />
        <source>Reference band</source>
        <translation>参考图波段</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/landuseaccuracy.py" line="56" />
        <source>Simulated land use</source>
        <translation>模拟土地利用</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/landuseaccuracy.py" line="58" />
        <source>Simulated band</source>
        <translation>模拟图波段</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/landuseaccuracy.py" line="60" />
        <source>Initial land use (for the Figure of Merit)</source>
        <translation>初始土地利用（用于品质因数）</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/landuseaccuracy.py" line="63" />
        <source>Initial band</source>
        <translation>初始图波段</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/landuseaccuracy.py" line="65" />
        <source>Accuracy measures</source>
        <translation>精度指标</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/landuseaccuracy.py" line="67" />
        <source>Cross-tabulation</source>
        <translation>交叉表</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/landuseaccuracy.py" line="69" />
        <source>Kappa</source>
        <translation>Kappa 系数</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/landuseaccuracy.py" line="69" />
        <source>Overall agreement</source>
        <translation>总体一致性</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/landuseaccuracy.py" line="69" />
        <source>Figure of Merit</source>
        <translation>品质因数</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/landuseaccuracy.py" line="69" />
        <source>Quantity disagreement</source>
        <translation>数量不一致</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/landuseaccuracy.py" line="69" />
        <source>Allocation disagreement</source>
        <translation>配置不一致</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/landuseaccuracy.py" line="78" />
        <source>reference map</source>
        <translation>参考图</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/landuseaccuracy.py" line="82" />
        <source>simulated map</source>
        <translation>模拟图</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/landuseaccuracy.py" line="99" />
        <source>cells valid in every map</source>
        <translation>所有图中均有效的像元数</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/landuseaccuracy.py" line="101" />
        <source>overall agreement</source>
        <translation>总体一致性</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/landuseaccuracy.py" line="102" />
        <source>agreement expected by chance</source>
        <translation>随机期望一致性</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/landuseaccuracy.py" line="103" />
        <source>largest agreement for these quantities</source>
        <translation>在这些数量下可达到的最大一致性</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/landuseaccuracy.py" line="104" />
        <source>Cohen 1960</source>
        <translation>Cohen 1960</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/landuseaccuracy.py" line="105" />
        <source>Pontius 2000</source>
        <translation>Pontius 2000</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/landuseaccuracy.py" line="107" />
        <source>Kappa = Klocation × Khisto</source>
        <translation>Kappa = Klocation × Khisto</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/landuseaccuracy.py" line="109" />
        <source>Pontius &amp; Millones 2011</source>
        <translation>Pontius &amp; Millones 2011</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/landuseaccuracy.py" line="110" />
        <source>1 − Po = quantity + allocation</source>
        <translation>1 − Po = 数量不一致 + 配置不一致</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/landuseaccuracy.py" line="114" />
        <source>observed change simulated as persistence (cells)</source>
        <translation>实测变化被模拟为不变（像元数）</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/landuseaccuracy.py" line="116" />
        <source>observed change simulated correctly (cells)</source>
        <translation>实测变化被正确模拟（像元数）</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/landuseaccuracy.py" line="118" />
        <source>observed change simulated as the wrong class (cells)</source>
        <translation>实测变化被模拟为错误地类（像元数）</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/landuseaccuracy.py" line="120" />
        <source>observed persistence simulated as change (cells)</source>
        <translation>实测不变被模拟为变化（像元数）</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/landuseaccuracy.py" line="123" />
        <source>Figure of Merit (Pontius et al. 2008)</source>
        <translation>品质因数（Pontius 等 2008）</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/landuseaccuracy.py" line="124" />
        <source>producer's accuracy of change</source>
        <translation>变化的生产者精度</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/landuseaccuracy.py" line="125" />
        <source>user's accuracy of change</source>
        <translation>变化的用户精度</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/landuseaccuracy.py" line="136" />
        <source>Po {:.4f}, Kappa {}, quantity {:.4f}, allocation {:.4f}{}</source>
        <translation>Po {:.4f}，Kappa {}，数量不一致 {:.4f}，配置不一致 {:.4f}{}</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/landuseaccuracy.py" line="136" />
        <source>, FoM {}</source>
        <translation>，FoM {}</translation>
    </message>
</context>
<context>
    <name>LandUseStructure</name>
    <message>
        <location filename="../../algorithms/landuse/landusestructure.py" line="33" />
        <source>Land-use structure optimisation (LP)</source>
        <translation>土地利用结构优化（线性规划）</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/landusestructure.py" line="67" />
        <source>Class table (CSV or table layer)</source>
        <translation>地类表（CSV 或表图层）</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/landusestructure.py" line="69" />
        <source>Class code field</source>
        <translation>地类代码字段</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/landusestructure.py" line="72" />
        <source>Class name field</source>
        <translation>地类名称字段</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/landusestructure.py" line="75" />
        <source>Current area field (km²)</source>
        <translation>现状面积字段（km²）</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/landusestructure.py" line="78" />
        <source>Ecological coefficient field (currency/ha)</source>
        <translation>生态系数字段（货币/ha）</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/landusestructure.py" line="81" />
        <source>Economic coefficient field (currency/ha)</source>
        <translation>经济系数字段（货币/ha）</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/landusestructure.py" line="84" />
        <source>Constraint table</source>
        <translation>约束表</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/landusestructure.py" line="86" />
        <source>Constraint type field</source>
        <translation>约束类型字段</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/landusestructure.py" line="89" />
        <source>Constraint class code field</source>
        <translation>约束地类代码字段</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/landusestructure.py" line="92" />
        <source>Constraint value field</source>
        <translation>约束数值字段</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/landusestructure.py" line="95" />
        <source>Keep the total area equal to the current total</source>
        <translation>保持总面积等于现状总面积</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/landusestructure.py" line="97" />
        <source>Objective</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/landusestructure.py" line="97" />
        <source>Maximise economic benefit</source>
        <translation>经济效益最大</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/landusestructure.py" line="97" />
        <source>Maximise ecosystem service value</source>
        <translation>生态系统服务价值最大</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/landusestructure.py" line="97" />
        <source>Trade-off sweep (ε-constraint: max economic benefit for ESV floors)</source>
        <translation>权衡扫描（ε-约束：在各 ESV 下限下求经济效益最大）</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/landusestructure.py" line="102" />
        <source>Points of the trade-off sweep</source>
        <translation>权衡扫描的点数</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/landusestructure.py" line="105" />
        <source>Solver</source>
        <translation>求解器</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/landusestructure.py" line="105" />
        <source>Automatic (PuLP: HiGHS when highspy is installed, else CBC)</source>
        <translation>自动（PuLP：安装了 highspy 时用 HiGHS，否则用 CBC）</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/landusestructure.py" line="105" />
        <source>PuLP with its bundled CBC</source>
        <translation>PuLP 自带的 CBC</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/landusestructure.py" line="105" />
        <source>SciPy HiGHS (linprog)</source>
        <translation>SciPy HiGHS（linprog）</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/landusestructure.py" line="112" />
        <source>Optimal land-use structure</source>
        <translation>最优土地利用结构</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/landusestructure.py" line="114" />
        <source>Constraints, binding and shadow prices</source>
        <translation>约束、紧约束与影子价格</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/landusestructure.py" line="117" />
        <source>Trade-off curve</source>
        <translation>权衡曲线</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/landusestructure.py" line="120" />
        <source>Objective value</source>
        <translation>目标值</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/landusestructure.py" line="122" />
        <source>ESV of the optimum</source>
        <translation>最优解的 ESV</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/landusestructure.py" line="123" />
        <source>Economic benefit of the optimum</source>
        <translation>最优解的经济效益</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/landusestructure.py" line="125" />
        <source>Warnings</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/landusestructure.py" line="128" />
        <source>class table</source>
        <translation>地类表</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/landusestructure.py" line="143" />
        <source>constraint table</source>
        <translation>约束表</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/landusestructure.py" line="153" />
        <source>Constraint row {}: the class code {:g} is not a whole number.</source>
        <translation>约束表第 {} 行：地类代码 {:g} 不是整数。</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/landusestructure.py" line="184" />
        <source>total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/landusestructure.py" line="194" />
        <source>per km²</source>
        <translation>每 km²</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/landusestructure.py" line="194" />
        <source>per currency unit</source>
        <translation>每货币单位</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/landusestructure.py" line="196" />
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/landusestructure.py" line="196" />
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/landusestructure.py" line="220" />
        <source>Optimum ({}, solver {}): ESV {:,.2f} (current {:,.2f}), economic benefit {:,.2f} (current {:,.2f}); binding: {}.</source>
        <translation>最优解（{}，求解器 {}）：ESV {:,.2f}（现状 {:,.2f}），经济效益 {:,.2f}（现状 {:,.2f}）；紧约束：{}。</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/landusestructure.py" line="220" />
        <source>none</source>
        <translation>无</translation>
    </message>
</context>
<context>
    <name>LandscapeMetrics</name>
    <message>
        <location filename="../../algorithms/landuse/landscapemetrics.py" line="74" />
        <source>Landscape metrics</source>
        <translation>景观格局指数</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/landscapemetrics.py" line="56" />
        <source>Land-use raster</source>
        <translation>土地利用栅格</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/landscapemetrics.py" line="58" />
        <source>Band</source>
        <translation>波段</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/landscapemetrics.py" line="60" />
        <source>Patch rule</source>
        <translation>斑块规则</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/landscapemetrics.py" line="60" />
        <source>8 neighbours (FRAGSTATS default)</source>
        <translation>8 邻域（FRAGSTATS 默认）</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/landscapemetrics.py" line="60" />
        <source>4 neighbours</source>
        <translation>4 邻域</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/landscapemetrics.py" line="64" />
        <source>CONNECT threshold distance (m; empty = skip)</source>
        <translation>CONNECT 阈值距离（m；留空 = 不计算）</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/landscapemetrics.py" line="67" />
        <source>Background value inside the landscape (optional)</source>
        <translation>景观内部的背景值（可选）</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/landscapemetrics.py" line="72" />
        <source>Class metrics</source>
        <translation>类型水平指数</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/landscapemetrics.py" line="76" />
        <source>SHDI</source>
        <translation>SHDI（香农多样性指数）</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/landscapemetrics.py" line="77" />
        <source>CONTAG (%)</source>
        <translation>CONTAG（蔓延度，%）</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/landscapemetrics.py" line="78" />
        <source>CONNECT (%)</source>
        <translation>CONNECT（连接度，%）</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/landscapemetrics.py" line="82" />
        <source>land-use raster</source>
        <translation>土地利用栅格</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/landscapemetrics.py" line="87" />
        <source>{} has rectangular cells ({:g} × {:g}); FRAGSTATS metrics need square cells. Resample it to square cells first.</source>
        <translation>{} 的像元不是正方形（{:g} × {:g}）；FRAGSTATS 指数需要正方形像元。请先重采样为正方形像元。</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/landscapemetrics.py" line="99" />
        <source>The background value must be a whole number.</source>
        <translation>背景值必须是整数。</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/landscapemetrics.py" line="105" />
        <source>{}-cell</source>
        <translation>{} 邻域</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/landscapemetrics.py" line="116" />
        <source>threshold {:g} m, {} patches</source>
        <translation>阈值 {:g} m，{}斑块</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/landscapemetrics.py" line="116" />
        <source>not computed (no threshold given)</source>
        <translation>未计算（未给出阈值）</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/landscapemetrics.py" line="119" />
        <source>total area, background included</source>
        <translation>总面积，含背景</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/landscapemetrics.py" line="121" />
        <source>{} patches</source>
        <translation>{}斑块</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/landscapemetrics.py" line="123" />
        <source>landscape boundary not counted</source>
        <translation>不计景观边界</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/landscapemetrics.py" line="124" />
        <source>FRAGSTATS 4: E / min E, boundary counted</source>
        <translation>FRAGSTATS 4：E / 最小 E，计入边界</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/landscapemetrics.py" line="128" />
        <source>Σ AI_i·P_i</source>
        <translation>Σ AI_i·P_i</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/landscapemetrics.py" line="134" />
        <source>{} classes, {} patches ({}); SHDI {:.4f}, CONTAG {}, CONNECT {}.</source>
        <translation>{} 个地类，{} 个斑块（{}）；SHDI {:.4f}，CONTAG {}，CONNECT {}。</translation>
    </message>
</context>
</TS>