<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>InstallDependencies</name>
    <message>
        <location filename="../../algorithms/general/installdependencies.py" line="166" />
        <source>Install missing Python packages</source>
        <translation>安装缺少的 Python 包</translation>
    </message>
    <message>
        <location filename="../../algorithms/general/installdependencies.py" line="173" />
        <source>Packages (empty: every missing one)</source>
        <translation>包（留空：所有缺少的包）</translation>
    </message>
    <message>
        <location filename="../../algorithms/general/installdependencies.py" line="176" />
        <source>Install from (folder of wheels or index URL; empty: PyPI)</source>
        <translation>安装来源（wheel 文件夹或索引 URL；留空：PyPI）</translation>
    </message>
    <message>
        <location filename="../../algorithms/general/installdependencies.py" line="179" />
        <source>Installed packages</source>
        <translation>已安装的包</translation>
    </message>
    <message>
        <location filename="../../algorithms/general/installdependencies.py" line="181" />
        <source>Package folder</source>
        <translation>包文件夹</translation>
    </message>
    <message>
        <location filename="../../algorithms/general/installdependencies.py" line="211" />
        <source>Cannot start QGIS's Python ({}): {}</source>
        <translation>无法启动 QGIS 的 Python（{}）：{}</translation>
    </message>
    <message>
        <location filename="../../algorithms/general/installdependencies.py" line="225" />
        <source>Canceled by the user; pip was stopped.</source>
        <translation>已被用户取消；pip 已停止。</translation>
    </message>
    <message>
        <location filename="../../algorithms/general/installdependencies.py" line="247" />
        <source>QGIS's Python ({}) has no working pip, so nothing can be installed from inside QGIS.</source>
        <translation>QGIS 的 Python（{}）没有可用的 pip，因此无法在 QGIS 内安装。</translation>
    </message>
    <message>
        <location filename="../../algorithms/general/installdependencies.py" line="251" />
        <source>On Debian and Ubuntu install pip with 'sudo apt install python3-pip' and run this again.</source>
        <translation>在 Debian 和 Ubuntu 上，请用 'sudo apt install python3-pip' 安装 pip 后再运行本算法。</translation>
    </message>
    <message>
        <location filename="../../algorithms/general/installdependencies.py" line="254" />
        <source>Or install the system packages instead: {}</source>
        <translation>或改为安装系统软件包：{}</translation>
    </message>
    <message>
        <location filename="../../algorithms/general/installdependencies.py" line="263" />
        <source>Nothing to install: every package is already present.</source>
        <translation>无需安装：所有包均已存在。</translation>
    </message>
    <message>
        <location filename="../../algorithms/general/installdependencies.py" line="266" />
        <source>Installing {} into {}</source>
        <translation>正在把 {} 安装到 {}</translation>
    </message>
    <message>
        <location filename="../../algorithms/general/installdependencies.py" line="296" />
        <source>pip found no versions of {} that work with the packages of this QGIS. pip said:
{}</source>
        <translation>pip 找不到与此 QGIS 的包兼容的 {} 版本。pip 的输出：
{}</translation>
    </message>
    <message>
        <location filename="../../algorithms/general/installdependencies.py" line="323" />
        <source>pip could not install {}. pip said:
{}</source>
        <translation>pip 无法安装 {}。pip 的输出：
{}</translation>
    </message>
    <message>
        <location filename="../../algorithms/general/installdependencies.py" line="311" />
        <source>This pip cannot report a resolution (it is older than 22.2): installing into a staging folder and keeping only what QGIS does not have.</source>
        <translation>此 pip 无法报告依赖解析结果（版本早于 22.2）：先安装到一个暂存文件夹，只保留 QGIS 没有的包。</translation>
    </message>
    <message>
        <location filename="../../algorithms/general/installdependencies.py" line="331" />
        <source>Installed into {}: {}</source>
        <translation>已安装到 {}：{}</translation>
    </message>
    <message>
        <location filename="../../algorithms/general/installdependencies.py" line="333" />
        <source>Nothing new was needed.</source>
        <translation>无需安装新的包。</translation>
    </message>
    <message>
        <location filename="../../algorithms/general/installdependencies.py" line="335" />
        <source>Still not importable: {}. Restart QGIS; if they still fail, see the messages above.</source>
        <translation>仍无法导入：{}。请重启 QGIS；若仍失败，请查看上面的信息。</translation>
    </message>
    <message>
        <location filename="../../algorithms/general/installdependencies.py" line="339" />
        <source>The algorithms that needed them can run now.</source>
        <translation>需要这些包的算法现在可以运行了。</translation>
    </message>
</context>
</TS>