<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>EcoEconHelp</name>
    <message>
        <source>en (translate as the locale code of this translation, e.g. zh_CN)</source>
        <translation>zh_CN</translation>
    </message>
</context>
</TS>
