<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>LandUseSuitability</name>
    <message>
        <location filename="../../algorithms/landuse/landusesuitability.py" line="26" />
        <source>Land-use suitability (logistic regression)</source>
        <translation>土地利用适宜性（logistic 回归）</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/landusesuitability.py" line="29" />
        <source>Land-use raster</source>
        <translation>土地利用栅格</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/landusesuitability.py" line="30" />
        <source>Driving factor rasters</source>
        <translation>驱动因子栅格</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/landusesuitability.py" line="32" />
        <source>Classes to model, comma separated (empty = all)</source>
        <translation>要建模的类别，逗号分隔（留空 = 全部）</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/landusesuitability.py" line="35" />
        <source>Cells per class in the sample</source>
        <translation>每类抽样单元数</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/landusesuitability.py" line="38" />
        <source>Random seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/landusesuitability.py" line="40" />
        <source>Correct the intercept to the class share of the map</source>
        <translation>将截距校正为类别在地图中的比例</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/landusesuitability.py" line="43" />
        <source>VIF warning threshold</source>
        <translation>VIF 警告阈值</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/landusesuitability.py" line="45" />
        <source>Suitability (probability per class)</source>
        <translation>适宜性（各类别概率）</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/landusesuitability.py" line="47" />
        <source>Coefficients</source>
        <translation>系数</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/landusesuitability.py" line="49" />
        <source>Model fit (AUC)</source>
        <translation>模型拟合（AUC）</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/landusesuitability.py" line="51" />
        <source>Lowest AUC</source>
        <translation>最低 AUC</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/landusesuitability.py" line="55" />
        <source>land-use raster</source>
        <translation>土地利用栅格</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/landusesuitability.py" line="59" />
        <source>{} holds non-integer values; a land-use raster holds class codes.</source>
        <translation>{} 含有非整数值；土地利用栅格应为类别代码。</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/landusesuitability.py" line="64" />
        <source>Give at least one driving factor raster.</source>
        <translation>请至少给出一个驱动因子栅格。</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/landusesuitability.py" line="78" />
        <source>{} cells of the land-use map have nodata in a driver; they are nodata in the suitability.</source>
        <translation>土地利用图中有 {} 个单元在某个驱动因子中为 nodata；它们在适宜性中为 nodata。</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/landusesuitability.py" line="83" />
        <source>Classes</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/landusesuitability.py" line="86" />
        <source>Class(es) {} do not occur in {} where all drivers have data (it holds {}).</source>
        <translation>类别 {} 未出现在 {} 中所有驱动因子都有数据的区域（其中有 {}）。</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/landusesuitability.py" line="91" />
        <source>Model at least two classes.</source>
        <translation>请至少对两个类别建模。</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/landusesuitability.py" line="103" />
        <source>Fitted with {}.</source>
        <translation>使用 {} 拟合。</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/landusesuitability.py" line="103" />
        <source>the built-in IRLS solver (statsmodels is not installed)</source>
        <translation>内置 IRLS 求解器（未安装 statsmodels）</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/landusesuitability.py" line="109" />
        <source>Collinear drivers (VIF above {:g}): {}. Their coefficients are unstable; consider removing one of each correlated group.</source>
        <translation>共线的驱动因子（VIF 高于 {:g}）：{}。其系数不稳定；请考虑在每组相关因子中去掉一个。</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/landusesuitability.py" line="114" />
        <source>Class {}: AUC {:.3f} (map), {:.3f} (sample), McFadden R² {:.3f}.</source>
        <translation>类别 {}：AUC {:.3f}（地图），{:.3f}（样本），McFadden R² {:.3f}。</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/landusesuitability.py" line="118" />
        <source>Class {}: AUC {:.3f} is below 0.7; the drivers explain its location poorly.</source>
        <translation>类别 {}：AUC {:.3f} 低于 0.7；驱动因子对其位置的解释较差。</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/landusesuitability.py" line="122" />
        <source>Class {}: the driver(s) {} separate the class (almost) perfectly in the sample; their coefficients and standard errors are unreliable.</source>
        <translation>类别 {}：驱动因子 {} 在样本中（几乎）完全分离了该类别；其系数和标准误不可靠。</translation>
    </message>
</context>
</TS>