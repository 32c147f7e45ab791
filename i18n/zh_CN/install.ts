<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>EcoEconCore</name>
    <message>
        <source>source grades and corridor types must be coded 0..3</source>
        <translation>源地等级和廊道类型的编码必须为 0..3</translation>
    </message>
    <message>
        <source>The resistance raster holds {} cell(s) with a negative or zero resistance (for example {:g} at row {}, column {}); resistance is the cost of crossing a cell and must be &gt; 0 (a cell of zero resistance is free to cross, so least-cost paths wander through it). Give those cells a small positive resistance (for example 1) or set them to nodata.</source>
        <translation>阻力栅格有 {} 个像元的阻力为负或为零（例如 {:g}，位于第 {} 行第 {} 列）；阻力是穿越一个像元的成本，必须 &gt; 0（阻力为零的像元可免费穿越，最小成本路径会在其中绕行）。请给这些像元一个小的正阻力（例如 1），或将其设为无数据。</translation>
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
        <source>The reference map (classes {}) and the {} map (classes {}) have no class code in common, so every cell would disagree. Recode one map to the legend of the other (Reclassify by table).</source>
        <translation>参照地图（类别 {}）和 {} 地图（类别 {}）没有相同的类别代码，因此每个像元都会不一致。请把其中一幅地图重编码为另一幅的图例（按表重分类）。</translation>
    </message>
    <message>
        <source>Classes found in one map only: {} in the reference map, {} in the {} map. Check that both maps use the same legend.</source>
        <translation>只出现在一幅地图中的类别：参照地图中的 {}，以及另一幅地图中的 {}（{} 地图）。请检查两幅地图是否使用同一图例。</translation>
    </message>
    <message>
        <source>The land-use class code(s) {} occur in the land-use map but have no row in the {} (it has the codes {}). Add a row for each (a value of 0 is allowed).</source>
        <translation>土地利用类别代码 {} 出现在土地利用图中，但在 {} 中没有对应行（其中的代码为 {}）。请为每个代码添加一行（允许值为 0）。</translation>
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
        <source>{} of the {} are shorter than the {} characters that make an industry (for example '{}'{}); such a code is a coarser level of the classification and would be counted as an industry of its own. Give those firms their full code, remove them, or lower the industry level to {} character(s).</source>
        <translation>{} 个{}短于构成一个行业的 {} 个字符（例如 '{}'{}）；这样的代码属于更粗的分类层级，会被当作一个单独的行业统计。请给这些企业完整的代码、删除它们，或把行业层级降为 {} 个字符。</translation>
    </message>
    <message>
        <source>The {} have different lengths ({} to {} characters, for example '{}' and '{}'), so whole codes mix levels of the classification. Set the industry level to {} character(s) to compare industries at one level, or correct the codes.</source>
        <translation>{}长度不同（{} 至 {} 个字符，例如 '{}' 和 '{}'），因此完整代码混合了不同的分类层级。请把行业层级设为 {} 个字符以在同一层级比较行业，或更正代码。</translation>
    </message>
    <message>
        <source>source grades must be coded 0..%d and corridor types 0..3</source>
        <translation>源地等级的编码必须为 0..%d，廊道类型的编码必须为 0..3</translation>
    </message>
    <message>
        <source>The worker processes failed: {} Give a Python with numpy, scipy and POT, or use threads (0 worker processes).</source>
        <translation>工作进程失败：{} 请给出装有 numpy、scipy 和 POT 的 Python，或使用线程（0 个工作进程）。</translation>
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
        <source>The corridor width threshold must be &gt; 0 (resistance × map units).</source>
        <translation>廊道宽度阈值必须 &gt; 0（阻力 × 地图单位）。</translation>
    </message>
    <message>
        <source>The pinch-point share must lie in (0, 1].</source>
        <translation>夹点比例必须在 (0, 1] 区间内。</translation>
    </message>
</context>
<context>
    <name>InstallDependencies</name>
    <message>
        <source>The pip of QGIS's Python is too old (22.2 or newer is needed). Update it, e.g. {}, or install the packages another way.</source>
        <translation>QGIS 的 Python 所带的 pip 版本太旧（需要 22.2 或更新）。请更新它，例如 {}，或用其他方式安装这些包。</translation>
    </message>
    </context>
</TS>