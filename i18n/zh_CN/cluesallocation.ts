<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>CluesAllocation</name>
    <message>
        <location filename="../../algorithms/landuse/cluesallocation.py" line="43" />
        <source>CLUE-S allocation</source>
        <translation>CLUE-S 分配</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/cluesallocation.py" line="46" />
        <source>Initial land-use map</source>
        <translation>初始土地利用图</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/cluesallocation.py" line="47" />
        <source>Year of the initial map</source>
        <translation>初始地图年份</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/cluesallocation.py" line="49" />
        <source>Demand table</source>
        <translation>需求表</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/cluesallocation.py" line="51" />
        <source>Year field of the demand table (empty: 'year' if present, else consecutive rows)</source>
        <translation>需求表的年份字段（留空：若有 'year' 则用之，否则按连续行）</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/cluesallocation.py" line="55" />
        <source>Demand field of a long table (class field + this field; empty: 'demand' or 'area')</source>
        <translation>长表的需求字段（类别字段 + 此字段；留空：'demand' 或 'area'）</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/cluesallocation.py" line="59" />
        <source>Target year of a long table without a year field</source>
        <translation>不带年份字段的长表的目标年份</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/cluesallocation.py" line="62" />
        <source>Or: demand typed in (year, class, demand)</source>
        <translation>或：直接输入需求（年份、类别、需求）</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/cluesallocation.py" line="62" />
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/cluesallocation.py" line="62" />
        <source>Class</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/cluesallocation.py" line="62" />
        <source>Demand</source>
        <translation>需求</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/cluesallocation.py" line="66" />
        <source>Unit of the demand</source>
        <translation>需求的单位</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/cluesallocation.py" line="80" />
        <source>cells</source>
        <translation>单元数</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/cluesallocation.py" line="66" />
        <source>hectares</source>
        <translation>公顷</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/cluesallocation.py" line="66" />
        <source>km²</source>
        <translation>km²</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/cluesallocation.py" line="69" />
        <source>Suitability rasters (one per class, or one band per class)</source>
        <translation>适宜性栅格（每类一个，或每类一个波段）</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/cluesallocation.py" line="72" />
        <source>Conversion elasticities, in ascending class order</source>
        <translation>转换弹性，按类别代码升序</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/cluesallocation.py" line="75" />
        <source>Conversion matrix table</source>
        <translation>转换矩阵表</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/cluesallocation.py" line="77" />
        <source>Restricted areas (non-zero cells never change)</source>
        <translation>限制区（非零单元永不变化）</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/cluesallocation.py" line="80" />
        <source>Deviation measured in</source>
        <translation>偏差的计量方式</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/cluesallocation.py" line="80" />
        <source>% of the demand</source>
        <translation>需求的 %</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/cluesallocation.py" line="83" />
        <source>Maximum mean deviation</source>
        <translation>最大平均偏差</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/cluesallocation.py" line="85" />
        <source>Maximum deviation of any class</source>
        <translation>任一类别的最大偏差</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/cluesallocation.py" line="88" />
        <source>Maximum iterations per year</source>
        <translation>每年最大迭代次数</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/cluesallocation.py" line="91" />
        <source>Start ITER from the previous year (warm start)</source>
        <translation>ITER 从上一年的值开始（热启动）</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/cluesallocation.py" line="95" />
        <source>Dyna-CLUE neighbourhood term</source>
        <translation>Dyna-CLUE 邻域项</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/cluesallocation.py" line="97" />
        <source>Neighbourhood radius (cells)</source>
        <translation>邻域半径（单元）</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/cluesallocation.py" line="100" />
        <source>Neighbourhood weight w (one value, or one per class)</source>
        <translation>邻域权重 w（一个值，或每类一个）</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/cluesallocation.py" line="103" />
        <source>Tie-breaking random term added to P (at most)</source>
        <translation>加到 P 上用于打破平局的随机项（上限）</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/cluesallocation.py" line="107" />
        <source>Random seed (tie-breaking term, neighbourhood sample)</source>
        <translation>随机种子（平局随机项、邻域抽样）</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/cluesallocation.py" line="110" />
        <source>Simulated land use (one band per year)</source>
        <translation>模拟土地利用（每年一个波段）</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/cluesallocation.py" line="112" />
        <source>Simulated land use, last year</source>
        <translation>模拟土地利用（最后一年）</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/cluesallocation.py" line="114" />
        <source>Iteration log</source>
        <translation>迭代日志</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/cluesallocation.py" line="116" />
        <source>Demand and deviation per year</source>
        <translation>每年的需求与偏差</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/cluesallocation.py" line="118" />
        <source>Years simulated</source>
        <translation>模拟年数</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/cluesallocation.py" line="119" />
        <source>Largest remaining deviation</source>
        <translation>最大剩余偏差</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/cluesallocation.py" line="127" />
        <source>demand table</source>
        <translation>需求表</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/cluesallocation.py" line="136" />
        <source>The typed demand needs rows of three values: year, class, demand.</source>
        <translation>直接输入的需求每行需要三个值：年份、类别、需求。</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/cluesallocation.py" line="141" />
        <source>Give the demand: a demand table or the typed matrix (year, class, demand).</source>
        <translation>请给出需求：需求表或直接输入的矩阵（年份、类别、需求）。</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/cluesallocation.py" line="146" />
        <source>initial land-use map</source>
        <translation>初始土地利用图</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/cluesallocation.py" line="151" />
        <source>{} holds non-integer values; a land-use map holds class codes.</source>
        <translation>{} 含有非整数值；土地利用图应为类别代码。</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/cluesallocation.py" line="157" />
        <source>Class code {} is used as nodata of the output; recode it first.</source>
        <translation>类别代码 {} 被用作输出的 nodata 值；请先重新编码。</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/cluesallocation.py" line="164" />
        <source>The demand gives no area for class(es) {} of the initial map (it has {}). Add them to the demand table.</source>
        <translation>需求中没有初始地图类别 {} 的面积（需求中有 {}）。请将其加入需求表。</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/cluesallocation.py" line="183" />
        <source>Class(es) {} are not in the initial map and have no demand: left out.</source>
        <translation>类别 {} 不在初始地图中且没有需求：已略去。</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/cluesallocation.py" line="174" />
        <source>Without a year field the first demand row is the initial year, so the table needs at least two rows.</source>
        <translation>没有年份字段时需求表第一行为初始年份，因此表至少需要两行。</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/cluesallocation.py" line="189" />
        <source>The demand of the initial year {} differs from the initial map ({} vs {} cells); the map is used as the starting state.</source>
        <translation>初始年份 {} 的需求与初始地图不同（{} 对 {} 个单元）；以地图作为起始状态。</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/cluesallocation.py" line="195" />
        <source>Classes {}; {} yearly steps {}–{}; {} cells.</source>
        <translation>类别 {}；{} 个年度步长 {}–{}；{} 个单元。</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/cluesallocation.py" line="204" />
        <source>Give one suitability surface per class: {} classes ({}) but {} surfaces.</source>
        <translation>每个类别需要一个适宜性表面：{} 个类别（{}），但给出了 {} 个表面。</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/cluesallocation.py" line="213" />
        <source>The suitability of class {} has nodata in {} cells where the initial map has data; every cell needs a suitability for every class.</source>
        <translation>类别 {} 的适宜性在初始地图有数据的 {} 个单元中为 nodata；每个单元都需要每个类别的适宜性。</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/cluesallocation.py" line="220" />
        <source>The suitability of class {} ranges {:.4g}–{:.4g}, outside 0–1: CLUE-S adds it to the elasticities (0–1), so rescale it to probabilities.</source>
        <translation>类别 {} 的适宜性范围为 {:.4g}–{:.4g}，超出 0–1：CLUE-S 将其与转换弹性（0–1）相加，请将其重新缩放为概率。</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/cluesallocation.py" line="225" />
        <source>Conversion elasticities</source>
        <translation>转换弹性</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/cluesallocation.py" line="229" />
        <source>No conversion elasticities given: 0 for every class.</source>
        <translation>未给出转换弹性：所有类别取 0。</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/cluesallocation.py" line="231" />
        <source>Give one conversion elasticity per class in ascending order of the codes {} ({} values), got {}.</source>
        <translation>请按代码 {} 的升序为每个类别给出一个转换弹性（{} 个值），实际给出 {} 个。</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/cluesallocation.py" line="235" />
        <source>Conversion elasticities outside 0–1 ({}): CLUE-S uses 0 (converts easily) to 1 (hard to convert).</source>
        <translation>转换弹性超出 0–1（{}）：CLUE-S 使用 0（容易转换）到 1（难以转换）。</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/cluesallocation.py" line="240" />
        <source>conversion matrix</source>
        <translation>转换矩阵</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/cluesallocation.py" line="248" />
        <source>{}: {} restricted cells.</source>
        <translation>{}：{} 个限制单元。</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/cluesallocation.py" line="252" />
        <source>{} restricted cells never change.</source>
        <translation>{} 个限制单元永不变化。</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/cluesallocation.py" line="256" />
        <source>Neighbourhood weight</source>
        <translation>邻域权重</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/cluesallocation.py" line="259" />
        <source>Give one neighbourhood weight or one per class ({}).</source>
        <translation>请给出一个邻域权重或每类一个（{} 个）。</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/cluesallocation.py" line="277" />
        <source> cells</source>
        <translation> 个单元</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/cluesallocation.py" line="279" />
        <source>{}: {} iterations, mean deviation {:.4g}{}, maximum {:.4g}{}.</source>
        <translation>{}：{} 次迭代，平均偏差 {:.4g}{}，最大 {:.4g}{}。</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/cluesallocation.py" line="285" />
        <source>Neighbourhood logit of class {}: a = {:.4g}, b = {:.4g}.</source>
        <translation>类别 {} 的邻域 logit：a = {:.4g}，b = {:.4g}。</translation>
    </message>
</context>
</TS>