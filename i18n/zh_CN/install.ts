<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>EcoEconCore</name>
    <message>
        <source>source grades and corridor types must be coded 0..3</source>
        <translation>源地等级和廊道类型的编码必须为 0..3</translation>
    </message>
    <message>
        <source>source grades must be coded 0..%d and corridor types 0..3</source>
        <translation>源地等级的编码必须为 0..%d，廊道类型的编码必须为 0..3</translation>
    </message>
    </context>
<context>
    <name>InstallDependencies</name>
    <message>
        <source>The pip of QGIS's Python is too old (22.2 or newer is needed). Update it, e.g. {}, or install the packages another way.</source>
        <translation>QGIS 的 Python 所带的 pip 版本太旧（需要 22.2 或更新）。请更新它，例如 {}，或用其他方式安装这些包。</translation>
    </message>
    </context>
</TS>