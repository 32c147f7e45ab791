<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>LandUseAccuracy</name>
    <message>
        <location filename="../../algorithms/landuse/landuseaccuracy.py" line="22" />
        <source>Land-use simulation accuracy</source>
        <translation>土地利用模拟精度</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/landuseaccuracy.py" line="25" />
        <source>Reference (observed) land use</source>
        <translation>参考（实测）土地利用</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/landuseaccuracy.py" line="25" />
        <source>Reference band</source>
        <translation>参考图波段</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/landuseaccuracy.py" line="27" />
        <source>Simulated land use</source>
        <translation>模拟土地利用</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/landuseaccuracy.py" line="27" />
        <source>Simulated band</source>
        <translation>模拟图波段</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/landuseaccuracy.py" line="29" />
        <source>Initial land use (for the Figure of Merit)</source>
        <translation>初始土地利用（用于品质因数）</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/landuseaccuracy.py" line="29" />
        <source>Initial band</source>
        <translation>初始图波段</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/landuseaccuracy.py" line="31" />
        <source>Accuracy measures</source>
        <translation>精度指标</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/landuseaccuracy.py" line="33" />
        <source>Cross-tabulation</source>
        <translation>交叉表</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/landuseaccuracy.py" line="35" />
        <source>Kappa</source>
        <translation>Kappa 系数</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/landuseaccuracy.py" line="35" />
        <source>Overall agreement</source>
        <translation>总体一致性</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/landuseaccuracy.py" line="35" />
        <source>Figure of Merit</source>
        <translation>品质因数</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/landuseaccuracy.py" line="35" />
        <source>Quantity disagreement</source>
        <translation>数量不一致</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/landuseaccuracy.py" line="35" />
        <source>Allocation disagreement</source>
        <translation>配置不一致</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/landuseaccuracy.py" line="44" />
        <source>reference map</source>
        <translation>参考图</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/landuseaccuracy.py" line="48" />
        <source>simulated map</source>
        <translation>模拟图</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/landuseaccuracy.py" line="70" />
        <source>cells valid in every map</source>
        <translation>所有图中均有效的像元数</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/landuseaccuracy.py" line="72" />
        <source>overall agreement</source>
        <translation>总体一致性</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/landuseaccuracy.py" line="73" />
        <source>agreement expected by chance</source>
        <translation>随机期望一致性</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/landuseaccuracy.py" line="74" />
        <source>largest agreement for these quantities</source>
        <translation>在这些数量下可达到的最大一致性</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/landuseaccuracy.py" line="75" />
        <source>Cohen 1960</source>
        <translation>Cohen 1960</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/landuseaccuracy.py" line="76" />
        <source>Pontius 2000</source>
        <translation>Pontius 2000</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/landuseaccuracy.py" line="78" />
        <source>Kappa = Klocation × Khisto</source>
        <translation>Kappa = Klocation × Khisto</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/landuseaccuracy.py" line="80" />
        <source>Pontius &amp; Millones 2011</source>
        <translation>Pontius &amp; Millones 2011</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/landuseaccuracy.py" line="81" />
        <source>1 − Po = quantity + allocation</source>
        <translation>1 − Po = 数量不一致 + 配置不一致</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/landuseaccuracy.py" line="85" />
        <source>observed change simulated as persistence (cells)</source>
        <translation>实测变化被模拟为不变（像元数）</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/landuseaccuracy.py" line="87" />
        <source>observed change simulated correctly (cells)</source>
        <translation>实测变化被正确模拟（像元数）</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/landuseaccuracy.py" line="89" />
        <source>observed change simulated as the wrong class (cells)</source>
        <translation>实测变化被模拟为错误地类（像元数）</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/landuseaccuracy.py" line="91" />
        <source>observed persistence simulated as change (cells)</source>
        <translation>实测不变被模拟为变化（像元数）</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/landuseaccuracy.py" line="94" />
        <source>Figure of Merit (Pontius et al. 2008)</source>
        <translation>品质因数（Pontius 等 2008）</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/landuseaccuracy.py" line="95" />
        <source>producer's accuracy of change</source>
        <translation>变化的生产者精度</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/landuseaccuracy.py" line="96" />
        <source>user's accuracy of change</source>
        <translation>变化的用户精度</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/landuseaccuracy.py" line="107" />
        <source>Po {:.4f}, Kappa {}, quantity {:.4f}, allocation {:.4f}{}</source>
        <translation>Po {:.4f}，Kappa {}，数量不一致 {:.4f}，配置不一致 {:.4f}{}</translation>
    </message>
    <message>
        <location filename="../../algorithms/landuse/landuseaccuracy.py" line="107" />
        <source>, FoM {}</source>
        <translation>，FoM {}</translation>
    </message>
</context>
</TS>