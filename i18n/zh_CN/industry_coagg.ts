<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>Coagglomeration</name>
    <message>
        <location filename="../../algorithms/industry/coagglomeration.py" line="37" />
        <source>Industrial co-agglomeration (Wasserstein)</source>
        <translation>产业协同集聚（Wasserstein）</translation>
    </message>
    <message>
        <location filename="../../algorithms/industry/coagglomeration.py" line="98" />
        <source>Firm points</source>
        <translation>企业点</translation>
    </message>
    <message>
        <location filename="../../algorithms/industry/coagglomeration.py" line="100" />
        <source>Industry code field</source>
        <translation>行业代码字段</translation>
    </message>
    <message>
        <location filename="../../algorithms/industry/coagglomeration.py" line="103" />
        <source>Industry = first n characters of the code (0 = all)</source>
        <translation>行业 = 代码前 n 个字符（0 = 全部）</translation>
    </message>
    <message>
        <location filename="../../algorithms/industry/coagglomeration.py" line="106" />
        <source>Group = first m characters of the code (0 = all)</source>
        <translation>门类 = 代码前 m 个字符（0 = 全部）</translation>
    </message>
    <message>
        <location filename="../../algorithms/industry/coagglomeration.py" line="109" />
        <source>Firm weight field (e.g. employment; empty = uniform)</source>
        <translation>企业权重字段（如就业人数；留空 = 均匀）</translation>
    </message>
    <message>
        <location filename="../../algorithms/industry/coagglomeration.py" line="112" />
        <source>Minimum firms per industry</source>
        <translation>每个行业的最少企业数</translation>
    </message>
    <message>
        <location filename="../../algorithms/industry/coagglomeration.py" line="115" />
        <source>Cost exponent p</source>
        <translation>代价指数 p</translation>
    </message>
    <message>
        <location filename="../../algorithms/industry/coagglomeration.py" line="115" />
        <source>2: squared distance (W₂², default)</source>
        <translation>2：距离平方（W₂²，默认）</translation>
    </message>
    <message>
        <location filename="../../algorithms/industry/coagglomeration.py" line="115" />
        <source>1: distance (W₁)</source>
        <translation>1：距离（W₁）</translation>
    </message>
    <message>
        <location filename="../../algorithms/industry/coagglomeration.py" line="119" />
        <source>Counterfactual draws</source>
        <translation>反事实抽样次数</translation>
    </message>
    <message>
        <location filename="../../algorithms/industry/coagglomeration.py" line="121" />
        <source>Random seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <location filename="../../algorithms/industry/coagglomeration.py" line="123" />
        <source>Significance level (Coagg ≥ level)</source>
        <translation>显著性水平（Coagg ≥ 水平）</translation>
    </message>
    <message>
        <location filename="../../algorithms/industry/coagglomeration.py" line="126" />
        <source>Separation level (Coagg ≤ level)</source>
        <translation>分离水平（Coagg ≤ 水平）</translation>
    </message>
    <message>
        <location filename="../../algorithms/industry/coagglomeration.py" line="133" />
        <source>Solver</source>
        <translation>求解器</translation>
    </message>
    <message>
        <location filename="../../algorithms/industry/coagglomeration.py" line="133" />
        <source>Exact OT (network simplex, default)</source>
        <translation>精确最优传输（网络单纯形法，默认）</translation>
    </message>
    <message>
        <location filename="../../algorithms/industry/coagglomeration.py" line="133" />
        <source>Entropic OT (Sinkhorn, blur σ)</source>
        <translation>熵正则最优传输（Sinkhorn，模糊 σ）</translation>
    </message>
    <message>
        <location filename="../../algorithms/industry/coagglomeration.py" line="138" />
        <source>Entropic blur σ (map units)</source>
        <translation>熵正则模糊 σ（地图单位）</translation>
    </message>
    <message>
        <location filename="../../algorithms/industry/coagglomeration.py" line="141" />
        <source>Entropic tolerance (L1 marginal error)</source>
        <translation>熵求解器容差（L1 边际误差）</translation>
    </message>
    <message>
        <location filename="../../algorithms/industry/coagglomeration.py" line="144" />
        <source>Entropic iteration limit</source>
        <translation>熵求解器迭代上限</translation>
    </message>
    <message>
        <location filename="../../algorithms/industry/coagglomeration.py" line="147" />
        <source>Count self-pairs (j, j) in the summaries</source>
        <translation>汇总中计入自身对 (j, j)</translation>
    </message>
    <message>
        <location filename="../../algorithms/industry/coagglomeration.py" line="149" />
        <source>Threads</source>
        <translation>线程数</translation>
    </message>
    <message>
        <location filename="../../algorithms/industry/coagglomeration.py" line="165" />
        <source>Number of core industries (groups)</source>
        <translation>核心产业（门类）数量</translation>
    </message>
    <message>
        <location filename="../../algorithms/industry/coagglomeration.py" line="168" />
        <source>Co-agglomeration pairs</source>
        <translation>协同集聚行业对</translation>
    </message>
    <message>
        <location filename="../../algorithms/industry/coagglomeration.py" line="170" />
        <source>Co-agglomeration by industry</source>
        <translation>按行业的协同集聚</translation>
    </message>
    <message>
        <location filename="../../algorithms/industry/coagglomeration.py" line="172" />
        <source>Co-agglomeration by group (Table 3)</source>
        <translation>按门类的协同集聚（表 3）</translation>
    </message>
    <message>
        <location filename="../../algorithms/industry/coagglomeration.py" line="174" />
        <source>Core industries</source>
        <translation>核心产业</translation>
    </message>
    <message>
        <location filename="../../algorithms/industry/coagglomeration.py" line="176" />
        <source>Core industry codes (comma separated)</source>
        <translation>核心产业代码（逗号分隔）</translation>
    </message>
    <message>
        <location filename="../../algorithms/industry/coagglomeration.py" line="178" />
        <source>Significant pairs</source>
        <translation>显著行业对数</translation>
    </message>
    <message>
        <location filename="../../algorithms/industry/coagglomeration.py" line="186" />
        <source>firm points</source>
        <translation>企业点</translation>
    </message>
    <message>
        <location filename="../../algorithms/industry/coagglomeration.py" line="193" />
        <source>{} has no field '{}'.</source>
        <translation>{} 没有字段 '{}'。</translation>
    </message>
    <message>
        <location filename="../../algorithms/industry/coagglomeration.py" line="211" />
        <source>{} firm(s) of {} have no geometry. Remove them or fix their location.</source>
        <translation>{} 家企业（图层 {}）没有几何。请删除这些企业或修正其位置。</translation>
    </message>
    <message>
        <location filename="../../algorithms/industry/coagglomeration.py" line="215" />
        <source>{} has no firms.</source>
        <translation>{} 中没有企业。</translation>
    </message>
    <message>
        <location filename="../../algorithms/industry/coagglomeration.py" line="224" />
        <source>{} firms; solver {}, p = {}, {} draws, seed {}.</source>
        <translation>{} 家企业；求解器 {}，p = {}，抽样 {} 次，种子 {}。</translation>
    </message>
    <message>
        <location filename="../../algorithms/industry/coagglomeration.py" line="245" />
        <source>Left out (fewer firms than the minimum): {}.</source>
        <translation>已排除（企业数少于最小值）：{}。</translation>
    </message>
    <message>
        <location filename="../../algorithms/industry/coagglomeration.py" line="251" />
        <source>{} industries, {} groups; {} transport problems, {} solved exactly, {} decided by bounds.</source>
        <translation>{} 个行业，{} 个门类；{} 个传输问题，其中 {} 个精确求解，{} 个由界判定。</translation>
    </message>
    <message>
        <location filename="../../algorithms/industry/coagglomeration.py" line="158" />
        <source>Dask scheduler address (optional, e.g. tcp://10.0.0.5:8786; empty = run here)</source>
        <translation>Dask 调度器地址（可选，如 tcp://10.0.0.5:8786；留空 = 在本机运行）</translation>
    </message>
    <message>
        <location filename="../../algorithms/industry/coagglomeration.py" line="129" />
        <source>Coagg precision (0 = exact; pairs stop drawing once settled)</source>
        <translation>Coagg 精度（0 = 精确；行业对结果确定后即停止抽样）</translation>
    </message>
    <message>
        <location filename="../../algorithms/industry/coagglomeration.py" line="256" />
        <source>Precision {}: {} of {} pairs settled before the last draw; {:.0f} draws per pair on average.</source>
        <translation>精度 {}：{} 个行业对（共 {} 个）在最后一次抽样前已确定；平均每个行业对使用 {:.0f} 次抽样。</translation>
    </message>
    <message>
        <location filename="../../algorithms/industry/coagglomeration.py" line="152" />
        <source>Worker processes (0 = threads inside QGIS)</source>
        <translation>工作进程数（0 = 在 QGIS 内使用线程）</translation>
    </message>
    <message>
        <location filename="../../algorithms/industry/coagglomeration.py" line="155" />
        <source>Python interpreter for worker processes (empty = found automatically)</source>
        <translation>工作进程使用的 Python 解释器（留空 = 自动查找）</translation>
    </message>
    <message>
        <location filename="../../algorithms/industry/coagglomeration.py" line="40" />
        <source>Measures which industries co-agglomerate, from firm points with an industry code (Billings &amp; Johnson index with optimal transport, as used by Kang et al.).

Industry of a firm = the first n characters of its code (default 3: the three-digit industry); group = the first m characters (default 2: the two-digit industry, TDI); 0 = the whole code. Numeric codes lose leading zeros: store codes as text where they matter.
For every ordered pair (j, k), self-pairs included: W(j, k) = optimal transport cost between the uniform (or weighted) distributions of j's and k's firms with cost |x − y|^p (p = 2 by default: W₂², in map units²; p = 1: W₁, map units). Counterfactuals: k is replaced D times (default 1000) by N_k firms drawn at random without replacement from all firms (seeded; the same draws serve every j). Coagg(j, k) = share of draws with W(j, k) &lt; W(j, draw), in 0..1; Coagg is asymmetric. Significant co-agglomeration: Coagg ≥ level (default 0.95); significant separation: Coagg ≤ the separation level (default 0.05).
Solver: exact OT (POT network simplex, the zero-blur limit of Sinkhorn; every draw is first decided by proven dual and binned bounds, so with precision 0 the result equals solving every draw exactly) or entropic OT (log-domain Sinkhorn with ε-scaling, blur σ in map units, regularisation σ^p, reported value ⟨P, C⟩); the entropic solver stops with an error when it does not reach the marginal tolerance instead of returning an unconverged value. The public reference code passes 10^-3 (= -9 in Python) as regularisation and uses degrees: its numbers are not reproduced.
Coagg precision (default 0.01; 0 = exact): the largest difference allowed between each Coagg and the run that decides all D draws exactly with the same seed. A pair stops drawing once its value and its decisions (significant, separated) are settled: stopped at m draws when, under the Jeffreys posterior Beta(x + ½, m − x + ½) of its x exceedances, the probability that the D-draw value differs by more than the precision or takes another decision is at most 10⁻⁴ (checked every 25 draws from 100). A pair that uses all draws may leave fewer than 2 × precision × D draws undecided (their bounds straddle W(j, k)) when they cannot change its decisions, and reports the middle of its interval: error below the precision, proven. The pair table gives the draws each pair used.
Industries with fewer firms than the minimum are left out as rows and columns, but their firms stay in the pool of the draws.
Outputs: pair table (industry_j, industry_k, groups, n_j, n_k, w, coagg, significant, separated, draws used); industry table (pairs, significant pairs within / across its group, separations, mean Coagg, counted by the row industry j); group table in the form of Table 3 (per group: industries, pairs, pairs within / cross, significant, significant within / cross, mean Coagg; pairs counted by the row industry, so a group of 9 industries among 181 has 1,629 pairs, 81 within); core industries: the groups with the most significant pairs (ties: higher mean Coagg), with their code in field 'code' and the codes comma-separated in the string output, for filtering firms (by code prefix) in the kernel density.
The layer must be in a projected CRS (distances in map units).
Threads share Python's interpreter lock (about 1.6× on two cores); worker processes (exact solver; default: one per core, at most 8) reach about 1.9× with identical results. They run a real Python interpreter with numpy, scipy and POT (never the QGIS binary): found automatically (the Python beside QGIS, else python3 on the PATH; if none works the run uses threads and says so) or given in the advanced parameters (then it must work).
Optional: a Dask scheduler address sends the work (industry j × block of draws; a whole row j when the precision is above 0) to a running Dask cluster, with identical results; this algorithm never starts workers itself (needs the Python package 'distributed').</source>
        <translation>根据带行业代码的企业点，测度哪些行业存在协同集聚（基于最优传输的 Billings &amp; Johnson 指数，Kang 等采用的方法）。

企业所属行业 = 其代码的前 n 个字符（默认 3：三位数行业）；所属门类 = 前 m 个字符（默认 2：两位数行业，TDI）；0 = 整个代码。数值型代码会丢失前导零：需要时请以文本存储代码。
对每个有序行业对 (j, k)（包括自身对）：W(j, k) = j 与 k 企业的均匀（或加权）分布之间的最优传输代价，代价为 |x − y|^p（默认 p = 2：W₂²，单位为地图单位²；p = 1：W₁，地图单位）。反事实：k 被替换 D 次（默认 1000），每次从全部企业中不放回随机抽取 N_k 家企业（带种子；同一组抽样供所有 j 共用）。Coagg(j, k) = 满足 W(j, k) &lt; W(j, 抽样) 的抽样所占比例，取值 0..1；Coagg 不对称。显著协同集聚：Coagg ≥ 水平（默认 0.95）；显著分离：Coagg ≤ 分离水平（默认 0.05）。
求解器：精确最优传输（POT 网络单纯形法，即 Sinkhorn 在模糊趋于零时的极限；每次抽样先用经证明的对偶界和分箱界判定，因此精度为 0 时结果与逐一精确求解每次抽样完全相同）或熵正则最优传输（对数域 Sinkhorn 加 ε 缩放，模糊 σ 以地图单位计，正则化系数 σ^p，报告值为 ⟨P, C⟩）；熵求解器若未达到边际容差则报错停止，而不会返回未收敛的值。公开的参考代码把 10^-3（在 Python 中等于 -9）作为正则化系数并使用经纬度：本算法不复现其数值。
Coagg 精度（默认 0.01；0 = 精确）：每个 Coagg 与使用相同种子、精确判定全部 D 次抽样的运行结果之间允许的最大差值。行业对在其数值及判定（显著、分离）确定后即停止抽样：在第 m 次抽样时，若按其 x 次超出的 Jeffreys 后验 Beta(x + ½, m − x + ½)，D 次抽样的值与当前值相差超过精度或判定改变的概率不超过 10⁻⁴，则停止（从第 100 次起每 25 次检查一次）。使用全部抽样的行业对，在未判定的抽样（其界跨越 W(j, k)）不会改变其判定时，可保留少于 2 × 精度 × D 个未判定抽样，并报告其区间中点：误差小于精度，有严格证明。行业对表给出每个行业对所用的抽样数。
企业数少于最小值的行业不作为行或列参与分析，但其企业仍留在抽样池中。
输出：行业对表（industry_j、industry_k、门类、n_j、n_k、w、coagg、significant、separated、所用抽样数）；行业表（行业对数、门类内 / 跨门类的显著行业对数、显著分离数、平均 Coagg，按行行业 j 计数）；表 3 形式的门类表（每个门类：行业数、行业对数、门类内 / 跨门类行业对数、显著数、门类内 / 跨门类显著数、平均 Coagg；行业对按行行业计数，因此 181 个行业中含 9 个行业的门类有 1,629 个行业对，其中 81 个在门类内）；核心产业：显著行业对最多的门类（并列时取平均 Coagg 较高者），其代码在字段 'code' 中，字符串输出以逗号分隔列出这些代码，可用于核密度分析中按代码前缀筛选企业。
图层必须采用投影坐标系（距离以地图单位计）。
线程共享 Python 的解释器锁（双核上约 1.6 倍）；工作进程（精确求解器；默认每个核一个，最多 8 个）可达约 1.9 倍，结果完全相同。工作进程运行真正的 Python 解释器（需含 numpy、scipy 和 POT，绝不是 QGIS 程序本身）：自动查找（QGIS 旁的 Python，否则为 PATH 中的 python3；若均不可用，则改用线程运行并给出提示），或在高级参数中指定（此时必须可用）。
可选：填写 Dask 调度器地址后，计算（行业 j × 一组抽样；精度大于 0 时为整行 j）将发送到正在运行的 Dask 集群执行，结果完全相同；本算法自身从不启动工作进程（需要 Python 包 'distributed'）。</translation>
    </message>
    <message>
        <location filename="../../algorithms/industry/coagglomeration.py" line="249" />
        <source>Worker processes not used, ran with threads: {}</source>
        <translation>未使用工作进程，已改用线程运行：{}</translation>
    </message>
</context>
</TS>