<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>EcoEconAlgorithm</name>
    <message>
        <location filename="../../algorithms/base.py" line="99" />
        <source>Canceled by the user; nothing was written.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>EcoEconGroups</name>
    <message>
        <location filename="../../algorithms/base.py" line="21" />
        <source>General raster tools</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../algorithms/base.py" line="22" />
        <source>Ecosystem services</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../algorithms/base.py" line="23" />
        <source>Ecological security pattern</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../algorithms/base.py" line="24" />
        <source>Economic production pattern</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../algorithms/base.py" line="25" />
        <source>Land-use scenarios</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../algorithms/base.py" line="26" />
        <source>Conflicts and development pattern</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>