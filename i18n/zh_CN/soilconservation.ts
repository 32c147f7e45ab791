<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>SoilConservation</name>
    <message>
        <location filename="../../algorithms/ecosystem/soilconservation.py" line="49" />
        <source>Soil conservation (RUSLE + InVEST SDR)</source>
        <translation>土壤保持（RUSLE + InVEST SDR）</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosystem/soilconservation.py" line="52" />
        <source>DEM (m)</source>
        <translation>DEM（m）</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosystem/soilconservation.py" line="53" />
        <source>Rainfall erosivity R (MJ·mm/(ha·h·yr))</source>
        <translation>降雨侵蚀力 R（MJ·mm/(ha·h·yr)）</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosystem/soilconservation.py" line="55" />
        <source>Soil erodibility K (t·ha·h/(ha·MJ·mm))</source>
        <translation>土壤可蚀性 K（t·ha·h/(ha·MJ·mm)）</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosystem/soilconservation.py" line="57" />
        <source>Land use</source>
        <translation>土地利用</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosystem/soilconservation.py" line="58" />
        <source>Biophysical table (lucode, usle_c, usle_p)</source>
        <translation>生物物理参数表（lucode、usle_c、usle_p）</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosystem/soilconservation.py" line="60" />
        <source>Threshold flow accumulation (cells)</source>
        <translation>汇流累积量阈值（像元数）</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosystem/soilconservation.py" line="63" />
        <source>Borselli k parameter</source>
        <translation>Borselli k 参数</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosystem/soilconservation.py" line="65" />
        <source>Borselli IC0 parameter</source>
        <translation>Borselli IC0 参数</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosystem/soilconservation.py" line="67" />
        <source>Maximum SDR</source>
        <translation>最大 SDR</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosystem/soilconservation.py" line="70" />
        <source>Maximum L value (l_max)</source>
        <translation>最大 L 值（l_max）</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosystem/soilconservation.py" line="73" />
        <source>Flow direction</source>
        <translation>流向</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosystem/soilconservation.py" line="73" />
        <source>MFD (multiple flow direction, InVEST default)</source>
        <translation>MFD（多流向，InVEST 默认）</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosystem/soilconservation.py" line="73" />
        <source>D8 (single flow direction)</source>
        <translation>D8（单流向）</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosystem/soilconservation.py" line="77" />
        <source>Drainage raster (1 = drains to stream)</source>
        <translation>排水栅格（1 = 排入河道）</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosystem/soilconservation.py" line="79" />
        <source>Watersheds</source>
        <translation>流域</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosystem/soilconservation.py" line="81" />
        <source>Watershed id field</source>
        <translation>流域编号字段</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosystem/soilconservation.py" line="85" />
        <source>Soil conservation RKLS − USLE (t/ha/yr)</source>
        <translation>土壤保持量 RKLS − USLE（t/ha/yr）</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosystem/soilconservation.py" line="86" />
        <source>Soil loss USLE (t/ha/yr)</source>
        <translation>土壤侵蚀量 USLE（t/ha/yr）</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosystem/soilconservation.py" line="87" />
        <source>Sediment export (t/ha/yr)</source>
        <translation>泥沙输出（t/ha/yr）</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosystem/soilconservation.py" line="88" />
        <source>Sediment delivery ratio</source>
        <translation>泥沙输移比</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosystem/soilconservation.py" line="89" />
        <source>Potential soil loss RKLS (t/ha/yr)</source>
        <translation>潜在土壤侵蚀量 RKLS（t/ha/yr）</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosystem/soilconservation.py" line="90" />
        <source>LS factor</source>
        <translation>LS 因子</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosystem/soilconservation.py" line="91" />
        <source>Connectivity index IC</source>
        <translation>连通性指数 IC</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosystem/soilconservation.py" line="92" />
        <source>Avoided export (t/ha/yr)</source>
        <translation>避免的输出（t/ha/yr）</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosystem/soilconservation.py" line="93" />
        <source>Sediment deposition (t/ha/yr)</source>
        <translation>泥沙沉积量（t/ha/yr）</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosystem/soilconservation.py" line="94" />
        <source>Streams</source>
        <translation>河道</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosystem/soilconservation.py" line="95" />
        <source>Flow accumulation (cells)</source>
        <translation>汇流累积量（像元数）</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosystem/soilconservation.py" line="101" />
        <source>Watershed totals (t/yr)</source>
        <translation>流域总量（t/yr）</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosystem/soilconservation.py" line="104" />
        <source>Total soil conservation (t/yr)</source>
        <translation>土壤保持总量（t/yr）</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosystem/soilconservation.py" line="106" />
        <source>Total sediment export (t/yr)</source>
        <translation>泥沙输出总量（t/yr）</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosystem/soilconservation.py" line="108" />
        <source>Total soil loss USLE (t/yr)</source>
        <translation>土壤侵蚀总量 USLE（t/yr）</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosystem/soilconservation.py" line="131" />
        <source>The watershed layer has no polygon.</source>
        <translation>流域图层中没有多边形。</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosystem/soilconservation.py" line="174" />
        <source>DEM</source>
        <translation>DEM</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosystem/soilconservation.py" line="175" />
        <source>The DEM</source>
        <translation>DEM</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosystem/soilconservation.py" line="177" />
        <source>The DEM cells are {:g} × {:g}; the SDR model needs square cells. Resample the DEM to square cells first.</source>
        <translation>DEM 像元为 {:g} × {:g}；SDR 模型需要正方形像元。请先将 DEM 重采样为正方形像元。</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosystem/soilconservation.py" line="181" />
        <source>erosivity</source>
        <translation>降雨侵蚀力</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosystem/soilconservation.py" line="185" />
        <source>erodibility</source>
        <translation>土壤可蚀性</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosystem/soilconservation.py" line="189" />
        <source>land use</source>
        <translation>土地利用</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosystem/soilconservation.py" line="197" />
        <source>drainage</source>
        <translation>排水栅格</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosystem/soilconservation.py" line="202" />
        <source>biophysical table</source>
        <translation>生物物理参数表</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosystem/soilconservation.py" line="162" />
        <source>The watersheds do not overlap the DEM; check their CRS and extent.</source>
        <translation>流域与 DEM 不重叠；请检查其坐标参考系和范围。</translation>
    </message>
    <message>
        <location filename="../../algorithms/ecosystem/soilconservation.py" line="167" />
        <source>Working inside the watersheds' bounding box: {} × {} of {} × {} cells.</source>
        <translation>只在流域的外包矩形内计算：{} × {} 个像元（全图 {} × {} 个像元）。</translation>
    </message>
</context>
</TS>