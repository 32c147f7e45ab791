<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>EcoEconCore</name>
    <message>
        <source>source grades and corridor types must be coded 0..3</source>
        <translation>源地等级和廊道类型的编码必须为 0..3</translation>
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