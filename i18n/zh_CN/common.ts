<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>EcoEconAlgorithm</name>
    <message>
        <location filename="../../algorithms/base.py" line="99" />
        <source>Canceled by the user; nothing was written.</source>
        <translation>已被用户取消；未写入任何结果。</translation>
    </message>
</context>
<context>
    <name>EcoEconGroups</name>
    <message>
        <location filename="../../algorithms/base.py" line="21" />
        <source>General raster tools</source>
        <translation>通用栅格工具</translation>
    </message>
    <message>
        <location filename="../../algorithms/base.py" line="22" />
        <source>Ecosystem services</source>
        <translation>生态系统服务</translation>
    </message>
    <message>
        <location filename="../../algorithms/base.py" line="23" />
        <source>Ecological security pattern</source>
        <translation>生态安全格局</translation>
    </message>
    <message>
        <location filename="../../algorithms/base.py" line="24" />
        <source>Economic production pattern</source>
        <translation>经济生产格局</translation>
    </message>
    <message>
        <location filename="../../algorithms/base.py" line="25" />
        <source>Land-use scenarios</source>
        <translation>土地利用情景</translation>
    </message>
    <message>
        <location filename="../../algorithms/base.py" line="26" />
        <source>Conflicts and development pattern</source>
        <translation>冲突与发展格局</translation>
    </message>
</context>
<context>
    <name>EcoEconIO</name>
    <message>
        <location filename="../../algorithms/raster_io.py" line="106" />
        <source>The raster {} could not be loaded.</source>
        <translation>无法加载栅格 {}。</translation>
    </message>
    <message>
        <location filename="../../algorithms/raster_io.py" line="111" />
        <source>The raster {} ({}) cannot be read by GDAL: {}</source>
        <translation>GDAL 无法读取栅格 {}（{}）：{}</translation>
    </message>
    <message>
        <location filename="../../algorithms/raster_io.py" line="114" />
        <source>The raster {} ({}) cannot be read by GDAL.</source>
        <translation>GDAL 无法读取栅格 {}（{}）。</translation>
    </message>
    <message>
        <location filename="../../algorithms/raster_io.py" line="122" />
        <source>The raster {} is rotated; warp it to a north-up grid first.</source>
        <translation>栅格 {} 带有旋转；请先将其重投影（Warp）为正北朝上的格网。</translation>
    </message>
    <message>
        <location filename="../../algorithms/raster_io.py" line="134" />
        <source>The raster {} has no band {} (it has {}).</source>
        <translation>栅格 {} 没有第 {} 波段（它共有 {} 个波段）。</translation>
    </message>
    <message>
        <location filename="../../algorithms/raster_io.py" line="152" />
        <source>The raster {} is empty.</source>
        <translation>栅格 {} 为空。</translation>
    </message>
    <message>
        <location filename="../../algorithms/raster_io.py" line="155" />
        <source>The raster {} holds only nodata cells; choose a raster with data.</source>
        <translation>栅格 {} 只含无数据（nodata）像元；请选择含有数据的栅格。</translation>
    </message>
    <message>
        <location filename="../../algorithms/raster_io.py" line="164" />
        <source>{} has no coordinate reference system. Assign its projected CRS (in metres) with 'Assign projection' first.</source>
        <translation>{} 没有坐标参考系。请先用“指定投影”为其指定以米为单位的投影坐标系。</translation>
    </message>
    <message>
        <location filename="../../algorithms/raster_io.py" line="168" />
        <source>{} is in the geographic CRS {} (degrees), but this algorithm measures distances and areas in metres. Reproject it to a projected CRS in metres (for example the local UTM zone) with 'Warp (reproject)' or 'Reproject layer' and run again.</source>
        <translation>{} 使用地理坐标系 {}（单位为度），但本算法以米为单位计算距离和面积。请用“重投影（Warp）”或“重投影图层”将其转换为以米为单位的投影坐标系（例如当地的 UTM 分带）后再运行。</translation>
    </message>
    <message>
        <location filename="../../algorithms/raster_io.py" line="197" />
        <source>The raster {} has no CRS, so it cannot be aligned to the reference grid; assign its CRS first.</source>
        <translation>栅格 {} 没有坐标参考系，无法对齐到参考格网；请先为其指定坐标系。</translation>
    </message>
    <message>
        <location filename="../../algorithms/raster_io.py" line="201" />
        <source>Aligning {} ({}×{} cells of {:g}) to the reference grid ({}×{} cells of {:g}) with {} resampling.</source>
        <translation>正在将 {}（{}×{} 个像元，像元大小 {:g}）对齐到参考格网（{}×{} 个像元，像元大小 {:g}），重采样方法：{}。</translation>
    </message>
    <message>
        <location filename="../../algorithms/raster_io.py" line="217" />
        <source>The raster {} has no valid cell inside the reference grid; check that it overlaps the other inputs.</source>
        <translation>栅格 {} 在参考格网范围内没有有效像元；请检查它是否与其他输入重叠。</translation>
    </message>
    <message>
        <location filename="../../algorithms/tables.py" line="36" />
        <source>The table {} has no field '{}' (it has: {}). Add the column or pick another table.</source>
        <translation>表 {} 中没有字段“{}”（现有字段：{}）。请添加该列或选择其他表。</translation>
    </message>
    <message>
        <location filename="../../algorithms/tables.py" line="60" />
        <source>The table {}: field '{}' is empty in row {}.</source>
        <translation>表 {}：字段“{}”在第 {} 行为空。</translation>
    </message>
    <message>
        <location filename="../../algorithms/tables.py" line="65" />
        <source>The table {}: field '{}' in row {} holds '{}', which is not a number.</source>
        <translation>表 {}：字段“{}”第 {} 行的值“{}”不是数字。</translation>
    </message>
    <message>
        <location filename="../../algorithms/tables.py" line="75" />
        <source>The table {}: field '{}' in row {} holds {:g}, but class codes are whole numbers.</source>
        <translation>表 {}：字段“{}”第 {} 行的值为 {:g}，但类别代码必须是整数。</translation>
    </message>
    <message>
        <location filename="../../algorithms/tables.py" line="81" />
        <source>The table {}: the codes {} appear more than once in field '{}'.</source>
        <translation>表 {}：代码 {} 在字段“{}”中出现了不止一次。</translation>
    </message>
    <message>
        <location filename="../../algorithms/tables.py" line="101" />
        <source>The table {} could not be loaded.</source>
        <translation>无法加载表 {}。</translation>
    </message>
    <message>
        <location filename="../../algorithms/tables.py" line="132" />
        <source>The table {} has no rows.</source>
        <translation>表 {} 没有任何行。</translation>
    </message>
    <message>
        <location filename="../../algorithms/tables.py" line="140" />
        <source>The table {} is not a valid layer.</source>
        <translation>表 {} 不是有效的图层。</translation>
    </message>
    <message>
        <location filename="../../algorithms/tables.py" line="183" />
        <source>{}: '{}' is not a number. Give numbers separated by commas.</source>
        <translation>{}：“{}”不是数字。请输入以逗号分隔的数字。</translation>
    </message>
</context>
</TS>