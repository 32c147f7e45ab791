<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>CombineServices</name>
    <message>
        <location filename="../../algorithms/general/combineservices.py" line="27" />
        <source>Combine ecosystem services</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../algorithms/general/combineservices.py" line="30" />
        <source>Combines several ecosystem-service rasters (water yield, soil conservation, habitat quality, carbon, ...) into one importance surface and classes it.

Each raster is min–max normalised over the cells where all rasters hold data: x' = (x − min)/(max − min). The composite is S = Σ wᵢ·x'ᵢ, with the weights rescaled to sum to 1 (empty = equal weights). S is then classified into N classes by natural breaks (Jenks, computed by jenkspy; above 10 000 cells on a seeded random sample of 10 000 values that keeps the minimum and maximum, as ArcGIS does), quantiles or equal intervals. Class 1 holds the lowest values and class N the highest; with the paper's default of 4 classes they are: 4 extremely important, 3 more important, 2 generally important, 1 other.

Grid: the first raster's; the others are aligned to it (said in the log): by averaging where their cells are smaller, bilinear otherwise. A cell that is nodata in any raster is nodata in the outputs.
Units: the composite is dimensionless (0–1).
Outputs: composite raster, class raster, and a table of the classes (class, label, lower and upper bound, cells, area in km²).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../algorithms/general/combineservices.py" line="48" />
        <source>Service rasters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../algorithms/general/combineservices.py" line="50" />
        <source>Weights, in the order of the rasters (empty = equal)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../algorithms/general/combineservices.py" line="53" />
        <source>Number of classes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../algorithms/general/combineservices.py" line="56" />
        <source>Classification method</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../algorithms/general/combineservices.py" line="56" />
        <source>Natural breaks (Jenks)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../algorithms/general/combineservices.py" line="56" />
        <source>Quantiles</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../algorithms/general/combineservices.py" line="56" />
        <source>Equal intervals</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../algorithms/general/combineservices.py" line="60" />
        <source>Natural breaks: maximum sample size</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../algorithms/general/combineservices.py" line="65" />
        <source>Random seed of the sample</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../algorithms/general/combineservices.py" line="69" />
        <source>Composite service importance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../algorithms/general/combineservices.py" line="71" />
        <source>Importance classes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../algorithms/general/combineservices.py" line="73" />
        <source>Class table</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../algorithms/general/combineservices.py" line="75" />
        <source>Class breaks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../algorithms/general/combineservices.py" line="81" />
        <source>Choose at least one service raster.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../algorithms/general/combineservices.py" line="82" />
        <source>Weights</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../algorithms/general/combineservices.py" line="85" />
        <source>{} weights were given for {} rasters. Give one weight per raster, in the order of the rasters, or leave the weights empty for equal weights.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../algorithms/general/combineservices.py" line="106" />
        <source>The composite has only {} distinct values, so it has {} classes instead of {}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../algorithms/general/combineservices.py" line="126" />
        <source>Class breaks: {}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../algorithms/general/combineservices.py" line="132" />
        <source>extremely important</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../algorithms/general/combineservices.py" line="133" />
        <source>more important</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../algorithms/general/combineservices.py" line="134" />
        <source>generally important</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../algorithms/general/combineservices.py" line="135" />
        <source>other</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../algorithms/general/combineservices.py" line="136" />
        <source>class {}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ReclassifyByTable</name>
    <message>
        <location filename="../../algorithms/general/reclassifybytable.py" line="27" />
        <source>Reclassify by table</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../algorithms/general/reclassifybytable.py" line="30" />
        <source>Gives every cell of a raster a new value from a table.

Two kinds of table:
- Ranges: rows (minimum, maximum, value), typed in the 'Rules' matrix or read from a table with a minimum, a maximum and a value field. A cell x takes the value of the first row with min &lt; x &lt;= max (or the boundary rule chosen). An empty minimum or maximum means unbounded.
- Class map: a table with a code field and a value field (for example land-use code → resistance). Every code of the raster must be in the table: a missing code stops the run with its number, so no cell is silently lost.

Cells that match no rule become nodata or stop the run (parameter 'Cells matching no rule', default: stop). Nodata cells stay nodata.
Units: the output takes the units of the table's values.
Output: a compressed GeoTIFF on the grid of the input.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../algorithms/general/reclassifybytable.py" line="46" />
        <source>Input raster</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../algorithms/general/reclassifybytable.py" line="47" />
        <source>Band</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../algorithms/general/reclassifybytable.py" line="49" />
        <source>Rules (minimum, maximum, value)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../algorithms/general/reclassifybytable.py" line="49" />
        <source>Minimum</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../algorithms/general/reclassifybytable.py" line="49" />
        <source>Maximum</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../algorithms/general/reclassifybytable.py" line="49" />
        <source>Value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../algorithms/general/reclassifybytable.py" line="54" />
        <source>Or: rule table (CSV or table layer)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../algorithms/general/reclassifybytable.py" line="57" />
        <source>Class map: code field</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../algorithms/general/reclassifybytable.py" line="60" />
        <source>Ranges: minimum field</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../algorithms/general/reclassifybytable.py" line="63" />
        <source>Ranges: maximum field</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../algorithms/general/reclassifybytable.py" line="66" />
        <source>Value field</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../algorithms/general/reclassifybytable.py" line="69" />
        <source>Range boundaries</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../algorithms/general/reclassifybytable.py" line="69" />
        <source>min &lt; value &lt;= max</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../algorithms/general/reclassifybytable.py" line="69" />
        <source>min &lt;= value &lt; max</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../algorithms/general/reclassifybytable.py" line="69" />
        <source>min &lt;= value &lt;= max</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../algorithms/general/reclassifybytable.py" line="73" />
        <source>Cells matching no rule</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../algorithms/general/reclassifybytable.py" line="73" />
        <source>Set to nodata</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../algorithms/general/reclassifybytable.py" line="73" />
        <source>Stop with an error</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../algorithms/general/reclassifybytable.py" line="76" />
        <source>Output data type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../algorithms/general/reclassifybytable.py" line="78" />
        <source>Reclassified raster</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../algorithms/general/reclassifybytable.py" line="84" />
        <source>input raster</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../algorithms/general/reclassifybytable.py" line="95" />
        <source>rule table</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../algorithms/general/reclassifybytable.py" line="97" />
        <source>Choose the value field of the rule table.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../algorithms/general/reclassifybytable.py" line="104" />
        <source>The raster {} holds the class code(s) {}, which are missing from field '{}' of the rule table. Add a row for each code.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../algorithms/general/reclassifybytable.py" line="111" />
        <source>With a rule table, choose either the code field (class map) or the minimum and maximum fields (ranges).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../algorithms/general/reclassifybytable.py" line="122" />
        <source>Give the rules: type them in the 'Rules' matrix or choose a rule table.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../algorithms/general/reclassifybytable.py" line="126" />
        <source>The rules matrix must have three columns (minimum, maximum, value).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../algorithms/general/reclassifybytable.py" line="140" />
        <source>Rule {}: '{}' is not a number.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../algorithms/general/reclassifybytable.py" line="147" />
        <source>Some cells of {} match no rule ({}). Extend the rules or choose 'Set to nodata'.</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>