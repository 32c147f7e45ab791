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
        <location filename="../../algorithms/landuse/ecosystemservicevalue.py" line="30" />
        <source>Ecosystem service value (ESV) of a land-use map by the benefit-transfer / equivalent-factor method (Costanza et al. 1997; Xie et al. 2008), and optionally the economic benefit from an output-per-hectare table:
    ESV_k = A_k × Σ_s VC_ks × u,    ESV = Σ_k ESV_k
A_k area of class k (ha), VC_ks the coefficient of class k for service s (the chosen value fields of the coefficient table), u the value of one standard equivalent (currency per ha) when the table holds equivalent factors, or 1 (default) when it already holds currency per ha.

The coefficient table has one row per land-use code; every code of the map must be in it (a missing code stops the run and is named; 0 is a valid coefficient). An example preset, the Xie et al. 2008 equivalent factors, ships in resources/tables/ (example only: adjust it to your region).

Outputs: a table per class (code, cells, area in ha and km², the value of each service, esv_total, esv_per_ha, share of the total ESV in %, and econ_total and econ_per_ha when an economic table is given) that can feed 'Land-use structure optimisation'; a raster of the ESV of each cell (currency per cell; it sums to the total); optionally the economic benefit per cell. Totals are in the currency unit of the tables. Nodata stays nodata. The map must be in a projected CRS (metres).</source>
        <translation>按效益转移 / 当量因子法（Costanza 等 1997；谢高地等 2008）计算土地利用图的生态系统服务价值（ESV），并可按单位面积产出表计算经济效益：
    ESV_k = A_k × Σ_s VC_ks × u,    ESV = Σ_k ESV_k
A_k 为地类 k 的面积（ha），VC_ks 为地类 k 第 s 项服务的系数（系数表中所选的价值字段），u 为一个标准当量的价值（货币/ha，系数表为当量因子时使用），系数表已是货币/ha 时取 1（默认）。

系数表每个土地利用代码一行；图中的每个代码都必须在表中（缺少的代码会终止运行并给出该代码；系数可以为 0）。resources/tables/ 中附有示例预设（谢高地等 2008 当量因子表，仅为示例：请按所在区域修正）。

输出：分地类表（代码、像元数、面积（ha 与 km²）、各项服务价值、esv_total、esv_per_ha、占 ESV 总量的百分比，给出经济系数表时另有 econ_total 与 econ_per_ha），可直接作为“土地利用结构优化”的输入；每个像元的 ESV 栅格（货币/像元，总和等于总量）；可选的每像元经济效益栅格。总量的货币单位与系数表相同。无数据像元保持为无数据。土地利用图须为投影坐标系（米）。</translation>
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
        <location filename="../../algorithms/landuse/landuseaccuracy.py" line="25" />
        <source>Compares a simulated land-use map with the observed (reference) map of the same date, and, with the initial map, measures how well the simulated change matches the observed change.

From the cross-tabulation p_ij (rows = reference class, columns = simulated class, as proportions of the cells valid in both maps):
- overall agreement Po = Σ p_ii; expected agreement Pe = Σ p_i+·p_+i;
- Kappa = (Po − Pe)/(1 − Pe) (Cohen 1960);
- Kno = (Po − 1/J)/(1 − 1/J), J classes (Pontius 2000);
- Klocation = (Po − Pe)/(Pmax − Pe), Khisto = (Pmax − Pe)/(1 − Pe), Pmax = Σ min(p_i+, p_+i) (Hagen 2002);
- quantity disagreement Q = ½ Σ |p_i+ − p_+i| and allocation disagreement A = (1 − Po) − Q (Pontius &amp; Millones 2011).
With the initial map (Pontius et al. 2008): misses (observed change simulated as persistence), hits, wrong hits (change to the wrong class) and false alarms; Figure of Merit = hits/(misses + hits + wrong hits + false alarms), producer's accuracy = hits/(misses + hits + wrong hits), user's accuracy = hits/(hits + wrong hits + false alarms). Kappa is inflated on maps dominated by persistence: report the Figure of Merit as well.

The simulated and initial maps are aligned to the reference grid with nearest neighbour. Cells that are nodata in any map are left out. Ratios are fractions (0–1); an undefined ratio is empty.
Outputs: a table of the measures (measure, value, note) and the cross-tabulation in cells (one row per reference class, one column per simulated class, with producer's and user's accuracy per class).</source>
        <translation>将模拟的土地利用图与同一时期的实测（参考）图比较；若给出初始图，还衡量模拟变化与实测变化的吻合程度。

由交叉表 p_ij（行 = 参考地类，列 = 模拟地类，为两图均有效像元中的比例）计算：
- 总体一致性 Po = Σ p_ii；期望一致性 Pe = Σ p_i+·p_+i；
- Kappa = (Po − Pe)/(1 − Pe)（Cohen 1960）；
- Kno = (Po − 1/J)/(1 − 1/J)，J 为地类数（Pontius 2000）；
- Klocation = (Po − Pe)/(Pmax − Pe)，Khisto = (Pmax − Pe)/(1 − Pe)，Pmax = Σ min(p_i+, p_+i)（Hagen 2002）；
- 数量不一致 Q = ½ Σ |p_i+ − p_+i| 与配置不一致 A = (1 − Po) − Q（Pontius &amp; Millones 2011）。
给出初始图时（Pontius 等 2008）：漏报（实测变化被模拟为不变）、命中、错误命中（变为错误地类）与虚报；品质因数 FoM = 命中/(漏报 + 命中 + 错误命中 + 虚报)，生产者精度 = 命中/(漏报 + 命中 + 错误命中)，用户精度 = 命中/(命中 + 错误命中 + 虚报)。在以不变为主的图上 Kappa 会偏高：请同时报告品质因数。

模拟图与初始图以最邻近法对齐到参考图网格。任一图中为无数据的像元不参与计算。比值为小数（0–1）；无定义的比值为空。
输出：精度指标表（指标、数值、说明）与以像元数计的交叉表（每个参考地类一行，每个模拟地类一列，并附各地类的生产者精度与用户精度）。</translation>
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
        <location filename="../../algorithms/landuse/landusestructure.py" line="36" />
        <source>Optimal area of each land-use class by linear programming, the quantity step before a spatial allocation (CLUE-S).

Variables: x_k, the area of class k in km². Values: ESV = Σ 100·x_k·v_k and economic benefit ECO = Σ 100·x_k·e_k (v_k, e_k in currency per ha; 1 km² = 100 ha). Objective: maximise ECO, maximise ESV, or an ε-constraint sweep (maximise ECO for a grid of ESV floors from the ESV of the max-ECO optimum to the largest ESV possible: the trade-off curve).

Class table: code, current area (km²), ecological and economic coefficients (per ha), optional name; the table of 'Ecosystem service value' fits.
Constraint table, one rule per row (type, class code where needed, value): total_area (Σx fixed; empty value = current total), min_area / max_area (km²), min_share / max_share (% of the total), not_below_current, not_above_current, esv_growth and economic_growth (% over the current value), min_esv and min_economic (currency).

Solver: PuLP with its bundled CBC, or HiGHS in-process when the highspy package is installed (SciPy's HiGHS can be chosen too); all give the same optimum.
Outputs: optimal areas per class with their change and values; every constraint with its value at the optimum, slack, whether it binds, and its shadow price (the change of the objective per unit increase of its right-hand side: currency per km², or per currency unit for value floors) — the binding rules are the ones that shape the result; the trade-off curve of the sweep.
Warnings (log and WARNINGS output) name floors that cannot bind under the chosen objective, weaker duplicate bounds, and classes that have at least the ESV and the economic value per ha of another class with no upper bound (the LP then pours land into them). An infeasible scenario stops with the smallest set of conflicting constraints.
Note: a plain LP returns a vertex: only a few classes lie strictly between their bounds, so give the bounds you mean explicitly.</source>
        <translation>用线性规划求各土地利用类型的最优面积，即空间配置（CLUE-S）之前的数量步骤。

变量：x_k，地类 k 的面积（km²）。价值：ESV = Σ 100·x_k·v_k，经济效益 ECO = Σ 100·x_k·e_k（v_k、e_k 单位为货币/ha；1 km² = 100 ha）。目标：经济效益最大、ESV 最大，或 ε-约束扫描（对一系列 ESV 下限求经济效益最大，下限从经济最优解的 ESV 到可能的最大 ESV：即权衡曲线）。

地类表：代码、现状面积（km²）、生态与经济系数（每公顷）、可选名称；“生态系统服务价值”的输出表可直接使用。
约束表每行一条规则（类型、需要时的地类代码、数值）：total_area（Σx 固定；数值为空 = 现状总面积）、min_area / max_area（km²）、min_share / max_share（占总面积的 %）、not_below_current、not_above_current、esv_growth 与 economic_growth（相对现状值增长的 %）、min_esv 与 min_economic（货币）。

求解器：PuLP 自带的 CBC，安装了 highspy 包时在进程内使用 HiGHS（也可选择 SciPy 的 HiGHS）；各求解器的最优解相同。
输出：各地类的最优面积及其变化与价值；每条约束在最优解处的取值、松弛量、是否紧约束及其影子价格（右端项每增加一个单位目标值的变化：面积约束为货币/km²，价值下限为每货币单位）——紧约束正是决定结果的规则；扫描得到的权衡曲线。
警告（日志与 WARNINGS 输出）指出在所选目标下不可能起作用的下限、较弱的重复界限，以及 ESV 与单位面积经济价值都不低于另一地类却没有上限的地类（线性规划会把土地都分给它们）。不可行的情景会终止运行，并给出最小的相互冲突约束集合。
注意：普通线性规划的解位于顶点：只有少数地类严格处于上下限之间，因此请明确给出您想要的界限。</translation>
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
        <location filename="../../algorithms/landuse/landscapemetrics.py" line="27" />
        <source>Landscape metrics of a land-use map with the FRAGSTATS 4 definitions (McGarigal et al. 2012); they equal FRAGSTATS 4.2's own output.

Class level: CA (ha), PLAND (%), NP, LPI (%), TE (m), ED (m/ha), LSI, AI (%), CONNECT (%).
Landscape level: TA (ha), NP, LPI, TE, ED, LSI, CONTAG (%), SHDI, SHEI, AI, CONNECT.

PLAND = 100·a_i/A; LPI = 100·largest patch/A; ED = TE/A (m/ha); LSI = edge/minimum edge for the same area (FRAGSTATS 4 form; all boundary and background edges count); AI = 100·like adjacencies/maximum possible; SHDI = −Σ P_i·ln P_i; SHEI = SHDI/ln m; CONTAG from the adjacency matrix (double-count method); CONNECT = 100·joined patch pairs/all pairs of the same class, two patches being joined when their closest cell centres are within the threshold distance.

Nodata cells lie outside the landscape (their edges are landscape boundary, not counted in TE). An optional background value marks cells inside the landscape (counted in the total area A) that belong to no class. Patches use the 8-cell rule by default (FRAGSTATS, PyLandStats and landscapemetrics default) or the 4-cell rule; the rule changes NP, LPI and CONNECT only.
CONNECT depends strongly on its threshold distance (metres, default 1000 m), the patch rule and the cell size; the threshold and the patch rule are written into both tables. Leave the threshold empty to skip CONNECT. All metrics depend on the cell size: resample to the analysis grain first.
The raster must have square cells in a projected CRS (metres).
Outputs: a class table (one row per class) and a landscape table (metric, value, unit, note); undefined values (AI of a one-cell class, CONNECT with fewer than two patches) are empty.</source>
        <translation>按 FRAGSTATS 4 的定义（McGarigal 等 2012）计算土地利用图的景观格局指数；结果与 FRAGSTATS 4.2 自身的输出一致。

类型水平：CA（ha）、PLAND（%）、NP、LPI（%）、TE（m）、ED（m/ha）、LSI、AI（%）、CONNECT（%）。
景观水平：TA（ha）、NP、LPI、TE、ED、LSI、CONTAG（%）、SHDI、SHEI、AI、CONNECT。

PLAND = 100·a_i/A；LPI = 100·最大斑块面积/A；ED = TE/A（m/ha）；LSI = 边缘长度/同面积的最小边缘长度（FRAGSTATS 4 形式；所有边界与背景边缘都计入）；AI = 100·同类邻接数/最大可能邻接数；SHDI = −Σ P_i·ln P_i；SHEI = SHDI/ln m；CONTAG 由邻接矩阵计算（双重计数法）；CONNECT = 100·相连的斑块对数/同类斑块的全部斑块对数，两个斑块最近像元中心的距离不超过阈值距离即为相连。

无数据像元位于景观之外（与其相邻的边为景观边界，不计入 TE）。可选的背景值标记位于景观内部（计入总面积 A）但不属于任何地类的像元。斑块默认采用 8 邻域规则（FRAGSTATS、PyLandStats 与 landscapemetrics 的默认值），也可用 4 邻域规则；邻域规则只影响 NP、LPI 与 CONNECT。
CONNECT 强烈依赖于阈值距离（米，默认 1000 m）、斑块规则和像元大小；阈值与斑块规则会写入两张表。阈值留空则不计算 CONNECT。所有指数都依赖于像元大小：请先重采样到分析粒度。
栅格须为正方形像元，且为投影坐标系（米）。
输出：类型水平表（每个地类一行）与景观水平表（指数、数值、单位、说明）；无定义的值（单像元地类的 AI、斑块少于两个时的 CONNECT）为空。</translation>
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