<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>SoilConservation</name>
    <message>
        <location filename="../../algorithms/ecosystem/soilconservation.py" line="48" />
        <source>Soil conservation (RUSLE + InVEST SDR)</source>
        <translation>土壤保持（RUSLE + InVEST SDR）</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosystem/soilconservation.py" line="99" />
        <source>DEM (m)</source>
        <translation>DEM（m）</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosystem/soilconservation.py" line="100" />
        <source>Rainfall erosivity R (MJ·mm/(ha·h·yr))</source>
        <translation>降雨侵蚀力 R（MJ·mm/(ha·h·yr)）</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosystem/soilconservation.py" line="102" />
        <source>Soil erodibility K (t·ha·h/(ha·MJ·mm))</source>
        <translation>土壤可蚀性 K（t·ha·h/(ha·MJ·mm)）</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosystem/soilconservation.py" line="104" />
        <source>Land use</source>
        <translation>土地利用</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosystem/soilconservation.py" line="105" />
        <source>Biophysical table (lucode, usle_c, usle_p)</source>
        <translation>生物物理参数表（lucode、usle_c、usle_p）</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosystem/soilconservation.py" line="107" />
        <source>Threshold flow accumulation (cells)</source>
        <translation>汇流累积量阈值（像元数）</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosystem/soilconservation.py" line="110" />
        <source>Borselli k parameter</source>
        <translation>Borselli k 参数</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosystem/soilconservation.py" line="112" />
        <source>Borselli IC0 parameter</source>
        <translation>Borselli IC0 参数</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosystem/soilconservation.py" line="114" />
        <source>Maximum SDR</source>
        <translation>最大 SDR</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosystem/soilconservation.py" line="117" />
        <source>Maximum L value (l_max)</source>
        <translation>最大 L 值（l_max）</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosystem/soilconservation.py" line="120" />
        <source>Flow direction</source>
        <translation>流向</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosystem/soilconservation.py" line="120" />
        <source>MFD (multiple flow direction, InVEST default)</source>
        <translation>MFD（多流向，InVEST 默认）</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosystem/soilconservation.py" line="120" />
        <source>D8 (single flow direction)</source>
        <translation>D8（单流向）</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosystem/soilconservation.py" line="124" />
        <source>Drainage raster (1 = drains to stream)</source>
        <translation>排水栅格（1 = 排入河道）</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosystem/soilconservation.py" line="126" />
        <source>Watersheds</source>
        <translation>流域</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosystem/soilconservation.py" line="128" />
        <source>Watershed id field</source>
        <translation>流域编号字段</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosystem/soilconservation.py" line="132" />
        <source>Soil conservation RKLS − USLE (t/ha/yr)</source>
        <translation>土壤保持量 RKLS − USLE（t/ha/yr）</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosystem/soilconservation.py" line="133" />
        <source>Soil loss USLE (t/ha/yr)</source>
        <translation>土壤侵蚀量 USLE（t/ha/yr）</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosystem/soilconservation.py" line="134" />
        <source>Sediment export (t/ha/yr)</source>
        <translation>泥沙输出（t/ha/yr）</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosystem/soilconservation.py" line="135" />
        <source>Sediment delivery ratio</source>
        <translation>泥沙输移比</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosystem/soilconservation.py" line="136" />
        <source>Potential soil loss RKLS (t/ha/yr)</source>
        <translation>潜在土壤侵蚀量 RKLS（t/ha/yr）</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosystem/soilconservation.py" line="137" />
        <source>LS factor</source>
        <translation>LS 因子</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosystem/soilconservation.py" line="138" />
        <source>Connectivity index IC</source>
        <translation>连通性指数 IC</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosystem/soilconservation.py" line="139" />
        <source>Avoided export (t/ha/yr)</source>
        <translation>避免的输出（t/ha/yr）</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosystem/soilconservation.py" line="140" />
        <source>Sediment deposition (t/ha/yr)</source>
        <translation>泥沙沉积量（t/ha/yr）</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosystem/soilconservation.py" line="141" />
        <source>Streams</source>
        <translation>河道</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosystem/soilconservation.py" line="142" />
        <source>Flow accumulation (cells)</source>
        <translation>汇流累积量（像元数）</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosystem/soilconservation.py" line="147" />
        <source>Watershed totals (t/yr)</source>
        <translation>流域总量（t/yr）</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosystem/soilconservation.py" line="150" />
        <source>Total soil conservation (t/yr)</source>
        <translation>土壤保持总量（t/yr）</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosystem/soilconservation.py" line="152" />
        <source>Total sediment export (t/yr)</source>
        <translation>泥沙输出总量（t/yr）</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosystem/soilconservation.py" line="154" />
        <source>Total soil loss USLE (t/yr)</source>
        <translation>土壤侵蚀总量 USLE（t/yr）</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosystem/soilconservation.py" line="184" />
        <source>The watershed layer has no polygon.</source>
        <translation>流域图层中没有多边形。</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosystem/soilconservation.py" line="195" />
        <source>DEM</source>
        <translation>DEM</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosystem/soilconservation.py" line="196" />
        <source>The DEM</source>
        <translation>DEM</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosystem/soilconservation.py" line="198" />
        <source>The DEM cells are {:g} × {:g}; the SDR model needs square cells. Resample the DEM to square cells first.</source>
        <translation>DEM 像元为 {:g} × {:g}；SDR 模型需要正方形像元。请先将 DEM 重采样为正方形像元。</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosystem/soilconservation.py" line="202" />
        <source>erosivity</source>
        <translation>降雨侵蚀力</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosystem/soilconservation.py" line="205" />
        <source>erodibility</source>
        <translation>土壤可蚀性</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosystem/soilconservation.py" line="208" />
        <source>land use</source>
        <translation>土地利用</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosystem/soilconservation.py" line="214" />
        <source>drainage</source>
        <translation>排水栅格</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosystem/soilconservation.py" line="218" />
        <source>biophysical table</source>
        <translation>生物物理参数表</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosystem/soilconservation.py" line="51" />
        <source>Soil conservation as the ecological-security literature maps it, RKLS − USLE (potential minus actual soil loss), together with InVEST's sediment delivery ratio (SDR) model, computed as natcap.invest 3.20 does (on InVEST's sample data every cell of every output agrees with InVEST 3.20.2 within 1e-5 relative, with the same nodata cells, and the watershed totals within 1e-6).

Inputs: DEM (m, projected CRS with square cells); rainfall erosivity R (MJ·mm/(ha·h·yr)); soil erodibility K (t·ha·h/(ha·MJ·mm)); land use and a biophysical table with columns lucode, usle_c and usle_p (a code of the raster missing from the table stops the run). R and K are resampled bilinearly, land use by nearest neighbour onto the DEM grid. A cell is computed only where all inputs hold data (and inside the watersheds when given).

Method: the DEM is pit-filled; slope in percent from a 3×3 window; flow by D8 or MFD (default, as InVEST); flow accumulation FA counts cells, the cell itself included; streams: D8 FA &gt; threshold, MFD traced upstream from outlets with FA ≥ threshold through cells with FA ≥ 0.7·threshold (default threshold 1000 cells); an optional drainage raster (1 = drains to the stream) is added to the streams.
LS (Desmet &amp; Govers, InVEST ≥ 3.14): L = ((A + c²)^(m+1) − A^(m+1)) / (c^(m+2)·x^m·22.13^m), capped at l_max (default 122), with A = √((FA − 1)·c²), c the cell size, θ = atan(slope/100), m = 0.2/0.3/0.4/0.5 for slope ≤ 1/3.5/5/9 % and β/(1 + β) above, β = (sin θ/0.0896)/(3·sin^0.8 θ + 0.56); S = 10.8·sin θ + 0.03 below 9 %, 16.8·sin θ − 0.5 above.
RKLS = R·K·LS; USLE = RKLS·C·P; soil conservation = RKLS − USLE (InVEST's avoided erosion), all in t/ha/yr and nodata on streams.
SDR (Borselli): IC = log10(d_up/d_dn), d_up = W̄·S̄·√(FA·c²), d_dn = Σ 1/(W·S) along the flow path to the stream, W = max(C, 0.001), S = slope/100 clamped to [0.005, 1]; SDR = SDR_max/(1 + exp((IC0 − IC)/k_b)) (defaults k_b = 2, IC0 = 0.5, SDR_max = 0.8), 1 on streams. Sediment export = USLE·SDR; deposition is routed from the ridges down; avoided export = (RKLS − USLE)·SDR + deposition (t/ha/yr). Cells whose flow never reaches a stream have no IC, SDR or export (nodata), as in InVEST.

InVEST conventions kept on purpose, though they look odd: d_dn is counted in cell steps (no cell size and no √2, which makes IC log10(cell size) higher than a metric d_dn would); x in L is |sin θ| + |cos θ| of the slope angle, not of the aspect; MFD proportions are rounded to 4-bit integers (0–15) per direction; the drop to a diagonal neighbour is divided by √2; flats drain by the shortest path (steps 1 and √2) to their lowest edge, equally short paths chosen as pygeoprocessing's first-in-first-out queue chooses them, and flats with no lower edge drain over the raster edge or into nodata; D8 streams need FA strictly above the threshold.

Outputs: soil conservation, USLE, sediment export and SDR always; RKLS, LS, IC, avoided export, deposition, streams (1/0) and flow accumulation (cells) when asked. The watershed table gives, per polygon (or for the whole area when no watersheds are given), usle_tot, sed_export, sed_dep, avoid_exp and avoid_eros in t/yr: Σ over its cells of the t/ha/yr value × cell area in ha, as InVEST 3.15+.</source>
        <translation>按生态安全格局文献的做法计算土壤保持量 RKLS − USLE（潜在土壤侵蚀量减实际土壤侵蚀量），并同时计算 InVEST 的泥沙输移比（SDR）模型，计算方式与 natcap.invest 3.20 相同（在 InVEST 示例数据上，每个输出的每个像元都与 InVEST 3.20.2 的相对差在 1e-5 以内，无数据像元相同，流域总量相差在 1e-6 以内）。

输入：DEM（m，投影坐标系，正方形像元）；降雨侵蚀力 R（MJ·mm/(ha·h·yr)）；土壤可蚀性 K（t·ha·h/(ha·MJ·mm)）；土地利用及生物物理参数表，含 lucode、usle_c 和 usle_p 列（栅格中有而表中缺少的代码会使运行停止）。R 和 K 以双线性方法、土地利用以最邻近方法重采样到 DEM 网格。仅在所有输入均有数据的像元（给定流域时还须位于流域内）上计算。

方法：对 DEM 填洼；用 3×3 窗口计算坡度（百分比）；按 D8 或 MFD（默认，与 InVEST 相同）确定流向；汇流累积量 FA 以像元计，包括像元本身；河道：D8 为 FA &gt; 阈值，MFD 从 FA ≥ 阈值的出口向上游追踪，经过 FA ≥ 0.7·阈值的像元（默认阈值 1000 个像元）；可选的排水栅格（1 = 排入河道）并入河道。
LS（Desmet &amp; Govers，InVEST ≥ 3.14）：L = ((A + c²)^(m+1) − A^(m+1)) / (c^(m+2)·x^m·22.13^m)，上限为 l_max（默认 122），其中 A = √((FA − 1)·c²)，c 为像元边长，θ = atan(slope/100)，坡度 ≤ 1/3.5/5/9 % 时 m = 0.2/0.3/0.4/0.5，更陡时为 β/(1 + β)，β = (sin θ/0.0896)/(3·sin^0.8 θ + 0.56)；坡度小于 9 % 时 S = 10.8·sin θ + 0.03，否则 S = 16.8·sin θ − 0.5。
RKLS = R·K·LS；USLE = RKLS·C·P；土壤保持量 = RKLS − USLE（InVEST 的 avoided erosion），单位均为 t/ha/yr，河道上为无数据。
SDR（Borselli）：IC = log10(d_up/d_dn)，d_up = W̄·S̄·√(FA·c²)，d_dn = 沿流路到河道的 Σ 1/(W·S)，W = max(C, 0.001)，S = slope/100 限定在 [0.005, 1]；SDR = SDR_max/(1 + exp((IC0 − IC)/k_b))（默认 k_b = 2，IC0 = 0.5，SDR_max = 0.8），河道上为 1。泥沙输出 = USLE·SDR；沉积量从山脊向下游逐级计算；避免的输出 = (RKLS − USLE)·SDR + 沉积量（t/ha/yr）。水流永远到不了河道的像元没有 IC、SDR 和输出值（无数据），与 InVEST 相同。

有意保留的 InVEST 约定（虽然看起来奇怪）：d_dn 以像元步数计（不乘像元边长，也不乘 √2，因此 IC 比按米计的 d_dn 高 log10(像元边长)）；L 中的 x 是坡度角（而非坡向）的 |sin θ| + |cos θ|；MFD 各方向的分配比例取整为 4 位整数（0–15）；到对角邻居的高差除以 √2；平地沿最短路径（步长 1 和 √2）流向其较低的边缘，等长路径按 pygeoprocessing 的先进先出队列的方式选择，没有较低边缘的平地从栅格边缘或流入无数据区排出；D8 河道要求 FA 严格大于阈值。

输出：始终输出土壤保持量、USLE、泥沙输出和 SDR；按需输出 RKLS、LS、IC、避免的输出、沉积量、河道（1/0）和汇流累积量（像元数）。流域表按每个多边形（未给流域时为整个区域）给出 usle_tot、sed_export、sed_dep、avoid_exp 和 avoid_eros，单位 t/yr：其像元的 t/ha/yr 值 × 像元面积（ha）之和，与 InVEST 3.15+ 相同。</translation>
    </message>
</context>
</TS>