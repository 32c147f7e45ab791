<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>Coagglomeration</name>
    <message>
        <source>Worker processes not used, ran with threads ({} of {} units were done): {}</source>
        <translation>未使用工作进程，已改用线程运行（{} / {} 个计算单元已完成）：{}</translation>
    </message>
    <message>
        <source>Worker process {} started in {:.1f} s.</source>
        <translation>工作进程 {} 已启动，用时 {:.1f} 秒。</translation>
    </message>
    <message>
        <source>Observed distances and bounds: {} of {} industries, {:.0f} s, about {:.0f} s left.</source>
        <translation>观测距离与界：已完成 {} / {} 个行业，用时 {:.0f} 秒，预计还需约 {:.0f} 秒。</translation>
    </message>
    <message>
        <source>Counterfactual draws: {} of {} units; {} of {} pairs finished ({} settled before the last draw), {} draws used; {:.0f} s, about {:.0f} s left.</source>
        <translation>反事实抽样：已完成 {} / {} 个计算单元；{} / {} 个行业对已完成（{} 个在最后一次抽样前已确定），共用 {} 次抽样；用时 {:.0f} 秒，预计还需约 {:.0f} 秒。</translation>
    </message>
    <message>
        <source>Counterfactual draws on the Dask cluster: {} of {} units, {} draws used; {:.0f} s, about {:.0f} s left.</source>
        <translation>在 Dask 集群上的反事实抽样：已完成 {} / {} 个计算单元，共用 {} 次抽样；用时 {:.0f} 秒，预计还需约 {:.0f} 秒。</translation>
    </message>
</context>
</TS>
