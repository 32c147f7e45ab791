<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
  <context>
    <name>CarbonStorage</name>
    <message>
      <source>The future land-use map {} and the current map {} hold data on different cells: {} cells have data in both, of {} in the current map ({:.1%}) and {} in the future map. The totals cover different areas and are not comparable; the change is computed only where both maps hold data. Give maps of the same extent for a comparison.</source>
      <translation>未来土地利用图 {} 与现状图 {} 的有数据像元不同：两者都有数据的像元为 {} 个，现状图共 {} 个（{:.1%}），未来图共 {} 个。两个总量覆盖的范围不同，不可比较；变化量只在两图都有数据的像元上计算。如需比较，请提供范围相同的两幅图。</translation>
    </message>
  </context>
  <context>
    <name>EcoEconAlgorithm</name>
    <message>
      <source>between {:g} and {:g}</source>
      <translation>介于 {:g} 与 {:g} 之间</translation>
    </message>
    <message>
      <source>greater than {:g} and less than {:g}</source>
      <translation>大于 {:g} 且小于 {:g}</translation>
    </message>
    <message>
      <source>greater than {:g} and at most {:g}</source>
      <translation>大于 {:g} 且不超过 {:g}</translation>
    </message>
    <message>
      <source>at least {:g} and less than {:g}</source>
      <translation>不小于 {:g} 且小于 {:g}</translation>
    </message>
    <message>
      <source>greater than {:g}</source>
      <translation>大于 {:g}</translation>
    </message>
    <message>
      <source>at least {:g}</source>
      <translation>不小于 {:g}</translation>
    </message>
    <message>
      <source>less than {:g}</source>
      <translation>小于 {:g}</translation>
    </message>
    <message>
      <source>at most {:g}</source>
      <translation>不超过 {:g}</translation>
    </message>
    <message>
      <source>{} ({}) is {:g}, but it must be {}. Give a value in this range.</source>
      <translation>{}（{}）为 {:g}，但它必须{}。请给出此范围内的值。</translation>
    </message>
  </context>
  <context>
    <name>EcoEconIO</name>
    <message>
      <source>The raster {} holds only nodata cells (its nodata value is {}); choose a raster with data or correct its nodata value.</source>
      <translation>栅格 {} 只有无数据像元（其无数据值为 {}）；请选择有数据的栅格，或更正其无数据值。</translation>
    </message>
    <message>
      <source>The raster {} does not overlap the reference grid: it covers {:.0f}, {:.0f} : {:.0f}, {:.0f} and the reference grid {:.0f}, {:.0f} : {:.0f}, {:.0f} (same CRS). Choose rasters of the same region.</source>
      <translation>栅格 {} 与参考格网不重叠：它覆盖 {:.0f}, {:.0f} : {:.0f}, {:.0f}，参考格网覆盖 {:.0f}, {:.0f} : {:.0f}, {:.0f}（坐标系相同）。请选择同一区域的栅格。</translation>
    </message>
    <message>
      <source>The raster {} has no valid cell inside the reference grid{}: its cells with data lie outside it. Check that it covers the same region as the other inputs{}.</source>
      <translation>栅格 {} 在参考格网内没有有效像元{}：其有数据的像元都在格网之外。请检查它是否与其他输入覆盖同一区域{}。</translation>
    </message>
    <message>
      <source> (after reprojection to the reference CRS)</source>
      <translation>（重投影到参考坐标系之后）</translation>
    </message>
    <message>
      <source> and that its CRS is set correctly</source>
      <translation>，以及其坐标系是否设置正确</translation>
    </message>
    <message>
      <source>The raster output {} cannot be written: GDAL's {} format cannot create files directly. Use '.tif' (GeoTIFF).</source>
      <translation>无法写出栅格输出 {}：GDAL 的 {} 格式不能直接创建文件。请使用 '.tif'（GeoTIFF）。</translation>
    </message>
    <message>
      <source>The raster output {} could not be written: {}</source>
      <translation>栅格输出 {} 写出失败：{}</translation>
    </message>
  </context>
  <context>
    <name>EcoEconOutputs</name>
    <message>
      <source>The output {} was not written (its temporary file {} is missing).</source>
      <translation>输出 {} 未写出（其临时文件 {} 不存在）。</translation>
    </message>
    <message>
      <source>{} is a file, not a folder</source>
      <translation>{} 是文件而不是文件夹</translation>
    </message>
    <message>
      <source>Canceled by the user; nothing was written.</source>
      <translation>已被用户取消；未写出任何结果。</translation>
    </message>
    <message>
      <source>The output {} is '{}', which is a folder. Give a file name.</source>
      <translation>输出 {} 为 '{}'，这是一个文件夹。请给出文件名。</translation>
    </message>
    <message>
      <source>The output {} is '{}', but GDAL cannot write rasters with the extension '.{}'. Use '.tif' (GeoTIFF) or another format GDAL creates directly (.img, .gpkg, .nc, ...).</source>
      <translation>输出 {} 为 '{}'，但 GDAL 不能写出扩展名为 '.{}' 的栅格。请使用 '.tif'（GeoTIFF）或 GDAL 可直接创建的其他格式（.img、.gpkg、.nc 等）。</translation>
    </message>
    <message>
      <source>The output {} is '{}', but OGR has no vector or table format with the extension '.{}'. Use '.gpkg', '.csv', '.shp' or '.xlsx'.</source>
      <translation>输出 {} 为 '{}'，但 OGR 没有扩展名为 '.{}' 的矢量或表格格式。请使用 '.gpkg'、'.csv'、'.shp' 或 '.xlsx'。</translation>
    </message>
    <message>
      <source>The output {} cannot be written to '{}': {}. Choose a folder where you may write.</source>
      <translation>输出 {} 无法写到 '{}'：{}。请选择有写入权限的文件夹。</translation>
    </message>
    <message>
      <source>The outputs {} and {} are both '{}'. Give each output its own file.</source>
      <translation>输出 {} 和 {} 都是 '{}'。请为每个输出指定各自的文件。</translation>
    </message>
    <message>
      <source>The output {} could not be written: {}</source>
      <translation>输出 {} 写出失败：{}</translation>
    </message>
    <message>
      <source>the data provider refused the features</source>
      <translation>数据提供者拒绝写入这些要素</translation>
    </message>
  </context>
  <context>
    <name>EcoEconSynthesis</name>
    <message>
      <source>None of the {} features of {} lies on the raster {} (features: {}; raster: {:.0f}, {:.0f} : {:.0f}, {:.0f}). Check that both cover the same region and that their CRS are set correctly.</source>
      <translation>{} 个 {} 要素中没有一个落在栅格 {} 上（要素范围：{}；栅格范围：{:.0f}, {:.0f} : {:.0f}, {:.0f}）。请检查两者是否覆盖同一区域、坐标系是否设置正确。</translation>
    </message>
    <message>
      <source>{} of the {} features of {} lie outside the raster {} and are not counted.</source>
      <translation>{} 个（共 {} 个）{} 要素位于栅格 {} 之外，未被统计。</translation>
    </message>
  </context>
  <context>
    <name>EcosystemServiceValue</name>
    <message>
      <source>ecological coefficient table</source>
      <translation>生态系数表</translation>
    </message>
    <message>
      <source>economic coefficient table</source>
      <translation>经济系数表</translation>
    </message>
  </context>
</TS>