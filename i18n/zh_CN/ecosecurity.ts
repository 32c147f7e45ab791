<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>EcologicalSources</name>
    <message>
        <location filename="../../algorithms/ecosecurity/ecologicalsources.py" line="26" />
        <source>Ecological sources</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/ecologicalsources.py" line="29" />
        <source>Extracts ecological source patches: connected groups of cells whose class is one of the chosen classes (default 4, the 'extremely important' class of 'Combine ecosystem services'), kept when their area reaches the minimum (default 10 km², the paper's threshold).

Patches are 8-connected (cells touching at a side or a corner, the FRAGSTATS default) or 4-connected. Area = cells × cell area, in km²; the raster must be in a projected CRS in metres.
Outputs: a patch raster (patch id 1..n, numbered from the largest patch; 0 = not a source; input nodata stays nodata) and the patches as polygons with fields id, area_km2 and cells, ready for the connectivity and corridor algorithms.
When no patch reaches the minimum area, the run stops and says the largest area found.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/ecologicalsources.py" line="44" />
        <source>Importance class raster</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/ecologicalsources.py" line="46" />
        <source>Band</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/ecologicalsources.py" line="48" />
        <source>Source class value(s), comma separated</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/ecologicalsources.py" line="50" />
        <source>Minimum patch area (km²)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/ecologicalsources.py" line="53" />
        <source>Patch connectivity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/ecologicalsources.py" line="53" />
        <source>8 neighbours (FRAGSTATS default)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/ecologicalsources.py" line="53" />
        <source>4 neighbours</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/ecologicalsources.py" line="57" />
        <source>Source patches (raster)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/ecologicalsources.py" line="59" />
        <source>Source patches</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/ecologicalsources.py" line="61" />
        <source>Number of sources</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/ecologicalsources.py" line="62" />
        <source>Total source area (km²)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/ecologicalsources.py" line="67" />
        <source>class raster</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/ecologicalsources.py" line="71" />
        <source>Source class values</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/ecologicalsources.py" line="74" />
        <source>Give at least one source class value.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/ecologicalsources.py" line="80" />
        <source>No cell of {} has the class value(s) {}. The raster holds: {}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/ecologicalsources.py" line="88" />
        <source>No patch of class {} reaches the minimum area of {:g} km²: the largest is {:.4g} km². Lower the minimum area or include more classes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../algorithms/ecosecurity/ecologicalsources.py" line="92" />
        <source>{} source patches, {:.4g} km² in all.</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>