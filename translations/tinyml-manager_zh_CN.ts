<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>FitQuestion</name>
    <message numerus="yes">
        <location filename="../app/gui/deploy/FitQuestion.cpp" line="+26"/>
        <source>The knowledge graph says %1 does not fit %n board(s):</source>
        <translation>
            <numerusform>知识图谱表明 %1 不适合 %n 块开发板：</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Fit unknown (not boards of the knowledge graph): %1</source>
        <translation>适配性未知（不是知识图谱中的开发板）：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deploy anyway sends it to every board and records that the graph&apos;s reasons were overridden.</source>
        <translation>“仍然部署”会将其发送到每块开发板，并记录已忽略知识图谱给出的原因。</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow/UserPrompts.cpp" line="+30"/>
        <source>Deploy %1</source>
        <translation>部署 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deploy &amp;anyway</source>
        <translation>仍然部署(&amp;A)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Only boards that fit</source>
        <translation>仅限适配的开发板(&amp;O)</translation>
    </message>
</context>
<context>
    <name>MemorySize</name>
    <message>
        <location filename="../libkg/kg/MemorySize.cpp" line="+82"/>
        <source>write a number and its unit, e.g. 256 kB, 0.5 MB, 512 KiB or 300000 B</source>
        <translation>请输入数字及其单位，例如 256 kB、0.5 MB、512 KiB 或 300000 B</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no size given: %1</source>
        <translation>未给出容量：%1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&apos;%1&apos; is not a size: %2</source>
        <translation>“%1”不是容量：%2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&apos;%1&apos;: %2 is not a unit of memory; use B, kB, KiB, MB or MiB</source>
        <translation>“%1”：%2 不是容量单位；请使用 B、kB、KiB、MB 或 MiB</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&apos;%1&apos;: a size cannot be negative</source>
        <translation>“%1”：容量不能为负数</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;%1&apos; is more than a board&apos;s memory (at most %2 MB)</source>
        <translation>“%1”超出了开发板的容量（最多 %2 MB）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&apos;%1&apos;: a number of bytes is whole</source>
        <translation>“%1”：字节数必须是整数</translation>
    </message>
</context>
<context>
    <name>OntologyNames</name>
    <message>
        <location filename="../app/gui/widgets/OntologyNames.cpp" line="+31"/>
        <source>Camera</source>
        <translation>摄像头</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Microphone</source>
        <translation>麦克风</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accelerometer</source>
        <translation>加速度计</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gyroscope</source>
        <translation>陀螺仪</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thermometer</source>
        <translation>温度计</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other sensor</source>
        <translation>其他传感器</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Magnetometer</source>
        <translation>磁力计</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Barometer</source>
        <translation>气压计</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hygrometer</source>
        <translation>湿度计</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Light sensor</source>
        <translation>光线传感器</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proximity sensor</source>
        <translation>接近传感器</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gas sensor</source>
        <translation>气体传感器</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Radar</source>
        <translation>雷达</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Classification</source>
        <translation>分类</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Object detection</source>
        <translation>目标检测</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feature extraction</source>
        <translation>特征提取</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unsupervised</source>
        <translation>无监督</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Top-1 accuracy</source>
        <translation>Top-1 准确率</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Top-5 accuracy</source>
        <translation>Top-5 准确率</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Other metric</source>
        <translation>其他指标</translation>
    </message>
</context>
<context>
    <name>QGnomeTheme</name>
    <message>
        <location filename="../app/gui/settings/Translations.cpp" line="+21"/>
        <source>&amp;OK</source>
        <translation>确定(&amp;O)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cancel</source>
        <translation>取消(&amp;C)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../app/gui/import/ImportController.cpp" line="+35"/>
        <source>Turtle (*.ttl);;N-Triples (*.nt)</source>
        <translation>Turtle (*.ttl);;N-Triples (*.nt)</translation>
    </message>
    <message>
        <location line="+389"/>
        <source>%1: unknown RDF format (use .ttl or .nt)</source>
        <translation>%1：未知的 RDF 格式（请使用 .ttl 或 .nt）</translation>
    </message>
    <message>
        <location filename="../app/gui/modelsforboard/ModelDetailsPanel.cpp" line="+135"/>
        <source>The graph names no model file for this model.</source>
        <translation>知识图谱中没有为此模型指定模型文件。</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../app/gui/settings/Translations.cpp" line="-5"/>
        <source>OK</source>
        <translation>确定</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Yes</source>
        <translation>是(&amp;Y)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;No</source>
        <translation>否(&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Help</source>
        <translation>帮助</translation>
    </message>
</context>
<context>
    <name>TableCells</name>
    <message>
        <location filename="../app/gui/widgets/TableCells.cpp" line="+65"/>
        <source>missing sensor %1</source>
        <translation>缺少传感器 %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>this model</source>
        <translation>此模型</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 cannot run %2</source>
        <translation>%1 无法运行 %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>RAM short by %1</source>
        <translation>RAM 不足 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Flash short by %1</source>
        <translation>Flash 不足 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>fits memory</source>
        <translation>内存适配</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sensors unknown</source>
        <translation>传感器未知</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>RAM: the tensor arena the model needs on %1</source>
        <translation>RAM：模型在 %1 上所需的张量区</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flash: what the model needs on %1</source>
        <translation>Flash：模型在 %1 上所需的空间</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> (the paper&apos;s figures; the board names no runtime)</source>
        <translation>（论文中的数值；该开发板未指定运行时）</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+11"/>
        <source>Fits</source>
        <translation>适配</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>No: %1</source>
        <translation>否：%1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Fit unknown: %1</source>
        <translation>适配性未知：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Does not fit: %1</source>
        <translation>不适配：%1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>accuracy unknown</source>
        <translation>准确率未知</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 unknown</source>
        <translation>%1未知</translation>
    </message>
</context>
<context>
    <name>TableCopy</name>
    <message>
        <location filename="../app/gui/widgets/TableCopy.cpp" line="+56"/>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Copy &amp;IRI</source>
        <translation>复制 IRI(&amp;I)</translation>
    </message>
</context>
<context>
    <name>Units</name>
    <message>
        <location filename="../app/gui/widgets/Units.cpp" line="+57"/>
        <source>A size with its unit: B, kB, KiB, MB or MiB (e.g. 256 kB, 0.5 MB, 512 KiB); a number alone is in %1, the unit chosen in the settings.
1 kB = 1000 bytes, 1 KiB = 1024 bytes, 1 MB = 1000 kB, 1 MiB = 1024 KiB.</source>
        <translation>带单位的容量：B、kB、KiB、MB 或 MiB（例如 256 kB、0.5 MB、512 KiB）；不带单位的数字按设置中选择的单位 %1 计算。
1 kB = 1000 字节，1 KiB = 1024 字节，1 MB = 1000 kB，1 MiB = 1024 KiB。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
</context>
<context>
    <name>tinyml::ModelFileChecks</name>
    <message>
        <location filename="../libkg/analysis/ModelAnalysis.cpp" line="+25"/>
        <source>too small to be a TensorFlow Lite model (%1 bytes)</source>
        <translation>太小，不可能是 TensorFlow Lite 模型（%1 字节）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not a TensorFlow Lite model: file identifier is &apos;%1&apos;, expected &apos;TFL3&apos;</source>
        <translation>不是 TensorFlow Lite 模型：文件标识为“%1”，应为“TFL3”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>larger than a FlatBuffer can be (2 GiB)</source>
        <translation>超过了 FlatBuffer 的最大大小（2 GiB）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>damaged FlatBuffer: a table, vector or string lies outside the file or is malformed</source>
        <translation>FlatBuffer 已损坏：某个表、向量或字符串位于文件之外或格式错误</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>schema version %1 is not supported (expected 3)</source>
        <translation>不支持架构版本 %1（应为 3）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the model is damaged: %1</source>
        <translation>模型已损坏：%1</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>no such file</source>
        <translation>文件不存在</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is a directory, not a model file</source>
        <translation>是文件夹，不是模型文件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is not a regular file</source>
        <translation>不是普通文件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 bytes is larger than the %2 bytes accepted for a model</source>
        <translation>%1 字节超过了模型允许的 %2 字节</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cannot be read (%1)</source>
        <translation>无法读取（%1）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>read failed (%1)</source>
        <translation>读取失败（%1）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>larger than the %1 bytes accepted for a model</source>
        <translation>超过了模型允许的 %1 字节</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the file is empty</source>
        <translation>文件为空</translation>
    </message>
</context>
<context>
    <name>tinyml::deploy::BoardScanner</name>
    <message>
        <location filename="../libkg/deploy/BoardScanner.cpp" line="+27"/>
        <source>Bluetooth scan failed: %1</source>
        <translation>蓝牙扫描失败：%1</translation>
    </message>
</context>
<context>
    <name>tinyml::deploy::BoardTransfer</name>
    <message>
        <location filename="../libkg/deploy/BoardTransfer.cpp" line="+60"/>
        <source>no confirmation within %1 s</source>
        <translation>%1 秒内未收到确认</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the model file is empty</source>
        <translation>模型文件为空</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>delivered; cancelled while the board loaded the model</source>
        <translation>已送达；在开发板加载模型时被取消</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>attempt %1 of %2 after: %3</source>
        <translation>第 %1 次尝试（共 %2 次），原因：%3</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the link to the board was lost</source>
        <translation>与开发板的连接已断开</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>could not connect: %1</source>
        <translation>无法连接：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bluetooth error: %1</source>
        <translation>蓝牙错误：%1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>looking for the board</source>
        <translation>正在查找开发板</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+339"/>
        <source>the board was not found nearby (is it on and in range?)</source>
        <translation>附近未找到该开发板（是否已开机并在范围内？）</translation>
    </message>
    <message>
        <location line="-334"/>
        <source>Bluetooth scan failed: %1</source>
        <translation>蓝牙扫描失败：%1</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>the board does not offer the file-transfer service</source>
        <translation>该开发板不提供文件传输服务</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the file-transfer service could not be opened</source>
        <translation>无法打开文件传输服务</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>a write to the board failed</source>
        <translation>向开发板写入失败</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a read from the board failed</source>
        <translation>从开发板读取失败</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the file-transfer service failed</source>
        <translation>文件传输服务出错</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the board&apos;s file-transfer service lacks characteristic %1</source>
        <translation>开发板的文件传输服务缺少特征值 %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>the board cannot notify characteristic %1</source>
        <translation>开发板无法通知特征值 %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>the board&apos;s maximum file length is not a 32-bit number</source>
        <translation>开发板的最大文件长度不是 32 位数字</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the model is %1 bytes; the board takes at most %2 bytes</source>
        <translation>模型为 %1 字节；开发板最多接受 %2 字节</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the board did not start the transfer (status %1)</source>
        <translation>开发板未开始传输（状态 %1）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the board did not confirm the file within %1 s</source>
        <translation>开发板未在 %1 秒内确认文件</translation>
    </message>
    <message>
        <location line="+123"/>
        <source>the board reported an error: %1</source>
        <translation>开发板报告错误：%1</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+43"/>
        <source>(no message)</source>
        <translation>（无消息）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the board could not load the model: %1</source>
        <translation>开发板无法加载模型：%1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 (it may have halted or reset)</source>
        <translation>%1（它可能已停机或已重置）</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the board said it was loading the model and reported nothing more within %1 s</source>
        <translation>开发板报告正在加载模型，之后 %1 秒内没有再报告任何内容</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no connection within %1 s</source>
        <translation>%1 秒内未建立连接</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the board stopped answering</source>
        <translation>开发板停止响应</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>the board stopped answering while loading the model: %1</source>
        <translation>开发板在加载模型时停止响应：%1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 (after %2 attempts)</source>
        <translation>%1（共尝试 %2 次）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>retrying after: %1</source>
        <translation>重试，原因：%1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>delivered; the board does not report whether the model runs</source>
        <translation>已送达；开发板不报告模型是否在运行</translation>
    </message>
</context>
<context>
    <name>tinyml::deploy::DeployQueue</name>
    <message>
        <location filename="../libkg/deploy/DeployQueue.cpp" line="+140"/>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
</context>
<context>
    <name>tinyml::deploy::ModelRepository</name>
    <message>
        <location filename="../libkg/deploy/ModelRepository.cpp" line="+44"/>
        <source>%1: cannot copy into the model repository %2 (%3)</source>
        <translation>%1：无法复制到模型库 %2（%3）</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1: &apos;%2&apos; is not a SHA-256</source>
        <translation>%1：“%2”不是 SHA-256</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1: the file changed while it was imported (its SHA-256 differs now)</source>
        <translation>%1：文件在导入期间发生了变化（其 SHA-256 已不同）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&apos;%1&apos; is not a SHA-256, so names no file of the model repository %2</source>
        <translation>“%1”不是 SHA-256，因此不指向模型库 %2 中的任何文件</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: not in the model repository (the graph describes a file that is not there)</source>
        <translation>%1：不在模型库中（知识图谱描述的文件不存在）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: the file is not the one the graph describes (its SHA-256 differs)</source>
        <translation>%1：该文件不是知识图谱所描述的文件（其 SHA-256 不同）</translation>
    </message>
</context>
<context>
    <name>tinyml::gui::BenchmarkTableModel</name>
    <message>
        <location filename="../app/gui/modelsfortask/BenchmarkTableModel.cpp" line="+59"/>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MACs</source>
        <translation>MACs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RAM</source>
        <translation>RAM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flash</source>
        <translation>Flash</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sensors</source>
        <translation>传感器</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training data</source>
        <translation>训练数据</translation>
    </message>
</context>
<context>
    <name>tinyml::gui::BoardCataloguePanel</name>
    <message>
        <location filename="../app/gui/boardcatalogue/BoardCataloguePanel.cpp" line="+31"/>
        <location line="+2"/>
        <source>Search boards</source>
        <translation>搜索开发板</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sensor the board must have</source>
        <translation>开发板必须具备的传感器</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any sensor</source>
        <translation>任意传感器</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Minimum RAM</source>
        <translation>最小 RAM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minimum Flash</source>
        <translation>最小 Flash</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Boards</source>
        <translation>开发板</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Sensor:</source>
        <translation>传感器(&amp;S)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Flash ≥</source>
        <translation>Flash ≥</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;RAM ≥</source>
        <translation>&amp;RAM ≥</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&lt;b&gt;Boards&lt;/b&gt;</source>
        <translation>&lt;b&gt;开发板&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>tinyml::gui::BoardDialog</name>
    <message>
        <location filename="../app/gui/boardcatalogue/BoardDialog.cpp" line="+22"/>
        <source>Describe a board</source>
        <translation>描述开发板</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit board</source>
        <translation>编辑开发板</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>e.g. nRF52840</source>
        <translation>例如 nRF52840</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Free RAM</source>
        <translation>可用 RAM</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Free Flash</source>
        <translation>可用 Flash</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not stated (the paper&apos;s figures)</source>
        <translation>未指定（论文中的数值）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>optional, e.g. C0:98:E5:49:00:07</source>
        <translation>可选，例如 C0:98:E5:49:00:07</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Add to the graph</source>
        <translation>添加到知识图谱(&amp;A)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Try without saving</source>
        <translation>试用但不保存(&amp;T)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the models that fit this board without adding it to the knowledge graph</source>
        <translation>显示适配此开发板的模型，但不将其添加到知识图谱</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Description:</source>
        <translation>描述(&amp;D)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Manufacturer:</source>
        <translation>制造商(&amp;M)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Micro&amp;controller:</source>
        <translation>微控制器(&amp;C)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Sensors:</source>
        <translation>传感器(&amp;S)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Free &amp;RAM:</source>
        <translation>可用 RAM(&amp;R)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Free &amp;Flash:</source>
        <translation>可用 Flash(&amp;F)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>R&amp;untime:</source>
        <translation>运行时(&amp;U)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Bluetooth address:</source>
        <translation>蓝牙地址(&amp;B)：</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>a Bluetooth address has six bytes, e.g. C0:98:E5:49:00:07</source>
        <translation>蓝牙地址由六个字节组成，例如 C0:98:E5:49:00:07</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The board could not be saved: %1</source>
        <translation>无法保存开发板：%1</translation>
    </message>
</context>
<context>
    <name>tinyml::gui::BoardFitTableModel</name>
    <message>
        <location filename="../app/gui/boardsformodel/BoardFitTableModel.cpp" line="+79"/>
        <source>Fits</source>
        <translation>适配</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Board</source>
        <translation>开发板</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>paper&apos;s figures</source>
        <translation>论文中的数值</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The runtime whose figures each board was judged by: the one the board runs</source>
        <translation>判断每块开发板所依据的运行时：即该开发板所运行的运行时</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>RAM</source>
        <translation>RAM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flash</source>
        <translation>Flash</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sensors</source>
        <translation>传感器</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RAM headroom</source>
        <translation>RAM 余量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flash headroom</source>
        <translation>Flash 余量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Runtime</source>
        <translation>运行时</translation>
    </message>
</context>
<context>
    <name>tinyml::gui::BoardTableModel</name>
    <message>
        <location filename="../app/gui/boardcatalogue/BoardTableModel.cpp" line="+55"/>
        <source>Sensors: %1</source>
        <translation>传感器：%1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Board</source>
        <translation>开发板</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manufacturer</source>
        <translation>制造商</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Microcontroller</source>
        <translation>微控制器</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RAM</source>
        <translation>RAM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flash</source>
        <translation>Flash</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sensors</source>
        <translation>传感器</translation>
    </message>
</context>
<context>
    <name>tinyml::gui::BoardsForModelView</name>
    <message>
        <location filename="../app/gui/boardsformodel/BoardsForModelView.cpp" line="+26"/>
        <source>A &amp;model of the graph:</source>
        <translation>图谱中的模型(&amp;M)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Requirements:</source>
        <translation>需求(&amp;R)：</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>RAM needed</source>
        <translation>所需 RAM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flash needed</source>
        <translation>所需 Flash</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Boards for the model</source>
        <translation>适用于该模型的开发板</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>RAM</source>
        <translation>RAM</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Flash</source>
        <translation>Flash</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>cannot run on %1</source>
        <translation>无法在 %1 上运行</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 RAM and %2 Flash on %3</source>
        <translation>在 %3 上需要 %1 RAM 和 %2 Flash</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 RAM and %2 Flash (the paper&apos;s figures)</source>
        <translation>%1 RAM 和 %2 Flash（论文中的数值）</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The graph holds no models yet.</source>
        <translation>知识图谱中还没有模型。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 of %2 boards can run %3 (it needs %4; sensors: %5).</source>
        <translation>%2 块开发板中有 %1 块可以运行 %3（需要 %4；传感器：%5）。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Write the RAM and Flash needed as sizes, e.g. 256 kB, 0.5 MB or 512 KiB.</source>
        <translation>请以带单位的容量填写所需的 RAM 和 Flash，例如 256 kB、0.5 MB 或 512 KiB。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>these requirements</source>
        <translation>符合这些需求的模型</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>%1 of %2 boards can run %3 (it needs %4 RAM, %5 Flash, sensors: %6).</source>
        <translation>%2 个开发板中有 %1 个可以运行 %3（需要 %4 RAM、%5 Flash，传感器：%6）。</translation>
    </message>
    <message>
        <location line="-13"/>
        <location line="+17"/>
        <source>none</source>
        <translation>无</translation>
    </message>
</context>
<context>
    <name>tinyml::gui::DeploySession</name>
    <message>
        <location filename="../app/gui/deploy/DeploySession.cpp" line="+123"/>
        <source>no store is open</source>
        <translation>没有打开的存储库</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>another store was opened during the deployment; not recorded</source>
        <translation>部署期间打开了另一个存储库；未记录</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>unknown error</source>
        <translation>未知错误</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>nothing has been deployed yet</source>
        <translation>尚未部署任何内容</translation>
    </message>
</context>
<context>
    <name>tinyml::gui::DeployView</name>
    <message>
        <location filename="../app/gui/deploy/DeployView.cpp" line="+54"/>
        <source>&amp;Model:</source>
        <translation>模型(&amp;M)：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>How many boards receive the model at the same time</source>
        <translation>同时接收模型的开发板数量</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Scan for boards</source>
        <translation>扫描开发板(&amp;S)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Look for boards advertising the file-transfer service over Bluetooth LE</source>
        <translation>通过 Bluetooth LE 查找广播文件传输服务的开发板</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Boards</source>
        <translation>开发板</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Send the model to the selected boards</source>
        <translation>将模型发送到所选开发板</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Cancel selected</source>
        <translation>取消所选(&amp;C)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stop the deployments to the selected boards</source>
        <translation>停止对所选开发板的部署</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel &amp;all</source>
        <translation>全部取消(&amp;A)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stop every deployment</source>
        <translation>停止所有部署</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send the model again to the boards that failed or were cancelled</source>
        <translation>将模型重新发送到部署失败或已取消的开发板</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the latest deployment&apos;s outcome per board as CSV or JSON</source>
        <translation>将最近一次部署在各开发板上的结果保存为 CSV 或 JSON</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Generate &amp;firmware project…</source>
        <translation>生成固件项目(&amp;F)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the firmware that runs the chosen model on the selected board, to build and flash</source>
        <translation>生成在所选开发板上运行所选模型的固件，用于编译和烧录</translation>
    </message>
    <message>
        <location line="+261"/>
        <source>deployed despite: %1</source>
        <translation>不顾以下原因仍已部署：%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 B</source>
        <translation>%1 B</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 ms</source>
        <translation>%1 毫秒</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 runs %2 as far as is known: delivered %3, the board does not confirm it.</source>
        <translation>据已知，%1 运行 %2：已于 %3 送达，开发板未确认。</translation>
    </message>
    <message>
        <location line="-317"/>
        <source>Parallel &amp;uploads:</source>
        <translation>并行上传数(&amp;U)：</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Deploy to se&amp;lected</source>
        <translation>部署到所选开发板(&amp;L)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Retr&amp;y failed</source>
        <translation>重试失败项(&amp;Y)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save &amp;report…</source>
        <translation>保存报告(&amp;R)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record the selected board&apos;s Bluetooth address on a board of the knowledge graph</source>
        <translation>将所选开发板的蓝牙地址记录到知识图谱中的某个开发板上</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Lin&amp;k to board…</source>
        <translation>关联到开发板(&amp;K)…</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Deployment history of the selected board</source>
        <translation>所选开发板的部署历史</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Attempts</source>
        <translation>尝试次数</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Arena used</source>
        <translation>已用 Arena</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Inference</source>
        <translation>推理</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Scan finished.</source>
        <translation>扫描完成。</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Scanning for boards…</source>
        <translation>正在扫描开发板…</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Select the boards to send %1 to, then press Deploy.</source>
        <translation>请选择要接收 %1 的开发板，然后点击“部署到所选开发板”。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a model first.</source>
        <translation>请先选择一个模型。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing was sent.</source>
        <translation>未发送任何内容。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Already receiving a model, so left out: %1</source>
        <translation>以下开发板正在接收模型，已跳过：%1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message>
        <location line="-116"/>
        <source>The model %1 could not be read: %2</source>
        <translation>无法读取模型 %1：%2</translation>
    </message>
    <message numerus="yes">
        <location line="-3"/>
        <source>Deploying %1 to %n board(s)…</source>
        <translation>
            <numerusform>正在将 %1 部署到 %n 块开发板…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The deployment to %1 could not be recorded: %2</source>
        <translation>无法记录对 %1 的部署：%2</translation>
    </message>
    <message>
        <location line="+134"/>
        <source>Fit unknown for %1: not boards of the knowledge graph.</source>
        <translation>%1 的适配性未知：不是知识图谱中的开发板。</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%1 on %n board(s): %2.</source>
        <translation>
            <numerusform>%1 在 %n 块开发板上：%2。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Select a board to see its deployments.</source>
        <translation>选择一个开发板以查看其部署记录。</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1 runs no model deployed from here.</source>
        <translation>%1 上没有运行从此处部署的模型。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 runs %2, deployed %3.</source>
        <translation>%1 正在运行 %2（部署于 %3）。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Save deployment report</source>
        <translation>保存部署报告</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV (*.csv);;JSON (*.json)</source>
        <translation>CSV (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Report saved to %1</source>
        <translation>报告已保存到 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The report could not be saved: %1</source>
        <translation>无法保存报告：%1</translation>
    </message>
</context>
<context>
    <name>tinyml::gui::FirmwareController</name>
    <message>
        <location filename="../app/gui/codegen/FirmwareController.cpp" line="+20"/>
        <source>Generate &amp;firmware project…</source>
        <translation>生成固件项目(&amp;F)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write the firmware that runs the selected model on the chosen board (Ctrl+Shift+G)</source>
        <translation>生成在所选开发板上运行所选模型的固件（Ctrl+Shift+G）</translation>
    </message>
</context>
<context>
    <name>tinyml::gui::FirmwareProjectDialog</name>
    <message>
        <location filename="../app/gui/codegen/FirmwareProjectDialog.cpp" line="+49"/>
        <source>Generate firmware project</source>
        <translation>生成固件项目</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>PlatformIO project</source>
        <translation>PlatformIO 项目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arduino sketch folder</source>
        <translation>Arduino 草图文件夹</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Generate even if the model does not &amp;fit the board (the README says why)</source>
        <translation>即使模型不适合该开发板也生成(&amp;F)（README 说明原因）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Replace what is in the folder</source>
        <translation>替换文件夹中的内容(&amp;R)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>What was generated</source>
        <translation>生成的内容</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Model:</source>
        <translation>模型：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Board:</source>
        <translation>开发板(&amp;B)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>F&amp;ormat:</source>
        <translation>格式(&amp;O)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fol&amp;der:</source>
        <translation>文件夹(&amp;D)：</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Generate</source>
        <translation>生成(&amp;G)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Open folder</source>
        <translation>打开文件夹(&amp;O)</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>%1 — no firmware template</source>
        <translation>%1 — 无固件模板</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>fits</source>
        <translation>适合</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Folder of the firmware project</source>
        <translation>固件项目的文件夹</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose a board and a folder.</source>
        <translation>请选择开发板和文件夹。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The board or the model is no longer in the knowledge graph.</source>
        <translation>该开发板或模型已不在知识图谱中。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>. Tick “Generate even if the model does not fit” to generate it anyway.</source>
        <translation>。勾选“即使模型不适合也生成”即可仍然生成。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>. Tick “Replace what is in the folder” to replace it.</source>
        <translation>。勾选“替换文件夹中的内容”即可替换。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>&lt;p&gt;&lt;b&gt;Generated in %1.&lt;/b&gt; Its README.md says how to build and flash it, and how to check it on an emulated Cortex-M4 with &lt;code&gt;tinyml-kg codegen … --check&lt;/code&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;已生成于 %1。&lt;/b&gt;其 README.md 说明如何编译和烧录，以及如何用 &lt;code&gt;tinyml-kg codegen … --check&lt;/code&gt; 在模拟的 Cortex-M4 上检查。&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;p&gt;&lt;b&gt;The model does not fit this board&lt;/b&gt; (generated anyway, the README says so):&lt;/p&gt;&lt;ul&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;该模型不适合此开发板&lt;/b&gt;（仍已生成，README 中有说明）：&lt;/p&gt;&lt;ul&gt;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;p&gt;What was generated, and from which facts:&lt;/p&gt;&lt;ul&gt;</source>
        <translation>&lt;p&gt;生成了什么，依据哪些事实：&lt;/p&gt;&lt;ul&gt;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;p&gt;&lt;b&gt;To complete&lt;/b&gt; before the input means anything:&lt;/p&gt;&lt;ul&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;待补充&lt;/b&gt;，否则输入没有意义：&lt;/p&gt;&lt;ul&gt;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Generate again</source>
        <translation>再次生成(&amp;G)</translation>
    </message>
</context>
<context>
    <name>tinyml::gui::FleetTableModel</name>
    <message>
        <location filename="../app/gui/deploy/FleetTableModel.cpp" line="+57"/>
        <source>queued</source>
        <translation>排队中</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>connecting</source>
        <translation>正在连接</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>connecting (%1)</source>
        <translation>正在连接（%1）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>sending %1 %</source>
        <translation>正在发送 %1%</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 blocks/s</source>
        <translation>%1 块/秒</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n s left</source>
        <translation>
            <numerusform>剩余 %n 秒</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>verifying</source>
        <translation>正在校验</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>arena %1 B</source>
        <translation>Arena %1 B</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>inference %1 ms</source>
        <translation>推理 %1 ms</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>running, sent in %1 s</source>
        <translation>正在运行，发送用时 %1 秒</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>running · %1</source>
        <translation>正在运行 · %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>load failed: %1</source>
        <translation>加载失败：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>delivered in %1 s, not confirmed (the board reports no model status)</source>
        <translation>已于 %1 秒内送达，未确认（开发板不报告模型状态）</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+37"/>
        <source>failed: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <location line="-36"/>
        <location line="+37"/>
        <location line="+29"/>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>%1, at attempt %2</source>
        <translation>%1，第 %2 次尝试</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>loading the model</source>
        <translation>正在加载模型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>delivered</source>
        <translation>已送达</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n running</source>
        <translation>
            <numerusform>%n 个正在运行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n load failed</source>
        <translation>
            <numerusform>%n 个加载失败</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n delivered without confirmation</source>
        <translation>
            <numerusform>%n 个已送达但未确认</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n failed</source>
        <translation>
            <numerusform>%n 个失败</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n cancelled</source>
        <translation>
            <numerusform>%n 个已取消</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>running</source>
        <translation>正在运行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>load failed</source>
        <translation>加载失败</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>delivered, not confirmed</source>
        <translation>已送达，未确认</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location line="+131"/>
        <source>Found over Bluetooth; not linked to a board of the graph</source>
        <translation>通过蓝牙发现；未关联到知识图谱中的开发板</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(unnamed)</source>
        <translation>（未命名）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 dBm</source>
        <translation>%1 dBm</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not seen</source>
        <translation>未发现</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Deployed %1</source>
        <translation>部署于 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (not confirmed)</source>
        <translation>%1（未确认）</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Board</source>
        <translation>开发板</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bluetooth address</source>
        <translation>蓝牙地址</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signal</source>
        <translation>信号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Runs</source>
        <translation>当前模型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deployment and outcome</source>
        <translation>部署与结果</translation>
    </message>
</context>
<context>
    <name>tinyml::gui::GettingStartedDialog</name>
    <message>
        <location filename="../app/gui/help/GettingStartedDialog.cpp" line="+34"/>
        <location line="+30"/>
        <source>Getting started</source>
        <translation>入门</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>TinyML Manager keeps your models and boards in one knowledge graph and answers three questions about them without SPARQL. The first start opens a store with demonstration models and a catalogue of common boards, so every step below works at once.</source>
        <translation>TinyML Manager 将您的模型和开发板保存在同一个知识图谱中，无需编写 SPARQL 即可回答关于它们的三个问题。首次启动时会打开一个存储库，其中包含演示模型和常见开发板的目录，因此下面的每一步都可以立即上手。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1. Which models run on this board?</source>
        <translation>1. 哪些模型可以在此开发板上运行？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open %1 (Ctrl+1) and choose a board in the list on the left. The table shows every model with whether it fits the board&apos;s RAM, Flash and sensors, and why not; click a column header to sort. Add, edit or delete boards with Ctrl+B, F2 and Del; every change can be undone with Ctrl+Z.</source>
        <translation>打开“%1”视图（Ctrl+1），在左侧列表中选择一个开发板。表格会列出每个模型是否满足该开发板的 RAM、Flash 和传感器要求，以及不满足的原因；点击列标题即可排序。使用 Ctrl+B、F2 和 Del 可添加、编辑或删除开发板；每项更改都可以用 Ctrl+Z 撤销。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Models for a board</source>
        <translation>适用于开发板的模型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>2. Which boards can run this model?</source>
        <translation>2. 哪些开发板可以运行此模型？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open %1 (Ctrl+2) and choose a model, or type requirements (RAM, Flash, sensors) for a model you do not have yet. Memory takes a unit: 256 kB, 512 KiB, 1 MB.</source>
        <translation>打开“%1”视图（Ctrl+2）并选择一个模型，或为尚未拥有的模型输入需求（RAM、Flash、传感器）。容量需带单位：256 kB、512 KiB、1 MB。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Boards for a model</source>
        <translation>适用于模型的开发板</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>3. Which models do this task?</source>
        <translation>3. 哪些模型可以完成此任务？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open %1 (Ctrl+3) and type a task such as &quot;keyword spotting&quot; or &quot;person detection&quot;. The models that match are listed with their accuracy, multiply-accumulate operations (MACs), RAM and Flash, so they can be compared; an unknown accuracy is shown as unknown and sorts last.</source>
        <translation>打开“%1”视图（Ctrl+3），输入一项任务，例如“keyword spotting”或“person detection”。匹配的模型会连同准确率、乘累加运算次数（MACs）、RAM 和 Flash 一起列出，便于比较；未知的准确率显示为“未知”，并排在最后。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Models for a task</source>
        <translation>适用于任务的模型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import models</source>
        <translation>导入模型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (Ctrl+I) or drop .tflite files on the window. Each file is analysed: its layers, operators, MACs and the RAM (tensor arena) and Flash it needs on each runtime. A form then asks for what the file cannot say, such as the sensors that feed the model and its task. A metadata sheet (Ctrl+Shift+I) describes many files at once; a Turtle snapshot (Ctrl+Alt+I) brings in another store&apos;s models and boards. Export a snapshot with Ctrl+E.</source>
        <translation>使用“%1”（Ctrl+I），或将 .tflite 文件拖放到窗口中。每个文件都会被分析：其层、算子、MACs，以及在各个运行时上所需的 RAM（张量区）和 Flash。随后会弹出一个表单，询问文件本身无法提供的信息，例如为模型提供输入的传感器以及模型的任务。元数据表（Ctrl+Shift+I）可一次描述多个文件；Turtle 快照（Ctrl+Alt+I）可导入另一个存储库中的模型和开发板。使用 Ctrl+E 可导出快照。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import models…</source>
        <translation>导入模型…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <source>Deploy</source>
        <translation>部署</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Open %1 (Ctrl+5), choose a model and one or more boards found over Bluetooth LE, and press Deploy. A board running the TinyML Manager firmware loads the model and reports whether it runs, with the tensor arena it used and the time of one inference; a board without that report is shown as delivered, not confirmed. A model that does not fit a board is sent only after you confirm it.</source>
        <translation>打开“%1”视图（Ctrl+5），选择一个模型以及通过 Bluetooth LE 找到的一块或多块开发板，然后点击“部署”。运行 TinyML Manager 固件的开发板会加载模型并报告其能否运行，同时给出所用的张量区大小和单次推理的耗时；未返回该报告的开发板显示为“已送达，未确认”。不适配开发板的模型只有在您确认后才会发送。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>When you need more</source>
        <translation>需要更多功能时</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The %1 console (Ctrl+4) runs your own queries over the graph; its examples show how the three questions are asked. Stop ends a query at once, and a time limit in the settings ends the ones you forget. File ▸ Connect to SPARQL server opens a graph on GraphDB, Virtuoso or Fuseki when one machine is no longer enough.</source>
        <translation>%1 控制台（Ctrl+4）可在图谱上运行您自己的查询；其中的示例展示了如何提出上述三个问题。“停止”会立即结束查询，设置中的时间限制则会结束您忘记停止的查询。当一台计算机不再够用时，可通过“文件 ▸ 连接到 SPARQL 服务器”在 GraphDB、Virtuoso 或 Fuseki 上打开图谱。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>SPARQL</source>
        <translation>SPARQL</translation>
    </message>
</context>
<context>
    <name>tinyml::gui::GraphSession</name>
    <message>
        <location filename="../app/gui/session/GraphSession.cpp" line="+162"/>
        <location line="+26"/>
        <source>no store is open</source>
        <translation>没有打开的存储库</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>the change was made for a store that is no longer open</source>
        <translation>该更改属于一个已不再打开的存储库</translation>
    </message>
</context>
<context>
    <name>tinyml::gui::ImportController</name>
    <message>
        <location filename="../app/gui/import/ImportController.cpp" line="-346"/>
        <source>Opening %1…</source>
        <translation>正在打开 %1…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Folder for the new store</source>
        <translation>新存储库的文件夹</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+7"/>
        <source>New store</source>
        <translation>新建存储库</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>%1 is not empty. Choose an empty folder for a new store, or use File ▸ Open store… for an existing one.</source>
        <translation>%1 不是空文件夹。请为新存储库选择一个空文件夹，或通过“文件 ▸ 打开存储库…”打开现有的存储库。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Start the new store with the board catalogue and the demonstration models?</source>
        <translation>是否在新存储库中预置开发板目录和演示模型？</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Open a store folder</source>
        <translation>打开存储库文件夹</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Import models</source>
        <translation>导入模型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TensorFlow Lite models (*.tflite);;All files (*)</source>
        <translation>TensorFlow Lite 模型 (*.tflite);;所有文件 (*)</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <location line="+232"/>
        <source>Reading %n file(s)…</source>
        <translation>
            <numerusform>正在读取 %n 个文件…</numerusform>
        </translation>
    </message>
    <message>
        <location line="-231"/>
        <location line="+128"/>
        <source>Stop reading files</source>
        <translation>停止读取文件</translation>
    </message>
    <message>
        <location line="-99"/>
        <location line="+169"/>
        <source>Import cancelled: nothing was added.</source>
        <translation>导入已取消：未添加任何内容。</translation>
    </message>
    <message>
        <location line="-160"/>
        <source>Nothing was imported:
%1</source>
        <translation>未导入任何内容：
%1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Import cancelled.</source>
        <translation>导入已取消。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>another store was opened meanwhile</source>
        <translation>其间已打开另一个存储库</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Importing %n model(s)…</source>
        <translation>
            <numerusform>正在导入 %n 个模型…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+118"/>
        <source>Stop importing</source>
        <translation>停止导入</translation>
    </message>
    <message>
        <location line="-96"/>
        <source>the import was stopped before any model was added</source>
        <translation>导入在添加任何模型之前已停止</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+74"/>
        <location line="+43"/>
        <location line="+42"/>
        <source>no store is open</source>
        <translation>没有打开的存储库</translation>
    </message>
    <message numerus="yes">
        <location line="-153"/>
        <location line="+121"/>
        <source>%n model(s) added</source>
        <translation>
            <numerusform>已添加 %n 个模型</numerusform>
        </translation>
    </message>
    <message>
        <location line="-119"/>
        <source>the import was cancelled after them</source>
        <translation>之后导入被取消</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not models: %1</source>
        <translation>不是模型：%1</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <location line="+107"/>
        <location line="+1"/>
        <source>Import %n model(s)</source>
        <translation>
            <numerusform>导入 %n 个模型</numerusform>
        </translation>
    </message>
    <message>
        <location line="-88"/>
        <source>Metadata sheet</source>
        <translation>元数据表</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Metadata sheets (*.tsv *.csv *.txt);;All files (*)</source>
        <translation>元数据表 (*.tsv *.csv *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reading the models of %1…</source>
        <translation>正在读取 %1 的模型…</translation>
    </message>
    <message>
        <location line="+36"/>
        <location line="+86"/>
        <source>Import cancelled: nothing was changed.</source>
        <translation>导入已取消：没有任何更改。</translation>
    </message>
    <message>
        <location line="-76"/>
        <source>Another store was opened meanwhile: %1 was not imported.</source>
        <translation>其间打开了另一个存储：未导入 %1。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Importing the models of %1…</source>
        <translation>正在导入 %1 中的模型…</translation>
    </message>
    <message numerus="yes">
        <location line="+29"/>
        <source>, update %n</source>
        <translation>
            <numerusform>，更新 %n 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>, %n updated</source>
        <translation>
            <numerusform>，已更新 %n 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>, %n already present</source>
        <translation>
            <numerusform>，%n 个已存在</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>; cancelled after them</source>
        <translation>；之后已取消</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Import snapshot</source>
        <translation>导入快照</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RDF (*.ttl *.nt *.json *.jsonld);;All files (*)</source>
        <translation>RDF (*.ttl *.nt *.json *.jsonld);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="-63"/>
        <location line="+42"/>
        <location line="+43"/>
        <source>Nothing was imported: %1</source>
        <translation>未导入任何内容：%1</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n 个文件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Imported %n file(s).</source>
        <translation>
            <numerusform>已导入 %n 个文件。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n model(s) updated.</source>
        <translation>
            <numerusform>已更新 %n 个模型。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warnings: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import %1</source>
        <translation>导入 %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Select models in the table, or a board, to export them.</source>
        <translation>请先在表格中选择模型或选择一个开发板，再进行导出。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export selection</source>
        <translation>导出所选内容</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Export snapshot</source>
        <translation>导出快照</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Writing %1…</source>
        <translation>正在写入 %1…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Exported to %1</source>
        <translation>已导出到 %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nothing was exported: %1</source>
        <translation>未导出任何内容：%1</translation>
    </message>
</context>
<context>
    <name>tinyml::gui::LayerTableModel</name>
    <message>
        <location filename="../app/gui/modelsforboard/LayerTableModel.cpp" line="+44"/>
        <source>Input</source>
        <translation>输入层</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Middle %1</source>
        <translation>中间层 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Output</source>
        <translation>输出层</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Layer</source>
        <translation>层</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data type</source>
        <translation>数据类型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activation</source>
        <translation>激活函数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Input shape</source>
        <translation>输入形状</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Output shape</source>
        <translation>输出形状</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MACs</source>
        <translation>MACs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Output bytes</source>
        <translation>输出字节数</translation>
    </message>
</context>
<context>
    <name>tinyml::gui::MainWindow</name>
    <message>
        <location filename="../app/gui/mainwindow/MainWindow.cpp" line="+54"/>
        <location line="+287"/>
        <source>TinyML Manager</source>
        <translation>TinyML Manager</translation>
    </message>
    <message>
        <location line="-275"/>
        <source>Models for a &amp;board</source>
        <translation>适用于开发板的模型(&amp;B)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Boards for a m&amp;odel</source>
        <translation>适用于模型的开发板(&amp;O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Models for a &amp;task</source>
        <translation>适用于任务的模型(&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;PARQL</source>
        <translation>S&amp;PARQL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Deploy</source>
        <translation>部署(&amp;D)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Working</source>
        <translation>正在处理</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The catalogue could not be read: %1</source>
        <translation>无法读取目录：%1</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Server: %1</source>
        <translation>服务器：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Store: %1</source>
        <translation>存储库：%1</translation>
    </message>
    <message>
        <location line="-69"/>
        <source>The store %1 could not be opened: %2</source>
        <translation>无法打开存储库 %1：%2</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>No store open: use File ▸ Open store…</source>
        <translation>未打开存储库：请使用“文件 ▸ 打开存储库…”</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;New store…</source>
        <translation>新建存储库(&amp;N)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open store…</source>
        <translation>打开存储库(&amp;O)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connect to SPARQL se&amp;rver…</source>
        <translation>连接到 SPARQL 服务器(&amp;R)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>P&amp;ush to SPARQL server…</source>
        <translation>推送到 SPARQL 服务器(&amp;U)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Import models…</source>
        <translation>导入模型(&amp;I)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import models with a metadata &amp;sheet…</source>
        <translation>使用元数据表导入模型(&amp;S)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import sna&amp;pshot…</source>
        <translation>导入快照(&amp;P)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export snapshot…</source>
        <translation>导出快照(&amp;E)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export se&amp;lection…</source>
        <translation>导出所选内容(&amp;L)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export the selected models and the chosen board</source>
        <translation>导出所选模型和选定的开发板</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+6"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Undo: %1</source>
        <translation>撤销(&amp;U)：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+6"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Redo: %1</source>
        <translation>重做(&amp;R)：%1</translation>
    </message>
    <message numerus="yes">
        <location line="+74"/>
        <source>%n model(s)</source>
        <translation>
            <numerusform>%n 个模型</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n board(s)</source>
        <translation>
            <numerusform>%n 块开发板</numerusform>
        </translation>
    </message>
    <message>
        <location line="+300"/>
        <location line="+9"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Models are still being deployed. Stop the deployments and quit?

Boards keep the unfinished transfer until the next deployment clears it.</source>
        <translation>仍有模型正在部署。要停止部署并退出吗？

开发板会保留未完成的传输，直到下次部署时将其清除。</translation>
    </message>
    <message>
        <location line="-374"/>
        <source>&amp;Add board…</source>
        <translation>添加开发板(&amp;A)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit board…</source>
        <translation>编辑开发板(&amp;E)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete board</source>
        <translation>删除开发板(&amp;D)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Getting started</source>
        <translation>入门(&amp;G)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;About TinyML Manager</source>
        <translation>关于 TinyML Manager(&amp;A)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Another store was opened meanwhile, so this was not done: %1</source>
        <translation>其间已打开另一个存储库，因此未执行：%1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The change could not be saved: %1</source>
        <translation>无法保存更改：%1</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The board could not be saved: %1</source>
        <translation>无法保存开发板：%1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>no store is open</source>
        <translation>未打开存储库</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The board %1 could not be saved: %2</source>
        <translation>无法保存开发板 %1：%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add board %1</source>
        <translation>添加开发板 %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit board %1</source>
        <translation>编辑开发板 %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Delete board</source>
        <translation>删除开发板</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the board %1 from the knowledge graph?

Edit ▸ Undo brings it back.</source>
        <translation>要从知识图谱中删除开发板 %1 吗？

可通过“编辑 ▸ 撤销”恢复。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The board %1 could not be deleted: %2</source>
        <translation>无法删除开发板 %1：%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete board %1</source>
        <translation>删除开发板 %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Link to board</source>
        <translation>关联到开发板</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Which board of the knowledge graph is %1 (%2)?</source>
        <translation>%1（%2）对应知识图谱中的哪个开发板？</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The board %1 is not in the knowledge graph.</source>
        <translation>开发板 %1 不在知识图谱中。</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>About TinyML Manager</source>
        <translation>关于 TinyML Manager</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;TinyML Manager %1&lt;/h3&gt;&lt;p&gt;Manage TinyML models and IoT boards with a knowledge graph: which boards can run a model, which models run on a board, which models do a task.&lt;/p&gt;&lt;p&gt;It implements the semantic management of Ren, Anicic and Runkler, “How to Manage Tiny Machine Learning at Scale” (tinyML Research Symposium 2022).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;TinyML Manager %1&lt;/h3&gt;&lt;p&gt;使用知识图谱管理 TinyML 模型和物联网开发板：哪些开发板可以运行某个模型，哪些模型可以在某个开发板上运行，哪些模型可以完成某项任务。&lt;/p&gt;&lt;p&gt;本程序实现了 Ren、Anicic 和 Runkler 在“How to Manage Tiny Machine Learning at Scale”（tinyML Research Symposium 2022）中提出的语义化管理方法。&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Models are still being imported. Stop the import and quit?

The models saved so far stay in the graph; the others are not imported.</source>
        <translation>仍有模型正在导入。要停止导入并退出吗？

已保存的模型会保留在图谱中；其余模型不会被导入。</translation>
    </message>
</context>
<context>
    <name>tinyml::gui::MemoryEdit</name>
    <message>
        <location filename="../app/gui/widgets/MemoryEdit.cpp" line="+61"/>
        <source>any (%1)</source>
        <translation>任意（%1）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, or e.g. 0.5 MB, 512 KiB</source>
        <translation>%1，或例如 0.5 MB、512 KiB</translation>
    </message>
</context>
<context>
    <name>tinyml::gui::ModelController</name>
    <message>
        <location filename="../app/gui/modeledit/ModelController.cpp" line="+32"/>
        <source>Edit &amp;model…</source>
        <translation>编辑模型(&amp;M)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit what the graph says of the selected model (F2)</source>
        <translation>编辑图谱中关于所选模型的描述 (F2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete mo&amp;del</source>
        <translation>删除模型(&amp;D)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete the selected model from the knowledge graph (Del)</source>
        <translation>从知识图谱中删除所选模型 (Del)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Delete model</source>
        <translation>删除模型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the model %1 from the knowledge graph?

Its deployment history stays. Edit ▸ Undo brings the model back.</source>
        <translation>要从知识图谱中删除模型 %1 吗？

其部署历史会保留。编辑 ▸ 撤销可恢复该模型。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The model cannot be edited: %1</source>
        <translation>无法编辑该模型：%1</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+22"/>
        <location line="+33"/>
        <source>no store is open</source>
        <translation>未打开存储库</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>The model %1 could not be saved: %2</source>
        <translation>无法保存模型 %1：%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit model %1</source>
        <translation>编辑模型 %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The model %1 could not be deleted: %2</source>
        <translation>无法删除模型 %1：%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete model %1</source>
        <translation>删除模型 %1</translation>
    </message>
</context>
<context>
    <name>tinyml::gui::ModelDetailsPanel</name>
    <message>
        <location filename="../app/gui/modelsforboard/ModelDetailsPanel.cpp" line="-85"/>
        <source>scale %1, zero point %2</source>
        <translation>缩放 %1，零点 %2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Model overview</source>
        <translation>模型概览</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Inputs and outputs</source>
        <translation>输入和输出</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Layers</source>
        <translation>层</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Overview</source>
        <translation>概览(&amp;O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Inputs and outputs</source>
        <translation>输入和输出(&amp;I)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Layers</source>
        <translation>层(&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deplo&amp;y…</source>
        <translation>部署(&amp;Y)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send this model to the chosen board over Bluetooth LE, or choose boards in the Deploy view</source>
        <translation>通过 Bluetooth LE 将此模型发送到选定的开发板，或在“部署”视图中选择开发板</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>&lt;p&gt;Select a model to see its details.&lt;/p&gt;</source>
        <translation>&lt;p&gt;选择一个模型以查看其详细信息。&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;h3&gt;%1&lt;/h3&gt;&lt;p&gt;Reading the model…&lt;/p&gt;</source>
        <translation>&lt;h3&gt;%1&lt;/h3&gt;&lt;p&gt;正在读取模型…&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accuracy</source>
        <translation>准确率</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sensors</source>
        <translation>传感器</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MACs</source>
        <translation>MACs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RAM (tensor arena)</source>
        <translation>RAM（张量区）</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source> (the paper&apos;s figure)</source>
        <translation>（论文中的数值）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Flash</source>
        <translation>Flash</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+4"/>
        <source>On %1</source>
        <translation>在 %1 上</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>cannot run: %1</source>
        <translation>无法运行：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>RAM %1, Flash %2</source>
        <translation>RAM %1，Flash %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Complete MAC count</source>
        <translation>完整 MAC 数</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Arena on %1</source>
        <translation>%1 上的张量区</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 bytes planned + %2 bytes persistent</source>
        <translation>%1 字节规划 + %2 字节常驻</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Flash on %1</source>
        <translation>%1 上的 Flash</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 bytes of model + %2 bytes of runtime code</source>
        <translation>%1 字节模型 + %2 字节运行时代码</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Operators</source>
        <translation>算子</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tensors</source>
        <translation>张量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The model file could not be read:</source>
        <translation>无法读取模型文件：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h4&gt;In the knowledge graph&lt;/h4&gt;</source>
        <translation>&lt;h4&gt;知识图谱中的信息&lt;/h4&gt;</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Tensor</source>
        <translation>张量</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Shape</source>
        <translation>形状</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quantisation</source>
        <translation>量化</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Meaning</source>
        <translation>含义</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h4&gt;Inputs&lt;/h4&gt;</source>
        <translation>&lt;h4&gt;输入&lt;/h4&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;h4&gt;Outputs&lt;/h4&gt;</source>
        <translation>&lt;h4&gt;输出&lt;/h4&gt;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&lt;h4&gt;Output labels&lt;/h4&gt;</source>
        <translation>&lt;h4&gt;输出标签&lt;/h4&gt;</translation>
    </message>
</context>
<context>
    <name>tinyml::gui::ModelDialog</name>
    <message>
        <location filename="../app/gui/modeledit/ModelDialog.cpp" line="+16"/>
        <source>Edit model %1</source>
        <translation>编辑模型 %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Without sensors the model fits no board: its sensors are unknown.</source>
        <translation>没有传感器时，该模型不适合任何开发板：其传感器未知。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The model could not be saved: %1</source>
        <translation>无法保存模型：%1</translation>
    </message>
</context>
<context>
    <name>tinyml::gui::ModelFitTableModel</name>
    <message>
        <location filename="../app/gui/modelsforboard/ModelFitTableModel.cpp" line="+118"/>
        <source>Fits</source>
        <translation>适配</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accuracy</source>
        <translation>准确率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MACs</source>
        <translation>MACs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RAM</source>
        <translation>RAM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flash</source>
        <translation>Flash</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sensors</source>
        <translation>传感器</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RAM headroom</source>
        <translation>RAM 余量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flash headroom</source>
        <translation>Flash 余量</translation>
    </message>
</context>
<context>
    <name>tinyml::gui::ModelImportDialog</name>
    <message>
        <location filename="../app/gui/import/ModelImportDialog.cpp" line="+109"/>
        <source>Import models</source>
        <translation>导入模型</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Models to import</source>
        <translation>要导入的模型</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Not imported (not TensorFlow Lite models):</source>
        <translation>未导入（不是 TensorFlow Lite 模型）：</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>&amp;Import %n model(s)</source>
        <translation>
            <numerusform>导入 %n 个模型(&amp;I)</numerusform>
        </translation>
    </message>
    <message>
        <location line="-159"/>
        <source>&lt;b&gt;From the file&lt;/b&gt; (%1): %2 MACs</source>
        <translation>&lt;b&gt;来自文件&lt;/b&gt; (%1)：%2 MACs</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>cannot run it%1</source>
        <translation>无法运行%1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>RAM %1</source>
        <translation>RAM %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Flash %1</source>
        <translation>Flash %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flash unknown</source>
        <translation>Flash 未知</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;p&gt;The file suggests no sensor: say which feed its input.&lt;/p&gt;</source>
        <translation>&lt;p&gt;文件未建议任何传感器：请说明由哪些传感器提供输入。&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;p&gt;&lt;b&gt;Suggested sensors&lt;/b&gt; (applied):&lt;/p&gt;&lt;ul&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;建议的传感器&lt;/b&gt;（已应用）：&lt;/p&gt;&lt;ul&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;p&gt;&lt;b&gt;Suggested sensors&lt;/b&gt; (not yet applied):&lt;/p&gt;&lt;ul&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;建议的传感器&lt;/b&gt;（尚未应用）：&lt;/p&gt;&lt;ul&gt;</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Double-click or type to edit a cell; Ctrl+D fills the selection down</source>
        <translation>双击或直接输入以编辑单元格；Ctrl+D 向下填充所选内容</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+5"/>
        <source>&amp;Fill down</source>
        <translation>向下填充(&amp;F)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the first selected row&apos;s cells to the other selected rows (Ctrl+D); a single cell takes the value above it</source>
        <translation>将所选第一行的单元格复制到其他所选行 (Ctrl+D)；单个单元格取其上方的值</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Use suggested sensors</source>
        <translation>使用建议的传感器(&amp;U)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The selected rows take the sensors their files suggest</source>
        <translation>所选行采用其文件建议的传感器</translation>
    </message>
    <message>
        <location line="+123"/>
        <source>None of the files is a TensorFlow Lite model.</source>
        <translation>这些文件都不是 TensorFlow Lite 模型。</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n model(s) without sensors: they fit no board until their sensors are known (Edit model, or the suggestions).</source>
        <translation>
            <numerusform>%n 个模型没有传感器：在其传感器已知之前不适合任何开发板（编辑模型或使用建议）。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The models could not be imported: %1</source>
        <translation>无法导入模型：%1</translation>
    </message>
</context>
<context>
    <name>tinyml::gui::ModelImportTableModel</name>
    <message>
        <location filename="../app/gui/import/ModelImportTableModel.cpp" line="+49"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sensors</source>
        <translation>传感器</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suggested sensors</source>
        <translation>建议的传感器</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training data</source>
        <translation>训练数据</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Creator</source>
        <translation>创建者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MACs</source>
        <translation>MACs</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No sensor is stated: the model fits no board until its sensors are known. Type them (&quot;Microphone, Camera&quot;), tick them in the form or use the suggestion.</source>
        <translation>未说明传感器：在其传感器已知之前，该模型不适合任何开发板。请输入（&quot;麦克风, 摄像头&quot;），在表单中勾选，或使用建议。</translation>
    </message>
</context>
<context>
    <name>tinyml::gui::ModelInfoForm</name>
    <message>
        <location filename="../app/gui/modeledit/ModelInfoForm.cpp" line="+37"/>
        <source>e.g. 2024-05-31</source>
        <translation>例如 2024-05-31</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not stated</source>
        <translation>未说明</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Metric value</source>
        <translation>指标值</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>address of the training data set</source>
        <translation>训练数据集的地址</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>https://… (paper or page)</source>
        <translation>https://…（论文或网页）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>https://… (code repository)</source>
        <translation>https://…（代码仓库）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. MP34DT05 microphone, 16 kHz</source>
        <translation>例如 MP34DT05 麦克风，16 kHz</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Description:</source>
        <translation>描述(&amp;D)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Sensors:</source>
        <translation>传感器(&amp;S)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sensor &amp;note:</source>
        <translation>传感器说明(&amp;N)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Category:</source>
        <translation>类别(&amp;C)：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Metric:</source>
        <translation>指标(&amp;M)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Training data:</source>
        <translation>训练数据(&amp;T)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;reator:</source>
        <translation>创建者(&amp;R)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Da&amp;te:</source>
        <translation>日期(&amp;T)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;itation:</source>
        <translation>引用(&amp;I)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code &amp;repository:</source>
        <translation>代码仓库(&amp;R)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Input means:</source>
        <translation>输入含义(&amp;I)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Output means:</source>
        <translation>输出含义(&amp;O)：</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>0 means the value is not known</source>
        <translation>0 表示该值未知</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>the model needs a name</source>
        <translation>模型需要一个名称</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the citation must be an address such as https://…</source>
        <translation>引用必须是类似 https://… 的地址</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the code repository must be an address such as https://…</source>
        <translation>代码仓库必须是类似 https://… 的地址</translation>
    </message>
</context>
<context>
    <name>tinyml::gui::ModelUpdatesDialog</name>
    <message>
        <location filename="../app/gui/import/ModelUpdatesDialog.cpp" line="+16"/>
        <source>Update models</source>
        <translation>更新模型</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1 describes %n model(s) of the knowledge graph again.</source>
        <translation>
            <numerusform>%1 重新描述了知识图谱中的 %n 个模型。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>It also adds %n new model(s).</source>
        <translation>
            <numerusform>另外还添加 %n 个新模型。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>These fields change; Edit ▸ Undo takes the whole import back.</source>
        <translation>以下字段将会更改；编辑 ▸ 撤销可撤回整个导入。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Changes</source>
        <translation>更改</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model and field</source>
        <translation>模型和字段</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Now</source>
        <translation>当前</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>After the import</source>
        <translation>导入后</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Apply changes</source>
        <translation>应用更改(&amp;A)</translation>
    </message>
</context>
<context>
    <name>tinyml::gui::ModelsForBoardView</name>
    <message>
        <location filename="../app/gui/modelsforboard/ModelsForBoardView.cpp" line="+43"/>
        <location line="+2"/>
        <source>Filter models</source>
        <translation>筛选模型</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only models that &amp;fit</source>
        <translation>仅显示适配的模型(&amp;F)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Models for the board</source>
        <translation>适用于该开发板的模型</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the paper&apos;s runtime (the board names none)</source>
        <translation>论文的运行时（该开发板未指定）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pick a board to see which models run on it.</source>
        <translation>选择一个开发板，查看哪些模型可以在其上运行。</translation>
    </message>
    <message numerus="yes">
        <location line="+27"/>
        <source>%n model(s)</source>
        <translation>
            <numerusform>%n 个模型</numerusform>
        </translation>
    </message>
    <message>
        <location line="-30"/>
        <source> (not saved in the knowledge graph)</source>
        <translation>（未保存到知识图谱）</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Models for &lt;b&gt;%1&lt;/b&gt;: %2 RAM, %3 Flash, sensors: %4; needs on %5</source>
        <translation>适用于 &lt;b&gt;%1&lt;/b&gt; 的模型：%2 RAM，%3 Flash，传感器：%4；按 %5 上的需求</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1 of %2 models fit; %3 shown</source>
        <translation>%2 个模型中有 %1 个适配；显示 %3 个</translation>
    </message>
</context>
<context>
    <name>tinyml::gui::ModelsForTaskView</name>
    <message>
        <location filename="../app/gui/modelsfortask/ModelsForTaskView.cpp" line="+25"/>
        <source>e.g. keyword spotting, person, gesture</source>
        <translation>例如 keyword spotting, person, gesture</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+9"/>
        <location line="+5"/>
        <source>Any</source>
        <translation>任意</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>words in the training data set&apos;s address</source>
        <translation>训练数据集地址中的词语</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Task:</source>
        <translation>任务(&amp;T)：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Category:</source>
        <translation>类别(&amp;C)：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Metric:</source>
        <translation>指标(&amp;M)：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Sensor:</source>
        <translation>传感器(&amp;S)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Training &amp;data:</source>
        <translation>训练数据(&amp;D)：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Models for the task</source>
        <translation>适用于该任务的模型</translation>
    </message>
    <message numerus="yes">
        <location line="+37"/>
        <source>%n model(s) match.</source>
        <translation>
            <numerusform>找到 %n 个符合条件的模型。</numerusform>
        </translation>
    </message>
    <message>
        <location line="-88"/>
        <source>Searched in the name, description, category, training data and sensors; the field&apos;s names for a task count alike (KWS, wake word, keyword spotting).</source>
        <translation>在名称、描述、类别、训练数据和传感器中搜索；同一任务在该领域的常用名称视为相同（KWS、wake word、keyword spotting）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Best match first</source>
        <translation>最佳匹配优先(&amp;B)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Order the models by how well they match the task</source>
        <translation>按与任务的匹配程度排列模型</translation>
    </message>
</context>
<context>
    <name>tinyml::gui::QueryResultExport</name>
    <message>
        <location filename="../app/gui/console/QueryResultExport.cpp" line="+15"/>
        <source>SPARQL results as CSV (*.csv)</source>
        <translation>SPARQL 结果 CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SPARQL results as TSV (*.tsv)</source>
        <translation>SPARQL 结果 TSV 文件 (*.tsv)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SPARQL results as JSON (*.json *.srj)</source>
        <translation>SPARQL 结果 JSON 文件 (*.json *.srj)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export results</source>
        <translation>导出结果</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Results exported to %1</source>
        <translation>结果已导出到 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The results could not be exported to %1: %2</source>
        <translation>无法将结果导出到 %1：%2</translation>
    </message>
</context>
<context>
    <name>tinyml::gui::ServerController</name>
    <message>
        <location filename="../app/gui/server/ServerController.cpp" line="+34"/>
        <source>Connecting to %1…</source>
        <translation>正在连接到 %1…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Push to SPARQL server</source>
        <translation>推送到 SPARQL 服务器</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The password was not saved in the keyring (%1); it is used for this session only.</source>
        <translation>密码未保存到密钥环（%1）；仅在本次会话中使用。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No password or token for %1 in the keyring: enter it in the connection dialog.</source>
        <translation>密钥环中没有 %1 的密码或令牌：请在连接对话框中输入。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The keyring could not be read (%1): enter the password or token in the connection dialog.</source>
        <translation>无法读取密钥环（%1）：请在连接对话框中输入密码或令牌。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Pushing the knowledge graph to %1…</source>
        <translation>正在将知识图谱推送到 %1…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop pushing</source>
        <translation>停止推送</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The knowledge graph was pushed to %1.</source>
        <translation>知识图谱已推送到 %1。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing was pushed to %1; its graph is as it was: %2</source>
        <translation>未向 %1 推送任何内容；其图谱保持不变：%2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The server %1 could not be opened: %2</source>
        <translation>无法打开服务器 %1：%2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Untrusted certificate</source>
        <translation>不受信任的证书</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server&apos;s certificate is not trusted:

%1

Trust this certificate from now on? Compare its SHA-256 fingerprint with the one the server&apos;s administrator gives you:
%2</source>
        <translation>服务器的证书不受信任：

%1

是否从现在起信任此证书？请将其 SHA-256 指纹与服务器管理员提供的指纹进行比对：
%2</translation>
    </message>
</context>
<context>
    <name>tinyml::gui::ServerDialog</name>
    <message>
        <location filename="../app/gui/server/ServerDialog.cpp" line="+33"/>
        <source>Connect to SPARQL server</source>
        <translation>连接到 SPARQL 服务器</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the query endpoint</source>
        <translation>与查询端点相同</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none: bulk transfers use SPARQL Update</source>
        <translation>无：批量传输使用 SPARQL Update</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User name and password (basic or digest)</source>
        <translation>用户名和密码（Basic 或 Digest）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bearer token</source>
        <translation>Bearer 令牌</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>from the keyring when left empty</source>
        <translation>留空则从密钥环读取</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Remember it in the desktop keyring</source>
        <translation>保存到桌面密钥环(&amp;R)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>SHA-256 fingerprint of a certificate to trust</source>
        <translation>要信任的证书的 SHA-256 指纹</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Query endpoint:</source>
        <translation>查询端点(&amp;Q)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Update endpoint:</source>
        <translation>更新端点(&amp;U)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Graph &amp;Store endpoint:</source>
        <translation>Graph Store 端点(&amp;S)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Graph:</source>
        <translation>图(&amp;G)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Authentication:</source>
        <translation>身份验证(&amp;A)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User &amp;name:</source>
        <translation>用户名(&amp;N)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password or token:</source>
        <translation>密码或令牌(&amp;P)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Trusted certificate:</source>
        <translation>受信任的证书(&amp;T)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Connect</source>
        <translation>连接(&amp;C)</translation>
    </message>
</context>
<context>
    <name>tinyml::gui::SettingsDialog</name>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="+21"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Store folder</source>
        <translation>存储库文件夹</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Default</source>
        <translation>默认(&amp;D)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>kB (1000 bytes, as the ontology)</source>
        <translation>kB（1000 字节，与本体一致）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>KiB (1024 bytes)</source>
        <translation>KiB（1024 字节）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bytes</source>
        <translation>字节</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>System language</source>
        <translation>系统语言</translation>
    </message>
    <message>
        <location line="+9"/>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No limit</source>
        <translation>无限制</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A SPARQL console query that runs longer is stopped</source>
        <translation>运行时间超过此限制的 SPARQL 控制台查询将被停止</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Store folder:</source>
        <translation>存储库文件夹(&amp;S)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Memory unit:</source>
        <translation>容量单位(&amp;M)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Query time limit:</source>
        <translation>查询时间限制(&amp;Q)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new language applies at the next start.</source>
        <translation>新语言将在下次启动时生效。</translation>
    </message>
</context>
<context>
    <name>tinyml::gui::SparqlConsole</name>
    <message>
        <location filename="../app/gui/console/SparqlConsole.cpp" line="+31"/>
        <source>Example queries</source>
        <translation>示例查询</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Examples…</source>
        <translation>示例…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case 1: which boards can run a model</source>
        <translation>案例 1：哪些开发板可以运行某个模型</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Case 2: which models run on a board</source>
        <translation>案例 2：哪些模型可以在某个开发板上运行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case 3: which models do a task, benchmarked</source>
        <translation>案例 3：哪些模型可以完成某项任务（含基准测试结果）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What runs where: each board&apos;s deployed model</source>
        <translation>何处运行什么：每块开发板上部署的模型</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Queries run before</source>
        <translation>之前运行过的查询</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>SPARQL query</source>
        <translation>SPARQL 查询</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SELECT ?s ?p ?o WHERE { ?s ?p ?o } LIMIT 100</source>
        <translation>SELECT ?s ?p ?o WHERE { ?s ?p ?o } LIMIT 100</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Run</source>
        <translation>运行(&amp;R)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run the query (Ctrl+Return)</source>
        <translation>运行查询 (Ctrl+Return)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Stop</source>
        <translation>停止(&amp;S)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop the running query (Esc)</source>
        <translation>停止正在运行的查询 (Esc)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Query results</source>
        <translation>查询结果</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>E&amp;xport results…</source>
        <translation>导出结果(&amp;X)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the results as SPARQL CSV, TSV or JSON</source>
        <translation>将结果保存为 SPARQL CSV、TSV 或 JSON</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>History…</source>
        <translation>历史记录…</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Stopping…</source>
        <translation>正在停止…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Running…</source>
        <translation>正在运行…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 ms</source>
        <translation>%1 毫秒</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stopped after %1.</source>
        <translation>已在 %1 后停止。</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>The query ran longer than the time limit of %n s and was stopped.</source>
        <translation>
            <numerusform>查询运行时间超过了 %n 秒的时间限制，已被停止。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Error:</source>
        <translation>错误：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the query failed</source>
        <translation>查询失败</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Answer: %1 (%2)</source>
        <translation>答案：%1（%2）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n triple(s) in %1</source>
        <translation>
            <numerusform>%n 个三元组，用时 %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n row(s) in %1</source>
        <translation>
            <numerusform>%n 行，用时 %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tinyml::kg::BoardChecks</name>
    <message>
        <location filename="../libkg/kg/BoardDescriber.cpp" line="+37"/>
        <source>the board needs a name</source>
        <translation>开发板需要名称</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>RAM must be more than 0 kB</source>
        <translation>RAM 必须大于 0 kB</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Flash must be more than 0 kB</source>
        <translation>Flash 必须大于 0 kB</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown runtime &apos;%1&apos; (known: %2)</source>
        <translation>未知的运行时“%1”（已知：%2）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unknown sensor class &apos;%1&apos; (known: %2)</source>
        <translation>未知的传感器类别“%1”（已知：%2）</translation>
    </message>
</context>
<context>
    <name>tinyml::kg::KnowledgeGraph</name>
    <message>
        <location filename="../libkg/kg/KnowledgeGraph.cpp" line="+69"/>
        <source>import cancelled: nothing was added</source>
        <translation>导入已取消：未添加任何内容</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>%1: already in the graph (sha256 %2)</source>
        <translation>%1：已在知识图谱中（sha256 %2）</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: same file as %2 (sha256 %3)</source>
        <translation>%1：与 %2 是同一文件（sha256 %3）</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>no such file</source>
        <translation>文件不存在</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>%1: unknown RDF format (use .ttl or .nt)</source>
        <translation>%1：未知的 RDF 格式（请使用 .ttl 或 .nt）</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>%1: not in the knowledge graph</source>
        <translation>%1：不在知识图谱中</translation>
    </message>
    <message>
        <location filename="../libkg/kg/KnowledgeGraphModels.cpp" line="+76"/>
        <source>the model needs a name</source>
        <translation>模型需要一个名称</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unknown sensor &apos;%1&apos; (one of %2)</source>
        <translation>未知传感器 &apos;%1&apos;（应为 %2 之一）</translation>
    </message>
</context>
<context>
    <name>tinyml::kg::ModelFields</name>
    <message>
        <location filename="../app/gui/import/ModelUpdatesDialog.cpp" line="-10"/>
        <location line="+1"/>
        <location filename="../libkg/kg/ModelFacts.cpp" line="+306"/>
        <location line="+1"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../libkg/kg/KnowledgeGraphModels.cpp" line="+17"/>
        <location filename="../libkg/kg/ModelFacts.cpp" line="-152"/>
        <source>%1: no model of the knowledge graph</source>
        <translation>%1：不是知识图谱中的模型</translation>
    </message>
    <message>
        <location filename="../libkg/kg/ModelFacts.cpp" line="+124"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sensors</source>
        <translation>传感器</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sensor note</source>
        <translation>传感器备注</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Metric value</source>
        <translation>指标值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training data</source>
        <translation>训练数据</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Creator</source>
        <translation>创建者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Citation</source>
        <translation>引用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code repository</source>
        <translation>代码仓库</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Input means</source>
        <translation>输入含义</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Output means</source>
        <translation>输出含义</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Runtime platform</source>
        <translation>运行时平台</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: %2 → %3</source>
        <translation>%1：%2 → %3</translation>
    </message>
</context>
<context>
    <name>tinyml::kg::OpeningChecks</name>
    <message>
        <location filename="../libkg/kg/GraphOpening.cpp" line="+68"/>
        <source>cannot copy the seed file %1 to %2</source>
        <translation>无法将初始数据文件 %1 复制到 %2</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>cannot make a temporary folder for the seed data: %1</source>
        <translation>无法为初始数据创建临时文件夹：%1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the seed data holds no ontology or no boards</source>
        <translation>初始数据中没有本体或没有开发板</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot add the ontology and the boards: %1</source>
        <translation>无法添加本体和开发板：%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot read the demo models&apos; sheet: %1</source>
        <translation>无法读取演示模型的表格：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot add the demo models: %1</source>
        <translation>无法添加演示模型：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>created %1 with the ontology, %2 boards and %3 demonstration models</source>
        <translation>已创建 %1，包含本体、%2 个开发板和 %3 个演示模型</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: cannot create the store: this program carries no seed data (%2: ontology, boards and demo models; it is built into executables that link tinyml_seed_resources)</source>
        <translation>%1：无法创建存储库：本程序不含初始数据（%2：本体、开发板和演示模型；它们内置于链接 tinyml_seed_resources 的可执行文件中）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: cannot create the store folder</source>
        <translation>%1：无法创建存储库文件夹</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1: an earlier creation of the store was cut off; creating it again</source>
        <translation>%1：之前创建存储库的过程被中断；正在重新创建</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: cannot write in the store folder: %2</source>
        <translation>%1：无法写入存储库文件夹：%2</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>%1: cannot create the store, so it was removed again: %2</source>
        <translation>%1：无法创建存储库，已将其删除：%2</translation>
    </message>
</context>
<context>
    <name>tinyml::kg::SensorSuggestions</name>
    <message>
        <location filename="../libkg/kg/SensorSuggestions.cpp" line="+103"/>
        <location line="+8"/>
        <source>its name or description says “%1”</source>
        <translation>其名称或描述中有“%1”</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>its labels are spoken words (%1)</source>
        <translation>其标签是口语单词（%1）</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>its input %1 is a window of %2 samples of %3 motion axes</source>
        <translation>其输入 %1 是 %3 个运动轴上 %2 个采样的窗口</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>its input %1 is an image</source>
        <translation>其输入 %1 是图像</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>its input %1 looks like audio features (%2 frames of %3 coefficients)</source>
        <translation>其输入 %1 看起来是音频特征（%2 帧，每帧 %3 个系数）</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>its input of %1 values is 49 frames of %2 audio features (1 s of audio, flattened)</source>
        <translation>其 %1 个值的输入是 49 帧、每帧 %2 个音频特征（1 秒音频，已展平）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>its input is a window of %1 samples, as raw audio is</source>
        <translation>其输入是 %1 个采样的窗口，与原始音频相同</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>its input of %1 values could be %2 samples of 6 motion axes, flattened</source>
        <translation>其 %1 个值的输入可能是 6 个运动轴上的 %2 个采样（已展平）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>its input of %1 values could be %2 samples of 3 motion axes, flattened</source>
        <translation>其 %1 个值的输入可能是 3 个运动轴上的 %2 个采样（已展平）</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>tinyml::kg::SheetChecks</name>
    <message>
        <location filename="../libkg/kg/ModelInfoSheet.cpp" line="+82"/>
        <source>%1: the sheet is empty</source>
        <translation>%1：元数据表为空</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1: line 1: no Name column</source>
        <translation>%1：第 1 行：没有 Name 列</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1: line %2: %3</source>
        <translation>%1：第 %2 行：%3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the Name cell is empty</source>
        <translation>Name 单元格为空</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>unknown sensor &apos;%1&apos; (a code 0-5 or a sensor class such as GasSensor)</source>
        <translation>未知的传感器“%1”（应为代码 0-5 或传感器类别，例如 GasSensor）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>unknown metric code &apos;%1&apos; (0-2)</source>
        <translation>未知的指标代码“%1”（0-2）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>metric_value &apos;%1&apos; is not a number</source>
        <translation>metric_value“%1”不是数字</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>metric_value &apos;%1&apos; is not an accuracy in percent (0-100)</source>
        <translation>metric_value“%1”不是以百分比表示的准确率（0-100）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unknown category code &apos;%1&apos; (0-4)</source>
        <translation>未知的类别代码“%1”（0-4）</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1: line %2: no model file for &apos;%3&apos; (looked for %4 and models/%4)</source>
        <translation>%1：第 %2 行：找不到“%3”的模型文件（查找了 %4 和 models/%4）</translation>
    </message>
</context>
<context>
    <name>tinyml::kg::ThingDescriptionChecks</name>
    <message>
        <location filename="../libkg/kg/ThingDescriptionJson.cpp" line="+103"/>
        <source>id &apos;%1&apos; is not an absolute IRI; the Thing was named %2</source>
        <translation>id“%1”不是绝对 IRI；该 Thing 被命名为 %2</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&apos;%1&apos; is not mapped; left out</source>
        <translation>“%1”未映射；已略过</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unknown member &apos;%1&apos; skipped</source>
        <translation>已跳过未知成员“%1”</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>%1s: &apos;%2&apos; is not a language tag; skipped</source>
        <translation>%1s：“%2”不是语言标记；已跳过</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>unknown sensor class &apos;%1&apos; skipped</source>
        <translation>已跳过未知的传感器类别“%1”</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>tinyml:%1 is not understood (or has the wrong type); skipped</source>
        <translation>无法理解 tinyml:%1（或其类型错误）；已跳过</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&apos;%1&apos; is not an object; skipped</source>
        <translation>“%1”不是对象；已跳过</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>%1: not valid JSON at offset %2 (%3)</source>
        <translation>%1：偏移量 %2 处的 JSON 无效（%3）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: a Thing Description is a JSON object</source>
        <translation>%1：Thing Description 必须是 JSON 对象</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>@context (naming https://www.w3.org/2022/wot/td/v1.1 or .../2019/wot/td/v1)</source>
        <translation>@context（指向 https://www.w3.org/2022/wot/td/v1.1 或 .../2019/wot/td/v1）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: not a Thing Description: missing %2</source>
        <translation>%1：不是 Thing Description：缺少 %2</translation>
    </message>
</context>
<context>
    <name>tinyml::store::JournalChecks</name>
    <message>
        <location filename="../libkg/store/redland/StoreJournal.cpp" line="+73"/>
        <source>%1: cannot create the store folder</source>
        <translation>%1：无法创建存储库文件夹</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>%1: the store is open in another process (%2, pid %3)</source>
        <translation>%1：存储库已在另一个进程中打开（%2，PID %3）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: cannot lock the store folder (is it writable?)</source>
        <translation>%1：无法锁定存储库文件夹（是否可写？）</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>%1: cannot cut off an interrupted transaction (%2)</source>
        <translation>%1：无法截去中断的事务（%2）</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1: cannot record the change (%2)</source>
        <translation>%1：无法记录更改（%2）</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1: cannot empty the journal (%2)</source>
        <translation>%1：无法清空日志（%2）</translation>
    </message>
</context>
</TS>
