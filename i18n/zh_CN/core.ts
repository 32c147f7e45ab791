<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
    <context>
        <name>EcoEconVocabulary</name>
        <message>
            <source>grade {} source</source>
            <translation>{} 级源地</translation>
        </message>
        <message>
            <source>type I corridor</source>
            <translation>一级廊道</translation>
        </message>
        <message>
            <source>type II corridor</source>
            <translation>二级廊道</translation>
        </message>
        <message>
            <source>type III corridor</source>
            <translation>三级廊道</translation>
        </message>
        <message>
            <source>crucial source</source>
            <translation>关键源地</translation>
        </message>
        <message>
            <source>important source</source>
            <translation>重要源地</translation>
        </message>
        <message>
            <source>ordinary source</source>
            <translation>一般源地</translation>
        </message>
        <message>
            <source>The grade '{}' is not crucial, important or ordinary, nor a whole number 1, 2, 3, … (1 = the most important).</source>
            <translation>等级“{}”不是 crucial、important 或 ordinary，也不是整数 1、2、3……（1 = 最重要）。</translation>
        </message>
        <message>
            <source>The corridor type '{}' is not I, II or III (or 1, 2, 3).</source>
            <translation>廊道类型“{}”不是 I、II 或 III（或 1、2、3）。</translation>
        </message>
    </context>
</TS>