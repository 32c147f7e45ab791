<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>CorridorInputs</name>
    <message>
        <location filename="../../algorithms/ecosecurity/corridorinputs.py" line="29" />
        <source>Ecological sources (polygons)</source>
        <translation>生态源地（面）</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/corridorinputs.py" line="32" />
        <source>Source id field</source>
        <translation>源地 id 字段</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/corridorinputs.py" line="35" />
        <source>Or: source patch raster (id &gt; 0)</source>
        <translation>或：源地斑块栅格（id &gt; 0）</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/corridorinputs.py" line="37" />
        <source>Resistance surface</source>
        <translation>阻力面</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/corridorinputs.py" line="39" />
        <source>Resistance band</source>
        <translation>阻力波段</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/corridorinputs.py" line="41" />
        <source>Corridors of 'MCR corridors' (fields from_id, to_id; default: the pairs of the policy below)</source>
        <translation>“MCR 廊道”输出的廊道（字段 from_id、to_id；默认：按下面的策略选取源地对）</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/corridorinputs.py" line="45" />
        <source>Pairs when no corridors are given</source>
        <translation>未给出廊道时的源地对</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/corridorinputs.py" line="45" />
        <source>Touching zones, without paths crossing a third source (Linkage Mapper)</source>
        <translation>分配区相邻，且路径不穿过第三个源地（Linkage Mapper）</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/corridorinputs.py" line="45" />
        <source>Sources with touching allocation zones</source>
        <translation>分配区相邻的源地</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/corridorinputs.py" line="45" />
        <source>Minimum spanning tree</source>
        <translation>最小生成树</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/corridorinputs.py" line="63" />
        <source>The source layer has no polygon.</source>
        <translation>源地图层中没有面。</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/corridorinputs.py" line="69" />
        <source>The source id field must hold distinct whole numbers (as the from_id and to_id of the corridors); choose another field or none.</source>
        <translation>源地 id 字段必须为互不相同的整数（与廊道的 from_id 和 to_id 一致）；请选择其他字段或不选。</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/corridorinputs.py" line="77" />
        <source>Give the ecological sources, as polygons or as a patch raster.</source>
        <translation>请给出生态源地：面图层或斑块栅格。</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/corridorinputs.py" line="83" />
        <source>The source raster {} holds fewer than two sources.</source>
        <translation>源地栅格 {} 中的源地少于两个。</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/corridorinputs.py" line="91" />
        <source>resistance surface</source>
        <translation>阻力面</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/corridorinputs.py" line="102" />
        <source>The corridors layer needs the fields from_id and to_id (as written by 'MCR corridors').</source>
        <translation>廊道图层需要字段 from_id 和 to_id（与“MCR 廊道”的输出相同）。</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/corridorinputs.py" line="117" />
        <source>The corridors name sources that are not in the source layer: {}. Give the same sources and id field as to 'MCR corridors'.</source>
        <translation>廊道引用了源地图层中没有的源地：{}。请使用与“MCR 廊道”相同的源地和 id 字段。</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/corridorinputs.py" line="123" />
        <source>The corridors layer holds no corridor.</source>
        <translation>廊道图层中没有廊道。</translation>
    </message>
</context>
<context>
    <name>EcoEconAlgorithm</name>
    <message>
        <location filename="../../algorithms/base.py" line="166" />
        <source>Band</source>
        <translation>波段</translation>
    </message>
    <message>
        <location filename="../../algorithms/base.py" line="173" />
        <source>Natural breaks: maximum sample size</source>
        <translation>自然断点法：最大样本量</translation>
    </message>
    <message>
        <location filename="../../algorithms/base.py" line="177" />
        <source>Random seed of the sample</source>
        <translation>抽样随机种子</translation>
    </message>
    <message>
        <location filename="../../algorithms/base.py" line="269" />
        <source>Canceled by the user; nothing was written.</source>
        <translation>已被用户取消；未写入任何结果。</translation>
    </message>
    <message>
        <location filename="../../algorithms/base.py" line="215" />
        <source>between {:g} and {:g}</source>
        <translation>介于 {:g} 与 {:g} 之间</translation>
    </message>
    <message>
        <location filename="../../algorithms/base.py" line="217" />
        <source>greater than {:g} and less than {:g}</source>
        <translation>大于 {:g} 且小于 {:g}</translation>
    </message>
    <message>
        <location filename="../../algorithms/base.py" line="218" />
        <source>greater than {:g} and at most {:g}</source>
        <translation>大于 {:g} 且不超过 {:g}</translation>
    </message>
    <message>
        <location filename="../../algorithms/base.py" line="218" />
        <source>at least {:g} and less than {:g}</source>
        <translation>不小于 {:g} 且小于 {:g}</translation>
    </message>
    <message>
        <location filename="../../algorithms/base.py" line="223" />
        <source>greater than {:g}</source>
        <translation>大于 {:g}</translation>
    </message>
    <message>
        <location filename="../../algorithms/base.py" line="223" />
        <source>at least {:g}</source>
        <translation>不小于 {:g}</translation>
    </message>
    <message>
        <location filename="../../algorithms/base.py" line="226" />
        <source>less than {:g}</source>
        <translation>小于 {:g}</translation>
    </message>
    <message>
        <location filename="../../algorithms/base.py" line="226" />
        <source>at most {:g}</source>
        <translation>不超过 {:g}</translation>
    </message>
    <message>
        <location filename="../../algorithms/base.py" line="228" />
        <source>{} ({}) is {:g}, but it must be {}. Give a value in this range.</source>
        <translation>{}（{}）为 {:g}，但它必须{}。请给出此范围内的值。</translation>
    </message>
</context>
<context>
    <name>EcoEconDeps</name>
    <message>
        <location filename="../../algorithms/deps.py" line="133" />
        <source>This algorithm needs the Python package(s) {}, which this QGIS does not have. Install them from inside QGIS, without administrator rights: run "Install missing Python packages" (Processing Toolbox &gt; Eco-Economic Planner &gt; General raster tools, or the menu Plugins &gt; Eco-Economic Planner). It puts them into a folder of your QGIS profile and leaves QGIS's own packages as they are.</source>
        <translation>此算法需要 Python 包 {}，而此 QGIS 中没有。可在 QGIS 内安装，无需管理员权限：运行“安装缺少的 Python 包”（处理工具箱 &gt; Eco-Economic Planner &gt; 通用栅格工具，或菜单 插件 &gt; Eco-Economic Planner）。它会把这些包装入 QGIS 用户配置中的一个文件夹，不改动 QGIS 自带的包。</translation>
    </message>
    <message>
        <location filename="../../algorithms/deps.py" line="142" />
        <source>On Debian and Ubuntu the system packages provide the same (then restart QGIS):
    {}</source>
        <translation>在 Debian 和 Ubuntu 上，系统软件包提供同样的包（安装后请重启 QGIS）：
    {}</translation>
    </message>
    <message>
        <location filename="../../algorithms/deps.py" line="145" />
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
        <location filename="../../algorithms/base.py" line="140" />
        <source>en (translate as the locale code of this translation, e.g. zh_CN)</source>
        <translation>zh_CN</translation>
    </message>
</context>
<context>
    <name>EcoEconIO</name>
    <message>
        <location filename="../../algorithms/raster_io.py" line="107" />
        <source>The raster {} could not be loaded.</source>
        <translation>无法加载栅格 {}。</translation>
    </message>
    <message>
        <location filename="../../algorithms/raster_io.py" line="112" />
        <source>The raster {} ({}) cannot be read by GDAL: {}</source>
        <translation>GDAL 无法读取栅格 {}（{}）：{}</translation>
    </message>
    <message>
        <location filename="../../algorithms/raster_io.py" line="115" />
        <source>The raster {} ({}) cannot be read by GDAL.</source>
        <translation>GDAL 无法读取栅格 {}（{}）。</translation>
    </message>
    <message>
        <location filename="../../algorithms/raster_io.py" line="123" />
        <source>The raster {} is rotated; warp it to a north-up grid first.</source>
        <translation>栅格 {} 带有旋转；请先将其重投影（Warp）为正北朝上的格网。</translation>
    </message>
    <message>
        <location filename="../../algorithms/raster_io.py" line="135" />
        <source>The raster {} has no band {} (it has {}).</source>
        <translation>栅格 {} 没有第 {} 波段（它共有 {} 个波段）。</translation>
    </message>
    <message>
        <location filename="../../algorithms/raster_io.py" line="157" />
        <source>The raster {} is empty.</source>
        <translation>栅格 {} 为空。</translation>
    </message>
    <message>
        <location filename="../../algorithms/raster_io.py" line="160" />
        <source>The raster {} holds only nodata cells; choose a raster with data.</source>
        <translation>栅格 {} 只含无数据（nodata）像元；请选择含有数据的栅格。</translation>
    </message>
    <message>
        <location filename="../../algorithms/raster_io.py" line="169" />
        <source>{} has no coordinate reference system. Assign its projected CRS (in metres) with 'Assign projection' first.</source>
        <translation>{} 没有坐标参考系。请先用“指定投影”为其指定以米为单位的投影坐标系。</translation>
    </message>
    <message>
        <location filename="../../algorithms/raster_io.py" line="173" />
        <source>{} is in the geographic CRS {} (degrees), but this algorithm measures distances and areas in metres. Reproject it to a projected CRS in metres (for example the local UTM zone) with 'Warp (reproject)' or 'Reproject layer' and run again.</source>
        <translation>{} 使用地理坐标系 {}（单位为度），但本算法以米为单位计算距离和面积。请用“重投影（Warp）”或“重投影图层”将其转换为以米为单位的投影坐标系（例如当地的 UTM 分带）后再运行。</translation>
    </message>
    <message>
        <location filename="../../algorithms/raster_io.py" line="206" />
        <source>The raster {} has no CRS, so it cannot be aligned to the reference grid; assign its CRS first.</source>
        <translation>栅格 {} 没有坐标参考系，无法对齐到参考格网；请先为其指定坐标系。</translation>
    </message>
    <message>
        <location filename="../../algorithms/raster_io.py" line="210" />
        <source>Aligning {} ({}×{} cells of {:g}) to the reference grid ({}×{} cells of {:g}) with {} resampling.</source>
        <translation>正在将 {}（{}×{} 个像元，像元大小 {:g}）对齐到参考格网（{}×{} 个像元，像元大小 {:g}），重采样方法：{}。</translation>
    </message>
    <message>
        <location filename="../../algorithms/tables.py" line="37" />
        <source>The table {} has no field '{}' (it has: {}). Add the column or pick another table.</source>
        <translation>表 {} 中没有字段“{}”（现有字段：{}）。请添加该列或选择其他表。</translation>
    </message>
    <message>
        <location filename="../../algorithms/tables.py" line="61" />
        <source>The table {}: field '{}' is empty in row {}.</source>
        <translation>表 {}：字段“{}”在第 {} 行为空。</translation>
    </message>
    <message>
        <location filename="../../algorithms/tables.py" line="66" />
        <source>The table {}: field '{}' in row {} holds '{}', which is not a number.</source>
        <translation>表 {}：字段“{}”第 {} 行的值“{}”不是数字。</translation>
    </message>
    <message>
        <location filename="../../algorithms/tables.py" line="76" />
        <source>The table {}: field '{}' in row {} holds {:g}, but class codes are whole numbers.</source>
        <translation>表 {}：字段“{}”第 {} 行的值为 {:g}，但类别代码必须是整数。</translation>
    </message>
    <message>
        <location filename="../../algorithms/tables.py" line="82" />
        <source>The table {}: the codes {} appear more than once in field '{}'.</source>
        <translation>表 {}：代码 {} 在字段“{}”中出现了不止一次。</translation>
    </message>
    <message>
        <location filename="../../algorithms/tables.py" line="102" />
        <source>The table {} could not be loaded.</source>
        <translation>无法加载表 {}。</translation>
    </message>
    <message>
        <location filename="../../algorithms/tables.py" line="109" />
        <source>The table {} has no rows.</source>
        <translation>表 {} 没有任何行。</translation>
    </message>
    <message>
        <location filename="../../algorithms/tables.py" line="171" />
        <source>{}: '{}' is not a number. Give numbers separated by commas.</source>
        <translation>{}：“{}”不是数字。请输入以逗号分隔的数字。</translation>
    </message>
    <message>
        <location filename="../../algorithms/raster_io.py" line="238" />
        <source>The raster {} holds only nodata cells (its nodata value is {}); choose a raster with data or correct its nodata value.</source>
        <translation>栅格 {} 只有无数据像元（其无数据值为 {}）；请选择有数据的栅格，或更正其无数据值。</translation>
    </message>
    <message>
        <location filename="../../algorithms/raster_io.py" line="244" />
        <source>The raster {} does not overlap the reference grid: it covers {:.0f}, {:.0f} : {:.0f}, {:.0f} and the reference grid {:.0f}, {:.0f} : {:.0f}, {:.0f} (same CRS). Choose rasters of the same region.</source>
        <translation>栅格 {} 与参考格网不重叠：它覆盖 {:.0f}, {:.0f} : {:.0f}, {:.0f}，参考格网覆盖 {:.0f}, {:.0f} : {:.0f}, {:.0f}（坐标系相同）。请选择同一区域的栅格。</translation>
    </message>
    <message>
        <location filename="../../algorithms/raster_io.py" line="247" />
        <source>The raster {} has no valid cell inside the reference grid{}: its cells with data lie outside it. Check that it covers the same region as the other inputs{}.</source>
        <translation>栅格 {} 在参考格网内没有有效像元{}：其有数据的像元都在格网之外。请检查它是否与其他输入覆盖同一区域{}。</translation>
    </message>
    <message>
        <location filename="../../algorithms/raster_io.py" line="247" />
        <source> (after reprojection to the reference CRS)</source>
        <translation>（重投影到参考坐标系之后）</translation>
    </message>
    <message>
        <location filename="../../algorithms/raster_io.py" line="247" />
        <source> and that its CRS is set correctly</source>
        <translation>，以及其坐标系是否设置正确</translation>
    </message>
    <message>
        <location filename="../../algorithms/raster_io.py" line="313" />
        <source>The raster output {} cannot be written: GDAL's {} format cannot create files directly. Use '.tif' (GeoTIFF).</source>
        <translation>无法写出栅格输出 {}：GDAL 的 {} 格式不能直接创建文件。请使用 '.tif'（GeoTIFF）。</translation>
    </message>
    <message>
        <location filename="../../algorithms/raster_io.py" line="330" />
        <source>The raster output {} could not be written: {}</source>
        <translation>栅格输出 {} 写出失败：{}</translation>
    </message>
</context>
<context>
    <name>EcoEconModels</name>
    <message>
        <location filename="../../provider/provider.py" line="61" />
        <source>Eco-economic workflow (sources, corridors, industries, SDP)</source>
        <translation>生态—经济工作流（源地、廊道、产业、可持续发展格局）</translation>
    </message>
    <message>
        <location filename="../../provider/provider.py" line="63" />
        <source>Land-use scenario loop (ESV, LP, CLUE-S, accuracy, metrics)</source>
        <translation>土地利用情景循环（生态系统服务价值、线性规划、CLUE-S、精度、景观指数）</translation>
    </message>
    <message>
        <location filename="../../provider/provider.py" line="65" />
        <source>Ecological sources from ecosystem services</source>
        <translation>由生态系统服务识别生态源地</translation>
    </message>
</context>
<context>
    <name>EcoEconOutputs</name>
    <message>
        <location filename="../../algorithms/outputs.py" line="116" />
        <source>The output {} was not written (its temporary file {} is missing).</source>
        <translation>输出 {} 未写出（其临时文件 {} 不存在）。</translation>
    </message>
    <message>
        <location filename="../../algorithms/outputs.py" line="388" />
        <source>Canceled by the user; nothing was written.</source>
        <translation>已被用户取消；未写出任何结果。</translation>
    </message>
    <message>
        <location filename="../../algorithms/outputs.py" line="219" />
        <source>{} is a file, not a folder</source>
        <translation>{} 是文件而不是文件夹</translation>
    </message>
    <message>
        <location filename="../../algorithms/outputs.py" line="243" />
        <source>The output {} is '{}', which is a folder. Give a file name.</source>
        <translation>输出 {} 为 '{}'，这是一个文件夹。请给出文件名。</translation>
    </message>
    <message>
        <location filename="../../algorithms/outputs.py" line="248" />
        <source>The output {} is '{}', but GDAL cannot write rasters with the extension '.{}'. Use '.tif' (GeoTIFF) or another format GDAL creates directly (.img, .gpkg, .nc, ...).</source>
        <translation>输出 {} 为 '{}'，但 GDAL 不能写出扩展名为 '.{}' 的栅格。请使用 '.tif'（GeoTIFF）或 GDAL 可直接创建的其他格式（.img、.gpkg、.nc 等）。</translation>
    </message>
    <message>
        <location filename="../../algorithms/outputs.py" line="255" />
        <source>The output {} is '{}', but OGR has no vector or table format with the extension '.{}'. Use '.gpkg', '.csv', '.shp' or '.xlsx'.</source>
        <translation>输出 {} 为 '{}'，但 OGR 没有扩展名为 '.{}' 的矢量或表格格式。请使用 '.gpkg'、'.csv'、'.shp' 或 '.xlsx'。</translation>
    </message>
    <message>
        <location filename="../../algorithms/outputs.py" line="263" />
        <source>The output {} cannot be written to '{}': {}. Choose a folder where you may write.</source>
        <translation>输出 {} 无法写到 '{}'：{}。请选择有写入权限的文件夹。</translation>
    </message>
    <message>
        <location filename="../../algorithms/outputs.py" line="268" />
        <source>The outputs {} and {} are both '{}'. Give each output its own file.</source>
        <translation>输出 {} 和 {} 都是 '{}'。请为每个输出指定各自的文件。</translation>
    </message>
    <message>
        <location filename="../../algorithms/outputs.py" line="333" />
        <source>The output {} could not be written: {}</source>
        <translation>输出 {} 写出失败：{}</translation>
    </message>
    <message>
        <location filename="../../algorithms/outputs.py" line="325" />
        <source>the data provider refused the features</source>
        <translation>数据提供者拒绝写入这些要素</translation>
    </message>
</context>
<context>
    <name>EcoEconPlugin</name>
    <message>
        <location filename="../../plugin.py" line="109" />
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
    <message>
        <location filename="../../algorithms/synthesis/common.py" line="91" />
        <source>None of the {} features of {} lies on the raster {} (features: {}; raster: {:.0f}, {:.0f} : {:.0f}, {:.0f}). Check that both cover the same region and that their CRS are set correctly.</source>
        <translation>{} 个 {} 要素中没有一个落在栅格 {} 上（要素范围：{}；栅格范围：{:.0f}, {:.0f} : {:.0f}, {:.0f}）。请检查两者是否覆盖同一区域、坐标系是否设置正确。</translation>
    </message>
    <message>
        <location filename="../../algorithms/synthesis/common.py" line="100" />
        <source>{} of the {} features of {} lie outside the raster {} and are not counted.</source>
        <translation>{} 个（共 {} 个）{} 要素位于栅格 {} 之外，未被统计。</translation>
    </message>
</context>
<context>
    <name>PlanningReport</name>
    <message>
        <location filename="../../algorithms/report/palette.py" line="46" />
        <source>other area</source>
        <translation>其他区域</translation>
    </message>
    <message>
        <location filename="../../algorithms/report/palette.py" line="47" />
        <source>generally important</source>
        <translation>一般重要</translation>
    </message>
    <message>
        <location filename="../../algorithms/report/palette.py" line="48" />
        <source>more important</source>
        <translation>较重要</translation>
    </message>
    <message>
        <location filename="../../algorithms/report/palette.py" line="49" />
        <source>extremely important</source>
        <translation>极重要</translation>
    </message>
    <message>
        <location filename="../../algorithms/report/palette.py" line="51" />
        <source>importance class {}</source>
        <translation>重要性等级 {}</translation>
    </message>
    <message>
        <location filename="../../algorithms/report/palette.py" line="61" />
        <source>low intensity</source>
        <translation>低强度</translation>
    </message>
    <message>
        <location filename="../../algorithms/report/palette.py" line="62" />
        <source>relatively low intensity</source>
        <translation>较低强度</translation>
    </message>
    <message>
        <location filename="../../algorithms/report/palette.py" line="63" />
        <source>medium intensity</source>
        <translation>中等强度</translation>
    </message>
    <message>
        <location filename="../../algorithms/report/palette.py" line="64" />
        <source>relatively high intensity</source>
        <translation>较高强度</translation>
    </message>
    <message>
        <location filename="../../algorithms/report/palette.py" line="65" />
        <source>high intensity</source>
        <translation>高强度</translation>
    </message>
    <message>
        <location filename="../../algorithms/report/palette.py" line="71" />
        <source>intensity class {} of {}</source>
        <translation>强度等级 {}（共 {} 级）</translation>
    </message>
    <message>
        <location filename="../../algorithms/report/palette.py" line="80" />
        <source>cropland</source>
        <translation>耕地</translation>
    </message>
    <message>
        <location filename="../../algorithms/report/palette.py" line="81" />
        <source>forest</source>
        <translation>林地</translation>
    </message>
    <message>
        <location filename="../../algorithms/report/palette.py" line="82" />
        <source>grassland</source>
        <translation>草地</translation>
    </message>
    <message>
        <location filename="../../algorithms/report/palette.py" line="83" />
        <source>water</source>
        <translation>水域</translation>
    </message>
    <message>
        <location filename="../../algorithms/report/palette.py" line="84" />
        <source>built-up land</source>
        <translation>建设用地</translation>
    </message>
    <message>
        <location filename="../../algorithms/report/palette.py" line="85" />
        <source>unused land</source>
        <translation>未利用地</translation>
    </message>
</context>
</TS>