<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>CluesAllocation</name>
    <message>
        <location filename="../../algorithms/landuse/cluesallocation.py" line="42" />
        <source>CLUE-S allocation</source>
        <translation>CLUE-S 分配</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/cluesallocation.py" line="101" />
        <source>Initial land-use map</source>
        <translation>初始土地利用图</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/cluesallocation.py" line="103" />
        <source>Band</source>
        <translation>波段</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/cluesallocation.py" line="105" />
        <source>Year of the initial map</source>
        <translation>初始地图年份</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/cluesallocation.py" line="107" />
        <source>Demand table</source>
        <translation>需求表</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/cluesallocation.py" line="109" />
        <source>Year field of the demand table (empty: 'year' if present, else consecutive rows)</source>
        <translation>需求表的年份字段（留空：若有 'year' 则用之，否则按连续行）</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/cluesallocation.py" line="120" />
        <source>Or: demand typed in (year, class, demand)</source>
        <translation>或：直接输入需求（年份、类别、需求）</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/cluesallocation.py" line="120" />
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/cluesallocation.py" line="120" />
        <source>Class</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/cluesallocation.py" line="120" />
        <source>Demand</source>
        <translation>需求</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/cluesallocation.py" line="124" />
        <source>Unit of the demand</source>
        <translation>需求的单位</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/cluesallocation.py" line="138" />
        <source>cells</source>
        <translation>单元数</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/cluesallocation.py" line="124" />
        <source>hectares</source>
        <translation>公顷</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/cluesallocation.py" line="124" />
        <source>km²</source>
        <translation>km²</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/cluesallocation.py" line="127" />
        <source>Suitability rasters (one per class, or one band per class)</source>
        <translation>适宜性栅格（每类一个，或每类一个波段）</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/cluesallocation.py" line="130" />
        <source>Conversion elasticities, in ascending class order</source>
        <translation>转换弹性，按类别代码升序</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/cluesallocation.py" line="133" />
        <source>Conversion matrix table</source>
        <translation>转换矩阵表</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/cluesallocation.py" line="135" />
        <source>Restricted areas (non-zero cells never change)</source>
        <translation>限制区（非零单元永不变化）</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/cluesallocation.py" line="138" />
        <source>Deviation measured in</source>
        <translation>偏差的计量方式</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/cluesallocation.py" line="138" />
        <source>% of the demand</source>
        <translation>需求的 %</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/cluesallocation.py" line="141" />
        <source>Maximum mean deviation</source>
        <translation>最大平均偏差</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/cluesallocation.py" line="143" />
        <source>Maximum deviation of any class</source>
        <translation>任一类别的最大偏差</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/cluesallocation.py" line="146" />
        <source>Maximum iterations per year</source>
        <translation>每年最大迭代次数</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/cluesallocation.py" line="149" />
        <source>Start ITER from the previous year (warm start)</source>
        <translation>ITER 从上一年的值开始（热启动）</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/cluesallocation.py" line="154" />
        <source>Dyna-CLUE neighbourhood term</source>
        <translation>Dyna-CLUE 邻域项</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/cluesallocation.py" line="156" />
        <source>Neighbourhood radius (cells)</source>
        <translation>邻域半径（单元）</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/cluesallocation.py" line="159" />
        <source>Neighbourhood weight w (one value, or one per class)</source>
        <translation>邻域权重 w（一个值，或每类一个）</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/cluesallocation.py" line="170" />
        <source>Simulated land use (one band per year)</source>
        <translation>模拟土地利用（每年一个波段）</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/cluesallocation.py" line="172" />
        <source>Simulated land use, last year</source>
        <translation>模拟土地利用（最后一年）</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/cluesallocation.py" line="174" />
        <source>Iteration log</source>
        <translation>迭代日志</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/cluesallocation.py" line="176" />
        <source>Demand and deviation per year</source>
        <translation>每年的需求与偏差</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/cluesallocation.py" line="178" />
        <source>Years simulated</source>
        <translation>模拟年数</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/cluesallocation.py" line="179" />
        <source>Largest remaining deviation</source>
        <translation>最大剩余偏差</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/cluesallocation.py" line="187" />
        <source>demand table</source>
        <translation>需求表</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/cluesallocation.py" line="196" />
        <source>The typed demand needs rows of three values: year, class, demand.</source>
        <translation>直接输入的需求每行需要三个值：年份、类别、需求。</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/cluesallocation.py" line="201" />
        <source>Give the demand: a demand table or the typed matrix (year, class, demand).</source>
        <translation>请给出需求：需求表或直接输入的矩阵（年份、类别、需求）。</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/cluesallocation.py" line="207" />
        <source>initial land-use map</source>
        <translation>初始土地利用图</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/cluesallocation.py" line="211" />
        <source>{} holds non-integer values; a land-use map holds class codes.</source>
        <translation>{} 含有非整数值；土地利用图应为类别代码。</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/cluesallocation.py" line="217" />
        <source>Class code {} is used as nodata of the output; recode it first.</source>
        <translation>类别代码 {} 被用作输出的 nodata 值；请先重新编码。</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/cluesallocation.py" line="224" />
        <source>The demand gives no area for class(es) {} of the initial map (it has {}). Add them to the demand table.</source>
        <translation>需求中没有初始地图类别 {} 的面积（需求中有 {}）。请将其加入需求表。</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/cluesallocation.py" line="249" />
        <source>Without a year field the first demand row is the initial year, so the table needs at least two rows.</source>
        <translation>没有年份字段时需求表第一行为初始年份，因此表至少需要两行。</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/cluesallocation.py" line="260" />
        <source>The demand of the initial year {} differs from the initial map ({} vs {} cells); the map is used as the starting state.</source>
        <translation>初始年份 {} 的需求与初始地图不同（{} 对 {} 个单元）；以地图作为起始状态。</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/cluesallocation.py" line="265" />
        <source>Classes {}; {} yearly steps {}–{}; {} cells.</source>
        <translation>类别 {}；{} 个年度步长 {}–{}；{} 个单元。</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/cluesallocation.py" line="274" />
        <source>Give one suitability surface per class: {} classes ({}) but {} surfaces.</source>
        <translation>每个类别需要一个适宜性表面：{} 个类别（{}），但给出了 {} 个表面。</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/cluesallocation.py" line="283" />
        <source>The suitability of class {} has nodata in {} cells where the initial map has data; every cell needs a suitability for every class.</source>
        <translation>类别 {} 的适宜性在初始地图有数据的 {} 个单元中为 nodata；每个单元都需要每个类别的适宜性。</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/cluesallocation.py" line="295" />
        <source>Conversion elasticities</source>
        <translation>转换弹性</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/cluesallocation.py" line="299" />
        <source>No conversion elasticities given: 0 for every class.</source>
        <translation>未给出转换弹性：所有类别取 0。</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/cluesallocation.py" line="301" />
        <source>Give one conversion elasticity per class in ascending order of the codes {} ({} values), got {}.</source>
        <translation>请按代码 {} 的升序为每个类别给出一个转换弹性（{} 个值），实际给出 {} 个。</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/cluesallocation.py" line="310" />
        <source>conversion matrix</source>
        <translation>转换矩阵</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/cluesallocation.py" line="322" />
        <source>{} restricted cells never change.</source>
        <translation>{} 个限制单元永不变化。</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/cluesallocation.py" line="326" />
        <source>Neighbourhood weight</source>
        <translation>邻域权重</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/cluesallocation.py" line="329" />
        <source>Give one neighbourhood weight or one per class ({}).</source>
        <translation>请给出一个邻域权重或每类一个（{} 个）。</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/cluesallocation.py" line="347" />
        <source> cells</source>
        <translation> 个单元</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/cluesallocation.py" line="349" />
        <source>{}: {} iterations, mean deviation {:.4g}{}, maximum {:.4g}{}.</source>
        <translation>{}：{} 次迭代，平均偏差 {:.4g}{}，最大 {:.4g}{}。</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/cluesallocation.py" line="355" />
        <source>Neighbourhood logit of class {}: a = {:.4g}, b = {:.4g}.</source>
        <translation>类别 {} 的邻域 logit：a = {:.4g}，b = {:.4g}。</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/cluesallocation.py" line="45" />
        <source>Allocates yearly land-use demand to cells with the CLUE-S method (Verburg et al. 2002, Environ. Manage. 30:391–405), optionally with the Dyna-CLUE neighbourhood term (Verburg &amp; Overmars 2009).

Every year, each cell that may change takes the class u of highest
    TPROP(i, u) = P(i, u) + ELAS_u·[u = current class of i] + ITER_u
(TPROP = −∞ where the conversion matrix forbids current → u). ITER_u is adjusted until the allocated area of every class meets its demand within the tolerance (mean and maximum deviation over classes, in % of the demand or in cells; default 0.1 % both). Each adjustment sets ITER_u, one class at a time, to the exact value that meets class u's demand with the other ITER fixed. At zero deviation the allocation is the one CLUE-S's proportional update converges to: it maximises Σ TPROP under the class totals (an optimal-transport problem; ITER are its dual prices). ITER starts from the previous year's values (warm start). A seeded random term below 0.0001 (parameter) is added to P to break ties between equal suitabilities, as lulcc's jitter does. The map of each year is the starting map of the next.
With the neighbourhood option, P is replaced by (1 − w)·P + w·P_nbh, where P_nbh = logistic(a_u + b_u·F_u), F_u the enrichment of class u in the (2r+1)² window around the cell (share of u among the neighbours / share of u in the map), recomputed each year; a_u, b_u are fitted on the initial map (seeded sample).
Before each year a feasibility check says which class cannot reach its demand and why (its cells in the restricted area, conversions the matrix forbids); nothing is written then.

Inputs:
- Initial land-use map (class codes) and its year.
- Demand table: one row per year with one field per class named by its code after a letter prefix (c1, V1, class_1 …; GDAL reads a CSV header of bare numbers as data) and optionally a year field; or a long table: a class field (class or code) and a demand field (demand, area, or the field chosen, for example optimal_km2 of 'Land-use structure (LP)') with a year field, or without one as the demand of the target year; or typed in the matrix (year, class, demand). Without a year field the first row is the initial year (CLUE-S demand.in). Missing years are interpolated linearly from the initial map. Unit: cells, ha or km² (ha and km² need a projected CRS); every year must add up to the map's area (differences up to 0.5 % are spread by largest remainders, said in the log).
- Suitability: one raster per class in ascending code order, or one raster with a band per class (the output of 'Land-use suitability'), probabilities 0–1.
- Conversion elasticities ELAS (0 = converts easily … 1 = hard to convert), in ascending code order; empty = 0. ELAS is added to TPROP of the current class (as in CLUE-S); to make a class irreversible, forbid its conversions in the matrix.
- Conversion matrix (optional table): field 'from' and one field per target class named by its code (to_1, c1 …); 1 = allowed, 0 = forbidden. Staying is always allowed.
- Restricted areas (optional rasters, for example the ecological sources and the type I corridors): cells with a value other than 0 (and not nodata) in any of them never change. To restrict only some codes of a raster (type I of a corridor class raster), reclassify it first ('Reclassify by table').

Outputs: the simulated maps, one band per year (band description = year; same codes as the initial map; nodata where it has none); the last year's map as its own raster; an iteration log (year, iteration, mean and maximum deviation in the unit of the tolerance, ITER of every class; iteration 0 is the starting state) and a deviation table per year and class (demand, allocated, deviation in cells and %, ITER, iterations).</source>
        <translation>用 CLUE-S 方法（Verburg 等 2002，Environ. Manage. 30:391–405）将逐年土地利用需求分配到栅格单元，可选 Dyna-CLUE 邻域项（Verburg &amp; Overmars 2009）。

每一年，每个可变化的单元取 TPROP 最大的类别 u：
    TPROP(i, u) = P(i, u) + ELAS_u·[u = i 的当前类别] + ITER_u
（转换矩阵禁止 当前类别 → u 时 TPROP = −∞）。调整 ITER_u，直到每个类别的分配面积在容差内满足其需求（各类别偏差的平均值与最大值，以需求的 % 或单元数计；默认均为 0.1 %）。每次调整逐类将 ITER_u 设为在其他 ITER 固定时恰好满足类别 u 需求的值。偏差为零时，分配结果就是 CLUE-S 比例更新所收敛到的分配：它在各类总量约束下使 Σ TPROP 最大（一个最优传输问题；ITER 为其对偶价格）。ITER 从上一年的值开始（热启动）。为打破适宜性相等时的平局，P 上加一个带种子、小于 0.0001（参数）的随机项，与 lulcc 的 jitter 相同。每一年的地图是下一年的起始地图。
启用邻域选项时，P 替换为 (1 − w)·P + w·P_nbh，其中 P_nbh = logistic(a_u + b_u·F_u)，F_u 为单元周围 (2r+1)² 窗口内类别 u 的富集度（u 在邻域中的比例 / u 在全图中的比例），每年重新计算；a_u、b_u 在初始地图上拟合（带种子的抽样）。
每年之前进行可行性检查，指出哪个类别无法达到其需求及原因（其单元位于限制区内、转换矩阵禁止的转换）；此时不写出任何结果。

输入：
- 初始土地利用图（类别代码）及其年份。
- 需求表：每年一行，每个类别一个字段，字段名为字母前缀加类别代码（c1、V1、class_1 …；GDAL 会把纯数字的 CSV 表头当作数据读取），可选年份字段；或长表：一个类别字段（class 或 code）和一个需求字段（demand、area 或所选字段，例如“土地利用结构（LP）”的 optimal_km2），带年份字段，或不带年份字段而作为目标年份的需求；或在矩阵中直接输入（年份、类别、需求）。没有年份字段时第一行为初始年份（CLUE-S demand.in）。缺失的年份由初始地图起线性插值。单位：单元数、公顷或 km²（公顷和 km² 需要投影坐标系）；每年合计必须等于地图面积（0.5 % 以内的差异按最大余数法分摊，并在日志中说明）。
- 适宜性：每个类别一个栅格（按代码升序），或每个类别一个波段的单个栅格（“土地利用适宜性”的输出），概率 0–1。
- 转换弹性 ELAS（0 = 容易转换 … 1 = 难以转换），按代码升序；留空 = 0。ELAS 加到当前类别的 TPROP 上（与 CLUE-S 相同）；若要使某类别不可逆，请在转换矩阵中禁止其转换。
- 转换矩阵（可选表）：字段 'from' 以及每个目标类别一个以其代码命名的字段（to_1、c1 …）；1 = 允许，0 = 禁止。保持原类别总是允许的。
- 限制区（可选栅格，例如生态源地和 I 类廊道）：在其中任一栅格中值不为 0（且非 nodata）的单元永不变化。若只限制某栅格的部分代码（廊道分类栅格中的 I 类），请先对其重分类（“按表重分类”）。

输出：模拟地图，每年一个波段（波段描述 = 年份；代码与初始地图相同；初始地图无数据处为 nodata）；最后一年的地图作为单独栅格；迭代日志（年份、迭代次数、以容差单位计的平均与最大偏差、每个类别的 ITER；第 0 次迭代为起始状态）以及按年份和类别的偏差表（需求、已分配、以单元数和 % 计的偏差、ITER、迭代次数）。</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/cluesallocation.py" line="113" />
        <source>Demand field of a long table (class field + this field; empty: 'demand' or 'area')</source>
        <translation>长表的需求字段（类别字段 + 此字段；留空：'demand' 或 'area'）</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/cluesallocation.py" line="117" />
        <source>Target year of a long table without a year field</source>
        <translation>不带年份字段的长表的目标年份</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/cluesallocation.py" line="162" />
        <source>Tie-breaking random term added to P (at most)</source>
        <translation>加到 P 上用于打破平局的随机项（上限）</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/cluesallocation.py" line="167" />
        <source>Random seed (tie-breaking term, neighbourhood sample)</source>
        <translation>随机种子（平局随机项、邻域抽样）</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/cluesallocation.py" line="318" />
        <source>{}: {} restricted cells.</source>
        <translation>{}：{} 个限制单元。</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/cluesallocation.py" line="290" />
        <source>The suitability of class {} ranges {:.4g}–{:.4g}, outside 0–1: CLUE-S adds it to the elasticities (0–1), so rescale it to probabilities.</source>
        <translation>类别 {} 的适宜性范围为 {:.4g}–{:.4g}，超出 0–1：CLUE-S 将其与转换弹性（0–1）相加，请将其重新缩放为概率。</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/cluesallocation.py" line="305" />
        <source>Conversion elasticities outside 0–1 ({}): CLUE-S uses 0 (converts easily) to 1 (hard to convert).</source>
        <translation>转换弹性超出 0–1（{}）：CLUE-S 使用 0（容易转换）到 1（难以转换）。</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/cluesallocation.py" line="236" />
        <source>Class(es) {} are not in the initial map and have no demand: left out.</source>
        <translation>类别 {} 不在初始地图中且没有需求：已略去。</translation>
    </message>
</context>
<context>
    <name>LandUseSuitability</name>
    <message>
        <location filename="../../algorithms/landuse/landusesuitability.py" line="27" />
        <source>Land-use suitability (logistic regression)</source>
        <translation>土地利用适宜性（logistic 回归）</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/landusesuitability.py" line="63" />
        <source>Land-use raster</source>
        <translation>土地利用栅格</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/landusesuitability.py" line="65" />
        <source>Band</source>
        <translation>波段</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/landusesuitability.py" line="67" />
        <source>Driving factor rasters</source>
        <translation>驱动因子栅格</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/landusesuitability.py" line="69" />
        <source>Classes to model, comma separated (empty = all)</source>
        <translation>要建模的类别，逗号分隔（留空 = 全部）</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/landusesuitability.py" line="72" />
        <source>Cells per class in the sample</source>
        <translation>每类抽样单元数</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/landusesuitability.py" line="75" />
        <source>Random seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/landusesuitability.py" line="77" />
        <source>Correct the intercept to the class share of the map</source>
        <translation>将截距校正为类别在地图中的比例</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/landusesuitability.py" line="80" />
        <source>VIF warning threshold</source>
        <translation>VIF 警告阈值</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/landusesuitability.py" line="82" />
        <source>Suitability (probability per class)</source>
        <translation>适宜性（各类别概率）</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/landusesuitability.py" line="84" />
        <source>Coefficients</source>
        <translation>系数</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/landusesuitability.py" line="86" />
        <source>Model fit (AUC)</source>
        <translation>模型拟合（AUC）</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/landusesuitability.py" line="88" />
        <source>Lowest AUC</source>
        <translation>最低 AUC</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/landusesuitability.py" line="93" />
        <source>land-use raster</source>
        <translation>土地利用栅格</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/landusesuitability.py" line="97" />
        <source>{} holds non-integer values; a land-use raster holds class codes.</source>
        <translation>{} 含有非整数值；土地利用栅格应为类别代码。</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/landusesuitability.py" line="102" />
        <source>Give at least one driving factor raster.</source>
        <translation>请至少给出一个驱动因子栅格。</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/landusesuitability.py" line="116" />
        <source>{} cells of the land-use map have nodata in a driver; they are nodata in the suitability.</source>
        <translation>土地利用图中有 {} 个单元在某个驱动因子中为 nodata；它们在适宜性中为 nodata。</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/landusesuitability.py" line="121" />
        <source>Classes</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/landusesuitability.py" line="124" />
        <source>Class(es) {} do not occur in {} where all drivers have data (it holds {}).</source>
        <translation>类别 {} 未出现在 {} 中所有驱动因子都有数据的区域（其中有 {}）。</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/landusesuitability.py" line="129" />
        <source>Model at least two classes.</source>
        <translation>请至少对两个类别建模。</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/landusesuitability.py" line="139" />
        <source>Fitted with {}.</source>
        <translation>使用 {} 拟合。</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/landusesuitability.py" line="139" />
        <source>the built-in IRLS solver (statsmodels is not installed)</source>
        <translation>内置 IRLS 求解器（未安装 statsmodels）</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/landusesuitability.py" line="145" />
        <source>Collinear drivers (VIF above {:g}): {}. Their coefficients are unstable; consider removing one of each correlated group.</source>
        <translation>共线的驱动因子（VIF 高于 {:g}）：{}。其系数不稳定；请考虑在每组相关因子中去掉一个。</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/landusesuitability.py" line="150" />
        <source>Class {}: AUC {:.3f} (map), {:.3f} (sample), McFadden R² {:.3f}.</source>
        <translation>类别 {}：AUC {:.3f}（地图），{:.3f}（样本），McFadden R² {:.3f}。</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/landusesuitability.py" line="154" />
        <source>Class {}: AUC {:.3f} is below 0.7; the drivers explain its location poorly.</source>
        <translation>类别 {}：AUC {:.3f} 低于 0.7；驱动因子对其位置的解释较差。</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/landusesuitability.py" line="158" />
        <source>Class {}: the driver(s) {} separate the class (almost) perfectly in the sample; their coefficients and standard errors are unreliable.</source>
        <translation>类别 {}：驱动因子 {} 在样本中（几乎）完全分离了该类别；其系数和标准误不可靠。</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/landusesuitability.py" line="30" />
        <source>Fits, for every land-use class u, a binomial logistic regression of the presence of u on the driving factors, and maps its probability — the location suitability P(i, u) that CLUE-S allocation uses (Verburg et al. 2002):
    log(P/(1 − P)) = β₀ + Σ β_f·X_f

Sample: a seeded random sample stratified by class (up to 'Cells per class' cells of every class, default 2000; all cells of a smaller class). Drivers are standardised for the fit; coefficients are reported in the drivers' own units (beta, per unit of the driver) and per standard deviation (beta_std). Because the stratified sample over-represents rare classes, the intercept is by default corrected to the class's share of the map (prior correction, King &amp; Zeng 2001: β₀ + ln(π/(1−π)) − ln(ȳ/(1−ȳ))); slopes and AUC do not change.
Fit: maximum likelihood by Newton's method with statsmodels when it is installed; otherwise the same estimate by iteratively reweighted least squares (the log says which). Standard errors from the inverse Fisher information; p from the Wald z.
Checks: ROC AUC per class (rank-sum formula) over every valid cell of the map and over the sample (CLUE-S convention: AUC &gt; 0.7 is acceptable); McFadden's R²; the variance inflation factor VIF_f = 1/(1 − R²_f) of every driver, with a warning above the threshold (default 10); a warning where a driver separates a class (almost) perfectly.

Inputs: land-use raster (class codes); driver rasters (any units; aligned to the land-use grid with averaging or bilinear resampling, said in the log; a categorical driver such as soil type enters as 0/1 dummy rasters, one fewer than its categories — a full set is refused as linearly dependent); classes to model (empty = every class of the map).
Outputs: a probability raster with one band per class in ascending code order (0–1; band descriptions name the class; nodata where the map or a driver has none), ready for 'CLUE-S allocation'; a coefficient table (class, term, beta, se, z, p, exp_beta = odds ratio per unit, beta_std, vif) and a model table (class, cells sampled, presences, AUC over the map and over the sample, McFadden R², solver, separated drivers).</source>
        <translation>对每个土地利用类别 u 拟合一个以驱动因子为自变量、u 是否出现为因变量的二项 logistic 回归，并制图其概率——即 CLUE-S 分配所用的区位适宜性 P(i, u)（Verburg 等 2002）：
    log(P/(1 − P)) = β₀ + Σ β_f·X_f

抽样：按类别分层、带种子的随机样本（每个类别最多“每类抽样单元数”个单元，默认 2000；较小的类别取全部单元）。拟合时对驱动因子标准化；系数以驱动因子自身单位（beta，每单位驱动因子）和每个标准差（beta_std）报告。由于分层样本高估了稀有类别，截距默认校正为该类别在地图中的比例（先验校正，King &amp; Zeng 2001：β₀ + ln(π/(1−π)) − ln(ȳ/(1−ȳ))）；斜率和 AUC 不变。
拟合：安装了 statsmodels 时用其牛顿法最大似然估计；否则用迭代重加权最小二乘得到相同的估计（日志中说明使用了哪一种）。标准误来自 Fisher 信息矩阵的逆；p 值来自 Wald z。
检验：每个类别的 ROC AUC（秩和公式），分别基于地图上所有有效单元和样本（CLUE-S 惯例：AUC &gt; 0.7 可接受）；McFadden R²；每个驱动因子的方差膨胀因子 VIF_f = 1/(1 − R²_f)，超过阈值（默认 10）时警告；驱动因子（几乎）完全分离某类别时警告。

输入：土地利用栅格（类别代码）；驱动因子栅格（任意单位；以平均或双线性重采样对齐到土地利用格网，并在日志中说明；土壤类型等分类驱动因子以 0/1 哑变量栅格输入，个数比类别数少一个——完整的一组会因线性相关而被拒绝）；要建模的类别（留空 = 地图中所有类别）。
输出：概率栅格，每个类别一个波段，按代码升序（0–1；波段描述为类别名；地图或任一驱动因子无数据处为 nodata），可直接用于“CLUE-S 分配”；系数表（class、term、beta、se、z、p、exp_beta = 每单位的优势比、beta_std、vif）和模型表（类别、抽样单元数、出现数、基于地图和样本的 AUC、McFadden R²、求解器、分离的驱动因子）。</translation>
    </message>
</context>
</TS>