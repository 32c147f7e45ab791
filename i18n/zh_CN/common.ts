<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>EcoEconAlgorithm</name>
    <message>
        <location filename="../../algorithms/base.py" line="133" />
        <source>Band</source>
        <translation>波段</translation>
    </message>
    <message>
        <location filename="../../algorithms/base.py" line="140" />
        <source>Natural breaks: maximum sample size</source>
        <translation>自然断点法：最大样本量</translation>
    </message>
    <message>
        <location filename="../../algorithms/base.py" line="144" />
        <source>Random seed of the sample</source>
        <translation>抽样随机种子</translation>
    </message>
    <message>
        <location filename="../../algorithms/base.py" line="185" />
        <source>Canceled by the user; nothing was written.</source>
        <translation>已被用户取消；未写入任何结果。</translation>
    </message>
</context>
<context>
    <name>EcoEconDeps</name>
    <message>
        <location filename="../../algorithms/deps.py" line="139" />
        <source>This algorithm needs the Python package(s) {}, which this QGIS does not have. Install them from inside QGIS, without administrator rights: run "Install missing Python packages" (Processing Toolbox &gt; Eco-Economic Planner &gt; General raster tools, or the menu Plugins &gt; Eco-Economic Planner). It puts them into a folder of your QGIS profile and leaves QGIS's own packages as they are.</source>
        <translation>此算法需要 Python 包 {}，而此 QGIS 中没有。可在 QGIS 内安装，无需管理员权限：运行“安装缺少的 Python 包”（处理工具箱 &gt; Eco-Economic Planner &gt; 通用栅格工具，或菜单 插件 &gt; Eco-Economic Planner）。它会把这些包装入 QGIS 用户配置中的一个文件夹，不改动 QGIS 自带的包。</translation>
    </message>
    <message>
        <location filename="../../algorithms/deps.py" line="148" />
        <source>On Debian and Ubuntu the system packages provide the same (then restart QGIS):
    {}</source>
        <translation>在 Debian 和 Ubuntu 上，系统软件包提供同样的包（安装后请重启 QGIS）：
    {}</translation>
    </message>
    <message>
        <location filename="../../algorithms/deps.py" line="151" />
        <source>Or from a shell (then restart QGIS):
    {}</source>
        <translation>或在命令行中运行（之后请重启 QGIS）：
    {}</translation>
    </message>
</context>
<context>
    <name>EcoEconEcosystemInputs</name>
    <message>
        <location filename="../../algorithms/ecosystem/inputs.py" line="22" />
        <source>The table {} has no land-use code column (lucode). Its fields are: {}.</source>
        <translation>表 {} 没有土地利用代码列（lucode）。其字段为：{}。</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosystem/inputs.py" line="69" />
        <source>The polygons {} have no field '{}'.</source>
        <translation>多边形 {} 没有字段“{}”。</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosystem/inputs.py" line="80" />
        <source>The polygons {}: field '{}' holds '{}', which is not a number.</source>
        <translation>多边形 {}：字段“{}”的值为“{}”，不是数字。</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosystem/inputs.py" line="85" />
        <source>The polygons {}: field '{}' holds {:g}, outside {:g}–{:g}.</source>
        <translation>多边形 {}：字段“{}”的值为 {:g}，超出 {:g}–{:g} 范围。</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosystem/inputs.py" line="105" />
        <source>The watershed polygons have no field '{}'.</source>
        <translation>流域多边形没有字段“{}”。</translation>
    </message>
</context>
<context>
    <name>EcoEconGroups</name>
    <message>
        <location filename="../../algorithms/base.py" line="47" />
        <source>General raster tools</source>
        <translation>通用栅格工具</translation>
    </message>
    <message>
        <location filename="../../algorithms/base.py" line="48" />
        <source>Ecosystem services</source>
        <translation>生态系统服务</translation>
    </message>
    <message>
        <location filename="../../algorithms/base.py" line="49" />
        <source>Ecological security pattern</source>
        <translation>生态安全格局</translation>
    </message>
    <message>
        <location filename="../../algorithms/base.py" line="50" />
        <source>Economic production pattern</source>
        <translation>经济生产格局</translation>
    </message>
    <message>
        <location filename="../../algorithms/base.py" line="51" />
        <source>Land-use scenarios</source>
        <translation>土地利用情景</translation>
    </message>
    <message>
        <location filename="../../algorithms/base.py" line="52" />
        <source>Conflicts and development pattern</source>
        <translation>冲突与发展格局</translation>
    </message>
</context>
<context>
    <name>EcoEconHelp</name>
    <message>
        <location filename="../../algorithms/base.py" line="107" />
        <source>en (translate as the locale code of this translation, e.g. zh_CN)</source>
        <translation>zh_CN</translation>
    </message>
</context>
<context>
    <name>EcoEconIO</name>
    <message>
        <location filename="../../algorithms/raster_io.py" line="105" />
        <source>The raster {} could not be loaded.</source>
        <translation>无法加载栅格 {}。</translation>
    </message>
    <message>
        <location filename="../../algorithms/raster_io.py" line="110" />
        <source>The raster {} ({}) cannot be read by GDAL: {}</source>
        <translation>GDAL 无法读取栅格 {}（{}）：{}</translation>
    </message>
    <message>
        <location filename="../../algorithms/raster_io.py" line="113" />
        <source>The raster {} ({}) cannot be read by GDAL.</source>
        <translation>GDAL 无法读取栅格 {}（{}）。</translation>
    </message>
    <message>
        <location filename="../../algorithms/raster_io.py" line="121" />
        <source>The raster {} is rotated; warp it to a north-up grid first.</source>
        <translation>栅格 {} 带有旋转；请先将其重投影（Warp）为正北朝上的格网。</translation>
    </message>
    <message>
        <location filename="../../algorithms/raster_io.py" line="133" />
        <source>The raster {} has no band {} (it has {}).</source>
        <translation>栅格 {} 没有第 {} 波段（它共有 {} 个波段）。</translation>
    </message>
    <message>
        <location filename="../../algorithms/raster_io.py" line="151" />
        <source>The raster {} is empty.</source>
        <translation>栅格 {} 为空。</translation>
    </message>
    <message>
        <location filename="../../algorithms/raster_io.py" line="154" />
        <source>The raster {} holds only nodata cells; choose a raster with data.</source>
        <translation>栅格 {} 只含无数据（nodata）像元；请选择含有数据的栅格。</translation>
    </message>
    <message>
        <location filename="../../algorithms/raster_io.py" line="163" />
        <source>{} has no coordinate reference system. Assign its projected CRS (in metres) with 'Assign projection' first.</source>
        <translation>{} 没有坐标参考系。请先用“指定投影”为其指定以米为单位的投影坐标系。</translation>
    </message>
    <message>
        <location filename="../../algorithms/raster_io.py" line="167" />
        <source>{} is in the geographic CRS {} (degrees), but this algorithm measures distances and areas in metres. Reproject it to a projected CRS in metres (for example the local UTM zone) with 'Warp (reproject)' or 'Reproject layer' and run again.</source>
        <translation>{} 使用地理坐标系 {}（单位为度），但本算法以米为单位计算距离和面积。请用“重投影（Warp）”或“重投影图层”将其转换为以米为单位的投影坐标系（例如当地的 UTM 分带）后再运行。</translation>
    </message>
    <message>
        <location filename="../../algorithms/raster_io.py" line="196" />
        <source>The raster {} has no CRS, so it cannot be aligned to the reference grid; assign its CRS first.</source>
        <translation>栅格 {} 没有坐标参考系，无法对齐到参考格网；请先为其指定坐标系。</translation>
    </message>
    <message>
        <location filename="../../algorithms/raster_io.py" line="200" />
        <source>Aligning {} ({}×{} cells of {:g}) to the reference grid ({}×{} cells of {:g}) with {} resampling.</source>
        <translation>正在将 {}（{}×{} 个像元，像元大小 {:g}）对齐到参考格网（{}×{} 个像元，像元大小 {:g}），重采样方法：{}。</translation>
    </message>
    <message>
        <location filename="../../algorithms/raster_io.py" line="216" />
        <source>The raster {} has no valid cell inside the reference grid; check that it overlaps the other inputs.</source>
        <translation>栅格 {} 在参考格网范围内没有有效像元；请检查它是否与其他输入重叠。</translation>
    </message>
    <message>
        <location filename="../../algorithms/tables.py" line="35" />
        <source>The table {} has no field '{}' (it has: {}). Add the column or pick another table.</source>
        <translation>表 {} 中没有字段“{}”（现有字段：{}）。请添加该列或选择其他表。</translation>
    </message>
    <message>
        <location filename="../../algorithms/tables.py" line="59" />
        <source>The table {}: field '{}' is empty in row {}.</source>
        <translation>表 {}：字段“{}”在第 {} 行为空。</translation>
    </message>
    <message>
        <location filename="../../algorithms/tables.py" line="64" />
        <source>The table {}: field '{}' in row {} holds '{}', which is not a number.</source>
        <translation>表 {}：字段“{}”第 {} 行的值“{}”不是数字。</translation>
    </message>
    <message>
        <location filename="../../algorithms/tables.py" line="74" />
        <source>The table {}: field '{}' in row {} holds {:g}, but class codes are whole numbers.</source>
        <translation>表 {}：字段“{}”第 {} 行的值为 {:g}，但类别代码必须是整数。</translation>
    </message>
    <message>
        <location filename="../../algorithms/tables.py" line="80" />
        <source>The table {}: the codes {} appear more than once in field '{}'.</source>
        <translation>表 {}：代码 {} 在字段“{}”中出现了不止一次。</translation>
    </message>
    <message>
        <location filename="../../algorithms/tables.py" line="100" />
        <source>The table {} could not be loaded.</source>
        <translation>无法加载表 {}。</translation>
    </message>
    <message>
        <location filename="../../algorithms/tables.py" line="107" />
        <source>The table {} has no rows.</source>
        <translation>表 {} 没有任何行。</translation>
    </message>
    <message>
        <location filename="../../algorithms/tables.py" line="157" />
        <source>{}: '{}' is not a number. Give numbers separated by commas.</source>
        <translation>{}：“{}”不是数字。请输入以逗号分隔的数字。</translation>
    </message>
</context>
<context>
    <name>EcoEconModels</name>
    <message>
        <location filename="../../provider/provider.py" line="60" />
        <source>Eco-economic workflow (sources, corridors, industries, SDP)</source>
        <translation>生态—经济工作流（源地、廊道、产业、可持续发展格局）</translation>
    </message>
    <message>
        <location filename="../../provider/provider.py" line="62" />
        <source>Land-use scenario loop (ESV, LP, CLUE-S, accuracy, metrics)</source>
        <translation>土地利用情景循环（生态系统服务价值、线性规划、CLUE-S、精度、景观指数）</translation>
    </message>
    <message>
        <location filename="../../provider/provider.py" line="64" />
        <source>Ecological sources from ecosystem services</source>
        <translation>由生态系统服务识别生态源地</translation>
    </message>
</context>
<context>
    <name>EcoEconPlugin</name>
    <message>
        <location filename="../../plugin.py" line="106" />
        <source>Install missing Python packages…</source>
        <translation>安装缺少的 Python 包…</translation>
    </message>
</context>
<context>
    <name>EcoEconSynthesis</name>
    <message>
        <location filename="../../algorithms/synthesis/common.py" line="15" />
        <source>The grade '{}' in field '{}' of {} is not crucial, important, ordinary or a whole number 1, 2, 3, … (1 = the most important). Use the grade field written by 'Connectivity importance'.</source>
        <translation>等级“{}”（字段“{}”，图层 {}）不是 crucial、important、ordinary，也不是整数 1、2、3……（1 = 最重要）。请使用“连通性重要性”写出的等级字段。</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/common.py" line="23" />
        <source>A source of {} has no grade in field '{}'.</source>
        <translation>{} 中有一个源地在字段“{}”中没有等级。</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/common.py" line="37" />
        <source>The corridor type '{}' in field '{}' of {} is not I, II or III (or 1, 2, 3). Use the type field written by 'MCR corridors'.</source>
        <translation>廊道类型“{}”（字段“{}”，图层 {}）不是 I、II 或 III（或 1、2、3）。请使用“MCR 廊道”写出的类型字段。</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/common.py" line="49" />
        <source>The layer {} has no field '{}' (it has: {}).</source>
        <translation>图层 {} 中没有字段“{}”（现有字段：{}）。</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/common.py" line="67" />
        <source>The layer {} has no feature.</source>
        <translation>图层 {} 没有要素。</translation>
    </message>
</context>
</TS>