<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
  <context>
    <name>CombineServices</name>
    <message>
      <source>{}: nodata on {} cells ({:.1f} % of the composite); there the composite combines the other services (weights rescaled).</source>
      <translation>{}：{} 个像元为无数据（占综合结果的 {:.1f} %）；这些像元的综合值由其他服务组合而成（权重重新缩放）。</translation>
    </message>
    <message>
      <source>{} cells hold some services but are nodata in the composite because a service is missing there ({}); they become barriers downstream. Choose 'Combine the rasters that hold data' to keep them.</source>
      <translation>{} 个像元有部分服务数据，但因缺少某项服务（{}）在综合结果中为无数据；它们在后续步骤中会成为障碍。选择“组合有数据的栅格”可保留这些像元。</translation>
    </message>
  </context>
  <context>
    <name>EcologicalSources</name>
    <message>
      <source>Patches of the chosen classes: {} (area km²: smallest {:.4g}, median {:.4g}, 90th percentile {:.4g}, largest {:.4g}).</source>
      <translation>所选类别的斑块：{} 个（面积 km²：最小 {:.4g}，中位数 {:.4g}，第 90 百分位 {:.4g}，最大 {:.4g}）。</translation>
    </message>
    <message>
      <source>{:g}–{:g} km²: {}</source>
      <translation>{:g}–{:g} km²：{}</translation>
    </message>
    <message>
      <source>≥ {:g} km²: {}</source>
      <translation>≥ {:g} km²：{}</translation>
    </message>
    <message>
      <source>Patch sizes: {}.</source>
      <translation>斑块面积分布：{}。</translation>
    </message>
    <message>
      <source>{} sources: not possible ({} patches in all)</source>
      <translation>{} 个源地：无法达到（共 {} 个斑块）</translation>
    </message>
    <message>
      <source>{} sources: minimum area ≤ {:.4g} km²</source>
      <translation>{} 个源地：最小面积 ≤ {:.4g} km²</translation>
    </message>
    <message>
      <source>The minimum area of {:g} km² leaves {} source(s); the default may not fit this region (its cell size or extent). {}.</source>
      <translation>最小面积 {:g} km² 只保留了 {} 个源地；默认值可能不适合本区域（其像元大小或范围）。{}。</translation>
    </message>
  </context>
  <context>
    <name>LandUseStructure</name>
    <message>
      <source>Unit of the values in the outputs and the log</source>
      <translation>输出和日志中价值的单位</translation>
    </message>
    <message>
      <source>Currency of the tables (for example CNY)</source>
      <translation>表格的货币单位（例如元）</translation>
    </message>
    <message>
      <source>10⁴ currency units (for example 10⁴ CNY, 万元)</source>
      <translation>10⁴ 货币单位（例如万元）</translation>
    </message>
    <message>
      <source>10⁸ currency units (for example 10⁸ CNY, 亿元)</source>
      <translation>10⁸ 货币单位（例如亿元）</translation>
    </message>
    <message>
      <source>Warn when a class changes by more than (%)</source>
      <translation>类别面积变化超过该比例时警告（%）</translation>
    </message>
    <message>
      <source>10⁴ currency units</source>
      <translation>10⁴ 货币单位</translation>
    </message>
    <message>
      <source>10⁸ currency units</source>
      <translation>10⁸ 货币单位</translation>
    </message>
    <message>
      <source>{} per km²</source>
      <translation>{}/km²</translation>
    </message>
    <message>
      <source>Values are in {}.</source>
      <translation>价值单位为 {}。</translation>
    </message>
  </context>
  <context>
    <name>McrCorridors</name>
    <message>
      <source>Nodata cells of the resistance split the study area into {} parts that hold sources ({} sources each); corridors cannot cross nodata, so sources in different parts get no corridor. {} nodata cells lie inside the study area.</source>
      <translation>阻力面的无数据像元把研究区分割成 {} 个含有源地的部分（各含源地数：{}）；廊道不能穿越无数据像元，因此不同部分的源地之间没有廊道。研究区内部有 {} 个无数据像元。</translation>
    </message>
    <message>
      <source>{} cells with a resistance value are unreachable from every source (cut off by nodata); their cumulative resistance is nodata.</source>
      <translation>{} 个有阻力值的像元从任何源地都无法到达（被无数据像元隔断）；其累积阻力为无数据。</translation>
    </message>
    <message>
      <source>If those nodata cells are land (for example a service that is nodata on streams), build the services and the resistance with 'Combine the rasters / factors that hold data'.</source>
      <translation>如果这些无数据像元实际上是陆地（例如某项服务在河道上为无数据），请在组合服务和构建阻力面时选择“组合有数据的栅格/因子”。</translation>
    </message>
    <message>
      <source>Suggested: {:.6g} (resistance × m): a band at least about {:.4g} m each side of the path (5 cells) at the median resistance {:.4g}, wider along long corridors; a band of half-width h m needs about 1.41 × h × {:.4g}.</source>
      <translation>建议值：{:.6g}（阻力 × m）：路径两侧各至少约 {:.4g} m（5 个像元）的带状区（阻力中位数 {:.4g}），长廊道中段更宽；半宽为 h m 的带状区约需 1.41 × h × {:.4g}。</translation>
    </message>
  </context>
  <context>
    <name>ResistanceSurface</name>
    <message>
      <source>Where a factor is nodata</source>
      <translation>因子为无数据时</translation>
    </message>
    <message>
      <source>Nodata in the result</source>
      <translation>结果为无数据</translation>
    </message>
    <message>
      <source>Combine the factors that hold data (weights rescaled; land use bounds the area)</source>
      <translation>组合有数据的因子（权重重新缩放；以土地利用限定范围）</translation>
    </message>
    <message>
      <source>The {} factor is nodata on {} cells ({:.1f} % of the study area); there the resistance is the weighted mean of the other factors.</source>
      <translation>{}因子在 {} 个像元上为无数据（占研究区的 {:.1f} %）；这些像元的阻力为其他因子的加权平均。</translation>
    </message>
    <message>
      <source>The {} factor is nodata on {} cells ({:.1f} % of the study area), so those cells are nodata (barriers for MCR); choose 'Combine the factors that hold data' to keep them.</source>
      <translation>{}因子在 {} 个像元上为无数据（占研究区的 {:.1f} %），因此这些像元为无数据（在 MCR 中成为障碍）；选择“组合有数据的因子”可保留它们。</translation>
    </message>
    <message>
      <source>{} land-use cells have no factor of positive weight and stay nodata.</source>
      <translation>{} 个土地利用像元没有权重为正的因子，仍为无数据。</translation>
    </message>
  </context>
  <context>
    <name>SoilConservation</name>
    <message>
      <source>The watersheds do not overlap the DEM; check their CRS and extent.</source>
      <translation>流域与 DEM 不重叠；请检查其坐标参考系和范围。</translation>
    </message>
    <message>
      <source>Working inside the watersheds' bounding box: {} × {} of {} × {} cells.</source>
      <translation>只在流域的外包矩形内计算：{} × {} 个像元（全图 {} × {} 个像元）。</translation>
    </message>
  </context>
</TS>
