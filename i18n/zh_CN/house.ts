<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
    <context>
        <name>EcoEconHelp</name>
        <message>
            <source>en (translate as the locale code of this translation, e.g. zh_CN)</source>
            <translation>zh_CN</translation>
        </message>
    </context>
    <context>
        <name>EcoEconVocabulary</name>
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
            <source>grade {} source</source>
            <translation>{} 级源地</translation>
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
    <context>
        <name>McrCorridors</name>
        <message>
            <source>Source {}: the grade '{}' is not crucial, important, ordinary or a whole number 1, 2, 3, … Fix the grade field or leave it empty.</source>
            <translation>源地 {}：等级“{}”不是 crucial、important、ordinary，也不是整数 1、2、3……请修正等级字段或将其留空。</translation>
        </message>
    </context>
    <context>
        <name>EcoEconSynthesis</name>
        <message>
            <source>The grade '{}' in field '{}' of {} is not crucial, important, ordinary or a whole number 1, 2, 3, … (1 = the most important). Use the grade field written by 'Connectivity importance'.</source>
            <translation>等级“{}”（字段“{}”，图层 {}）不是 crucial、important、ordinary，也不是整数 1、2、3……（1 = 最重要）。请使用“连通性重要性”写出的等级字段。</translation>
        </message>
    </context>
</TS>