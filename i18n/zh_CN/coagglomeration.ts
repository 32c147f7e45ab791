<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>Coagglomeration</name>
    <message>
        <location filename="../../algorithms/industry/coagglomeration.py" line="39" />
        <source>Industrial co-agglomeration (Wasserstein)</source>
        <translation>产业协同集聚（Wasserstein）</translation>
    </message>
    <message>
        <location filename="../../algorithms/industry/coagglomeration.py" line="42" />
        <source>Firm points</source>
        <translation>企业点</translation>
    </message>
    <message>
        <location filename="../../algorithms/industry/coagglomeration.py" line="44" />
        <source>Industry code field</source>
        <translation>行业代码字段</translation>
    </message>
    <message>
        <location filename="../../algorithms/industry/coagglomeration.py" line="47" />
        <source>Industry = first n characters of the code (0 = all)</source>
        <translation>行业 = 代码前 n 个字符（0 = 全部）</translation>
    </message>
    <message>
        <location filename="../../algorithms/industry/coagglomeration.py" line="50" />
        <source>Group = first m characters of the code (0 = all)</source>
        <translation>门类 = 代码前 m 个字符（0 = 全部）</translation>
    </message>
    <message>
        <location filename="../../algorithms/industry/coagglomeration.py" line="53" />
        <source>Firm weight field (e.g. employment; empty = uniform)</source>
        <translation>企业权重字段（如就业人数；留空 = 均匀）</translation>
    </message>
    <message>
        <location filename="../../algorithms/industry/coagglomeration.py" line="56" />
        <source>Minimum firms per industry</source>
        <translation>每个行业的最少企业数</translation>
    </message>
    <message>
        <location filename="../../algorithms/industry/coagglomeration.py" line="59" />
        <source>Cost exponent p</source>
        <translation>代价指数 p</translation>
    </message>
    <message>
        <location filename="../../algorithms/industry/coagglomeration.py" line="59" />
        <source>2: squared distance (W₂², default)</source>
        <translation>2：距离平方（W₂²，默认）</translation>
    </message>
    <message>
        <location filename="../../algorithms/industry/coagglomeration.py" line="59" />
        <source>1: distance (W₁)</source>
        <translation>1：距离（W₁）</translation>
    </message>
    <message>
        <location filename="../../algorithms/industry/coagglomeration.py" line="63" />
        <source>Counterfactual draws</source>
        <translation>反事实抽样次数</translation>
    </message>
    <message>
        <location filename="../../algorithms/industry/coagglomeration.py" line="65" />
        <source>Random seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <location filename="../../algorithms/industry/coagglomeration.py" line="67" />
        <source>Significance level (Coagg ≥ level)</source>
        <translation>显著性水平（Coagg ≥ 水平）</translation>
    </message>
    <message>
        <location filename="../../algorithms/industry/coagglomeration.py" line="70" />
        <source>Separation level (Coagg ≤ level)</source>
        <translation>分离水平（Coagg ≤ 水平）</translation>
    </message>
    <message>
        <location filename="../../algorithms/industry/coagglomeration.py" line="73" />
        <source>Coagg precision (0 = exact; pairs stop drawing once settled)</source>
        <translation>Coagg 精度（0 = 精确；行业对结果确定后即停止抽样）</translation>
    </message>
    <message>
        <location filename="../../algorithms/industry/coagglomeration.py" line="77" />
        <source>Solver</source>
        <translation>求解器</translation>
    </message>
    <message>
        <location filename="../../algorithms/industry/coagglomeration.py" line="77" />
        <source>Exact OT (network simplex, default)</source>
        <translation>精确最优传输（网络单纯形法，默认）</translation>
    </message>
    <message>
        <location filename="../../algorithms/industry/coagglomeration.py" line="77" />
        <source>Entropic OT (Sinkhorn, blur σ)</source>
        <translation>熵正则最优传输（Sinkhorn，模糊 σ）</translation>
    </message>
    <message>
        <location filename="../../algorithms/industry/coagglomeration.py" line="82" />
        <source>Entropic blur σ (map units)</source>
        <translation>熵正则模糊 σ（地图单位）</translation>
    </message>
    <message>
        <location filename="../../algorithms/industry/coagglomeration.py" line="85" />
        <source>Entropic tolerance (L1 marginal error)</source>
        <translation>熵求解器容差（L1 边际误差）</translation>
    </message>
    <message>
        <location filename="../../algorithms/industry/coagglomeration.py" line="88" />
        <source>Entropic iteration limit</source>
        <translation>熵求解器迭代上限</translation>
    </message>
    <message>
        <location filename="../../algorithms/industry/coagglomeration.py" line="91" />
        <source>Count self-pairs (j, j) in the summaries</source>
        <translation>汇总中计入自身对 (j, j)</translation>
    </message>
    <message>
        <location filename="../../algorithms/industry/coagglomeration.py" line="93" />
        <source>Threads</source>
        <translation>线程数</translation>
    </message>
    <message>
        <location filename="../../algorithms/industry/coagglomeration.py" line="96" />
        <source>Worker processes (0 = threads inside QGIS)</source>
        <translation>工作进程数（0 = 在 QGIS 内使用线程）</translation>
    </message>
    <message>
        <location filename="../../algorithms/industry/coagglomeration.py" line="99" />
        <source>Python interpreter for worker processes (empty = found automatically)</source>
        <translation>工作进程使用的 Python 解释器（留空 = 自动查找）</translation>
    </message>
    <message>
        <location filename="../../algorithms/industry/coagglomeration.py" line="102" />
        <source>Dask scheduler address (optional, e.g. tcp://10.0.0.5:8786; empty = run here)</source>
        <translation>Dask 调度器地址（可选，如 tcp://10.0.0.5:8786；留空 = 在本机运行）</translation>
    </message>
    <message>
        <location filename="../../algorithms/industry/coagglomeration.py" line="109" />
        <source>Number of core industries (groups)</source>
        <translation>核心产业（门类）数量</translation>
    </message>
    <message>
        <location filename="../../algorithms/industry/coagglomeration.py" line="112" />
        <source>Co-agglomeration pairs</source>
        <translation>协同集聚行业对</translation>
    </message>
    <message>
        <location filename="../../algorithms/industry/coagglomeration.py" line="114" />
        <source>Co-agglomeration by industry</source>
        <translation>按行业的协同集聚</translation>
    </message>
    <message>
        <location filename="../../algorithms/industry/coagglomeration.py" line="116" />
        <source>Co-agglomeration by group (Table 3)</source>
        <translation>按门类的协同集聚（表 3）</translation>
    </message>
    <message>
        <location filename="../../algorithms/industry/coagglomeration.py" line="118" />
        <source>Core industries</source>
        <translation>核心产业</translation>
    </message>
    <message>
        <location filename="../../algorithms/industry/coagglomeration.py" line="120" />
        <source>Core industry codes (comma separated)</source>
        <translation>核心产业代码（逗号分隔）</translation>
    </message>
    <message>
        <location filename="../../algorithms/industry/coagglomeration.py" line="122" />
        <source>Significant pairs</source>
        <translation>显著行业对数</translation>
    </message>
    <message>
        <location filename="../../algorithms/industry/coagglomeration.py" line="130" />
        <source>firm points</source>
        <translation>企业点</translation>
    </message>
    <message>
        <location filename="../../algorithms/industry/coagglomeration.py" line="137" />
        <source>{} has no field '{}'.</source>
        <translation>{} 没有字段 '{}'。</translation>
    </message>
    <message>
        <location filename="../../algorithms/industry/coagglomeration.py" line="155" />
        <source>{} firm(s) of {} have no geometry. Remove them or fix their location.</source>
        <translation>{} 家企业（图层 {}）没有几何。请删除这些企业或修正其位置。</translation>
    </message>
    <message>
        <location filename="../../algorithms/industry/coagglomeration.py" line="159" />
        <source>{} has no firms.</source>
        <translation>{} 中没有企业。</translation>
    </message>
    <message>
        <location filename="../../algorithms/industry/coagglomeration.py" line="168" />
        <source>{} firms; solver {}, p = {}, {} draws, seed {}.</source>
        <translation>{} 家企业；求解器 {}，p = {}，抽样 {} 次，种子 {}。</translation>
    </message>
    <message>
        <location filename="../../algorithms/industry/coagglomeration.py" line="189" />
        <source>Left out (fewer firms than the minimum): {}.</source>
        <translation>已排除（企业数少于最小值）：{}。</translation>
    </message>
    <message>
        <location filename="../../algorithms/industry/coagglomeration.py" line="192" />
        <source>{} industries, {} groups; {} transport problems, {} solved exactly, {} decided by bounds.</source>
        <translation>{} 个行业，{} 个门类；{} 个传输问题，其中 {} 个精确求解，{} 个由界判定。</translation>
    </message>
    <message>
        <location filename="../../algorithms/industry/coagglomeration.py" line="197" />
        <source>Precision {}: {} of {} pairs settled before the last draw; {:.0f} draws per pair on average.</source>
        <translation>精度 {}：{} 个行业对（共 {} 个）在最后一次抽样前已确定；平均每个行业对使用 {:.0f} 次抽样。</translation>
    </message>
    <message>
        <location filename="../../algorithms/industry/coagglomeration.py" line="225" />
        <source>Worker processes not used, ran with threads ({} of {} units were done): {}</source>
        <translation>未使用工作进程，已改用线程运行（{} / {} 个计算单元已完成）：{}</translation>
    </message>
    <message>
        <location filename="../../algorithms/industry/coagglomeration.py" line="229" />
        <source>Worker process {} started in {:.1f} s.</source>
        <translation>工作进程 {} 已启动，用时 {:.1f} 秒。</translation>
    </message>
    <message>
        <location filename="../../algorithms/industry/coagglomeration.py" line="232" />
        <source>Observed distances and bounds: {} of {} industries, {:.0f} s, about {:.0f} s left.</source>
        <translation>观测距离与界：已完成 {} / {} 个行业，用时 {:.0f} 秒，预计还需约 {:.0f} 秒。</translation>
    </message>
    <message>
        <location filename="../../algorithms/industry/coagglomeration.py" line="237" />
        <source>Counterfactual draws: {} of {} units; {} of {} pairs finished ({} settled before the last draw), {} draws used; {:.0f} s, about {:.0f} s left.</source>
        <translation>反事实抽样：已完成 {} / {} 个计算单元；{} / {} 个行业对已完成（{} 个在最后一次抽样前已确定），共用 {} 次抽样；用时 {:.0f} 秒，预计还需约 {:.0f} 秒。</translation>
    </message>
    <message>
        <location filename="../../algorithms/industry/coagglomeration.py" line="244" />
        <source>Counterfactual draws on the Dask cluster: {} of {} units, {} draws used; {:.0f} s, about {:.0f} s left.</source>
        <translation>在 Dask 集群上的反事实抽样：已完成 {} / {} 个计算单元，共用 {} 次抽样；用时 {:.0f} 秒，预计还需约 {:.0f} 秒。</translation>
    </message>
</context>
</TS>