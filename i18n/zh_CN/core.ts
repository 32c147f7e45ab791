<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
    <context>
        <name>EcoEconCore</name>
        <message>
            <source>no valid value to classify</source>
            <translation>没有可分类的有效值</translation>
        </message>
        <message>
            <source>natural breaks need at least 2 classes</source>
            <translation>自然断点法至少需要 2 个类别</translation>
        </message>
        <message>
            <source>{} cells match no rule, for example the value {:g}</source>
            <translation>{} 个像元不符合任何规则，例如值 {:g}</translation>
        </message>
        <message>
            <source>give at least one service raster</source>
            <translation>请至少给出一个服务栅格</translation>
        </message>
        <message>
            <source>weights must be non-negative numbers with a positive sum</source>
            <translation>权重必须为非负数且总和为正</translation>
        </message>
        <message>
            <source>the rasters have no cell where all of them hold data</source>
            <translation>各栅格没有全部具有数据的共同像元</translation>
        </message>
        <message>
            <source>%d weights were given for %d rasters; give one weight per raster (in the order of the rasters) or none for equal weights</source>
            <translation>给出了 %d 个权重，而栅格有 %d 个；请为每个栅格给出一个权重（按栅格顺序），或不给权重以使用等权重</translation>
        </message>
        <message>
            <source>the comparison matrix is empty</source>
            <translation>判断矩阵为空</translation>
        </message>
        <message>
            <source>Saaty's random index is tabulated up to %d factors; %d were given</source>
            <translation>Saaty 随机一致性指标只列到 %d 个因子；给出了 %d 个</translation>
        </message>
        <message>
            <source>'%s' is not a judgement; use numbers such as 3, 1/3 or 0.2</source>
            <translation>'%s' 不是判断值；请使用 3、1/3 或 0.2 这样的数字</translation>
        </message>
        <message>
            <source>the comparison matrix must be square: row %d has %d values for %d rows</source>
            <translation>判断矩阵必须为方阵：第 %d 行有 %d 个值，而共有 %d 行</translation>
        </message>
        <message>
            <source>cell (%d, %d) of the comparison matrix is %g; judgements must be positive</source>
            <translation>判断矩阵的单元 (%d, %d) 为 %g；判断值必须为正数</translation>
        </message>
        <message>
            <source>the diagonal of the comparison matrix must be 1; cell (%d, %d) is %g</source>
            <translation>判断矩阵的对角线必须为 1；单元 (%d, %d) 为 %g</translation>
        </message>
        <message>
            <source>cells (%d, %d) and (%d, %d) of the comparison matrix are both empty; give at least one</source>
            <translation>判断矩阵的单元 (%d, %d) 和 (%d, %d) 都为空；请至少填写一个</translation>
        </message>
        <message>
            <source>the comparison matrix is not reciprocal: cell (%d, %d) = %g but cell (%d, %d) = %g (it should be 1/%g)</source>
            <translation>判断矩阵不互反：单元 (%d, %d) = %g，但单元 (%d, %d) = %g（应为 1/%g）</translation>
        </message>
        <message>
            <source>Give at least one search radius &gt; 0 (map units).</source>
            <translation>请至少给出一个 &gt; 0 的搜索半径（地图单位）。</translation>
        </message>
        <message>
            <source>The restored resistance must be ≥ 0.</source>
            <translation>修复后的阻力必须 ≥ 0。</translation>
        </message>
        <message>
            <source>The radius %g is smaller than one cell (%g); give a radius of at least one cell size.</source>
            <translation>半径 %g 小于一个像元（%g）；请给出至少一个像元大小的半径。</translation>
        </message>
        <message>
            <source>The resistance/conductance raster has negative values; they must be ≥ 0. Set those cells to nodata.</source>
            <translation>阻力/电导栅格含有负值；它们必须 ≥ 0。请将这些像元设为无数据。</translation>
        </message>
        <message>
            <source>No focal node: the focal points or regions hold no cell.</source>
            <translation>没有焦点节点：焦点或焦点区域中没有像元。</translation>
        </message>
        <message>
            <source>No connected part of the landscape holds both a current source and a ground; nothing to solve.</source>
            <translation>景观中没有任何连通部分同时含有电流源和接地点；没有可求解的内容。</translation>
        </message>
        <message>
            <source>The .ini names no habitat_file.</source>
            <translation>该 .ini 文件没有给出 habitat_file。</translation>
        </message>
        <message>
            <source>The resistance raster has cells of resistance 0, which a circuit cannot hold (infinite conductance). Give them a small resistance or make them a short-circuit region.</source>
            <translation>阻力栅格含有阻力为 0 的像元，电路无法容纳它们（电导无穷大）。请给它们一个小的阻力，或将其设为短路区域。</translation>
        </message>
        <message>
            <source>Cannot read the raster %s.</source>
            <translation>无法读取栅格 %s。</translation>
        </message>
        <message>
            <source>Only raster Circuitscape projects are supported (data_type = raster); %s is a network project.</source>
            <translation>只支持栅格型 Circuitscape 项目（data_type = raster）；%s 是网络型项目。</translation>
        </message>
        <message>
            <source>The mask removes every cell.</source>
            <translation>掩膜去除了所有像元。</translation>
        </message>
        <message>
            <source>Unknown Circuitscape scenario '%s'.</source>
            <translation>未知的 Circuitscape 情景 '%s'。</translation>
        </message>
        <message>
            <source>Large circuits are solved with algebraic multigrid, which needs the Python package pyamg: install it (pip install pyamg) or use a smaller raster.</source>
            <translation>大型电路用代数多重网格求解，需要 Python 包 pyamg：请安装它（可用“安装缺少的 Python 包”或 pip install pyamg），或使用更小的栅格。</translation>
        </message>
        <message>
            <source>the distance matrix must be square</source>
            <translation>距离矩阵必须为方阵</translation>
        </message>
        <message>
            <source>the distance matrix holds NaN; use infinity for 'no link'</source>
            <translation>距离矩阵含有 NaN；“无连接”请用无穷大表示</translation>
        </message>
        <message>
            <source>distances must be &gt;= 0</source>
            <translation>距离必须 &gt;= 0</translation>
        </message>
        <message>
            <source>there are no patches</source>
            <translation>没有斑块</translation>
        </message>
        <message>
            <source>the distance at which the probability is given must be &gt; 0 (got %g)</source>
            <translation>给定连接概率所对应的距离必须 &gt; 0（实际为 %g）</translation>
        </message>
        <message>
            <source>the connection probability at that distance must lie strictly between 0 and 1 (got %g)</source>
            <translation>该距离处的连接概率必须严格介于 0 和 1 之间（实际为 %g）</translation>
        </message>
        <message>
            <source>patch areas (attributes) must be positive numbers; patch number(s) %s have %s</source>
            <translation>斑块面积（属性）必须为正数；斑块编号 %s 的值为 %s</translation>
        </message>
        <message>
            <source>%d areas for %d patches in the distance matrix</source>
            <translation>%d 个面积对应距离矩阵中的 %d 个斑块</translation>
        </message>
        <message>
            <source>resistance values must be &gt; 0 (found %g)</source>
            <translation>阻力值必须 &gt; 0（发现 %g）</translation>
        </message>
        <message>
            <source>patch(es) %s have no cell with a valid resistance value; check that the resistance raster covers every patch</source>
            <translation>斑块 %s 没有任何具有有效阻力值的像元；请检查阻力栅格是否覆盖每个斑块</translation>
        </message>
        <message>
            <source>The Conefor %s file %s is empty.</source>
            <translation>Conefor %s 文件 %s 为空。</translation>
        </message>
        <message>
            <source>Conefor node file %s: the node ids %s appear more than once.</source>
            <translation>Conefor 节点文件 %s：节点编号 %s 出现多次。</translation>
        </message>
        <message>
            <source>Conefor connection file %s names nodes that are not among the nodes: %s. Give the node file (or patches with the id field) that holds them.</source>
            <translation>Conefor 连接文件 %s 指定了不在节点中的节点：%s。请给出包含它们的节点文件（或带编号字段的斑块）。</translation>
        </message>
        <message>
            <source>The Conefor %s file %s cannot be read: %s</source>
            <translation>无法读取 Conefor %s 文件 %s：%s</translation>
        </message>
        <message>
            <source>Conefor node file %s, line %d: expected 'id attribute', got '%s'.</source>
            <translation>Conefor 节点文件 %s，第 %d 行：应为 'id attribute'，实际为 '%s'。</translation>
        </message>
        <message>
            <source>Conefor connection file %s, line %d: expected 'id id value', got '%s'.</source>
            <translation>Conefor 连接文件 %s，第 %d 行：应为 'id id value'，实际为 '%s'。</translation>
        </message>
        <message>
            <source>Conefor connection file %s: the pair %s–%s is listed twice with different values (lines %d and %d).</source>
            <translation>Conefor 连接文件 %s：节点对 %s–%s 出现两次且取值不同（第 %d 行和第 %d 行）。</translation>
        </message>
        <message>
            <source>Conefor node file %s, line %d: the attribute '%s' is not a number.</source>
            <translation>Conefor 节点文件 %s，第 %d 行：属性 '%s' 不是数字。</translation>
        </message>
        <message>
            <source>Conefor connection file %s, line %d: '%s' is not a number.</source>
            <translation>Conefor 连接文件 %s，第 %d 行：'%s' 不是数字。</translation>
        </message>
        <message>
            <source>Conefor connection file %s, line %d: the probability %g is not between 0 and 1.</source>
            <translation>Conefor 连接文件 %s，第 %d 行：概率 %g 不在 0 和 1 之间。</translation>
        </message>
        <message>
            <source>Conefor connection file %s, line %d: the distance %g is negative.</source>
            <translation>Conefor 连接文件 %s，第 %d 行：距离 %g 为负。</translation>
        </message>
        <message>
            <source>The resistance raster holds no valid cell.</source>
            <translation>阻力栅格没有有效像元。</translation>
        </message>
        <message>
            <source>No source cell lies on a valid resistance cell.</source>
            <translation>没有源地像元位于有效的阻力像元上。</translation>
        </message>
        <message>
            <source>The resistance raster holds {} cell(s) with a negative or zero resistance (for example {:g} at row {}, column {}); resistance is the cost of crossing a cell and must be &gt; 0 (a cell of zero resistance is free to cross, so least-cost paths wander through it). Give those cells a small positive resistance (for example 1) or set them to nodata.</source>
            <translation>阻力栅格有 {} 个像元的阻力为负或为零（例如 {:g}，位于第 {} 行第 {} 列）；阻力是穿越一个像元的成本，必须 &gt; 0（阻力为零的像元可免费穿越，最小成本路径会在其中绕行）。请给这些像元一个小的正阻力（例如 1），或将其设为无数据。</translation>
        </message>
        <message>
            <source>The 'all pairs within a cost limit' policy needs a cost limit &gt; 0.</source>
            <translation>“成本限值内的所有源地对”策略需要大于 0 的成本限值。</translation>
        </message>
        <message>
            <source>The corridor width threshold must be ≥ 0.</source>
            <translation>廊道宽度阈值必须 ≥ 0。</translation>
        </message>
        <message>
            <source>No source lies on a valid cell of the resistance raster.</source>
            <translation>没有源地位于阻力栅格的有效像元上。</translation>
        </message>
        <message>
            <source>The corridor width threshold must be &gt; 0 (resistance × map units).</source>
            <translation>廊道宽度阈值必须 &gt; 0（阻力 × 地图单位）。</translation>
        </message>
        <message>
            <source>The pinch-point share must lie in (0, 1].</source>
            <translation>夹点比例必须在 (0, 1] 区间内。</translation>
        </message>
        <message>
            <source>give at least one resistance factor</source>
            <translation>请至少给出一个阻力因子</translation>
        </message>
        <message>
            <source>the factors have no cell where all of them hold data</source>
            <translation>各因子没有全部具有数据的共同像元</translation>
        </message>
        <message>
            <source>the %s factor has %d class breaks, so it needs %d resistance values (%d were given)</source>
            <translation>%s 因子有 %d 个分级断点，因此需要 %d 个阻力值（给出了 %d 个）</translation>
        </message>
        <message>
            <source>the class breaks of the %s factor must increase</source>
            <translation>%s 因子的分级断点必须递增</translation>
        </message>
        <message>
            <source>%d weights were given for %d factors; give one weight per factor</source>
            <translation>给出了 %d 个权重，而因子有 %d 个；请为每个因子给出一个权重</translation>
        </message>
        <message>
            <source>the %s raster holds the class code(s) %s, which are missing from its resistance table; add a row for each code</source>
            <translation>%s 栅格含有类别代码 %s，其阻力表中没有这些代码；请为每个代码添加一行</translation>
        </message>
        <message>
            <source>The carbon pools table has no column '%s'.</source>
            <translation>碳库表没有 '%s' 列。</translation>
        </message>
        <message>
            <source>The threats table has no threat.</source>
            <translation>威胁因子表中没有威胁因子。</translation>
        </message>
        <message>
            <source>The half-saturation constant must be positive.</source>
            <translation>半饱和常数必须为正数。</translation>
        </message>
        <message>
            <source>The threat weights sum to 0; give at least one positive weight.</source>
            <translation>威胁因子权重之和为 0；请至少给出一个正权重。</translation>
        </message>
        <message>
            <source>The maximum distance of threat '%s' is %g; it must be positive (metres).</source>
            <translation>威胁因子 '%s' 的最大影响距离为 %g；它必须为正数（米）。</translation>
        </message>
        <message>
            <source>The decay of threat '%s' is '%s'; use 'linear' or 'exponential'.</source>
            <translation>威胁因子 '%s' 的衰减方式为 '%s'；请使用 'linear' 或 'exponential'。</translation>
        </message>
        <message>
            <source>The weight of threat '%s' is %g; weights are numbers ≥ 0.</source>
            <translation>威胁因子 '%s' 的权重为 %g；权重为 ≥ 0 的数字。</translation>
        </message>
        <message>
            <source>The threats table names the threat(s) %s more than once.</source>
            <translation>威胁因子表多次列出威胁因子 %s。</translation>
        </message>
        <message>
            <source>The threat raster of '%s' holds values outside 0–1 (%g to %g). A threat raster marks threat cells with 1 (or an intensity 0–1) and other cells with 0 or nodata.</source>
            <translation>'%s' 的威胁栅格含有 0–1 以外的值（%g 至 %g）。威胁栅格用 1（或 0–1 的强度）标记威胁像元，其他像元为 0 或无数据。</translation>
        </message>
        <message>
            <source>The sensitivity table has no column for the threat '%s'.</source>
            <translation>敏感性表没有威胁因子 '%s' 的列。</translation>
        </message>
        <message>
            <source>The land-use raster holds non-integer values (for example %g); land-use codes must be whole numbers.</source>
            <translation>土地利用栅格含有非整数值（例如 %g）；土地利用代码必须为整数。</translation>
        </message>
        <message>
            <source>The {} holds the land-use code(s) {}, which are missing from the {}. Add a row for each of these codes.</source>
            <translation>{} 含有土地利用代码 {}，而 {} 中没有这些代码。请为每个代码添加一行。</translation>
        </message>
        <message>
            <source>the DEM has no valid cell</source>
            <translation>DEM 没有有效像元</translation>
        </message>
        <message>
            <source>the inputs have no cell where the DEM, erosivity, erodibility and land use all hold data (inside the watersheds)</source>
            <translation>输入数据中没有 DEM、降雨侵蚀力、土壤可蚀性和土地利用同时具有数据的像元（在流域范围内）</translation>
        </message>
        <message>
            <source>the threshold flow accumulation must be positive (cells)</source>
            <translation>汇流累积阈值必须为正数（像元数）</translation>
        </message>
        <message>
            <source>the Borselli k parameter must be positive</source>
            <translation>Borselli k 参数必须为正数</translation>
        </message>
        <message>
            <source>SDR_max must be in (0, 1]</source>
            <translation>SDR_max 必须在 (0, 1] 区间内</translation>
        </message>
        <message>
            <source>l_max must be positive</source>
            <translation>l_max 必须为正数</translation>
        </message>
        <message>
            <source>the land-use code(s) %s are in the land-use raster but not in the biophysical table (column %s); add a row for each</source>
            <translation>土地利用代码 %s 出现在土地利用栅格中，但不在生物物理参数表（%s 列）中；请为每个代码添加一行</translation>
        </message>
        <message>
            <source>The seasonality constant Z must be a positive number (1–30).</source>
            <translation>季节性常数 Z 必须为正数（1–30）。</translation>
        </message>
        <message>
            <source>The biophysical table's lulc_veg column must hold 0 or 1; it holds %g for code %s.</source>
            <translation>生物物理参数表的 lulc_veg 列必须为 0 或 1；其值为 %g（代码 %s）。</translation>
        </message>
        <message>
            <source>Coordinates must be an array of (x, y) pairs.</source>
            <translation>坐标必须是 (x, y) 坐标对的数组。</translation>
        </message>
        <message>
            <source>There are no firms.</source>
            <translation>没有企业。</translation>
        </message>
        <message>
            <source>Some firm coordinates are missing or not finite.</source>
            <translation>部分企业坐标缺失或不是有限值。</translation>
        </message>
        <message>
            <source>The number of draws must be at least 1.</source>
            <translation>模拟抽样次数至少为 1。</translation>
        </message>
        <message>
            <source>The entropic solver needs a positive blur (sigma, map units).</source>
            <translation>熵正则求解器需要正的模糊参数（sigma，地图单位）。</translation>
        </message>
        <message>
            <source>The cost exponent p must be 1 or 2 (got {}).</source>
            <translation>成本指数 p 必须为 1 或 2（实际为 {}）。</translation>
        </message>
        <message>
            <source>The Coagg precision must be between 0 (exact) and 0.1 (got {}).</source>
            <translation>Coagg 精度必须介于 0（精确）和 0.1 之间（实际为 {}）。</translation>
        </message>
        <message>
            <source>Unknown solver '{}'.</source>
            <translation>未知的求解器 '{}'。</translation>
        </message>
        <message>
            <source>{} firm(s) have no industry code. Fill the code field or remove those firms.</source>
            <translation>{} 家企业没有行业代码。请填写代码字段或删除这些企业。</translation>
        </message>
        <message>
            <source>Fewer than two industries have at least {} firms ({} industries in all). Lower the minimum or use a coarser industry code level.</source>
            <translation>企业数不少于 {} 家的行业不足两个（共 {} 个行业）。请降低最小企业数，或使用更粗的行业代码层级。</translation>
        </message>
        <message>
            <source>Firm weights must be positive numbers ({} firm(s) have a missing, zero or negative weight).</source>
            <translation>企业权重必须为正数（{} 家企业的权重缺失、为零或为负）。</translation>
        </message>
        <message>
            <source>The industries {} are not in the data (it has: {}).</source>
            <translation>行业 {} 不在数据中（数据中有：{}）。</translation>
        </message>
        <message>
            <source>The worker processes failed: {} Give a Python with numpy, scipy and POT, or use threads (0 worker processes).</source>
            <translation>工作进程失败：{} 请给出装有 numpy、scipy 和 POT 的 Python，或使用线程（0 个工作进程）。</translation>
        </message>
        <message>
            <source>The density raster holds no positive value to classify.</source>
            <translation>密度栅格中没有可分类的正值。</translation>
        </message>
        <message>
            <source>The density raster holds negative values ({:g}); a kernel density is zero or more.</source>
            <translation>密度栅格含有负值（{:g}）；核密度为零或正数。</translation>
        </message>
        <message>
            <source>The cell size must be positive.</source>
            <translation>像元大小必须为正数。</translation>
        </message>
        <message>
            <source>The population field holds empty or non-numeric values.</source>
            <translation>人口字段含有空值或非数值。</translation>
        </message>
        <message>
            <source>There are no points to compute a search radius from.</source>
            <translation>没有可用于计算搜索半径的点。</translation>
        </message>
        <message>
            <source>The search radius must be positive.</source>
            <translation>搜索半径必须为正数。</translation>
        </message>
        <message>
            <source>There are no points to compute a density from.</source>
            <translation>没有可用于计算密度的点。</translation>
        </message>
        <message>
            <source>The populations of the points sum to zero.</source>
            <translation>各点的人口之和为零。</translation>
        </message>
        <message>
            <source>The population field holds negative values ({:g}); populations must be zero or more.</source>
            <translation>人口字段含有负值（{:g}）；人口必须为零或正数。</translation>
        </message>
        <message>
            <source>No point has the industry code(s) {} at this code level. The industries present are: {}. Check the codes and the code level (number of leading characters that make an industry).</source>
            <translation>在此代码层级上没有点具有行业代码 {}。现有的行业为：{}。请检查代码和代码层级（构成一个行业的前导字符数）。</translation>
        </message>
        <message>
            <source>The group {} has fewer than two points (with population), so no default search radius can be computed for it. Give a search radius.</source>
            <translation>组 {} 中（有人口的）点少于两个，因此无法为其计算默认搜索半径。请给出搜索半径。</translation>
        </message>
        <message>
            <source>All points of the group {} are at the same place, so the default search radius is 0. Give a search radius.</source>
            <translation>组 {} 的所有点都位于同一位置，因此默认搜索半径为 0。请给出搜索半径。</translation>
        </message>
        <message>
            <source>The entropic regularisation must be positive (got %r); use the exact solver for the zero-blur limit.</source>
            <translation>熵正则化参数必须为正数（实际为 %r）；零模糊的极限情形请使用精确求解器。</translation>
        </message>
        <message>
            <source>The allocation did not reach the exact demand in 1000 sweeps.</source>
            <translation>分配在 1000 次扫描内未达到精确需求。</translation>
        </message>
        <message>
            <source>Without a year field the first demand row is the initial year, so the table needs at least two rows.</source>
            <translation>没有年份字段时，需求表的第一行是初始年份，因此该表至少需要两行。</translation>
        </message>
        <message>
            <source>Year {}: </source>
            <translation>{} 年： </translation>
        </message>
        <message>
            <source>class {names} needs {wanted} cells (demand {dem} minus {res} restricted cells), but only {supply} cells may become it: {why}.</source>
            <translation>类别 {names} 需要 {wanted} 个像元（需求 {dem} 减去 {res} 个限制像元），但只有 {supply} 个像元可以转为该类：{why}。</translation>
        </message>
        <message>
            <source>classes {names} together need {wanted} cells (demand {dem} minus {res} restricted cells), but only {supply} cells may become one of them: {why}.</source>
            <translation>类别 {names} 共需要 {wanted} 个像元（需求 {dem} 减去 {res} 个限制像元），但只有 {supply} 个像元可以转为其中之一：{why}。</translation>
        </message>
        <message>
            <source>Neighbourhood weights must lie between 0 and 1.</source>
            <translation>邻域权重必须介于 0 和 1 之间。</translation>
        </message>
        <message>
            <source>The demand table gives the years {} more than once.</source>
            <translation>需求表多次给出年份 {}。</translation>
        </message>
        <message>
            <source>The demand table has a negative demand ({:g}) in year {}.</source>
            <translation>需求表有负的需求（{:g}），年份为 {}。</translation>
        </message>
        <message>
            <source>The demand table has no year after the year of the initial map ({}).</source>
            <translation>需求表没有晚于初始地图年份（{}）的年份。</translation>
        </message>
        <message>
            <source>The demand table has years before the year of the initial map ({}): {}.</source>
            <translation>需求表含有早于初始地图年份（{}）的年份：{}。</translation>
        </message>
        <message>
            <source>The demand gives no area for class(es) {} of the initial map (it has {}). Add them to the demand table.</source>
            <translation>需求表没有给出初始地图中类别 {} 的面积（初始地图有 {}）。请把它们添加到需求表中。</translation>
        </message>
        <message>
            <source>{} is empty.</source>
            <translation>{} 为空。</translation>
        </message>
        <message>
            <source>{} holds {:g}, but class codes are whole numbers.</source>
            <translation>{} 含有 {:g}，但类别代码为整数。</translation>
        </message>
        <message>
            <source>The {} has no field '{}'.</source>
            <translation>{} 没有字段 '{}'。</translation>
        </message>
        <message>
            <source>The {} has no class columns: name one field per class after its code (1, 2, … or c1, c2, …), or give the fields year, class and demand.</source>
            <translation>{} 没有类别列：请按类别代码为每个类别命名一个字段（1、2、… 或 c1、c2、…），或给出 year、class 和 demand 字段。</translation>
        </message>
        <message>
            <source>The {} needs a field 'from' with the class of origin of each row.</source>
            <translation>{} 需要一个 'from' 字段，给出每行的原类别。</translation>
        </message>
        <message>
            <source>The {} has no row for class(es) {}.</source>
            <translation>{} 没有类别 {} 的行。</translation>
        </message>
        <message>
            <source>The demand has {} classes per year but {} classes were given.</source>
            <translation>需求每年有 {} 个类别，但给出了 {} 个类别。</translation>
        </message>
        <message>
            <source>Give one suitability surface per class ({} classes; got {}).</source>
            <translation>请为每个类别给出一个适宜性栅格（{} 个类别；给出了 {} 个）。</translation>
        </message>
        <message>
            <source>Give one conversion elasticity per class ({} classes: {}); got {}.</source>
            <translation>请为每个类别给出一个转换弹性（{} 个类别：{}）；给出了 {} 个。</translation>
        </message>
        <message>
            <source>The initial map holds the class code(s) {} that are not among the classes {}; add them to the demand and the other tables.</source>
            <translation>初始地图含有类别代码 {}，它们不在类别 {} 之中；请将它们添加到需求表和其他表中。</translation>
        </message>
        <message>
            <source>The suitability of class(es) {} has nodata where the initial map has data; every valid cell needs a suitability for every class.</source>
            <translation>类别 {} 的适宜性在初始地图有数据的位置为无数据；每个有效像元都需要每个类别的适宜性。</translation>
        </message>
        <message>
            <source>The demand of year {} adds up to {:.6g} cells, but the land-use map has {} cells with data. The demand of every year must add up to the whole map (CLUE-S allocates every cell); check the unit of the demand table.</source>
            <translation>{} 年的需求合计 {:.6g} 个像元，但土地利用图有 {} 个有数据的像元。每年的需求之和必须等于整幅地图（CLUE-S 分配每个像元）；请检查需求表的单位。</translation>
        </message>
        <message>
            <source>year {}: demand total {:.6g} cells rescaled to the map's {} cells</source>
            <translation>{} 年：需求总量 {:.6g} 个像元已按比例缩放为地图的 {} 个像元</translation>
        </message>
        <message>
            <source>{} holds '{}', which is not a number.</source>
            <translation>{} 含有 '{}'，它不是数字。</translation>
        </message>
        <message>
            <source>the demand adds up to {} cells but the map has {}.</source>
            <translation>需求合计 {} 个像元，但地图有 {} 个。</translation>
        </message>
        <message>
            <source>class {} cannot shrink to its demand of {} cells: {} of its cells lie in the restricted area, which never changes.</source>
            <translation>类别 {} 无法缩减到其需求的 {} 个像元：它有 {} 个像元位于限制区内，而限制区永不变化。</translation>
        </message>
        <message>
            <source>Year {}: class {} cannot shrink to its demand of {} cells: {} of its cells lie in the restricted area, which never changes.</source>
            <translation>{} 年：类别 {} 无法缩减到其需求的 {} 个像元：它有 {} 个像元位于限制区内，而限制区永不变化。</translation>
        </message>
        <message>
            <source>Year {}: the demand adds up to {} cells but the map has {} cells with data.</source>
            <translation>{} 年：需求合计 {} 个像元，但地图有 {} 个有数据的像元。</translation>
        </message>
        <message>
            <source>The demand cannot be met.</source>
            <translation>需求无法满足。</translation>
        </message>
        <message>
            <source>Year {}: the allocation did not meet the demand within {} iterations (mean deviation {:.4g}{u}, maximum {:.4g}{u}; tolerance {:g}{u} and {:g}{u}). Raise the maximum number of iterations or the tolerance.</source>
            <translation>{} 年：分配在 {} 次迭代内未满足需求（平均偏差 {:.4g}{u}，最大 {:.4g}{u}；容差 {:g}{u} 和 {:g}{u}）。请提高最大迭代次数或容差。</translation>
        </message>
        <message>
            <source>The fields '{}' and '{}' both stand for class {}.</source>
            <translation>字段 '{}' 和 '{}' 都代表类别 {}。</translation>
        </message>
        <message>
            <source>The {} is in long form (class and demand fields) but has no year field; add one or give the target year.</source>
            <translation>{} 是长表格式（类别和需求字段），但没有年份字段；请添加一个，或给出目标年份。</translation>
        </message>
        <message>
            <source>The {} gives class {} in year {} twice.</source>
            <translation>{} 两次给出类别 {}（{} 年）。</translation>
        </message>
        <message>
            <source>The {} has no column for class {} (name a field after the code: {} or c{}).</source>
            <translation>{} 没有类别 {} 的列（请以代码命名字段：{} 或 c{}）。</translation>
        </message>
        <message>
            <source>the conversion matrix forbids {} to become {} ({} cells)</source>
            <translation>转换矩阵禁止 {} 转为 {}（{} 个像元）</translation>
        </message>
        <message>
            <source>{} cells of other classes are restricted</source>
            <translation>其他类别有 {} 个像元受限制</translation>
        </message>
        <message>
            <source>The {} has no demand for class {} in year {}.</source>
            <translation>{} 没有类别 {} 在 {} 年的需求。</translation>
        </message>
        <message>
            <source>the map has too few cells</source>
            <translation>地图像元太少</translation>
        </message>
        <message>
            <source>class {}</source>
            <translation>类别 {}</translation>
        </message>
        <message>
            <source>any of classes {}</source>
            <translation>类别 {} 中的任一类</translation>
        </message>
        <message>
            <source>The land-use raster holds no valid cell.</source>
            <translation>土地利用栅格没有有效像元。</translation>
        </message>
        <message>
            <source>The land-use raster holds values that are not whole numbers; class codes must be integers.</source>
            <translation>土地利用栅格含有非整数值；类别代码必须为整数。</translation>
        </message>
        <message>
            <source>The land-use class code(s) {} occur in the land-use map but have no row in the {} (it has the codes {}). Add a row for each (a value of 0 is allowed).</source>
            <translation>土地利用类别代码 {} 出现在土地利用图中，但在 {} 中没有对应行（其中的代码为 {}）。请为每个代码添加一行（允许值为 0）。</translation>
        </message>
        <message>
            <source>Class {}: {} coefficients given for {} services.</source>
            <translation>类别 {}：给出了 {} 个系数，而服务有 {} 项。</translation>
        </message>
        <message>
            <source>Class {}: a coefficient is empty or not a number.</source>
            <translation>类别 {}：有系数为空或不是数字。</translation>
        </message>
        <message>
            <source>The land-use raster holds only background cells.</source>
            <translation>土地利用栅格只有背景像元。</translation>
        </message>
        <message>
            <source>The patch rule must be 4 or 8 neighbours.</source>
            <translation>斑块规则必须为 4 邻域或 8 邻域。</translation>
        </message>
        <message>
            <source>The CONNECT threshold distance must be zero or positive (metres).</source>
            <translation>CONNECT 阈值距离必须为零或正数（米）。</translation>
        </message>
        <message>
            <source>The land-use raster holds values that are not whole numbers; landscape metrics need integer class codes.</source>
            <translation>土地利用栅格含有非整数值；景观格局指数需要整数类别代码。</translation>
        </message>
        <message>
            <source>No cell is valid in both maps; check that they overlap.</source>
            <translation>两幅地图没有共同的有效像元；请检查它们是否重叠。</translation>
        </message>
        <message>
            <source>The cross-tabulation must be a square matrix.</source>
            <translation>交叉表必须为方阵。</translation>
        </message>
        <message>
            <source>The cross-tabulation is empty.</source>
            <translation>交叉表为空。</translation>
        </message>
        <message>
            <source>The initial, reference and simulated maps have different shapes; align them first.</source>
            <translation>初始、参照和模拟地图的形状不同；请先将它们对齐。</translation>
        </message>
        <message>
            <source>No cell is valid in all three maps; check that they overlap.</source>
            <translation>三幅地图没有共同的有效像元；请检查它们是否重叠。</translation>
        </message>
        <message>
            <source>The {} map holds values that are not whole numbers; give a land-use map with integer class codes.</source>
            <translation>{} 地图含有非整数值；请给出以整数类别代码表示的土地利用图。</translation>
        </message>
        <message>
            <source>The {} map holds data on only {:.1%} of the reference map's cells ({} of {}): the maps do not cover the same area (shifted, another extent or CRS), and a comparison would measure the shift, not the simulation. Give maps of the same grid.</source>
            <translation>{} 地图只在参照地图 {:.1%} 的像元上有数据（{} / {}）：两幅地图覆盖的范围不同（发生偏移、范围或坐标系不同），比较结果反映的是偏移而不是模拟。请给出同一格网的地图。</translation>
        </message>
        <message>
            <source>The {} map holds data on {:.1%} of the reference map's cells ({} of {}); the measures cover these cells only.</source>
            <translation>{} 地图在参照地图 {:.1%} 的像元上有数据（{} / {}）；各项指标只统计这些像元。</translation>
        </message>
        <message>
            <source>The reference map ({}) and the simulated map ({}) have different shapes; align them first.</source>
            <translation>参照地图（{}）和模拟地图（{}）的形状不同；请先将它们对齐。</translation>
        </message>
        <message>
            <source>The class code(s) {} occur in the maps but not in the class list.</source>
            <translation>类别代码 {} 出现在地图中，但不在类别列表中。</translation>
        </message>
        <message>
            <source>The reference map (classes {}) and the {} map (classes {}) have no class code in common, so every cell would disagree. Recode one map to the legend of the other (Reclassify by table).</source>
            <translation>参照地图（类别 {}）和 {} 地图（类别 {}）没有相同的类别代码，因此每个像元都会不一致。请把其中一幅地图重编码为另一幅的图例（按表重分类）。</translation>
        </message>
        <message>
            <source>Classes found in one map only: {} in the reference map, {} in the {} map. Check that both maps use the same legend.</source>
            <translation>只出现在一幅地图中的类别：参照地图中的 {}，以及另一幅地图中的 {}（{} 地图）。请检查两幅地图是否使用同一图例。</translation>
        </message>
        <message>
            <source>The constraint table has more than one 'total_area' row.</source>
            <translation>约束表中有多于一行 'total_area'。</translation>
        </message>
        <message>
            <source> in every scenario of the sweep</source>
            <translation>（在扫描的每个情景中）</translation>
        </message>
        <message>
            <source>The class table is empty.</source>
            <translation>类别表为空。</translation>
        </message>
        <message>
            <source>The fixed total area must be positive (km²).</source>
            <translation>固定的总面积必须为正数（km²）。</translation>
        </message>
        <message>
            <source>ESV</source>
            <translation>生态系统服务价值</translation>
        </message>
        <message>
            <source>economic benefit</source>
            <translation>经济效益</translation>
        </message>
        <message>
            <source>Unknown objective '{}'.</source>
            <translation>未知的目标 '{}'。</translation>
        </message>
        <message>
            <source>The class table lists the code(s) {} more than once.</source>
            <translation>类别表多次列出代码 {}。</translation>
        </message>
        <message>
            <source>The LP solver ({}) failed on this scenario.</source>
            <translation>线性规划求解器（{}）在此情景上失败。</translation>
        </message>
        <message>
            <source>Constraint row {}: unknown type '{}'. Use one of: {}.</source>
            <translation>约束第 {} 行：未知类型 '{}'。请使用以下之一：{}。</translation>
        </message>
        <message>
            <source>Constraint row {} ({}) needs a value.</source>
            <translation>约束第 {} 行（{}）需要一个值。</translation>
        </message>
        <message>
            <source>Class {}: the current area is negative.</source>
            <translation>类别 {}：当前面积为负。</translation>
        </message>
        <message>
            <source>The scenario is unbounded: nothing limits the area of {}. Add the 'total_area' constraint (total area fixed) or upper bounds.</source>
            <translation>情景无界：没有约束限制 {} 的面积。请添加 'total_area' 约束（固定总面积）或上限。</translation>
        </message>
        <message>
            <source>The scenario is infeasible: these constraints cannot all hold at once: {}. Relax or remove one of them.</source>
            <translation>情景不可行：以下约束无法同时成立：{}。请放宽或删除其中之一。</translation>
        </message>
        <message>
            <source>Constraint row {} ({}) names the class {}, which is not in the class table.</source>
            <translation>约束第 {} 行（{}）指定了类别 {}，而类别表中没有该类别。</translation>
        </message>
        <message>
            <source>'{}' is redundant: the objective already maximises {}, so this floor can never bind; it can only make the scenario infeasible. Remove it, or maximise the other value.</source>
            <translation>'{}' 是冗余的：目标函数已在最大化{}，因此这个下限永远不会起作用，只会使情景不可行。请删除它，或改为最大化另一个值。</translation>
        </message>
        <message>
            <source>{} has the highest {} per ha and no upper bound: every km² not held by another class's lower bound (or by a value floor) goes to {}. Add an upper bound on {} if that is not intended.</source>
            <translation>{} 的单位公顷{}最高且没有上限：凡不被其他类别下限（或价值下限）占用的每平方千米都归于 {}。如非有意，请为 {} 添加上限。</translation>
        </message>
        <message>
            <source>economic value</source>
            <translation>经济价值</translation>
        </message>
        <message>
            <source>{} ends at 0 km² (−100 %, from {} km²){}. If it must stay, add a floor: min_area {} {:.6g} (its current area − {:g} %), or not_below_current {}.</source>
            <translation>{} 最终为 0 km²（−100 %，原为 {} km²）{}。如需保留，请添加下限：min_area {} {:.6g}（其现状面积 − {:g} %），或 not_below_current {}。</translation>
        </message>
        <message>
            <source>Class {}: the {} is empty or not a number.</source>
            <translation>类别 {}：{} 为空或不是数字。</translation>
        </message>
        <message>
            <source>'{}' is redundant: the other constraints already imply it, so it cannot change the result.</source>
            <translation>'{}' 是冗余的：其他约束已经蕴含它，因此它不会改变结果。</translation>
        </message>
        <message>
            <source>'{}' is redundant: areas are never negative.</source>
            <translation>'{}' 是冗余的：面积永远不会为负。</translation>
        </message>
        <message>
            <source>{} has at least the ecosystem service value and the economic value per ha of {}, and nothing caps {}: the optimum moves land from {} into {} until their lower bounds stop it, whatever the objective. Add an upper bound (max_area or max_share) on {} if that is not intended.</source>
            <translation>{} 的单位公顷生态系统服务价值和经济价值都不低于 {}，且 {} 没有上限：无论目标如何，最优解都会把土地从 {} 转入 {}，直到它们的下限阻止为止。如非有意，请为 {} 添加上限（max_area 或 max_share）。</translation>
        </message>
        <message>
            <source>{} changes by {:+.1f} % ({} → {} km²), more than {:g} %. The bound that keeps it within {:g} %: {}.</source>
            <translation>{} 变化 {:+.1f} %（{} → {} km²），超过 {:g} %。将其限制在 {:g} % 以内的约束：{}。</translation>
        </message>
        <message>
            <source>'{}' is redundant: '{}' is stricter.</source>
            <translation>'{}' 是冗余的：'{}' 更严格。</translation>
        </message>
        <message>
            <source>'{}' is redundant: the total area is only {} km².</source>
            <translation>'{}' 是冗余的：总面积只有 {} km²。</translation>
        </message>
        <message>
            <source>Constraint row {} ({}): a share is a percentage between 0 and 100, not {:g}.</source>
            <translation>约束第 {} 行（{}）：份额是 0 到 100 之间的百分比，而不是 {:g}。</translation>
        </message>
        <message>
            <source>The logistic regression diverged: the class is separated perfectly by the drivers in the sample.</source>
            <translation>logistic 回归发散：样本中该类别被驱动因子完全分离。</translation>
        </message>
        <message>
            <source>The logistic regression has no finite estimate: the class is (almost) perfectly separated by the drivers — its cells lie entirely on one side of some driver value, as when a class was mapped from an elevation threshold — or the drivers are linearly dependent. Remove or coarsen the driver that defines the class.</source>
            <translation>logistic 回归没有有限的估计值：该类别（几乎）被驱动因子完全分离——其像元完全位于某个驱动因子值的一侧，例如该类别是按高程阈值制图的——或驱动因子线性相关。请删除或粗化定义该类别的驱动因子。</translation>
        </message>
        <message>
            <source>The drivers are linearly dependent (a singular design); remove a driver that is a combination of others.</source>
            <translation>驱动因子线性相关（设计矩阵奇异）；请删除一个可由其他因子组合得到的驱动因子。</translation>
        </message>
        <message>
            <source>Driver(s) {} are constant over the sample; remove them.</source>
            <translation>驱动因子 {} 在样本中为常数；请删除它们。</translation>
        </message>
        <message>
            <source>The drivers are linearly dependent (a singular design){}: remove a driver that is a combination of others (for example one dummy of a set that sums to one).</source>
            <translation>驱动因子线性相关（设计矩阵奇异）{}：请删除一个可由其他因子组合得到的驱动因子（例如一组和为一的哑变量中的一个）。</translation>
        </message>
        <message>
            <source>Class {} does not occur in the land-use map (where all drivers have data), so no model can be fitted for it.</source>
            <translation>类别 {} 未出现在土地利用图中（在所有驱动因子都有数据的范围内），因此无法为其拟合模型。</translation>
        </message>
        <message>
            <source>Class {} has only {} cell(s) in the land-use map (where all drivers have data); a logistic regression needs at least {} cells of a class to estimate {} coefficients (with fewer, the estimates run off to infinity). Merge the class with a similar one or leave it out of the classes to model.</source>
            <translation>类别 {} 在土地利用图中（所有驱动因子都有数据的范围内）只有 {} 个像元；logistic 回归至少需要某类别的 {} 个像元才能估计 {} 个系数（更少时估计值会趋于无穷）。请将该类别与相近类别合并，或不对其建模。</translation>
        </message>
        <message>
            <source>Class {} has only {} cells for {} drivers (fewer than {} per driver, Peduzzi et al. 1996): its coefficients are uncertain; read their standard errors before using them.</source>
            <translation>类别 {} 只有 {} 个像元而有 {} 个驱动因子（每个驱动因子少于 {} 个，Peduzzi 等 1996）：其系数不确定；使用前请查看其标准误。</translation>
        </message>
        <message>
            <source>The sample holds only class {} or none of it; the land-use map needs at least two classes.</source>
            <translation>样本只含类别 {}，或完全不含该类别；土地利用图至少需要两个类别。</translation>
        </message>
        <message>
            <source>The logistic regression failed ({}). A class separated perfectly by a driver, or a driver constant in the sample, causes this.</source>
            <translation>logistic 回归失败（{}）。被某个驱动因子完全分离的类别，或在样本中为常数的驱动因子，会导致此问题。</translation>
        </message>
        <message>
            <source>Class {}: {}</source>
            <translation>类别 {}：{}</translation>
        </message>
        <message>
            <source>no valid cell to normalise</source>
            <translation>没有可归一化的有效像元</translation>
        </message>
        <message>
            <source>No Python interpreter was found for the worker processes.</source>
            <translation>找不到可供工作进程使用的 Python 解释器。</translation>
        </message>
        <message>
            <source>A Dask scheduler was given, but the Python package 'distributed' is not installed here. Install it (pip install distributed) or leave the scheduler address empty to run locally.</source>
            <translation>已指定 Dask 调度器，但此处未安装 Python 包 “distributed”。请安装它（pip install distributed），或将调度器地址留空以在本机运行。</translation>
        </message>
        <message>
            <source>The worker processes ({}) could not start: {}.</source>
            <translation>工作进程（{}）无法启动：{}。</translation>
        </message>
        <message>
            <source>A worker process ({python}, pid {pid}) did not start within {seconds:.0f} s</source>
            <translation>工作进程（{python}，pid {pid}）未能在 {seconds:.0f} 秒内启动</translation>
        </message>
        <message>
            <source>Could not reach the Dask scheduler at {}: {}</source>
            <translation>无法连接位于 {} 的 Dask 调度器：{}</translation>
        </message>
        <message>
            <source>A worker process ({python}, pid {pid}) could not set up: {detail}</source>
            <translation>工作进程（{python}，pid {pid}）初始化失败：{detail}</translation>
        </message>
        <message>
            <source>A worker process ({python}, pid {pid}) ended (exit status {status})</source>
            <translation>工作进程（{python}，pid {pid}）已结束（退出状态 {status}）</translation>
        </message>
        <message>
            <source>The Dask cluster at {} has had no workers for {:.0f} s; {} units were left. Start workers (dask worker {}) and run again.</source>
            <translation>位于 {} 的 Dask 集群已有 {:.0f} 秒没有工作节点；还剩 {} 个计算单元。请启动工作节点（dask worker {}）后重新运行。</translation>
        </message>
        <message>
            <source>The Dask cluster at {} lost unit {} ({}): {}</source>
            <translation>位于 {} 的 Dask 集群丢失了计算单元 {}（{}）：{}</translation>
        </message>
        <message>
            <source>source and corridor rasters differ in shape</source>
            <translation>源地栅格和廊道栅格的形状不同</translation>
        </message>
        <message>
            <source>economic classes must be 0..9 to be coded in one digit</source>
            <translation>经济类别必须为 0..9，才能用一位数字编码</translation>
        </message>
        <message>
            <source>source grades must be coded 0..{} and corridor types 0..3</source>
            <translation>源地等级须编码为 0..{}，廊道类型须编码为 0..3</translation>
        </message>
        <message>
            <source>the density raster has no valid cell</source>
            <translation>密度栅格没有有效像元</translation>
        </message>
        <message>
            <source>the density raster is zero everywhere: no economy to follow</source>
            <translation>密度栅格处处为零：没有可依循的经济活动</translation>
        </message>
        <message>
            <source>The {}{} is {:g}, but {} must be {}{}. Correct the value.</source>
            <translation>{}{} 为 {:g}，但 {} 必须 {}{}。请更正该值。</translation>
        </message>
        <message>
            <source>The {}: field '{}' is empty (NULL) in {} feature(s) (the first is feature {}). Every feature needs its own {}; fill them in or pick another field.</source>
            <translation>{}：字段 '{}' 在 {} 个要素中为空（NULL）（第一个为要素 {}）。每个要素都需要自己的 {}；请填写，或选择其他字段。</translation>
        </message>
        <message>
            <source>The {}: field '{}' holds the value(s) {} more than once; ids must be unique. Pick a field with one value per feature (or leave it empty to number the features).</source>
            <translation>{}：字段 '{}' 的值 {} 出现多次；标识必须唯一。请选择每个要素取值不同的字段（或留空以对要素编号）。</translation>
        </message>
        <message>
            <source>The {} holds {} cell(s) outside its valid range {} (values {:g} to {:g}; the first at row {}, column {}): {} must be {}. {}</source>
            <translation>{}有 {} 个像元超出有效范围 {}（取值 {:g} 至 {:g}；第一个位于第 {} 行第 {} 列）：{}必须为 {}。{}</translation>
        </message>
        <message>
            <source>Correct the raster or set those cells to nodata.</source>
            <translation>请修正该栅格，或将这些像元设为无数据。</translation>
        </message>
        <message>
            <source>{} of the {} are shorter than the {} characters that make an industry (for example '{}'{}); such a code is a coarser level of the classification and would be counted as an industry of its own. Give those firms their full code, remove them, or lower the industry level to {} character(s).</source>
            <translation>{} 个{}短于构成一个行业的 {} 个字符（例如 '{}'{}）；这样的代码属于更粗的分类层级，会被当作一个单独的行业统计。请给这些企业完整的代码、删除它们，或把行业层级降为 {} 个字符。</translation>
        </message>
        <message>
            <source>The {} have different lengths ({} to {} characters, for example '{}' and '{}'), so whole codes mix levels of the classification. Set the industry level to {} character(s) to compare industries at one level, or correct the codes.</source>
            <translation>{}长度不同（{} 至 {} 个字符，例如 '{}' 和 '{}'），因此完整代码混合了不同的分类层级。请把行业层级设为 {} 个字符以在同一层级比较行业，或更正代码。</translation>
        </message>
    </context>
    <context>
        <name>EcoEconVocabulary</name>
        <message>
            <source>grade {} source</source>
            <translation>{} 级源地</translation>
        </message>
        <message>
            <source>type I corridor</source>
            <translation>一级廊道</translation>
        </message>
        <message>
            <source>type II corridor</source>
            <translation>二级廊道</translation>
        </message>
        <message>
            <source>type III corridor</source>
            <translation>三级廊道</translation>
        </message>
        <message>
            <source>crucial source</source>
            <translation>关键源地</translation>
        </message>
        <message>
            <source>important source</source>
            <translation>重要源地</translation>
        </message>
        <message>
            <source>ordinary source</source>
            <translation>一般源地</translation>
        </message>
        <message>
            <source>The grade '{}' is not crucial, important or ordinary, nor a whole number 1, 2, 3, … (1 = the most important).</source>
            <translation>等级“{}”不是 crucial、important 或 ordinary，也不是整数 1、2、3……（1 = 最重要）。</translation>
        </message>
        <message>
            <source>The corridor type '{}' is not I, II or III (or 1, 2, 3).</source>
            <translation>廊道类型“{}”不是 I、II 或 III（或 1、2、3）。</translation>
        </message>
    </context>
</TS>