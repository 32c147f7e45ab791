<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>CircuitConnectivity</name>
    <message>
        <location filename="../../algorithms/ecosecurity/circuitconnectivity.py" line="46" />
        <source>Circuit connectivity (Circuitscape)</source>
        <translation>电路理论连通性（Circuitscape）</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/circuitconnectivity.py" line="49" />
        <source>Circuitscape .ini file (runs it as Circuitscape does; the layers below are then not used)</source>
        <translation>Circuitscape .ini 文件（按 Circuitscape 的方式运行；此时不使用下面的图层）</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/circuitconnectivity.py" line="53" />
        <source>Resistance surface (or conductance)</source>
        <translation>阻力面（或电导）</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/circuitconnectivity.py" line="55" />
        <source>Band</source>
        <translation>波段</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/circuitconnectivity.py" line="57" />
        <source>The raster holds conductances, not resistances</source>
        <translation>栅格为电导而非阻力</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/circuitconnectivity.py" line="60" />
        <source>Mode</source>
        <translation>模式</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/circuitconnectivity.py" line="60" />
        <source>Pairwise</source>
        <translation>成对</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/circuitconnectivity.py" line="60" />
        <source>One-to-all</source>
        <translation>一对全</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/circuitconnectivity.py" line="60" />
        <source>All-to-one</source>
        <translation>全对一</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/circuitconnectivity.py" line="60" />
        <source>Advanced (current sources and grounds)</source>
        <translation>高级（电流源和接地）</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/circuitconnectivity.py" line="64" />
        <source>Focal nodes raster (id &gt; 0; an id on several cells is a focal region)</source>
        <translation>焦点节点栅格（id &gt; 0；一个 id 占多个单元时为焦点区域）</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/circuitconnectivity.py" line="67" />
        <source>Or: focal nodes (points or polygons)</source>
        <translation>或：焦点节点（点或面）</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/circuitconnectivity.py" line="70" />
        <source>Focal node id field</source>
        <translation>焦点节点 id 字段</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/circuitconnectivity.py" line="73" />
        <source>Pairwise focal regions</source>
        <translation>成对模式的焦点区域</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/circuitconnectivity.py" line="73" />
        <source>Short-circuit the two regions of each pair (Circuitscape; one factorisation per pair)</source>
        <translation>每对只短路这两个区域（Circuitscape；每对一次分解）</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/circuitconnectivity.py" line="73" />
        <source>Short-circuit all regions at once (n − 1 solves in all)</source>
        <translation>一次短路所有区域（共 n − 1 次求解）</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/circuitconnectivity.py" line="79" />
        <source>Short-circuit regions raster (id &gt; 0)</source>
        <translation>短路区域栅格（id &gt; 0）</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/circuitconnectivity.py" line="82" />
        <source>Mask raster (cells ≤ 0 or nodata are removed)</source>
        <translation>掩膜栅格（≤ 0 或无数据的单元被去除）</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/circuitconnectivity.py" line="85" />
        <source>Included pairs file (Circuitscape format)</source>
        <translation>包含的节点对文件（Circuitscape 格式）</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/circuitconnectivity.py" line="88" />
        <source>Advanced: current sources raster (A)</source>
        <translation>高级：电流源栅格（A）</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/circuitconnectivity.py" line="90" />
        <source>Advanced: grounds raster</source>
        <translation>高级：接地栅格</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/circuitconnectivity.py" line="92" />
        <source>Advanced: grounds are resistances (Ω), not conductances (S)</source>
        <translation>高级：接地值为电阻（Ω）而非电导（S）</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/circuitconnectivity.py" line="95" />
        <source>Advanced: every ground is a direct ground (0 Ω)</source>
        <translation>高级：所有接地均为直接接地（0 Ω）</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/circuitconnectivity.py" line="98" />
        <source>Advanced: a cell that is both source and ground</source>
        <translation>高级：既是电流源又是接地的单元</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/circuitconnectivity.py" line="98" />
        <source>Keep both</source>
        <translation>两者都保留</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/circuitconnectivity.py" line="98" />
        <source>Remove the source</source>
        <translation>去掉电流源</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/circuitconnectivity.py" line="98" />
        <source>Remove the ground</source>
        <translation>去掉接地</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/circuitconnectivity.py" line="98" />
        <source>Remove both</source>
        <translation>两者都去掉</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/circuitconnectivity.py" line="102" />
        <source>Connect 4 neighbours only (default: 8)</source>
        <translation>只连接 4 邻域（默认：8 邻域）</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/circuitconnectivity.py" line="104" />
        <source>Link conductance from the average resistance (default: average conductance)</source>
        <translation>连接电导取平均阻力的倒数（默认：平均电导）</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/circuitconnectivity.py" line="107" />
        <source>Solver</source>
        <translation>求解器</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/circuitconnectivity.py" line="107" />
        <source>Automatic (direct for small grids, multigrid for large)</source>
        <translation>自动（小栅格用直接法，大栅格用多重网格）</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/circuitconnectivity.py" line="107" />
        <source>Direct (sparse factorisation)</source>
        <translation>直接法（稀疏分解）</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/circuitconnectivity.py" line="107" />
        <source>Algebraic multigrid + conjugate gradients (pyamg)</source>
        <translation>代数多重网格 + 共轭梯度（pyamg）</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/circuitconnectivity.py" line="112" />
        <source>Cumulative current</source>
        <translation>累积电流</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/circuitconnectivity.py" line="114" />
        <source>Maximum current</source>
        <translation>最大电流</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/circuitconnectivity.py" line="117" />
        <source>Voltage (advanced mode)</source>
        <translation>电压（高级模式）</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/circuitconnectivity.py" line="120" />
        <source>Folder for the current and voltage map of each pair or focal node</source>
        <translation>存放每个节点对或焦点节点电流图和电压图的文件夹</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/circuitconnectivity.py" line="123" />
        <source>Effective resistances</source>
        <translation>有效阻力</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/circuitconnectivity.py" line="126" />
        <source>Linear solves</source>
        <translation>线性求解次数</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/circuitconnectivity.py" line="148" />
        <source>Focal node {}: the id field '{}' must hold whole numbers.</source>
        <translation>焦点节点 {}：id 字段“{}”必须为整数。</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/circuitconnectivity.py" line="151" />
        <source>Focal node ids must be &gt; 0 (feature {} has {}).</source>
        <translation>焦点节点 id 必须大于 0（要素 {} 的值为 {}）。</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/circuitconnectivity.py" line="172" />
        <source>No focal node falls on the resistance raster; check the layers' extents.</source>
        <translation>没有焦点节点落在阻力栅格上；请检查图层范围。</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/circuitconnectivity.py" line="190" />
        <source>The .ini file {} does not exist.</source>
        <translation>.ini 文件 {} 不存在。</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/circuitconnectivity.py" line="195" />
        <source>The Circuitscape project {} could not be run: {}</source>
        <translation>Circuitscape 项目 {} 无法运行：{}</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/circuitconnectivity.py" line="198" />
        <source>Written (Circuitscape name): {}</source>
        <translation>已写入（Circuitscape 文件名）：{}</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/circuitconnectivity.py" line="208" />
        <source>Give a resistance (or conductance) raster, or a Circuitscape .ini file.</source>
        <translation>请给出阻力（或电导）栅格，或 Circuitscape .ini 文件。</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/circuitconnectivity.py" line="218" />
        <source>The mask removes every cell.</source>
        <translation>掩膜去除了所有单元。</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/circuitconnectivity.py" line="245" />
        <source>Advanced mode needs a current sources raster and a grounds raster.</source>
        <translation>高级模式需要电流源栅格和接地栅格。</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/circuitconnectivity.py" line="261" />
        <source>Give the focal nodes, as a raster of ids or as points or polygons.</source>
        <translation>请给出焦点节点：id 栅格，或点、面图层。</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/circuitconnectivity.py" line="270" />
        <source>The included pairs file {} cannot be read: {}</source>
        <translation>无法读取包含的节点对文件 {}：{}</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/circuitconnectivity.py" line="294" />
        <source>{} factorisation(s) or preconditioner(s) in {:.2f} s; {} solves in {:.2f} s; current maps {:.2f} s.</source>
        <translation>{} 次分解或预条件器构建，用时 {:.2f} 秒；{} 次求解，用时 {:.2f} 秒；电流图 {:.2f} 秒。</translation>
    </message>
</context>
</TS>