<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AcceleratorComparison</name>
    <message>
        <source>Each accelerator in the catalog sized for the same demand and service level, in whole servers, at its cheapest setup: your price for your chip, catalog prices for the rest. Cheapest first; chips that cannot serve it are listed below with why. Yours is highlighted.</source>
        <translation>目录中每种加速卡都按相同的需求和服务水平配置（以整台服务器计），取其最便宜的配置：您的加速卡用您的价格，其余用目录价格。最便宜的排在最前；无法满足需求的加速卡列在下方并注明原因。您的加速卡以高亮显示。</translation>
    </message>
    <message>
        <source>{symbol} per {case}</source>
        <translation>{symbol}/每件{case}</translation>
    </message>
    <message>
        <source>No {cases} a day to size the accelerators for.</source>
        <translation>每日{cases}量为零，无法为加速卡确定规模。</translation>
    </message>
    <message>
        <source>Bars: each at the operating point that follows the load.</source>
        <translation>各条形均取随负载变化的工作点。</translation>
    </message>
    <message>
        <source>Cheapest: {name} at {cost} per {case}.</source>
        <translation>最便宜：{name}，每件{case} {cost}。</translation>
    </message>
    <message>
        <source>Off the scale: {names}.</source>
        <translation>超出刻度：{names}。</translation>
    </message>
    <message>
        <source>Your accelerator cannot serve this demand: {why}.</source>
        <translation>您的加速卡无法满足此需求：{why}。</translation>
    </message>
    <message>
        <source> and {count} more (hover for why)</source>
        <translation> 及另外 {count} 种（悬停查看原因）</translation>
    </message>
    <message>
        <source>Cannot serve it: {names}{more}.</source>
        <translation>无法满足：{names}{more}。</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>About the scenario file</source>
        <translation>关于场景文件</translation>
    </message>
</context>
<context>
    <name>Autosave</name>
    <message>
        <source>an unknown time</source>
        <translation>未知时间</translation>
    </message>
    <message>
        <source>an unsaved scenario</source>
        <translation>未保存的场景</translation>
    </message>
    <message>
        <source>was editing {name}</source>
        <translation>正在编辑 {name}</translation>
    </message>
    <message>
        <source>“{name}” ({where}), autosaved {when}</source>
        <translation>“{name}”（{where}），自动保存于 {when}</translation>
    </message>
    <message>
        <source>Save the recovered scenario as</source>
        <translation>将恢复的场景另存为</translation>
    </message>
    <message>
        <source>Could not save the recovered scenario</source>
        <translation>无法保存恢复的场景</translation>
    </message>
    <message>
        <source>Some autosaved work could not be read</source>
        <translation>部分自动保存的内容无法读取</translation>
    </message>
    <message>
        <source>These autosave files could not be read and were kept aside (not deleted):</source>
        <translation>以下自动保存文件无法读取，已另行保留（未删除）：</translation>
    </message>
    <message>
        <source>Restore unsaved changes?</source>
        <translation>恢复未保存的更改？</translation>
    </message>
    <message>
        <source>Inferonomics did not close normally last time. Restore the unsaved changes of {what}?</source>
        <translation>Inferonomics 上次未正常关闭。是否恢复 {what} 的未保存更改？</translation>
    </message>
    <message>
        <source>Could not restore the scenario</source>
        <translation>无法恢复场景</translation>
    </message>
    <message>
        <source>More unsaved changes</source>
        <translation>更多未保存的更改</translation>
    </message>
    <message>
        <source>Another scenario was recovered too: {what}. This window shows the one restored first. Save this one to a file so it is not lost?</source>
        <translation>另一个场景也已恢复：{what}。此窗口显示的是最先恢复的场景。是否将这个场景保存到文件，以免丢失？</translation>
    </message>
</context>
<context>
    <name>BenchmarkSetupDialog</name>
    <message>
        <source>Benchmark set-up</source>
        <translation>基准测试设置</translation>
    </message>
    <message>
        <source>{file} does not say which hardware ran it. Predict it as:</source>
        <translation>{file} 没有说明运行它的硬件。按以下设置预测：</translation>
    </message>
    <message>
        <source>Accelerator</source>
        <translation>加速卡</translation>
    </message>
    <message>
        <source>Accelerators</source>
        <translation>加速卡</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>Serving stack</source>
        <translation>推理框架</translation>
    </message>
</context>
<context>
    <name>Bottleneck</name>
    <message>
        <source>memory bandwidth</source>
        <translation>内存带宽</translation>
    </message>
    <message>
        <source>compute</source>
        <translation>算力</translation>
    </message>
    <message>
        <source>communication</source>
        <translation>通信</translation>
    </message>
    <message>
        <source>memory capacity</source>
        <translation>内存容量</translation>
    </message>
    <message>
        <source>scheduling overhead</source>
        <translation>调度开销</translation>
    </message>
    <message>
        <source>does not fit</source>
        <translation>放不下</translation>
    </message>
</context>
<context>
    <name>BreakEvenView</name>
    <message>
        <source>Your own price…</source>
        <translation>自定义价格…</translation>
    </message>
    <message>
        <source>API price:</source>
        <translation>API 价格：</translation>
    </message>
    <message>
        <source>Price per million input tokens, in the scenario&apos;s currency</source>
        <translation>每百万输入 Token 的价格（场景货币）</translation>
    </message>
    <message>
        <source>per M in</source>
        <translation>每百万输入</translation>
    </message>
    <message>
        <source>Price per million output tokens, in the scenario&apos;s currency</source>
        <translation>每百万输出 Token 的价格（场景货币）</translation>
    </message>
    <message>
        <source>per M out</source>
        <translation>每百万输出</translation>
    </message>
    <message>
        <source>{cases} per month</source>
        <translation>每月{cases}量</translation>
    </message>
    <message>
        <source>cost per month</source>
        <translation>每月成本</translation>
    </message>
    <message>
        <source>Buy (own)</source>
        <translation>购买（自有）</translation>
    </message>
    <message>
        <source>Rent</source>
        <translation>租用</translation>
    </message>
    <message>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <source>model maker&apos;s API</source>
        <translation>模型厂商 API</translation>
    </message>
    <message>
        <source>hosted open model</source>
        <translation>托管的开源模型</translation>
    </message>
    <message>
        <source>closed model, not this one</source>
        <translation>闭源模型，非本模型</translation>
    </message>
    <message>
        <source>maker&apos;s successor model, not this one</source>
        <translation>厂商的后继模型，并非本模型</translation>
    </message>
    <message>
        <source>, unverified</source>
        <translation>，未核实</translation>
    </message>
    <message>
        <source>, withdrawn {date}</source>
        <translation>，已于 {date} 下架</translation>
    </message>
    <message>
        <source>{provider} — {input}/{output} {currency} per M ({kind}, {date}{checked})</source>
        <translation>{provider} — 每百万 {input}/{output} {currency}（{kind}，{date}{checked}）</translation>
    </message>
    <message>
        <source>date unknown</source>
        <translation>日期不详</translation>
    </message>
    <message>
        <source>No comparison: {error}</source>
        <translation>无法比较：{error}</translation>
    </message>
    <message>
        <source> ({cost} off-peak, {hours} UTC)</source>
        <translation>（闲时 {cost}，UTC {hours}）</translation>
    </message>
    <message>
        <source>Through the API: {api} per {case}{off_peak}; your fleet is over capacity at this load. </source>
        <translation>通过 API：每件{case} {api}{off_peak}；在此负载下您的集群已超出容量。</translation>
    </message>
    <message>
        <source>Through the API: {api} per {case}{off_peak}; your fleet: {own} at {served} {cases} a day. </source>
        <translation>通过 API：每件{case} {api}{off_peak}；您的集群：每日 {served} 件{cases}时为 {own}。</translation>
    </message>
    <message>
        <source>Through the API: {api} per {case}{off_peak}. </source>
        <translation>通过 API：每件{case} {api}{off_peak}。</translation>
    </message>
    <message>
        <source>Break-even at {volume} {cases} a day ({monthly} a month): </source>
        <translation>盈亏平衡点为每日 {volume} 件{cases}（每月 {monthly} 件）：</translation>
    </message>
    <message>
        <source>No lines: the fleet serves nothing.</source>
        <translation>无曲线：集群没有处理任何业务。</translation>
    </message>
    <message>
        <source>Buying meets the API at {volume} {cases} a month</source>
        <translation>购买方案在每月 {volume} 件{cases}时与 API 持平</translation>
    </message>
    <message>
        <source>Renting meets the API at {volume} {cases} a month</source>
        <translation>租用方案在每月 {volume} 件{cases}时与 API 持平</translation>
    </message>
    <message>
        <source>No crossing in this range. </source>
        <translation>此范围内没有交点。</translation>
    </message>
    <message>
        <source>Dashed: your load. Beyond {monthly} a month (this fleet&apos;s capacity) the fleet grows in whole servers. API price: {source}.</source>
        <translation>虚线：您的负载。超过每月 {monthly} 件（本集群的产能）后，集群按整台服务器扩容。API 价格来源：{source}。</translation>
    </message>
    <message>
        <source>Dashed: your load. No fleet of this chip meets the service level: the fleet&apos;s lines are its cost at its best latency, one call at a time. API price: {source}.</source>
        <translation>虚线：您的负载。此芯片的任何集群都达不到服务水平：集群的成本线是它在最佳延迟（一次只处理一个调用）下的成本。API 价格：{source}。</translation>
    </message>
    <message>
        <source>yours</source>
        <translation>您输入的价格</translation>
    </message>
</context>
<context>
    <name>CaseName</name>
    <message>
        <source>claim</source>
        <translation>理赔</translation>
    </message>
    <message>
        <source>claims</source>
        <translation>理赔</translation>
    </message>
    <message>
        <source>ticket</source>
        <translation>工单</translation>
    </message>
    <message>
        <source>tickets</source>
        <translation>工单</translation>
    </message>
    <message>
        <source>report</source>
        <translation>报告</translation>
    </message>
    <message>
        <source>reports</source>
        <translation>报告</translation>
    </message>
    <message>
        <source>case</source>
        <translation>业务</translation>
    </message>
    <message>
        <source>cases</source>
        <translation>业务</translation>
    </message>
    <message>
        <source>request</source>
        <translation>请求</translation>
    </message>
    <message>
        <source>requests</source>
        <translation>请求</translation>
    </message>
    <message>
        <source>document</source>
        <translation>文档</translation>
    </message>
    <message>
        <source>documents</source>
        <translation>文档</translation>
    </message>
    <message>
        <source>conversation</source>
        <translation>对话</translation>
    </message>
    <message>
        <source>conversations</source>
        <translation>对话</translation>
    </message>
</context>
<context>
    <name>Chart</name>
    <message>
        <source>Latency vs concurrency</source>
        <translation>时延与并发</translation>
    </message>
    <message>
        <source>Memory per accelerator</source>
        <translation>每块加速卡的内存</translation>
    </message>
    <message>
        <source>Throughput per accelerator vs speed per user</source>
        <translation>每卡吞吐量与每用户速度</translation>
    </message>
    <message>
        <source>Cost per {case} on every accelerator, sized for the same demand</source>
        <translation>各加速卡的每件{case}成本（按相同需求配置）</translation>
    </message>
    <message>
        <source>Cost per {case} vs fleet size</source>
        <translation>每件{case}成本与集群规模</translation>
    </message>
    <message>
        <source>Throughput per CPU server vs speed per user</source>
        <translation>每台 CPU 服务器吞吐量与每用户速度</translation>
    </message>
    <message>
        <source>Memory per CPU server</source>
        <translation>每台 CPU 服务器的内存</translation>
    </message>
</context>
<context>
    <name>CliText</name>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source> — over capacity</source>
        <translation> — 超出产能</translation>
    </message>
    <message>
        <source> (rented, reserved: idle hours paid)</source>
        <translation>（租用，预留：空闲时段也计费）</translation>
    </message>
    <message>
        <source> (rented, on demand: busy hours only)</source>
        <translation>（租用，按需：仅繁忙时段计费）</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>场景</translation>
    </message>
    <message>
        <source>Hardware</source>
        <translation>硬件</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Fits in memory</source>
        <translation>内存放得下</translation>
    </message>
    <message>
        <source>Tensor parallel × replicas</source>
        <translation>张量并行 × 副本数</translation>
    </message>
    <message>
        <source>Memory used</source>
        <translation>内存占用</translation>
    </message>
    <message>
        <source>{Cases} per day (load)</source>
        <translation>每日{Cases}量（负载）</translation>
    </message>
    <message>
        <source>Load (average · peak hour)</source>
        <translation>负载（平均 · 高峰时段）</translation>
    </message>
    <message>
        <source>{Cases} a day served within the service level (busiest hour at the peak factor)</source>
        <translation>服务水平内每日可处理{Cases}量（高峰时段按高峰系数）</translation>
    </message>
    <message>
        <source>Servers needed for the busiest hour (you have)</source>
        <translation>高峰时段所需服务器（现有）</translation>
    </message>
    <message>
        <source>Flat out ({cases}/day)</source>
        <translation>满负荷（{cases}/日）</translation>
    </message>
    <message>
        <source>Calls in flight at the operating point (memory allows)</source>
        <translation>工作点的在途调用数（内存上限）</translation>
    </message>
    <message>
        <source>Output tokens/s (fleet)</source>
        <translation>输出 Token/秒（集群）</translation>
    </message>
    <message>
        <source>Output tokens/s per accelerator</source>
        <translation>每卡输出 Token/秒</translation>
    </message>
    <message>
        <source>Time to first token</source>
        <translation>首 Token 时延</translation>
    </message>
    <message>
        <source>Time per output token</source>
        <translation>每个输出 Token 耗时</translation>
    </message>
    <message>
        <source>Time per {case}</source>
        <translation>每件{case}耗时</translation>
    </message>
    <message>
        <source>Cost per {case} (this fleet, over capacity)</source>
        <translation>每件{case}成本（本集群，超出产能）</translation>
    </message>
    <message>
        <source>Cost per {case}</source>
        <translation>每件{case}成本</translation>
    </message>
    <message>
        <source>Fleet cost per day</source>
        <translation>集群每日成本</translation>
    </message>
    <message>
        <source>Cost per million output tokens</source>
        <translation>每百万输出 Token 成本</translation>
    </message>
    <message>
        <source>Fleet cost per hour</source>
        <translation>集群每小时成本</translation>
    </message>
    <message>
        <source>Meets the service level</source>
        <translation>满足服务水平</translation>
    </message>
    <message>
        <source>Bottleneck</source>
        <translation>瓶颈</translation>
    </message>
    <message>
        <source>warning: {text}</source>
        <translation>警告：{text}</translation>
    </message>
    <message>
        <source>your price</source>
        <translation>您的价格</translation>
    </message>
    <message>
        <source>Through an API ({provider}): {cost} per {case}; {note}.</source>
        <translation>通过 API（{provider}）：每件{case} {cost}；{note}。</translation>
    </message>
    <message>
        <source>time per {case}</source>
        <translation>每件{case}耗时</translation>
    </message>
    <message>
        <source>id</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>setting</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>measured</source>
        <translation>实测</translation>
    </message>
    <message>
        <source>predicted</source>
        <translation>预测</translation>
    </message>
    <message>
        <source>error</source>
        <translation>误差</translation>
    </message>
    <message>
        <source>median absolute error of output tokens/s: {median} (rows scored: {count}; within ±30%: {within})</source>
        <translation>输出 Token/秒 的绝对误差中位数：{median}（计分行数：{count}；±30% 以内：{within}）</translation>
    </message>
    <message>
        <source>; rows that could not be predicted, counted as 100% off: {count}</source>
        <translation>；无法预测、按 100% 误差计的行数：{count}</translation>
    </message>
    <message>
        <source>; rows without a measured throughput, not scored: {count}</source>
        <translation>；没有实测吞吐、不计分的行数：{count}</translation>
    </message>
    <message>
        <source>time to first token</source>
        <translation>首 Token 时延</translation>
    </message>
    <message>
        <source>median absolute error of {figure}: {median} (rows: {count})</source>
        <translation>{figure}的绝对误差中位数：{median}（行数：{count}）</translation>
    </message>
    <message>
        <source>{kind}: median {median} (rows scored: {count})</source>
        <translation>{kind}：中位数 {median}（计分行数：{count}）</translation>
    </message>
    <message>
        <source>leave-one-source-out (python -m core.calibrate): median {median}</source>
        <translation>留一来源交叉验证（python -m core.calibrate）：中位数 {median}</translation>
    </message>
    <message>
        <source>time per output token</source>
        <translation>每个输出 Token 耗时</translation>
    </message>
    <message>
        <source>Cheapest setups for {demand} {cases} a day (peak ×{peak})</source>
        <translation>每日 {demand} 件{cases}的最便宜配置（高峰 ×{peak}）</translation>
    </message>
    <message>
        <source>accelerator</source>
        <translation>加速卡</translation>
    </message>
    <message>
        <source>count</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>cost/{case}</source>
        <translation>成本/件</translation>
    </message>
    <message>
        <source>time/{case}</source>
        <translation>耗时/件</translation>
    </message>
    <message>
        <source>busy</source>
        <translation>繁忙</translation>
    </message>
    <message>
        <source>(no demand: give --cases-per-day)</source>
        <translation>（没有需求：请给出 --cases-per-day）</translation>
    </message>
    <message>
        <source>(no setup meets this demand and service level)</source>
        <translation>（没有配置能满足此需求和服务水平）</translation>
    </message>
    <message>
        <source>not possible on {accelerator}: {why}</source>
        <translation>{accelerator} 无法满足：{why}</translation>
    </message>
    <message>
        <source>{name}: {cost} per {case}, {time} per {case}</source>
        <translation>{name}：每件{case} {cost}，每件{case}耗时 {time}</translation>
    </message>
    <message>
        <source>{other} − {base}: {change} per {case}</source>
        <translation>{other} − {base}：每件{case} {change}</translation>
    </message>
    <message>
        <source>cost per {case}</source>
        <translation>每件{case}成本</translation>
    </message>
    <message>
        <source>{figure} (base {base}), inputs ±{swing} (whole numbers by at least one, full servers by whole servers):</source>
        <translation>{figure}（基准 {base}），各输入 ±{swing}（整数至少变动 1，整台服务器按整台变动）：</translation>
    </message>
    <message>
        <source>over capacity already: every figure is this fleet&apos;s alone, which cannot serve the demand</source>
        <translation>已超出容量：所有数字仅为本集群自身的结果，它无法满足该需求</translation>
    </message>
    <message>
        <source>low end beyond this fleet&apos;s capacity; no fleet size serves it</source>
        <translation>低端超出本集群容量；任何集群规模都无法满足</translation>
    </message>
    <message>
        <source>high end beyond this fleet&apos;s capacity; no fleet size serves it</source>
        <translation>高端超出本集群容量；任何集群规模都无法满足</translation>
    </message>
    <message>
        <source>low end beyond this fleet&apos;s capacity: {count} accelerators serve it</source>
        <translation>低端超出本集群容量：需 {count} 块加速卡</translation>
    </message>
    <message>
        <source>high end beyond this fleet&apos;s capacity: {count} accelerators serve it</source>
        <translation>高端超出本集群容量：需 {count} 块加速卡</translation>
    </message>
    <message>
        <source>Scenario</source>
        <comment>zh_CN</comment>
        <translation>场景</translation>
    </message>
    <message>
        <source>Accelerators:</source>
        <translation>加速卡：</translation>
    </message>
    <message>
        <source>Models:</source>
        <translation>模型：</translation>
    </message>
    <message>
        <source>{total}B total, {active}B active</source>
        <translation>共 {total}B，激活 {active}B</translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <source>Pin this scenario</source>
        <translation>固定此场景</translation>
    </message>
    <message>
        <source>Pin a file…</source>
        <translation>固定文件…</translation>
    </message>
    <message>
        <source>Pin an example</source>
        <translation>固定示例</translation>
    </message>
    <message>
        <source>Pin the planner&apos;s choice</source>
        <translation>固定规划器的选择</translation>
    </message>
    <message>
        <source>The setup selected in &quot;Cheapest setups for this demand&quot;</source>
        <translation>在“此需求的最便宜配置”中选中的配置</translation>
    </message>
    <message>
        <source>Baseline (A):</source>
        <translation>基准（A）：</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>取消固定</translation>
    </message>
    <message>
        <source>Cost per case</source>
        <translation>每件业务成本</translation>
    </message>
    <message>
        <source>Pin a scenario (the buttons above) to see what moves cost per {case} between it and the open one.</source>
        <translation>固定一个场景（上方按钮），即可查看它与当前场景之间每件{case}成本的变化原因。</translation>
    </message>
    <message>
        <source>What moves cost per {case} from A to the open scenario</source>
        <translation>从 A 到当前场景，每件{case}成本因何变化</translation>
    </message>
    <message>
        <source>Open (live)</source>
        <translation>当前（实时）</translation>
    </message>
    <message>
        <source>Time per case</source>
        <translation>每件业务耗时</translation>
    </message>
    <message>
        <source>Capital cost</source>
        <translation>资本支出</translation>
    </message>
    <message>
        <source>Cost per month</source>
        <translation>每月成本</translation>
    </message>
    <message>
        <source>Accelerators</source>
        <translation>加速卡数量</translation>
    </message>
    <message>
        <source>Accelerators for the peak</source>
        <translation>高峰所需加速卡</translation>
    </message>
    <message>
        <source>Within the service level, with the busiest hour at the peak factor times the average hour.</source>
        <translation>在服务水平内，且最繁忙时段的负载为平均时段的高峰系数倍。</translation>
    </message>
    <message>
        <source>no: the model does not fit</source>
        <translation>否：模型放不下</translation>
    </message>
    <message>
        <source>The article&apos;s claims</source>
        <translation>文章中的论断</translation>
    </message>
    <message>
        <source>What moves cost per case from A to the open scenario</source>
        <translation>从 A 到当前场景，每件业务成本因何变化</translation>
    </message>
    <message>
        <source>Each input&apos;s share of the change, averaged over every order of making the changes (Shapley): the bars sum to the change. Red raises, green lowers.</source>
        <translation>各输入在变化中所占的份额，按所有变更顺序取平均（Shapley 值）：各条形之和等于总变化。红色为增加，绿色为降低。</translation>
    </message>
    <message>
        <source>Not pinned: {error}</source>
        <translation>未固定：{error}</translation>
    </message>
    <message>
        <source>Pin a scenario file</source>
        <translation>固定场景文件</translation>
    </message>
    <message>
        <source>Scenarios (*.json)</source>
        <translation>场景 (*.json)</translation>
    </message>
    <message>
        <source>Show &quot;Cheapest setups for this demand&quot; (View menu) and select a setup first.</source>
        <translation>请先打开“此需求的最便宜配置”（视图菜单）并选择一个配置。</translation>
    </message>
    <message>
        <source>Serves the demand</source>
        <translation>能否满足需求</translation>
    </message>
    <message>
        <source>Open: {value}</source>
        <translation>当前：{value}</translation>
    </message>
    <message>
        <source> · lines: P10–P90</source>
        <translation> · 线段：P10–P90</translation>
    </message>
    <message>
        <source>A: {name}</source>
        <translation>A：{name}</translation>
    </message>
    <message>
        <source>B: open scenario</source>
        <translation>B：当前场景</translation>
    </message>
    <message>
        <source>: no input differs</source>
        <translation>：没有输入不同</translation>
    </message>
    <message>
        <source>. Red raises, green lowers.</source>
        <translation>。红色为增加，绿色为降低。</translation>
    </message>
    <message>
        <source>Accelerator</source>
        <translation>加速卡</translation>
    </message>
    <message>
        <source>Custom accelerator</source>
        <translation>自定义加速卡</translation>
    </message>
    <message>
        <source>Accelerators per server</source>
        <translation>每台服务器加速卡数</translation>
    </message>
    <message>
        <source>Scale-up link (GB/s per direction)</source>
        <translation>卡间互联（GB/s，单向）</translation>
    </message>
    <message>
        <source>Accelerators in the fleet</source>
        <translation>集群加速卡数</translation>
    </message>
    <message>
        <source>Buy or rent</source>
        <translation>购买或租用</translation>
    </message>
    <message>
        <source>Rent billing</source>
        <translation>租用计费方式</translation>
    </message>
    <message>
        <source>Price per accelerator ({currency})</source>
        <translation>每卡价格（{currency}）</translation>
    </message>
    <message>
        <source>Price per server ({currency})</source>
        <translation>每台服务器价格（{currency}）</translation>
    </message>
    <message>
        <source>Chassis per server ({currency})</source>
        <translation>每台服务器机箱（{currency}）</translation>
    </message>
    <message>
        <source>Rent per accelerator-hour ({currency})</source>
        <translation>每卡每小时租金（{currency}）</translation>
    </message>
    <message>
        <source>Electricity ({currency} per kWh)</source>
        <translation>电价（{currency}/千瓦时）</translation>
    </message>
    <message>
        <source>PUE</source>
        <translation>PUE</translation>
    </message>
    <message>
        <source>Server power (W)</source>
        <translation>服务器功耗（瓦）</translation>
    </message>
    <message>
        <source>Hosting per server ({currency} per year)</source>
        <translation>每台服务器托管费（{currency}/年）</translation>
    </message>
    <message>
        <source>Depreciation (years)</source>
        <translation>折旧年限（年）</translation>
    </message>
    <message>
        <source>Exchange rate (CNY per USD)</source>
        <translation>汇率（元/美元）</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Custom model</source>
        <translation>自定义模型</translation>
    </message>
    <message>
        <source>Model size (B parameters)</source>
        <translation>模型规模（十亿参数）</translation>
    </message>
    <message>
        <source>Weight precision</source>
        <translation>权重精度</translation>
    </message>
    <message>
        <source>KV-cache precision</source>
        <translation>KV 缓存精度</translation>
    </message>
    <message>
        <source>Calls per case</source>
        <translation>每件业务调用次数</translation>
    </message>
    <message>
        <source>Input tokens per call</source>
        <translation>每次调用输入 Token</translation>
    </message>
    <message>
        <source>Output tokens per call</source>
        <translation>每次调用输出 Token</translation>
    </message>
    <message>
        <source>Cases per day</source>
        <translation>每日业务量</translation>
    </message>
    <message>
        <source>Utilization</source>
        <translation>利用率</translation>
    </message>
    <message>
        <source>Load set by</source>
        <translation>负载依据</translation>
    </message>
    <message>
        <source>Peak factor (peak ÷ average hour)</source>
        <translation>峰值系数（高峰小时 ÷ 平均小时）</translation>
    </message>
    <message>
        <source>Service level</source>
        <translation>服务水平</translation>
    </message>
    <message>
        <source>Calls in flight</source>
        <translation>在途调用数</translation>
    </message>
    <message>
        <source>Tensor parallel</source>
        <translation>张量并行</translation>
    </message>
    <message>
        <source>Serving stack</source>
        <translation>推理框架</translation>
    </message>
    <message>
        <source>Calibration profile</source>
        <translation>校准配置</translation>
    </message>
    <message>
        <source>Buy</source>
        <translation>购买</translation>
    </message>
    <message>
        <source>Rent</source>
        <translation>租用</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>预留</translation>
    </message>
    <message>
        <source>On demand</source>
        <translation>按需</translation>
    </message>
    <message>
        <source>Auto</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>Flat out</source>
        <translation>满负荷</translation>
    </message>
    <message>
        <source>{case} ≤ {time}</source>
        <translation>每件{case} ≤ {time}</translation>
    </message>
    <message>
        <source>first token ≤ {time}</source>
        <translation>首 Token ≤ {time}</translation>
    </message>
    <message>
        <source>per token ≤ {time}</source>
        <translation>每 Token ≤ {time}</translation>
    </message>
    <message>
        <source>Catalog price</source>
        <translation>目录价</translation>
    </message>
    <message>
        <source>Catalog size</source>
        <translation>目录规模</translation>
    </message>
    <message>
        <source>custom: {name}</source>
        <translation>自定义：{name}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Cost per {case}</source>
        <translation>每件{case}成本</translation>
    </message>
    <message>
        <source>Time per {case}</source>
        <translation>每件{case}耗时</translation>
    </message>
    <message>
        <source>{Cases} per day served</source>
        <translation>每日处理{Cases}量</translation>
    </message>
    <message>
        <source>{Cases} per day it could serve</source>
        <translation>每日可处理{Cases}量</translation>
    </message>
    <message>
        <source>{name} (does not fit)</source>
        <translation>{name}（模型放不下）</translation>
    </message>
    <message>
        <source>{name} (no figure)</source>
        <translation>{name}（无数值）</translation>
    </message>
    <message>
        <source>no: over capacity</source>
        <translation>否：超出容量</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
</context>
<context>
    <name>ControlsPanel</name>
    <message>
        <source>Hardware</source>
        <translation>硬件</translation>
    </message>
    <message>
        <source>Accelerator type, grouped by vendor: memory per chip and memory bandwidth.</source>
        <translation>加速卡型号，按厂商分组：单卡内存和内存带宽。</translation>
    </message>
    <message>
        <source>Change accelerator</source>
        <translation>更换加速卡</translation>
    </message>
    <message>
        <source>Accelerator</source>
        <translation>加速卡</translation>
    </message>
    <message>
        <source>Change accelerator count</source>
        <translation>更改加速卡数量</translation>
    </message>
    <message>
        <source>How many accelerators the fleet has (1–512; the slider is logarithmic).</source>
        <translation>集群中加速卡的数量（1–512；滑块为对数刻度）。</translation>
    </message>
    <message>
        <source>Accelerators</source>
        <translation>加速卡数量</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>The model served; size in billions of parameters.</source>
        <translation>所部署的模型；规模以十亿参数计。</translation>
    </message>
    <message>
        <source>Change model</source>
        <translation>更换模型</translation>
    </message>
    <message>
        <source>Change model size</source>
        <translation>更改模型规模</translation>
    </message>
    <message>
        <source> B</source>
        <translation> B</translation>
    </message>
    <message>
        <source>Model size in billions of parameters: scales the chosen model&apos;s shape up or down.</source>
        <translation>模型规模（十亿参数）：按比例放大或缩小所选模型的结构。</translation>
    </message>
    <message>
        <source>Model size</source>
        <translation>模型规模</translation>
    </message>
    <message>
        <source>Reset to catalog size</source>
        <translation>恢复目录规模</translation>
    </message>
    <message>
        <source>Use the chosen model&apos;s real parameter count.</source>
        <translation>使用所选模型的实际参数量。</translation>
    </message>
    <message>
        <source>Reset model size</source>
        <translation>恢复模型规模</translation>
    </message>
    <message>
        <source>Number format of the weights: fewer bits = less memory, faster decode.</source>
        <translation>权重的数值格式：位数越少，占用内存越少，解码越快。</translation>
    </message>
    <message>
        <source>Number format of the KV cache: fewer bits = more requests in memory.</source>
        <translation>KV 缓存的数值格式：位数越少，内存中可容纳的请求越多。</translation>
    </message>
    <message>
        <source>Change weight precision</source>
        <translation>更改权重精度</translation>
    </message>
    <message>
        <source>Change KV-cache precision</source>
        <translation>更改 KV 缓存精度</translation>
    </message>
    <message>
        <source>Weight precision</source>
        <translation>权重精度</translation>
    </message>
    <message>
        <source>KV-cache precision</source>
        <translation>KV 缓存精度</translation>
    </message>
    <message>
        <source>Serving</source>
        <translation>推理服务</translation>
    </message>
    <message>
        <source>Inference server software; each has its own measured efficiency.</source>
        <translation>推理服务软件；每种都有各自实测的效率。</translation>
    </message>
    <message>
        <source>Change serving stack</source>
        <translation>更换推理框架</translation>
    </message>
    <message>
        <source>auto (leaves room for KV cache)</source>
        <translation>自动（为 KV 缓存留出空间）</translation>
    </message>
    <message>
        <source>Accelerators that share one copy of the model (tensor parallelism).</source>
        <translation>共同承载一份模型副本的加速卡数（张量并行）。</translation>
    </message>
    <message>
        <source>Change tensor parallelism</source>
        <translation>更改张量并行</translation>
    </message>
    <message>
        <source>Serving stack</source>
        <translation>推理框架</translation>
    </message>
    <message>
        <source>Tensor parallel</source>
        <translation>张量并行</translation>
    </message>
    <message>
        <source>CPU servers</source>
        <translation>CPU 服务器</translation>
    </message>
    <message>
        <source>Reset to catalog size ({size})</source>
        <translation>恢复目录规模（{size}）</translation>
    </message>
</context>
<context>
    <name>CostControls</name>
    <message>
        <source>Pricing</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>Buy — own the hardware</source>
        <translation>购买 — 自有硬件</translation>
    </message>
    <message>
        <source>Rent — cloud, per accelerator-hour</source>
        <translation>租用 — 云上，按卡时计费</translation>
    </message>
    <message>
        <source>Buy: the price depreciated over the years, plus power and hosting. Rent: a price per accelerator per hour, all included.</source>
        <translation>购买：价格按年限折旧，另加电费和托管费。租用：按每卡每小时计价，费用全包。</translation>
    </message>
    <message>
        <source>Buy or rent</source>
        <translation>购买或租用</translation>
    </message>
    <message>
        <source>Reserved — idle hours are paid</source>
        <translation>预留 — 空闲时段也计费</translation>
    </message>
    <message>
        <source>On demand — only busy hours are paid</source>
        <translation>按需 — 仅繁忙时段计费</translation>
    </message>
    <message>
        <source>Rented capacity: reserved instances cost every hour; on-demand capacity costs only the hours the fleet is busy (an ideal autoscaler).</source>
        <translation>租用的算力：预留实例每小时都计费；按需算力只在集群繁忙的时段计费（理想的自动扩缩容）。</translation>
    </message>
    <message>
        <source>Rental billing</source>
        <translation>租用计费方式</translation>
    </message>
    <message>
        <source>Rent billing</source>
        <translation>租用计费</translation>
    </message>
    <message>
        <source>Per server, chassis included</source>
        <translation>按服务器，含机箱</translation>
    </message>
    <message>
        <source>Per accelerator, plus the chassis</source>
        <translation>按加速卡，另加机箱</translation>
    </message>
    <message>
        <source>Enter the price of a whole server (what a quote for an 8-GPU server says), or the price of one accelerator plus the server&apos;s chassis, CPUs and network. Switching keeps the outlay the same.</source>
        <translation>输入整台服务器的价格（即 8 卡服务器报价单上的价格），或单块加速卡的价格加上服务器机箱、CPU 和网络的费用。切换时总投入保持不变。</translation>
    </message>
    <message>
        <source>Price entered</source>
        <translation>价格录入方式</translation>
    </message>
    <message>
        <source>Change price</source>
        <translation>更改价格</translation>
    </message>
    <message>
        <source>The price in the scenario&apos;s currency.</source>
        <translation>以场景货币计的价格。</translation>
    </message>
    <message>
        <source>Price per accelerator</source>
        <translation>每块加速卡价格</translation>
    </message>
    <message>
        <source>Catalog price</source>
        <translation>目录价</translation>
    </message>
    <message>
        <source>Use the catalog&apos;s price for this accelerator.</source>
        <translation>使用目录中此加速卡的价格。</translation>
    </message>
    <message>
        <source>Change chassis price</source>
        <translation>更改机箱价格</translation>
    </message>
    <message>
        <source>What a server adds around its accelerators (CPUs, memory, network cards, chassis), per server.</source>
        <translation>每台服务器在加速卡之外的部件费用（CPU、内存、网卡、机箱）。</translation>
    </message>
    <message>
        <source>Chassis per server</source>
        <translation>每台服务器机箱</translation>
    </message>
    <message>
        <source>The server price ({price}) is below the chassis ({chassis}): lower the chassis first.</source>
        <translation>服务器价格（{price}）低于机箱价格（{chassis}）：请先降低机箱价格。</translation>
    </message>
    <message>
        <source>Price entered per server or per accelerator</source>
        <translation>按服务器或按加速卡录入价格</translation>
    </message>
    <message>
        <source>Own price</source>
        <translation>自定价格</translation>
    </message>
    <message>
        <source> /h</source>
        <translation> /小时</translation>
    </message>
    <message>
        <source>Rent per accelerator-hour</source>
        <translation>每卡时租金</translation>
    </message>
    <message>
        <source>catalog: {price} per hour</source>
        <translation>目录价：每小时 {price}</translation>
    </message>
    <message>
        <source>Price per {count}-accelerator server</source>
        <translation>每台 {count} 卡服务器价格</translation>
    </message>
    <message>
        <source>≈ {price} per accelerator after a {chassis} chassis</source>
        <translation>扣除 {chassis} 机箱后，每块加速卡约 {price}</translation>
    </message>
    <message>
        <source>less than its {chassis} chassis: lower the chassis or raise the price</source>
        <translation>低于 {chassis} 的机箱价格：请降低机箱价格或提高总价</translation>
    </message>
    <message>
        <source>= {price} per {count}-accelerator server</source>
        <translation>= 每台 {count} 卡服务器 {price}</translation>
    </message>
    <message>
        <source> (catalog price)</source>
        <translation>（目录价）</translation>
    </message>
    <message>
        <source>The catalog has no price for this accelerator: enter one.</source>
        <translation>目录中没有此加速卡的价格：请输入一个价格。</translation>
    </message>
    <message>
        <source>per hour</source>
        <translation>每小时</translation>
    </message>
    <message>
        <source>per accelerator</source>
        <translation>每块加速卡</translation>
    </message>
    <message>
        <source>Catalog: {price} {unit} (as of {date}).</source>
        <translation>目录价：{unit} {price}（截至 {date}）。</translation>
    </message>
    <message>
        <source>an unstated date</source>
        <translation>未注明日期</translation>
    </message>
    <message>
        <source>Running costs</source>
        <translation>运营成本</translation>
    </message>
    <message>
        <source>Server power</source>
        <translation>服务器功耗</translation>
    </message>
    <message>
        <source> W</source>
        <translation> 瓦</translation>
    </message>
    <message>
        <source>Power a server draws beyond its accelerators (CPUs, memory, network, fans).</source>
        <translation>服务器在加速卡之外的功耗（CPU、内存、网络、风扇）。</translation>
    </message>
    <message>
        <source>Electricity</source>
        <translation>电价</translation>
    </message>
    <message>
        <source>Price of a kilowatt-hour, in the scenario&apos;s currency.</source>
        <translation>每千瓦时电价，以场景货币计。</translation>
    </message>
    <message>
        <source>PUE</source>
        <translation>PUE</translation>
    </message>
    <message>
        <source>Power usage effectiveness: facility power ÷ IT power (cooling, conversion).</source>
        <translation>电能利用效率：机房总功耗 ÷ IT 设备功耗（含制冷、变配电）。</translation>
    </message>
    <message>
        <source>Hosting per server</source>
        <translation>每台服务器托管费</translation>
    </message>
    <message>
        <source>Colocation or data-centre space per server, per month.</source>
        <translation>每台服务器每月的机柜托管或数据中心空间费用。</translation>
    </message>
    <message>
        <source>Depreciation</source>
        <translation>折旧年限</translation>
    </message>
    <message>
        <source> years</source>
        <translation> 年</translation>
    </message>
    <message>
        <source>Years over which the purchase is written off (straight line).</source>
        <translation>购置成本分摊的年限（直线折旧）。</translation>
    </message>
    <message>
        <source>Exchange rate</source>
        <translation>汇率</translation>
    </message>
    <message>
        <source> CNY/USD</source>
        <translation> 元/美元</translation>
    </message>
    <message>
        <source>Converts catalog prices (in USD) and switches the scenario between USD and CNY.</source>
        <translation>用于换算目录价格（美元），并在美元和人民币之间切换场景。</translation>
    </message>
    <message>
        <source>Change {setting}</source>
        <translation>更改{setting}</translation>
    </message>
    <message>
        <source> /kWh</source>
        <translation> /千瓦时</translation>
    </message>
    <message>
        <source> /month</source>
        <translation> /月</translation>
    </message>
</context>
<context>
    <name>CostVsGpus</name>
    <message>
        <source>Cost per case for the same demand on 1 to 512 accelerators of the chosen type, in whole servers. Fewer than the dashed line cannot serve the peak hour within the service level; more sit idle part of the day. Gaps: the model does not fit. The red dot is your scenario. Shading: the likely range (P10-P90) from the engine&apos;s error on published measurements it was not fitted to, relative as at your scenario.</source>
        <translation>相同需求下，使用 1 到 512 块所选加速卡（以整台服务器计）时的每件业务成本。少于虚线所示数量时，无法在服务水平内满足高峰时段；多于它时，一天中会有部分时间闲置。空缺处：模型放不下。红点是您的场景。阴影：可能区间（P10–P90），来自引擎在未参与拟合的公开实测数据上的误差，按您场景处的相对比例。</translation>
    </message>
    <message>
        <source>CPU servers (log scale)</source>
        <translation>CPU 服务器数量（对数刻度）</translation>
    </message>
    <message>
        <source>Accelerators (log scale)</source>
        <translation>加速卡数量（对数刻度）</translation>
    </message>
    <message>
        <source>Cost per {case} ({symbol})</source>
        <translation>每件{case}成本（{symbol}）</translation>
    </message>
    <message>
        <source>No {cases} a day: nothing to serve.</source>
        <translation>每日{cases}量为零：没有需要处理的业务。</translation>
    </message>
    <message>
        <source>No fleet up to {count} CPU servers meets this demand and service level.</source>
        <translation>不超过 {count} 台 CPU 服务器的集群都无法满足此需求和服务水平。</translation>
    </message>
    <message>
        <source>No fleet up to {count} meets this demand and service level.</source>
        <translation>不超过 {count} 块加速卡的集群都无法满足此需求和服务水平。</translation>
    </message>
    <message>
        <source>Dashed: demand met from {met}; cheapest at {cheapest}.</source>
        <translation>虚线：从 {met} 块起满足需求；{cheapest} 块时最便宜。</translation>
    </message>
</context>
<context>
    <name>CurrencyBar</name>
    <message>
        <source>Currency</source>
        <translation>货币</translation>
    </message>
    <message>
        <source>Prices of the open scenario in US dollars or Chinese yuan: switching converts every price once at the exchange rate (Ctrl+Z undoes it).</source>
        <translation>当前场景的价格以美元或人民币计：切换时按汇率将所有价格换算一次（Ctrl+Z 可撤销）。</translation>
    </message>
    <message>
        <source>at</source>
        <translation>汇率</translation>
    </message>
    <message>
        <source> CNY per USD</source>
        <translation> 元/美元</translation>
    </message>
    <message>
        <source>The exchange rate the scenario converts with (catalog prices are in USD).</source>
        <translation>场景换算所用的汇率（目录价格以美元计）。</translation>
    </message>
    <message>
        <source>as of</source>
        <translation>截至</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>When the exchange rate was read: a year and month, or a full date. Stored in the scenario and shown in the report.</source>
        <translation>汇率的读取日期：年月或完整日期。保存在场景中，并显示在报告里。</translation>
    </message>
    <message>
        <source>Switch the currency to {currency}</source>
        <translation>将货币切换为 {currency}</translation>
    </message>
    <message>
        <source>Change the exchange rate</source>
        <translation>更改汇率</translation>
    </message>
    <message>
        <source>Exchange rate date: give a year and month (2025-02) or a full date (2025-02-14).</source>
        <translation>汇率日期：请给出年月（2025-02）或完整日期（2025-02-14）。</translation>
    </message>
    <message>
        <source>Change the exchange rate date</source>
        <translation>更改汇率日期</translation>
    </message>
</context>
<context>
    <name>DecideDocks</name>
    <message>
        <source>Plan: {count} × {accelerator} {precision}</source>
        <translation>方案：{count} × {accelerator} {precision}</translation>
    </message>
    <message>
        <source>Compare scenarios</source>
        <translation>比较场景</translation>
    </message>
    <message>
        <source>Which input matters</source>
        <translation>哪些输入最关键</translation>
    </message>
    <message>
        <source>Own, rent or pay an API</source>
        <translation>自建、租用还是调用 API</translation>
    </message>
</context>
<context>
    <name>Document</name>
    <message>
        <source>Untitled scenario</source>
        <translation>未命名场景</translation>
    </message>
    <message>
        <source>Pin {name}</source>
        <translation>固定 {name}</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>取消固定</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>Could not write {path}: {error}</source>
        <translation>无法写入 {path}：{error}</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>已保存 {path}</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>导出报告</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export figures as CSV</source>
        <translation>将数字导出为 CSV</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG 矢量图 (*.svg)</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <source>Summary copied: paste it into an e-mail.</source>
        <translation>摘要已复制：可粘贴到邮件中。</translation>
    </message>
    <message>
        <source>Export chart as PNG…</source>
        <translation>将图表导出为 PNG…</translation>
    </message>
    <message>
        <source>Export chart as SVG…</source>
        <translation>将图表导出为 SVG…</translation>
    </message>
    <message>
        <source>Export chart data as CSV…</source>
        <translation>将图表数据导出为 CSV…</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <source>“{name}” has changes that are not saved. Save them first?</source>
        <translation>“{name}”有未保存的更改。先保存吗？</translation>
    </message>
    <message>
        <source>Open scenario</source>
        <translation>打开场景</translation>
    </message>
    <message>
        <source>Could not open the scenario</source>
        <translation>无法打开场景</translation>
    </message>
    <message>
        <source>About this file</source>
        <translation>关于此文件</translation>
    </message>
    <message>
        <source>Could not open the example</source>
        <translation>无法打开示例</translation>
    </message>
    <message>
        <source>Save scenario as</source>
        <translation>场景另存为</translation>
    </message>
    <message>
        <source>Could not save the scenario</source>
        <translation>无法保存场景</translation>
    </message>
    <message>
        <source>File changed on disk</source>
        <translation>磁盘上的文件已更改</translation>
    </message>
    <message>
        <source>“{name}” was changed on disk since it was opened here (by another program or window). Save anyway and replace those changes with this version?</source>
        <translation>“{name}”在此处打开后已在磁盘上被更改（被其他程序或窗口）。仍要保存并用此版本覆盖那些更改吗？</translation>
    </message>
    <message>
        <source>Inferonomics scenarios (*.inferonomics.json *.json);;All files (*)</source>
        <translation>Inferonomics 场景 (*.inferonomics.json *.json);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>The question</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>On the left you describe one business case (a claim, a ticket, a report): how many model calls it makes, how long they are, how many cases arrive a day and how fast each must be done. You also choose the hardware, the model and what you pay. Everything on the right follows at once.</source>
        <translation>在左侧描述一件业务（一件理赔、一张工单、一份报告）：它需要多少次模型调用、每次调用有多长、每天到达多少件，以及每件必须多快完成。您还可以选择硬件、模型和价格。右侧的所有内容随之即时更新。</translation>
    </message>
    <message>
        <source>Cost per case</source>
        <translation>每件业务成本</translation>
    </message>
    <message>
        <source>What one case costs: the fleet&apos;s cost per day (hardware written off over its years, power, hosting, or rent) divided by the cases it serves that day. The small range under it is where the true figure likely lies (P10–P90).</source>
        <translation>每件业务的成本：集群每日成本（硬件按年限折旧、电费、托管费，或租金）除以当天处理的业务量。下方的小区间是真实数字可能所在的范围（P10–P90）。</translation>
    </message>
    <message>
        <source>Time per case</source>
        <translation>每件业务耗时</translation>
    </message>
    <message>
        <source>How long one case takes at the busiest hour: its model calls run one after another, each waiting for its first word and then writing its answer.</source>
        <translation>高峰时段一件业务的耗时：其模型调用依次执行，每次先等待第一个字，再写出回答。</translation>
    </message>
    <message>
        <source>Throughput, cases per day, load</source>
        <translation>吞吐量、每日业务量、负载</translation>
    </message>
    <message>
        <source>How much the fleet produces, how many cases a day it can take within your time limits (its capacity), and how busy your demand keeps it. Over 100%: the fleet is too small, queues grow, and the card says what serving the demand would take.</source>
        <translation>集群的产出、在您的时限内每天能处理多少件业务（即产能），以及您的需求让它有多忙。超过 100%：集群太小，队列不断增长，卡片会说明满足需求需要什么。</translation>
    </message>
    <message>
        <source>Servers needed</source>
        <translation>所需服务器</translation>
    </message>
    <message>
        <source>How many whole servers the busiest hour&apos;s demand needs within your time limits, against the servers this fleet has. Red: the fleet is too small; the figure is what serving the demand would take.</source>
        <translation>在您的时限内满足高峰时段需求所需的整台服务器数量，并与当前集群拥有的服务器数对比。红色表示集群太小；数字为满足需求所需的规模。</translation>
    </message>
    <message>
        <source>What limits it</source>
        <translation>制约因素</translation>
    </message>
    <message>
        <source>What sets the pace right now, and so what would help: memory speed (faster memory or fewer bits per weight), compute (more FLOPS or a faster number format), links between chips (fewer chips per model copy), memory size (more or larger chips), or the serving software&apos;s fixed overhead per step.</source>
        <translation>当前决定速度的因素，以及什么能带来改善：内存速度（更快的内存或更少的权重位数）、算力（更多 FLOPS 或更快的数值格式）、芯片间互联（每个模型副本用更少的芯片）、内存容量（更多或更大内存的芯片），或推理软件每步的固定开销。</translation>
    </message>
    <message>
        <source>First token and time per token</source>
        <translation>首 Token 与每 Token 耗时</translation>
    </message>
    <message>
        <source>How long a call waits before the first word appears, and how fast the words come after that. These decide how responsive the service feels.</source>
        <translation>一次调用要等多久才出现第一个字，以及之后出字有多快。它们决定了服务给人的响应感受。</translation>
    </message>
    <message>
        <source>Memory fit and bottleneck</source>
        <translation>内存容纳与瓶颈</translation>
    </message>
    <message>
        <source>Whether the model fits on the accelerators at all, and what limits speed: moving data from memory, raw computing power, or fixed overheads.</source>
        <translation>模型能否放进加速卡，以及限制速度的因素：从内存搬运数据、原始算力，还是固定开销。</translation>
    </message>
    <message>
        <source>Chart: cost per case vs fleet size</source>
        <translation>图表：每件业务成本与集群规模</translation>
    </message>
    <message>
        <source>The same demand served by fleets of 1 to 512 accelerators. Left of the dashed line the fleet is too small for the busiest hour; further right it stands idle part of the day and each case costs more. The dot is your choice.</source>
        <translation>用 1 到 512 块加速卡的集群满足同样的需求。虚线左侧集群太小，无法应付高峰时段；越往右，集群一天中闲置的时间越多，每件业务的成本越高。圆点是您的选择。</translation>
    </message>
    <message>
        <source>Chart: throughput vs speed per user</source>
        <translation>图表：吞吐量与每用户速度</translation>
    </message>
    <message>
        <source>The trade-off of serving many calls at once: more calls in flight give more output per accelerator but slower answers for each user.</source>
        <translation>同时处理多个调用的取舍：在途调用越多，每块加速卡的产出越高，但每位用户得到回答越慢。</translation>
    </message>
    <message>
        <source>Chart: latency vs concurrency</source>
        <translation>图表：时延与并发</translation>
    </message>
    <message>
        <source>How waiting grows as more calls run at once: time to the first word, time per word and time per case. Dashed lines are your limits; the dots are where your load puts you.</source>
        <translation>同时运行的调用越多，等待如何增长：首字时间、每字时间和每件业务耗时。虚线是您的上限；圆点是您的负载所处的位置。</translation>
    </message>
    <message>
        <source>Chart: every accelerator at equal work</source>
        <translation>图表：同等工作量下的各加速卡</translation>
    </message>
    <message>
        <source>Each accelerator in the catalog sized to serve your demand within your limits, in whole servers, with what a case would cost on it. Chips that cannot do it say why.</source>
        <translation>目录中每种加速卡都按在您的上限内满足您的需求来配置（以整台服务器计），并给出每件业务的成本。做不到的芯片会说明原因。</translation>
    </message>
    <message>
        <source>Chart: memory per accelerator</source>
        <translation>图表：每块加速卡的内存</translation>
    </message>
    <message>
        <source>What fills each accelerator&apos;s memory: the model&apos;s weights, the working memory of the calls in flight (KV cache), what the serving software keeps back, and what is free.</source>
        <translation>每块加速卡的内存被什么占用：模型权重、在途调用的工作内存（KV 缓存）、推理软件的预留，以及空闲部分。</translation>
    </message>
    <message>
        <source>Compare scenarios (View menu)</source>
        <translation>比较场景（视图菜单）</translation>
    </message>
    <message>
        <source>The open scenario beside up to four pinned ones: a table of the results and of the inputs that differ, bars of cost and time per case, and a waterfall splitting the change in cost per case from the baseline (A) to the open scenario into each input&apos;s share. A scenario marked over capacity cannot serve its demand: its cost per case is not what serving the demand costs.</source>
        <translation>当前场景与最多四个固定场景并排：结果和不同输入的表格、每件业务成本与耗时的条形图，以及一张瀑布图，把从基准（A）到当前场景的每件成本变化分解为各输入的贡献。标为超出容量的场景无法满足其需求：其每件成本并非满足需求的成本。</translation>
    </message>
    <message>
        <source>Which input matters (View menu)</source>
        <translation>哪个输入最重要（视图菜单）</translation>
    </message>
    <message>
        <source>Each input moved up and down by the same share (and each choice to its neighbour), longest bar first: the inputs at the top move cost or time per case the most, so they are the ones worth getting right. Click a bar to go to its control.</source>
        <translation>每个输入按相同比例上下调整（每个选项换成相邻选项），最长的条排在最前：排在顶部的输入对每件成本或耗时影响最大，最值得确认准确。点击条形可跳到对应控件。</translation>
    </message>
    <message>
        <source>Own, rent or pay an API (View menu)</source>
        <translation>自建、租用还是调用 API（视图菜单）</translation>
    </message>
    <message>
        <source>What the same cases cost per month by buying, renting or paying an API per token, over monthly volume (both axes logarithmic). Where the lines cross, the cheaper way changes; the line under the chart says which is cheapest at your volume.</source>
        <translation>同样的业务在购买、租用或按 Token 付费调用 API 时的每月成本，随每月业务量变化（两轴均为对数刻度）。曲线相交处，更便宜的方式随之改变；图下的说明指出在您的业务量下哪种最便宜。</translation>
    </message>
    <message>
        <source>The chip&apos;s spec sheet (View menu)</source>
        <translation>芯片规格表（视图菜单）</translation>
    </message>
    <message>
        <source>The chosen accelerator beside a reference chip, figure by figure (memory, bandwidth, FLOPS per number format, power, links, price) with the ratio of the two, the price&apos;s date and source, and how busy the chip is at your operating point.</source>
        <translation>所选加速卡与参照芯片逐项对比（内存、带宽、各数值格式的 FLOPS、功耗、互联、价格）及两者之比，价格的日期与来源，以及芯片在您的工作点上的繁忙程度。</translation>
    </message>
    <message>
        <source>Shading and ranges</source>
        <translation>阴影与区间</translation>
    </message>
    <message>
        <source>Shaded bands and the ranges under figures come from how far the engine&apos;s predictions were off on published benchmarks it had not been tuned on: the true figure lies inside about eight times in ten.</source>
        <translation>阴影带和数字下方的区间，来自引擎在未参与调校的公开基准上的预测偏差：真实数字大约十次中有八次落在其中。</translation>
    </message>
    <message>
        <source>(not installed)</source>
        <translation>（未安装）</translation>
    </message>
    <message>
        <source>A what-if calculator for the economics of AI inference: what one business case costs and how long it takes on the hardware, model and prices you choose.</source>
        <translation>AI 推理经济性的假设分析计算器：在您选择的硬件、模型和价格下，一件业务的成本和耗时。</translation>
    </message>
    <message>
        <source>{accelerators} accelerators and {models} models, each with its sources and the date of its price (resources/catalogs).</source>
        <translation>{accelerators} 种加速卡和 {models} 个模型，各附来源和价格日期（resources/catalogs）。</translation>
    </message>
    <message>
        <source>{points} published benchmarks from {sources} sources check the engine (resources/validation); calibration fitted on {date}.</source>
        <translation>来自 {sources} 个来源的 {points} 项公开基准用于检验引擎（resources/validation）；校准拟合于 {date}。</translation>
    </message>
    <message>
        <source>API prices with their sources and dates (resources/catalogs/api_prices.json).</source>
        <translation>API 价格及其来源和日期（resources/catalogs/api_prices.json）。</translation>
    </message>
    <message>
        <source>The built-in examples follow a Chinese article on DeepSeek-R1 claims automation (resources/scenarios/README.md).</source>
        <translation>内置示例源自一篇关于 DeepSeek-R1 理赔自动化的中文文章（resources/scenarios/README.md）。</translation>
    </message>
    <message>
        <source>Inferonomics: proprietary. Built with Qt for Python (PySide6, LGPLv3), pyqtgraph (MIT), NumPy (BSD), pydantic (MIT), platformdirs (MIT) and filelock (Unlicense); Noto Sans CJK (SIL Open Font Licence) where installed.</source>
        <translation>Inferonomics：专有软件。基于 Qt for Python（PySide6，LGPLv3）、pyqtgraph（MIT）、NumPy（BSD）、pydantic（MIT）、platformdirs（MIT）和 filelock（Unlicense）构建；如已安装，使用 Noto Sans CJK（SIL 开放字体许可证）。</translation>
    </message>
    <message>
        <source>About Inferonomics</source>
        <translation>关于 Inferonomics</translation>
    </message>
    <message>
        <source>How to read this</source>
        <translation>如何解读</translation>
    </message>
</context>
<context>
    <name>InputNames</name>
    <message>
        <source>accelerator</source>
        <translation>加速卡</translation>
    </message>
    <message>
        <source>accelerator count</source>
        <translation>加速卡数量</translation>
    </message>
    <message>
        <source>buy or rent</source>
        <translation>购买或租用</translation>
    </message>
    <message>
        <source>hardware price</source>
        <translation>硬件价格</translation>
    </message>
    <message>
        <source>power and hosting</source>
        <translation>电费和托管</translation>
    </message>
    <message>
        <source>depreciation</source>
        <translation>折旧</translation>
    </message>
    <message>
        <source>exchange rate</source>
        <translation>汇率</translation>
    </message>
    <message>
        <source>model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>precision</source>
        <translation>精度</translation>
    </message>
    <message>
        <source>workload</source>
        <translation>工作负载</translation>
    </message>
    <message>
        <source>load</source>
        <translation>负载</translation>
    </message>
    <message>
        <source>service level</source>
        <translation>服务水平</translation>
    </message>
    <message>
        <source>serving</source>
        <translation>推理服务</translation>
    </message>
    <message>
        <source>prices</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>workload, load and service level</source>
        <translation>工作负载、负载和服务水平</translation>
    </message>
    <message>
        <source>weight precision</source>
        <translation>权重精度</translation>
    </message>
    <message>
        <source>KV cache precision</source>
        <translation>KV 缓存精度</translation>
    </message>
    <message>
        <source>calls per case</source>
        <translation>每件业务调用次数</translation>
    </message>
    <message>
        <source>input tokens per call</source>
        <translation>每次调用输入 Token</translation>
    </message>
    <message>
        <source>output tokens per call</source>
        <translation>每次调用输出 Token</translation>
    </message>
    <message>
        <source>cases per day</source>
        <translation>每日业务量</translation>
    </message>
    <message>
        <source>utilization</source>
        <translation>利用率</translation>
    </message>
    <message>
        <source>peak factor</source>
        <translation>高峰系数</translation>
    </message>
    <message>
        <source>hardware</source>
        <translation>硬件</translation>
    </message>
    <message>
        <source>accelerators per server</source>
        <translation>每台服务器加速卡数</translation>
    </message>
    <message>
        <source>interconnect bandwidth</source>
        <translation>互联带宽</translation>
    </message>
    <message>
        <source>rental billing</source>
        <translation>租用计费方式</translation>
    </message>
    <message>
        <source>currency</source>
        <translation>货币</translation>
    </message>
    <message>
        <source>exchange rate date</source>
        <translation>汇率日期</translation>
    </message>
    <message>
        <source>server overhead power</source>
        <translation>服务器机箱功耗</translation>
    </message>
    <message>
        <source>model size</source>
        <translation>模型规模</translation>
    </message>
    <message>
        <source>case name</source>
        <translation>业务名称</translation>
    </message>
    <message>
        <source>calls in flight</source>
        <translation>在途调用数</translation>
    </message>
    <message>
        <source>max time per case</source>
        <translation>每件业务最长耗时</translation>
    </message>
    <message>
        <source>max time to first token</source>
        <translation>首 Token 最长时延</translation>
    </message>
    <message>
        <source>max time per output token</source>
        <translation>每个输出 Token 最长耗时</translation>
    </message>
    <message>
        <source>tensor parallel size</source>
        <translation>张量并行规模</translation>
    </message>
    <message>
        <source>serving stack</source>
        <translation>推理框架</translation>
    </message>
    <message>
        <source>calibration profile</source>
        <translation>校准配置</translation>
    </message>
    <message>
        <source>scenario name</source>
        <translation>场景名称</translation>
    </message>
    <message>
        <source>command</source>
        <translation>命令</translation>
    </message>
    <message>
        <source>scenario description</source>
        <translation>场景说明</translation>
    </message>
    <message>
        <source>accelerator price</source>
        <translation>加速卡价格</translation>
    </message>
    <message>
        <source>server price</source>
        <translation>服务器价格</translation>
    </message>
    <message>
        <source>server overhead price</source>
        <translation>服务器机箱价格</translation>
    </message>
    <message>
        <source>rental price per hour</source>
        <translation>每小时租金</translation>
    </message>
    <message>
        <source>electricity price</source>
        <translation>电价</translation>
    </message>
    <message>
        <source>PUE</source>
        <translation>PUE</translation>
    </message>
    <message>
        <source>depreciation years</source>
        <translation>折旧年限</translation>
    </message>
    <message>
        <source>hosting per server-year</source>
        <translation>每台服务器每年托管费</translation>
    </message>
    <message>
        <source>calls per {case}</source>
        <translation>每件{case}调用次数</translation>
    </message>
    <message>
        <source>{cases} per day</source>
        <translation>每日{cases}量</translation>
    </message>
    <message>
        <source>max time per {case}</source>
        <translation>每件{case}最长耗时</translation>
    </message>
</context>
<context>
    <name>LatencyVsConcurrency</name>
    <message>
        <source>Case latency</source>
        <translation>业务时延</translation>
    </message>
    <message>
        <source>First token</source>
        <translation>首 Token</translation>
    </message>
    <message>
        <source>Per output token</source>
        <translation>每个输出 Token</translation>
    </message>
    <message>
        <source>How waiting grows with calls in flight: time to first token (prefill + queue), time between output tokens, and the whole case (all its calls in sequence). Dots mark your operating point; dashed lines are the service level&apos;s limits. Shading: the likely range (P10-P90) from the engine&apos;s error on published measurements it was not fitted to, relative as at your operating point.</source>
        <translation>等待时间如何随在途调用数增长：首 Token 时延（预填充 + 排队）、相邻输出 Token 的间隔，以及整件业务耗时（其全部调用依次执行）。圆点标出您的工作点；虚线是服务水平的上限。阴影：可能区间（P10–P90），来自引擎在未参与拟合的公开实测数据上的误差，按您工作点处的相对比例。</translation>
    </message>
    <message>
        <source>Calls in flight (log scale)</source>
        <translation>在途调用数（对数刻度）</translation>
    </message>
    <message>
        <source>Time (log scale)</source>
        <translation>时间（对数刻度）</translation>
    </message>
    <message>
        <source>{Case} latency</source>
        <translation>{Case}时延</translation>
    </message>
    <message>
        <source>The model does not fit: no curve.</source>
        <translation>模型放不下：没有曲线。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Cheapest setups for this demand</source>
        <translation>此需求的最便宜配置</translation>
    </message>
    <message>
        <source>Drag a slider: every figure and chart follows. Ctrl+Z undoes.</source>
        <translation>拖动滑块：所有数字和图表随之更新。Ctrl+Z 撤销。</translation>
    </message>
    <message>
        <source>{app} — {name}[*]</source>
        <translation>{app} — {name}[*]</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>新建(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Cheapest setups for this demand</source>
        <translation>此需求的最便宜配置(&amp;C)</translation>
    </message>
    <message>
        <source>E&amp;xamples</source>
        <translation>示例(&amp;X)</translation>
    </message>
    <message>
        <source>The &amp;article&apos;s claims</source>
        <translation>文章中的论断(&amp;A)</translation>
    </message>
    <message>
        <source>One scenario per claim of the article the app grew from, each with a note.</source>
        <translation>本应用源自的那篇文章中，每个论断对应一个场景，并附说明。</translation>
    </message>
    <message>
        <source>&amp;Validation</source>
        <translation>验证(&amp;V)</translation>
    </message>
    <message>
        <source>Predicted vs &amp;measured…</source>
        <translation>预测与实测对比(&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;Preferences</source>
        <translation>偏好设置(&amp;P)</translation>
    </message>
    <message>
        <source>Currency for new scenarios</source>
        <translation>新场景的货币</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>Language (applies at the next start)</source>
        <translation>界面语言（下次启动时生效）</translation>
    </message>
    <message>
        <source>The interface will be in {language} from the next start.</source>
        <translation>下次启动时界面将使用{language}。</translation>
    </message>
</context>
<context>
    <name>MemoryBreakdown</name>
    <message>
        <source>Weights</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>KV cache</source>
        <translation>KV 缓存</translation>
    </message>
    <message>
        <source>Reserve</source>
        <translation>预留</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>空闲</translation>
    </message>
    <message>
        <source>per CPU server</source>
        <translation>每台 CPU 服务器</translation>
    </message>
    <message>
        <source>per accelerator</source>
        <translation>每块加速卡</translation>
    </message>
    <message>
        <source>GB per CPU server</source>
        <translation>每台 CPU 服务器 GB</translation>
    </message>
    <message>
        <source>GB per accelerator</source>
        <translation>每块加速卡 GB</translation>
    </message>
    <message>
        <source>How one accelerator&apos;s memory is used: the model&apos;s weights (its share under tensor parallelism), the KV cache of the calls in flight, the serving stack&apos;s reserve, and what is left free.</source>
        <translation>单块加速卡内存的使用情况：模型权重（张量并行下它分担的部分）、在途调用的 KV 缓存、推理框架的预留，以及剩余空闲。</translation>
    </message>
    <message>
        <source>Does not fit: the weights alone exceed one CPU server.</source>
        <translation>放不下：仅权重就超出了单台 CPU 服务器的内存。</translation>
    </message>
    <message>
        <source>Does not fit: the weights alone exceed one accelerator.</source>
        <translation>放不下：仅权重就超出了单块加速卡的内存。</translation>
    </message>
    <message>
        <source>of {total}</source>
        <translation>共 {total}</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Memory-bandwidth bound: every token streams the weights and KV cache from memory, so faster memory helps more than more FLOPS.</source>
        <translation>受内存带宽限制：每生成一个 Token 都要从内存读取权重和 KV 缓存，因此更快的内存比更多算力更有帮助。</translation>
    </message>
    <message>
        <source>Compute bound: the matrix units are the limit, so more FLOPS (or a lower-precision format) helps more than faster memory.</source>
        <translation>受算力限制：矩阵运算单元是瓶颈，因此更多算力（或更低精度的格式）比更快的内存更有帮助。</translation>
    </message>
    <message>
        <source>Communication bound: tensor-parallel all-reduces dominate, so a faster interconnect or fewer GPUs per replica helps.</source>
        <translation>受通信限制：张量并行的 all-reduce 通信占主导，因此更快的互联或每个副本更少的 GPU 会有帮助。</translation>
    </message>
    <message>
        <source>Memory-capacity bound: the KV cache fills memory before the chips are busy, so more memory per GPU (or an FP8 KV cache) allows larger batches.</source>
        <translation>受内存容量限制：芯片尚未忙满，KV 缓存就已占满内存，因此单卡更大的内存（或 FP8 KV 缓存）可支持更大的批次。</translation>
    </message>
    <message>
        <source>Scheduling-overhead bound: per-step software overhead dominates at this small batch, so more requests in flight raise throughput.</source>
        <translation>受调度开销限制：在如此小的批次下，每步的软件开销占主导，因此增加在途请求可提升吞吐量。</translation>
    </message>
    <message>
        <source>Does not fit: the weights and one request&apos;s KV cache exceed the accelerators&apos; memory.</source>
        <translation>放不下：权重加上一个请求的 KV 缓存超出了加速卡的内存。</translation>
    </message>
    <message>
        <source>one call needs {context_count} tokens of context but {model} handles at most {limit_count}</source>
        <translation>一次调用需要 {context_count} 个 Token 的上下文，但 {model} 最多支持 {limit_count} 个</translation>
    </message>
    <message>
        <source>does not fit at tensor parallel size {tensor_parallel}: one replica of {model} at {precision} needs at least {need_count} × {accelerator}; choose &apos;auto&apos; or a larger size</source>
        <translation>张量并行度为 {tensor_parallel} 时放不下：{precision} 精度的 {model} 一个副本至少需要 {need_count} × {accelerator}；请选择“自动”或更大的并行度</translation>
    </message>
    <message>
        <source>does not fit: {model} at {precision} needs at least {need_count} × {accelerator}; the scenario has {have_count}</source>
        <translation>放不下：{precision} 精度的 {model} 至少需要 {need_count} × {accelerator}；场景中只有 {have_count} 块</translation>
    </message>
    <message>
        <source>{model} is published in {native}, which takes less memory: try that weight precision</source>
        <translation>{model} 以 {native} 精度发布，占用内存更少：可改用该权重精度</translation>
    </message>
    <message>
        <source>does not fit: one request&apos;s KV cache ({context_count} tokens) exceeds the memory of one {accelerator} even before weights; shorten the calls</source>
        <translation>放不下：即使不计权重，一个请求的 KV 缓存（{context_count} 个 Token）也超出了单块 {accelerator} 的内存；请缩短调用长度</translation>
    </message>
    <message>
        <source>the price per server is used; the price per accelerator entered is ignored</source>
        <translation>使用的是每台服务器的价格；输入的每块加速卡价格被忽略</translation>
    </message>
    <message>
        <source>{accelerator} has no {precision} matrix units: weights are stored in {precision} but compute at {rate} speed</source>
        <translation>{accelerator} 没有 {precision} 矩阵运算单元：权重以 {precision} 存储，但按 {rate} 的速度计算</translation>
    </message>
    <message>
        <source>tensor parallel size {asked} exceeds the {have_count} accelerators; using {used}</source>
        <translation>张量并行度 {asked} 超过了 {have_count} 块加速卡；改用 {used}</translation>
    </message>
    <message>
        <source>{idle_count} of {have_count} accelerators sit idle: replicas of {used} do not divide {have_count}</source>
        <translation>{have_count} 块加速卡中有 {idle_count} 块闲置：每副本 {used} 块无法整除 {have_count}</translation>
    </message>
    <message>
        <source>a replica of {used} spans more than {domain} accelerators, so its all-reduces cross the slower scale-out network</source>
        <translation>{used} 块加速卡组成的副本超过了 {domain} 块的高速互联域，其 all-reduce 通信要经过较慢的横向扩展网络</translation>
    </message>
    <message>
        <source>memory holds only {held_count} requests in flight, not the {asked_count} asked; the rest would queue</source>
        <translation>内存只能容纳 {held_count} 个在途请求，而非要求的 {asked_count} 个；其余请求将排队</translation>
    </message>
    <message>
        <source>no {cases} are served at this load, so cost per {case} has no value</source>
        <translation>此负载下没有处理任何{cases}，因此每件{case}成本无意义</translation>
    </message>
    <message>
        <source>the fleet serves no {cases} at {utilization_share} utilization, so cost per {case} has no value</source>
        <translation>利用率为 {utilization_share} 时集群没有处理任何{cases}，因此每件{case}成本无意义</translation>
    </message>
    <message>
        <source>over capacity: at the peak hour demand is {peak_capacity} ({have_count} {have_noun}); queues grow</source>
        <translation>超出产能：高峰时段需求为{peak_capacity}（{have_count} {have_noun}）；队列不断增长</translation>
    </message>
    <message>
        <source>with tensor parallel {tensor_parallel} (set under Serving) these {have_count} {have_noun} serve it within the service level at {cost_money} per {case}; automatic picks {chosen}, the smallest size that leaves room to batch</source>
        <translation>改用张量并行 {tensor_parallel}（在“推理服务”中设置），这 {have_count} {have_noun}即可在服务水平内满足需求，每件{case} {cost_money}；自动选择的是 {chosen}，即留有批处理余量的最小规模</translation>
    </message>
    <message>
        <source>over capacity: at the peak hour demand is {peak_capacity} ({have_count} {have_noun}); queues grow; {need_count} would serve it within the service level</source>
        <translation>超出产能：高峰时段需求为{peak_capacity}（{have_count} {have_noun}）；队列不断增长；需 {need_count} {have_noun}才能在服务水平内满足</translation>
    </message>
    <message>
        <source>the fleet is {busy_share} busy on average: {need_count} {need_noun} would serve the peak hour</source>
        <translation>集群平均繁忙度仅为 {busy_share}：{need_count} {need_noun}即可满足高峰时段</translation>
    </message>
    <message>
        <source>the service level is out of reach at any load with tensor parallel {tensor_parallel}: even with one call at a time, {limit} is {value_s} (limit {limit_s}); figures are at one call per replica</source>
        <translation>张量并行度为 {tensor_parallel} 时，任何负载下都无法达到服务水平：即使一次只处理一个调用，{limit}也为 {value_s}（上限 {limit_s}）；数字按每副本一个调用计算</translation>
    </message>
    <message>
        <source>the service level is out of reach at any load with tensor parallel {tensor_parallel}: even with one call at a time, it misses; figures are at one call per replica</source>
        <translation>张量并行度为 {tensor_parallel} 时，任何负载下都无法达到服务水平：即使一次只处理一个调用也达不到；数字按每副本一个调用计算</translation>
    </message>
    <message>
        <source>misses the service level: {limit} is {value_s}, limit {limit_s}</source>
        <translation>未达到服务水平：{limit}为 {value_s}，上限 {limit_s}</translation>
    </message>
    <message>
        <source>no attribution: {name} has no cost per case (the model does not fit or nothing is served)</source>
        <translation>无法归因：{name} 没有每件业务成本（模型放不下或没有处理任何业务）</translation>
    </message>
    <message>
        <source>{groups_inputs}: taken together (one without the other leaves no cost per case)</source>
        <translation>{groups_inputs}：合并计算（缺少其中任何一项都无法得到每件业务成本）</translation>
    </message>
    <message>
        <source>the fleet serves no {cases} (the model does not fit or the service level is out of reach)</source>
        <translation>集群没有处理任何{cases}（模型放不下或无法达到服务水平）</translation>
    </message>
    <message>
        <source>below {volume_count} {cases} a day the API is cheaper; from there up to this fleet&apos;s capacity ({capacity_count} a day) the fleet is. A larger demand needs more servers, and they beat the API only while at least {busy_share} busy at their busiest hour</source>
        <translation>每日{cases}量低于 {volume_count} 件时 API 更便宜；从该量到本集群容量（每日 {capacity_count} 件）之间自建集群更便宜。需求更大时需要更多服务器，而它们只有在最繁忙时段的负载不低于 {busy_share} 时才比 API 便宜</translation>
    </message>
    <message>
        <source>below {volume_count} {cases} a day the API is cheaper, above it the fleet: up to this fleet&apos;s capacity ({capacity_count} a day) as it is, and beyond it with more servers, each of which pays off once {busy_share} busy at its busiest hour</source>
        <translation>每日{cases}量低于 {volume_count} 件时 API 更便宜，高于此量时自建集群更便宜：在本集群容量（每日 {capacity_count} 件）以内用现有集群，超出后增加服务器，每台服务器在最繁忙时段的负载达到 {busy_share} 即可回本</translation>
    </message>
    <message>
        <source>no break-even: this fleet misses the service level even at its lightest load; the API costs {api_money} per {case}</source>
        <translation>没有盈亏平衡点：本集群即使在最轻负载下也达不到服务水平；API 每件{case}成本为 {api_money}</translation>
    </message>
    <message>
        <source>the API is cheaper at every volume this fleet serves: even as busy as it can be within the service level at its busiest hour, the fleet costs {fleet_money} per {case} against the API&apos;s {api_money}</source>
        <translation>在本集群能处理的任何业务量下 API 都更便宜：即使在最繁忙时段于服务水平内满负荷运行，集群每件{case}成本为 {fleet_money}，而 API 为 {api_money}</translation>
    </message>
    <message>
        <source>the fleet is cheaper at every volume: rented on demand it is billed only while busy (no minimum assumed) and costs less per {case} than the API</source>
        <translation>在任何业务量下自建集群都更便宜：按需租用时只在繁忙时计费（假设没有最低消费），且每件{case}成本低于 API</translation>
    </message>
    <message>
        <source>{replicas_count} {replicas_noun} of {size} × {accelerator} at {precision} serve the peak hour at {peak_share} of capacity, {latency_s} per {case}</source>
        <translation>{replicas_count} {replicas_noun}（每个 {size} × {accelerator}，{precision}）以产能的 {peak_share} 满足高峰时段，每件{case}耗时 {latency_s}</translation>
    </message>
    <message>
        <source>no catalog price is known for {accelerator}</source>
        <translation>目录中没有 {accelerator} 的价格</translation>
    </message>
    <message>
        <source>the model does not fit on up to {max_count} × {accelerator} at {formats}</source>
        <translation>在最多 {max_count} × {accelerator}、{formats} 精度下模型都放不下</translation>
    </message>
    <message>
        <source>the model does not fit on up to {max_count} × {accelerator} at any format</source>
        <translation>在最多 {max_count} × {accelerator}、任何精度下模型都放不下</translation>
    </message>
    <message>
        <source>misses the service level at any load</source>
        <translation>任何负载下都达不到服务水平</translation>
    </message>
    <message>
        <source>misses the service level even with one call at a time: at best (tensor parallel {tensor_parallel}) {limit} is {value_s}, limit {limit_s}</source>
        <translation>即使一次只处理一个调用也达不到服务水平：最好情况下（张量并行 {tensor_parallel}）{limit}为 {value_s}，上限 {limit_s}</translation>
    </message>
    <message>
        <source>{demand_count} {cases} a day need more than {max_count} × {accelerator}</source>
        <translation>每日 {demand_count} 件{cases}需要超过 {max_count} × {accelerator}</translation>
    </message>
    <message>
        <source>{demand_count} {cases} a day (peak ×{peak}) need more than {max_count} × {accelerator}</source>
        <translation>每日 {demand_count} 件{cases}（高峰 ×{peak}）需要超过 {max_count} × {accelerator}</translation>
    </message>
    <message>
        <source>the likely ranges are widened: no published measurement on the &apos;{family}&apos; accelerator family</source>
        <translation>可能区间已放宽：&apos;{family}&apos; 加速卡系列没有公开的实测数据</translation>
    </message>
    <message>
        <source>the likely ranges are widened: no published measurement of a &apos;{model_class}&apos; model</source>
        <translation>可能区间已放宽：没有 &apos;{model_class}&apos; 类模型的公开实测数据</translation>
    </message>
    <message>
        <source>the likely ranges are widened: no published measurement on the &apos;{family}&apos; accelerator family, nor of a &apos;{model_class}&apos; model</source>
        <translation>可能区间已放宽：&apos;{family}&apos; 加速卡系列和 &apos;{model_class}&apos; 类模型都没有公开的实测数据</translation>
    </message>
    <message>
        <source>time per {case}</source>
        <translation>每件{case}耗时</translation>
    </message>
    <message>
        <source>time to first token</source>
        <translation>首 Token 时延</translation>
    </message>
    <message>
        <source>time per output token</source>
        <translation>每个输出 Token 耗时</translation>
    </message>
    <message>
        <source>CPU server</source>
        <translation>台 CPU 服务器</translation>
    </message>
    <message>
        <source>CPU servers</source>
        <translation>台 CPU 服务器</translation>
    </message>
    <message>
        <source>accelerator</source>
        <translation>块加速卡</translation>
    </message>
    <message>
        <source>accelerators</source>
        <translation>块加速卡</translation>
    </message>
    <message>
        <source>replica</source>
        <translation>个副本</translation>
    </message>
    <message>
        <source>replicas</source>
        <translation>个副本</translation>
    </message>
    <message>
        <source>GPU</source>
        <translation>块 GPU</translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation>块 GPU</translation>
    </message>
    <message>
        <source>NPU</source>
        <translation>块 NPU</translation>
    </message>
    <message>
        <source>NPUs</source>
        <translation>块 NPU</translation>
    </message>
    <message>
        <source>{share} of capacity</source>
        <translation>产能的 {share}</translation>
    </message>
    <message>
        <source>{times} times capacity</source>
        <translation>产能的 {times} 倍</translation>
    </message>
    <message>
        <source>more than a million times capacity</source>
        <translation>产能的一百万倍以上</translation>
    </message>
    <message>
        <source>{path}: no such file</source>
        <translation>{path}：文件不存在</translation>
    </message>
    <message>
        <source>{path}: is a folder, not a file</source>
        <translation>{path}：这是文件夹，不是文件</translation>
    </message>
    <message>
        <source>{path}: is not a regular file</source>
        <translation>{path}：不是普通文件</translation>
    </message>
    <message>
        <source>{path}: cannot be read ({reason})</source>
        <translation>{path}：无法读取（{reason}）</translation>
    </message>
    <message>
        <source>no file name given</source>
        <translation>未给出文件名</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>文件是空的</translation>
    </message>
    <message>
        <source>the file is larger than {limit_number} MiB; is it a scenario file?</source>
        <translation>文件超过 {limit_number} MiB，这是场景文件吗？</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text; is it a scenario file?</source>
        <translation>文件不是 UTF-8 文本，这是场景文件吗？</translation>
    </message>
    <message>
        <source>the file is not valid JSON (line {line_number}, column {column_number})</source>
        <translation>文件不是有效的 JSON（第 {line_number} 行，第 {column_number} 列）</translation>
    </message>
    <message>
        <source>the file is nested more than {limit_number} levels deep</source>
        <translation>文件嵌套超过 {limit_number} 层</translation>
    </message>
    <message>
        <source>the file does not hold a scenario (expected a JSON object)</source>
        <translation>文件中没有场景（应为一个 JSON 对象）</translation>
    </message>
    <message>
        <source>the file is not an Inferonomics scenario (its &quot;format&quot; is not &quot;{expected}&quot;)</source>
        <translation>文件不是 Inferonomics 场景（其 &quot;format&quot; 不是 &quot;{expected}&quot;）</translation>
    </message>
    <message>
        <source>the file&apos;s schema version is missing or not a positive whole number</source>
        <translation>文件的格式版本缺失，或不是正整数</translation>
    </message>
    <message>
        <source>the file&apos;s schema version {version} is not one this app can upgrade</source>
        <translation>本应用无法升级格式版本为 {version} 的文件</translation>
    </message>
    <message>
        <source>the file contains {name}, which is not a number a scenario can use</source>
        <translation>文件中含有 {name}，这不是场景可用的数字</translation>
    </message>
    <message>
        <source>the field &quot;{name}&quot; appears twice in one object; keep one</source>
        <translation>字段 &quot;{name}&quot; 在同一对象中出现了两次，请只保留一个</translation>
    </message>
    <message>
        <source>{setting}: the number is too large for a setting</source>
        <translation>{setting}：数字过大，不能作为设置值</translation>
    </message>
    <message>
        <source>unknown accelerator &apos;{id}&apos;; known: {known}</source>
        <translation>未知的加速卡 &apos;{id}&apos;；可用：{known}</translation>
    </message>
    <message>
        <source>unknown model &apos;{id}&apos;; known: {known}</source>
        <translation>未知的模型 &apos;{id}&apos;；可用：{known}</translation>
    </message>
    <message>
        <source>no built-in scenario &apos;{id}&apos;; known: {known}</source>
        <translation>没有内置场景 &apos;{id}&apos;；可用：{known}</translation>
    </message>
    <message>
        <source>the engine cannot evaluate this scenario; check the custom accelerator and model figures</source>
        <translation>引擎无法计算此场景，请检查自定义加速卡和模型的参数</translation>
    </message>
    <message>
        <source>a result of this scenario is too large to compute; check the prices, counts and custom figures</source>
        <translation>此场景的某项结果过大，无法计算，请检查价格、数量和自定义参数</translation>
    </message>
    <message>
        <source>the scenario holds a number that is not finite; it cannot be saved</source>
        <translation>场景中有非有限的数字，无法保存</translation>
    </message>
    <message>
        <source>{setting} must be from {low_number} to {high_number} (got {value})</source>
        <translation>{setting}应在 {low_number} 到 {high_number} 之间（输入为 {value}）</translation>
    </message>
    <message>
        <source>{setting} must be more than {low_number} and at most {high_number} (got {value})</source>
        <translation>{setting}应大于 {low_number} 且不超过 {high_number}（输入为 {value}）</translation>
    </message>
    <message>
        <source>{setting} must be at least {low_number} (got {value})</source>
        <translation>{setting}应不小于 {low_number}（输入为 {value}）</translation>
    </message>
    <message>
        <source>{setting} must be more than {low_number} (got {value})</source>
        <translation>{setting}应大于 {low_number}（输入为 {value}）</translation>
    </message>
    <message>
        <source>{setting} must be at most {high_number} (got {value})</source>
        <translation>{setting}应不超过 {high_number}（输入为 {value}）</translation>
    </message>
    <message>
        <source>{setting} is missing</source>
        <translation>缺少{setting}</translation>
    </message>
    <message>
        <source>{setting} is not a setting this version knows</source>
        <translation>{setting} 不是本版本认识的设置</translation>
    </message>
    <message>
        <source>{setting} must be a whole number (got {value})</source>
        <translation>{setting}应为整数（输入为 {value}）</translation>
    </message>
    <message>
        <source>{setting} must be a number (got {value})</source>
        <translation>{setting}应为数字（输入为 {value}）</translation>
    </message>
    <message>
        <source>{setting} must be a finite number (not NaN or infinity)</source>
        <translation>{setting}应为有限的数字（不能是 NaN 或无穷大）</translation>
    </message>
    <message>
        <source>{setting} must be text (got {value})</source>
        <translation>{setting}应为文本（输入为 {value}）</translation>
    </message>
    <message>
        <source>{setting} must be true or false (got {value})</source>
        <translation>{setting}应为 true 或 false（输入为 {value}）</translation>
    </message>
    <message>
        <source>{setting} must be one of {choices} (got {value})</source>
        <translation>{setting}应为以下之一：{choices}（输入为 {value}）</translation>
    </message>
    <message>
        <source>{setting} is too long: at most {high_number} characters</source>
        <translation>{setting}过长：最多 {high_number} 个字符</translation>
    </message>
    <message>
        <source>{setting} must not be empty</source>
        <translation>{setting}不能为空</translation>
    </message>
    <message>
        <source>{setting} must be a group of settings (a JSON object)</source>
        <translation>{setting}应为一组设置（JSON 对象）</translation>
    </message>
    <message>
        <source>{setting}: give a year and month (2025-02) or a full date (2025-02-14) (got {value})</source>
        <translation>{setting}：请填写年月（2025-02）或完整日期（2025-02-14）（输入为 {value}）</translation>
    </message>
    <message>
        <source>{setting} must be &apos;auto&apos; or a power of two from 1 to 1024 (got {value})</source>
        <translation>{setting}应为 &apos;auto&apos; 或 1 到 1024 之间的 2 的幂（输入为 {value}）</translation>
    </message>
    <message>
        <source>{setting} must be &apos;auto&apos;, &apos;max&apos; or a whole number from 1 to 100,000,000 (got {value})</source>
        <translation>{setting}应为 &apos;auto&apos;、&apos;max&apos; 或 1 到 100,000,000 之间的整数（输入为 {value}）</translation>
    </message>
    <message>
        <source>{setting} must be 0 or at least 0.000001, a share from 0 to 1 (got {value})</source>
        <translation>{setting}应为 0 或不小于 0.000001，即 0 到 1 之间的比例（输入为 {value}）</translation>
    </message>
    <message>
        <source>{setting} cannot take this value (got {value})</source>
        <translation>{setting}不能取此值（输入为 {value}）</translation>
    </message>
    <message>
        <source>{setting}: no such setting</source>
        <translation>{setting}：没有这项设置</translation>
    </message>
    <message>
        <source>{setting}: &apos;{value}&apos; is not a whole number or &apos;auto&apos;</source>
        <translation>{setting}：&apos;{value}&apos; 不是整数，也不是 &apos;auto&apos;</translation>
    </message>
    <message>
        <source>{setting}: &apos;{value}&apos; is not a whole number, &apos;auto&apos; or &apos;max&apos;</source>
        <translation>{setting}：&apos;{value}&apos; 不是整数，也不是 &apos;auto&apos; 或 &apos;max&apos;</translation>
    </message>
    <message>
        <source>{setting}: &apos;{value}&apos; is not a whole number</source>
        <translation>{setting}：&apos;{value}&apos; 不是整数</translation>
    </message>
    <message>
        <source>{setting}: &apos;{value}&apos; is not a number</source>
        <translation>{setting}：&apos;{value}&apos; 不是数字</translation>
    </message>
    <message>
        <source>{setting}: &apos;{value}&apos; is not one of {choices}</source>
        <translation>{setting}：&apos;{value}&apos; 不在可选范围内；可选：{choices}</translation>
    </message>
    <message>
        <source>{setting} needs a value</source>
        <translation>{setting} 需要一个值</translation>
    </message>
    <message>
        <source>these arguments are not understood: {value}; `inferonomics-cli --help` lists them</source>
        <translation>无法识别这些参数：{value}；`inferonomics-cli --help` 会列出可用参数</translation>
    </message>
    <message>
        <source>missing: {value}; `inferonomics-cli --help` explains each</source>
        <translation>缺少：{value}；`inferonomics-cli --help` 会逐一说明</translation>
    </message>
    <message>
        <source>--cases-per-day and --utilization both set the load: give one of them</source>
        <translation>--cases-per-day 和 --utilization 都用于设定负载：请只给出其中一个</translation>
    </message>
    <message>
        <source>--top: give a whole number of at least 1</source>
        <translation>--top：请给出不小于 1 的整数</translation>
    </message>
    <message>
        <source>--swing: give a share between 0 and 1, e.g. 0.2 for ±20% (got {value})</source>
        <translation>--swing：请给出 0 到 1 之间的比例，例如 0.2 表示 ±20%（输入为 {value}）</translation>
    </message>
    <message>
        <source>--api-price-in and --api-price-out go together: give both prices per million tokens</source>
        <translation>--api-price-in 和 --api-price-out 须同时给出：两者都是每百万 Token 的价格</translation>
    </message>
    <message>
        <source>{setting}: give a price per million tokens from 0 to 1,000,000 (got {value})</source>
        <translation>{setting}：请给出 0 到 1,000,000 之间的每百万 Token 价格（输入为 {value}）</translation>
    </message>
    <message>
        <source>utilization is a share from 0 to 1: did you mean {value}?</source>
        <translation>利用率是 0 到 1 之间的比例：您是想输入 {value} 吗？</translation>
    </message>
    <message>
        <source>compare takes 2 to 5 scenario files (got {count_number})</source>
        <translation>compare 需要 2 到 5 个场景文件（给出了 {count_number} 个）</translation>
    </message>
    <message>
        <source>--compare: at most 4 scenarios</source>
        <translation>--compare：最多 4 个场景</translation>
    </message>
    <message>
        <source>--pdf: the folder {path} does not exist</source>
        <translation>--pdf：文件夹 {path} 不存在</translation>
    </message>
    <message>
        <source>--pdf: cannot write {path} ({reason})</source>
        <translation>--pdf：无法写入 {path}（{reason}）</translation>
    </message>
    <message>
        <source>cannot read {path} ({reason})</source>
        <translation>无法读取 {path}（{reason}）</translation>
    </message>
    <message>
        <source>invalid {name}: {value} is not a positive whole number</source>
        <translation>{name} 无效：{value} 不是正整数</translation>
    </message>
    <message>
        <source>the config.json has no {name}</source>
        <translation>config.json 中没有 {name}</translation>
    </message>
    <message>
        <source>the config.json does not hold a JSON object</source>
        <translation>config.json 中没有 JSON 对象</translation>
    </message>
    <message>
        <source>{path}: larger than {limit_number} MiB; is it a config.json?</source>
        <translation>{path}：超过 {limit_number} MiB，这是 config.json 吗？</translation>
    </message>
    <message>
        <source>{path}: not a JSON config file</source>
        <translation>{path}：不是 JSON 配置文件</translation>
    </message>
    <message>
        <source>{path}: the model&apos;s shape cannot be read from this config</source>
        <translation>{path}：无法从此配置读出模型结构</translation>
    </message>
    <message>
        <source>the JSON is neither a vLLM &apos;bench serve&apos; result (output_throughput) nor an AIPerf/GenAI-Perf profile export (output_token_throughput)</source>
        <translation>该 JSON 既不是 vLLM &apos;bench serve&apos; 结果（output_throughput），也不是 AIPerf/GenAI-Perf 导出文件（output_token_throughput）</translation>
    </message>
    <message>
        <source>the file holds no measurements</source>
        <translation>文件中没有实测数据</translation>
    </message>
    <message>
        <source>the file is not valid JSON (line {line_number})</source>
        <translation>文件不是有效的 JSON（第 {line_number} 行）</translation>
    </message>
    <message>
        <source>the JSON does not hold benchmark results (expected an object)</source>
        <translation>该 JSON 中没有基准测试结果（应为对象）</translation>
    </message>
    <message>
        <source>{name} is missing or not a number</source>
        <translation>{name} 缺失或不是数字</translation>
    </message>
    <message>
        <source>the vLLM result finished no requests</source>
        <translation>该 vLLM 结果没有完成任何请求</translation>
    </message>
    <message>
        <source>the AIPerf/GenAI-Perf export has no output_token_throughput</source>
        <translation>该 AIPerf/GenAI-Perf 导出文件中没有 output_token_throughput</translation>
    </message>
    <message>
        <source>the AIPerf/GenAI-Perf export lacks input_sequence_length or output_sequence_length</source>
        <translation>该 AIPerf/GenAI-Perf 导出文件缺少 input_sequence_length 或 output_sequence_length</translation>
    </message>
    <message>
        <source>the measurements file lacks the column(s) {columns}</source>
        <translation>实测数据文件缺少以下列：{columns}</translation>
    </message>
    <message>
        <source>at most {limit_number} scenarios can be pinned; unpin one first</source>
        <translation>最多可固定 {limit_number} 个场景，请先取消固定一个</translation>
    </message>
    <message>
        <source>there is no pinned scenario {number_number}</source>
        <translation>没有第 {number_number} 个固定场景</translation>
    </message>
    <message>
        <source>note: {text}</source>
        <translation>提示：{text}</translation>
    </message>
    <message>
        <source>Upgraded from schema {old} to {new}.</source>
        <translation>已从格式版本 {old} 升级到 {new}。</translation>
    </message>
    <message>
        <source>This file was written by a newer Inferonomics (schema {version}; this version reads {current}).</source>
        <translation>此文件由更新版本的 Inferonomics 写入（格式版本 {version}；本版本读取 {current}）。</translation>
    </message>
    <message>
        <source>Settings this version does not know were left out: {settings}.</source>
        <translation>本版本不认识的设置已略去：{settings}。</translation>
    </message>
    <message>
        <source>Saving it here writes schema {current}.</source>
        <translation>在此保存将写为格式版本 {current}。</translation>
    </message>
    <message>
        <source>The calibration profile &apos;{name}&apos; cannot be used here; the built-in calibration is used instead.</source>
        <translation>校准配置 &apos;{name}&apos; 在此无法使用，改用内置校准。</translation>
    </message>
    <message>
        <source>{name} is priced at its catalog price (the scenario&apos;s price was for {id})</source>
        <translation>{name} 按目录价计价（场景中的价格是针对 {id} 的）</translation>
    </message>
    <message>
        <source>--gpu-price {value} is read as a rental price per accelerator per hour (renting); that looks like a purchase price: rents are a few currency units an hour</source>
        <translation>--gpu-price {value} 被视为每块加速卡每小时的租金（租用），但这看起来像购买价格：租金通常每小时只有几个货币单位</translation>
    </message>
    <message>
        <source>Figures now follow the load: cost per case is at the cases per day in the file (it was at the utilization set), and latencies are at the calls in flight that serve the peak hour (they were flat out), so they may differ from what this file showed before.</source>
        <translation>数字现在随负载变化：每件业务成本按文件中的每日业务量计算（以前按设定的利用率），时延按满足高峰时段的在途调用数计算（以前按满负荷），因此可能与此文件以前显示的不同。</translation>
    </message>
</context>
<context>
    <name>PlannerView</name>
    <message>
        <source>Accelerators</source>
        <translation>加速卡</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>Per model copy</source>
        <translation>每个模型副本</translation>
    </message>
    <message>
        <source>Cost per {case}</source>
        <translation>每件{case}成本</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>繁忙度</translation>
    </message>
    <message>
        <source>Time per {case}</source>
        <translation>每件{case}耗时</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Use this setup</source>
        <translation>使用此配置</translation>
    </message>
    <message>
        <source>Set the scenario to the selected setup (Ctrl+Z undoes it).</source>
        <translation>将场景设为所选配置（Ctrl+Z 可撤销）。</translation>
    </message>
    <message>
        <source>No plan: {error}</source>
        <translation>无法规划：{error}</translation>
    </message>
    <message>
        <source>No {cases} a day: set the demand (cases per day) to plan for it.</source>
        <translation>每日{cases}量为零：请设置需求（每日业务量）后再规划。</translation>
    </message>
    <message>
        <source>Cheapest setups for {demand} {cases} a day (peak ×{peak}) within the service level, in whole servers at 8 bits or more. Your chip at your price, others at catalog prices.</source>
        <translation>在服务水平内处理每日 {demand} 件{cases}（高峰 ×{peak}）的最便宜配置，以整台服务器计，精度 8 位及以上。您的芯片用您的价格，其他用目录价格。</translation>
    </message>
    <message>
        <source>Cannot serve it: {count} (hover for why).</source>
        <translation>无法满足：{count}（悬停查看原因）。</translation>
    </message>
    <message>
        <source>Use planned setup</source>
        <translation>使用规划的配置</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Inferonomics report: {name}</source>
        <translation>Inferonomics 报告：{name}</translation>
    </message>
    <message>
        <source>Inferonomics · {date}</source>
        <translation>Inferonomics · {date}</translation>
    </message>
    <message>
        <source>Generated {date}. Figures at the peak hour&apos;s operating point; ranges are P10–P90.</source>
        <translation>生成于 {date}。数字均取高峰时段工作点；区间为 P10–P90。</translation>
    </message>
    <message>
        <source>The question</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>The answer</source>
        <translation>答案</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>关键数字</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Likely range</source>
        <translation>可能区间</translation>
    </message>
    <message>
        <source>Cost per {case} as the fleet grows (whole servers, same demand)</source>
        <translation>集群扩大时的每件{case}成本（整台服务器，相同需求）</translation>
    </message>
    <message>
        <source>Waiting time as calls in flight grow</source>
        <translation>在途调用增加时的等待时间</translation>
    </message>
    <message>
        <source>The two charts that matter</source>
        <translation>两张关键图表</translation>
    </message>
    <message>
        <source>Left: the dot is this scenario; left of the dashed line the fleet cannot serve the peak hour. Right: time to first token, per output token and per {case}; dashed lines are the service level. Shading: the likely range.</source>
        <translation>左图：圆点是本场景；虚线左侧集群无法满足高峰时段。右图：首 Token 时延、每个输出 Token 耗时和每件{case}耗时；虚线是服务水平。阴影：可能区间。</translation>
    </message>
    <message>
        <source>Assumptions, with sources and dates</source>
        <translation>假设条件及其来源和日期</translation>
    </message>
    <message>
        <source>Assumption</source>
        <translation>假设</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>About this scenario: {text}</source>
        <translation>关于此场景：{text}</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>None: the model fits, the fleet serves the peak hour and meets the service level.</source>
        <translation>无：模型放得下，集群能满足高峰时段并达到服务水平。</translation>
    </message>
    <message>
        <source>Comparison with the pinned scenarios</source>
        <translation>与固定场景的比较</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Cost per {case}</source>
        <translation>每件{case}成本</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>场景</translation>
    </message>
    <message>
        <source>Fleet</source>
        <translation>集群</translation>
    </message>
    <message>
        <source>Time per {case}</source>
        <translation>每件{case}耗时</translation>
    </message>
    <message>
        <source>Meets the service level</source>
        <translation>满足服务水平</translation>
    </message>
    <message>
        <source>From this scenario to {other}: {change} per {case}, made of:</source>
        <translation>从本场景到 {other}：每件{case} {change}，构成如下：</translation>
    </message>
    <message>
        <source>Input that differs</source>
        <translation>不同的输入</translation>
    </message>
    <message>
        <source>Change in cost per {case}</source>
        <translation>每件{case}成本的变化</translation>
    </message>
    <message>
        <source>The change in cost to {other} cannot be split: one of the two has no cost per {case}.</source>
        <translation>到 {other} 的成本变化无法拆分：两者之一没有每件{case}成本。</translation>
    </message>
    <message>
        <source>Own, rent or pay an API</source>
        <translation>自建、租用还是调用 API</translation>
    </message>
    <message>
        <source>the model maker&apos;s API</source>
        <translation>模型厂商的 API</translation>
    </message>
    <message>
        <source>a provider hosting the open model</source>
        <translation>托管该开源模型的服务商</translation>
    </message>
    <message>
        <source>a closed model of comparable class, not this model</source>
        <translation>同级别的闭源模型，并非本模型</translation>
    </message>
    <message>
        <source> ({cost} off-peak)</source>
        <translation>（闲时 {cost}）</translation>
    </message>
    <message>
        <source>Through {provider} ({kind}) at {input} and {output} {currency} per million input and output tokens, a {case} costs {api}{off_peak}; on this fleet it costs {own}.</source>
        <translation>通过 {provider}（{kind}），按每百万输入/输出 Token {input} 和 {output} {currency} 计，每件{case}成本为 {api}{off_peak}；在本集群上为 {own}。</translation>
    </message>
    <message>
        <source>A month at today&apos;s demand ({count} a month)</source>
        <translation>按当前需求一个月（每月 {count} 件）</translation>
    </message>
    <message>
        <source>Cost per month</source>
        <translation>每月成本</translation>
    </message>
    <message>
        <source>Buy the fleet</source>
        <translation>购买集群</translation>
    </message>
    <message>
        <source>Rent the same accelerators</source>
        <translation>租用同样的加速卡</translation>
    </message>
    <message>
        <source>Pay the API</source>
        <translation>调用 API</translation>
    </message>
    <message>
        <source>API price source: {source} (price as of {date}; last read {read_on}).</source>
        <translation>API 价格来源：{source}（价格日期 {date}；最近读取于 {read_on}）。</translation>
    </message>
    <message>
        <source>Which inputs matter most</source>
        <translation>哪些输入最关键</translation>
    </message>
    <message>
        <source>Each input moved {swing} down and up (a choice: to its neighbour); the cost per {case} at each end, largest swing first.</source>
        <translation>每个输入上下变动 {swing}（选项则换成相邻选项）；给出两端的每件{case}成本，影响最大的排在最前。</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>输入</translation>
    </message>
    <message>
        <source>Moved from → to</source>
        <translation>变动 从 → 到</translation>
    </message>
    <message>
        <source>Cost per {case} at the low end</source>
        <translation>低端的每件{case}成本</translation>
    </message>
    <message>
        <source>at the high end</source>
        <translation>高端</translation>
    </message>
    <message>
        <source>⚠ Beyond this fleet&apos;s capacity: the cost shown is this fleet&apos;s alone, which cannot serve that demand within the service level; serving it takes {needed}.</source>
        <translation>⚠ 超出本集群容量：所示成本仅为本集群自身的成本，它无法在服务水平内满足该需求；满足该需求需要 {needed}。</translation>
    </message>
    <message>
        <source>{count} accelerators ({input})</source>
        <translation>{count} 块加速卡（{input}）</translation>
    </message>
    <message>
        <source>no fleet size ({input})</source>
        <translation>任何集群规模都不够（{input}）</translation>
    </message>
    <message>
        <source>How accurate the engine is</source>
        <translation>引擎的准确度</translation>
    </message>
    <message>
        <source>No stored cross-validation was found (resources/calibration/fit-report.json).</source>
        <translation>未找到已保存的交叉验证结果（resources/calibration/fit-report.json）。</translation>
    </message>
    <message>
        <source>Time to first token</source>
        <translation>首 Token 时延</translation>
    </message>
    <message>
        <source>Time per output token</source>
        <translation>每个输出 Token 耗时</translation>
    </message>
    <message>
        <source>Output tokens per second (fleet)</source>
        <translation>每秒输出 Token（集群）</translation>
    </message>
    <message>
        <source>Fleet cost per day</source>
        <translation>集群每日成本</translation>
    </message>
    <message>
        <source>Hardware outlay</source>
        <translation>硬件投入</translation>
    </message>
    <message>
        <source>Memory used</source>
        <translation>内存占用</translation>
    </message>
    <message>
        <source>Server price (accelerators and chassis)</source>
        <translation>服务器价格（加速卡和机箱）</translation>
    </message>
    <message>
        <source>Price per accelerator</source>
        <translation>每块加速卡价格</translation>
    </message>
    <message>
        <source>Rent per accelerator-hour</source>
        <translation>每卡时租金</translation>
    </message>
    <message>
        <source>Rental billing</source>
        <translation>租用计费方式</translation>
    </message>
    <message>
        <source>Chassis price per server</source>
        <translation>每台服务器机箱价格</translation>
    </message>
    <message>
        <source>Depreciation</source>
        <translation>折旧年限</translation>
    </message>
    <message>
        <source>Electricity</source>
        <translation>电价</translation>
    </message>
    <message>
        <source>PUE (facility power ÷ IT power)</source>
        <translation>PUE（机房总功耗 ÷ IT 功耗）</translation>
    </message>
    <message>
        <source>Hosting per server</source>
        <translation>每台服务器托管费</translation>
    </message>
    <message>
        <source>Server power beyond the accelerators</source>
        <translation>加速卡以外的服务器功耗</translation>
    </message>
    <message>
        <source>Exchange rate</source>
        <translation>汇率</translation>
    </message>
    <message>
        <source>Serving engine and its efficiencies</source>
        <translation>推理引擎及其效率</translation>
    </message>
    <message>
        <source>Accelerator specifications</source>
        <translation>加速卡规格</translation>
    </message>
    <message>
        <source>Model shape</source>
        <translation>模型结构</translation>
    </message>
    <message>
        <source>set in the scenario</source>
        <translation>场景中设定</translation>
    </message>
    <message>
        <source>catalog</source>
        <translation>目录价</translation>
    </message>
    <message>
        <source>calibration</source>
        <translation>校准</translation>
    </message>
    <message>
        <source>The model does not fit in memory</source>
        <translation>模型放不进内存</translation>
    </message>
    <message>
        <source>Over capacity</source>
        <translation>超出产能</translation>
    </message>
    <message>
        <source>The service level is out of reach</source>
        <translation>无法达到服务水平</translation>
    </message>
    <message>
        <source>The service level is missed</source>
        <translation>未达服务水平</translation>
    </message>
    <message>
        <source>Ranges widened: little published data for this setup</source>
        <translation>区间已放宽：此配置的公开数据很少</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>compute</source>
        <translation>算力</translation>
    </message>
    <message>
        <source>memory bandwidth</source>
        <translation>内存带宽</translation>
    </message>
    <message>
        <source>memory capacity</source>
        <translation>内存容量</translation>
    </message>
    <message>
        <source>scheduling overhead</source>
        <translation>调度开销</translation>
    </message>
    <message>
        <source>utilization</source>
        <translation>利用率</translation>
    </message>
    <message>
        <source>peak factor</source>
        <translation>高峰系数</translation>
    </message>
    <message>
        <source>input tokens per call</source>
        <translation>每次调用输入 Token</translation>
    </message>
    <message>
        <source>output tokens per call</source>
        <translation>每次调用输出 Token</translation>
    </message>
    <message>
        <source>server price</source>
        <translation>服务器价格</translation>
    </message>
    <message>
        <source>accelerator price</source>
        <translation>加速卡价格</translation>
    </message>
    <message>
        <source>chassis price</source>
        <translation>机箱价格</translation>
    </message>
    <message>
        <source>depreciation years</source>
        <translation>折旧年限</translation>
    </message>
    <message>
        <source>electricity price</source>
        <translation>电价</translation>
    </message>
    <message>
        <source>PUE</source>
        <translation>PUE</translation>
    </message>
    <message>
        <source>hosting per server-year</source>
        <translation>每台服务器每年托管费</translation>
    </message>
    <message>
        <source>rent per accelerator-hour</source>
        <translation>每卡时租金</translation>
    </message>
    <message>
        <source>exchange rate</source>
        <translation>汇率</translation>
    </message>
    <message>
        <source>accelerator count</source>
        <translation>加速卡数量</translation>
    </message>
    <message>
        <source>accelerator</source>
        <translation>加速卡</translation>
    </message>
    <message>
        <source>weight format</source>
        <translation>权重格式</translation>
    </message>
    <message>
        <source>{case}s</source>
        <translation>{case}</translation>
    </message>
    <message>
        <source>{low} – {high}</source>
        <translation>{low} – {high}</translation>
    </message>
    <message>
        <source>{count} {cases} a day</source>
        <translation>每日 {count} 件{cases}</translation>
    </message>
    <message>
        <source>{count}×{accelerator}</source>
        <translation>{count}×{accelerator}</translation>
    </message>
    <message>
        <source>each {case} done within {limit}</source>
        <translation>每件{case}在 {limit} 内完成</translation>
    </message>
    <message>
        <source>first token within {limit}</source>
        <translation>首 Token 在 {limit} 内</translation>
    </message>
    <message>
        <source>at most {limit} per output token</source>
        <translation>每个输出 Token 最多 {limit}</translation>
    </message>
    <message>
        <source>at {count} {cases} a day (peak hour ×{peak})</source>
        <translation>每日 {count} 件{cases}（高峰 ×{peak}）时</translation>
    </message>
    <message>
        <source>at the scenario&apos;s load</source>
        <translation>在场景的负载下</translation>
    </message>
    <message>
        <source>What does one {case} cost, and how long does it take, on {fleet} running {model} ({precision}, {stack}), {load}</source>
        <translation>在 {fleet} 上运行 {model}（{precision}，{stack}），{load}，每件{case}成本多少、耗时多久</translation>
    </message>
    <message>
        <source>, with {limits}</source>
        <translation>，要求{limits}</translation>
    </message>
    <message>
        <source> and </source>
        <translation>、</translation>
    </message>
    <message>
        <source>?</source>
        <translation>？</translation>
    </message>
    <message>
        <source>At {count} {cases} a day, </source>
        <translation>每日 {count} 件{cases}时，</translation>
    </message>
    <message>
        <source>{fleet} cannot hold {model} at {precision}: it needs at least {needed} accelerators.</source>
        <translation>{fleet} 放不下 {precision} 的 {model}：至少需要 {needed} 块加速卡。</translation>
    </message>
    <message>
        <source>{fleet} is over capacity: its busiest hour needs {share} of what it serves within the service level</source>
        <translation>{fleet} 超出产能：其高峰时段需要服务水平内可处理量的 {share}</translation>
    </message>
    <message>
        <source>; {servers} would serve it at {cost} per {case}, answering in {time}</source>
        <translation>；{servers}即可满足，每件{case} {cost}，耗时 {time}</translation>
    </message>
    <message>
        <source>1 server</source>
        <translation>1 台服务器</translation>
    </message>
    <message>
        <source>{count} servers</source>
        <translation>{count} 台服务器</translation>
    </message>
    <message>
        <source>; no fleet up to 512 accelerators serves the peak hour</source>
        <translation>；不超过 512 块加速卡的集群都无法满足高峰时段</translation>
    </message>
    <message>
        <source> ({low}–{high})</source>
        <translation>（{low}–{high}）</translation>
    </message>
    <message>
        <source>{fleet} costs {cost} per {case}{band} and answers in {time}</source>
        <translation>{fleet} 每件{case}成本 {cost}{band}，耗时 {time}</translation>
    </message>
    <message>
        <source>; it cannot meet the service level on this accelerator: even one call at a time takes too long</source>
        <translation>；在此加速卡上无法达到服务水平：即使一次只处理一个调用也太慢</translation>
    </message>
    <message>
        <source>; it is over capacity: serving the peak hour takes {servers} servers</source>
        <translation>；超出产能：满足高峰时段需要 {servers} 台服务器</translation>
    </message>
    <message>
        <source>; it is over capacity and no fleet up to 512 accelerators serves the peak hour</source>
        <translation>；超出产能，不超过 512 块加速卡的集群都无法满足高峰时段</translation>
    </message>
    <message>
        <source>; one server serves the peak hour within the service level</source>
        <translation>；一台服务器即可在服务水平内满足高峰时段</translation>
    </message>
    <message>
        <source>; {servers} servers serve the peak hour within the service level</source>
        <translation>；{servers} 台服务器即可在服务水平内满足高峰时段</translation>
    </message>
    <message>
        <source>; it misses the service level</source>
        <translation>；未达服务水平</translation>
    </message>
    <message>
        <source>Limited by {what}; within the service level, with its busiest hour at the peak factor, it serves up to {count} {cases} a day.</source>
        <translation>受{what}限制；在服务水平内、高峰时段按高峰系数计，每日最多可处理 {count} 件{cases}。</translation>
    </message>
    <message>
        <source>.</source>
        <translation>。</translation>
    </message>
    <message>
        <source>{Cases} a day it could serve within the service level</source>
        <translation>服务水平内每日可处理{Cases}量</translation>
    </message>
    <message>
        <source>Cost per {case} (this fleet, over capacity)</source>
        <translation>每件{case}成本（本集群，超出产能）</translation>
    </message>
    <message>
        <source>Busiest hour (share of capacity)</source>
        <translation>高峰时段（占产能比例）</translation>
    </message>
    <message>
        <source>; serving it would take {servers}</source>
        <translation>；满足需求需要{servers}</translation>
    </message>
    <message>
        <source>; with tensor parallel {size} these same accelerators serve it at {cost} per {case}</source>
        <translation>；改用张量并行 {size}，这些加速卡即可按每件{case} {cost} 满足需求</translation>
    </message>
    <message>
        <source>Limited by {what}.</source>
        <translation>受{what}限制。</translation>
    </message>
    <message>
        <source> (≈ {price})</source>
        <translation>（≈ {price}）</translation>
    </message>
    <message>
        <source>reserved (every hour paid)</source>
        <translation>预留（每小时都计费）</translation>
    </message>
    <message>
        <source>on demand (busy hours only)</source>
        <translation>按需（仅繁忙时段计费）</translation>
    </message>
    <message>
        <source>{price} per hour</source>
        <translation>每小时 {price}</translation>
    </message>
    <message>
        <source>{price} per kWh</source>
        <translation>每千瓦时 {price}</translation>
    </message>
    <message>
        <source>{price} per year</source>
        <translation>每年 {price}</translation>
    </message>
    <message>
        <source>{years} years</source>
        <translation>{years} 年</translation>
    </message>
    <message>
        <source>{rate} CNY per USD</source>
        <translation>{rate} 元/美元</translation>
    </message>
    <message>
        <source>{watts} W</source>
        <translation>{watts} 瓦</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>未注明</translation>
    </message>
    <message>
        <source>On {points} published benchmarks from {sources} sources, each predicted by a fit that left its own source out, the median error of output tokens per second is {error}; {within} of the predictions are within ±30%.</source>
        <translation>在来自 {sources} 个来源的 {points} 项公开基准上（每项都用排除其自身来源的拟合来预测），每秒输出 Token 的中位误差为 {error}；{within} 的预测误差在 ±30% 以内。</translation>
    </message>
    <message>
        <source>Median error of the time per output token: {tpot}; of the time to first token: {ttft}.</source>
        <translation>每个输出 Token 耗时的中位误差：{tpot}；首 Token 时延的中位误差：{ttft}。</translation>
    </message>
    <message>
        <source>The likely ranges (P10–P90) shown in this report hold {share} of the held-out measurements.</source>
        <translation>本报告给出的可能区间（P10–P90）覆盖了 {share} 的留出实测数据。</translation>
    </message>
    <message>
        <source>This scenario&apos;s ranges are widened: no published measurement covers its accelerator family or model class.</source>
        <translation>本场景的区间已放宽：没有公开实测数据覆盖其加速卡系列或模型类别。</translation>
    </message>
    <message>
        <source>Calibration fitted on {date} (python -m core.calibrate; inferonomics-cli validate lists every benchmark).</source>
        <translation>校准拟合于 {date}（python -m core.calibrate；inferonomics-cli validate 列出所有基准）。</translation>
    </message>
    <message>
        <source> (likely {band})</source>
        <translation>（可能区间 {band}）</translation>
    </message>
    <message>
        <source>Warning: {text}</source>
        <translation>警告：{text}</translation>
    </message>
    <message>
        <source>Likely ranges are P10–P90 from the engine&apos;s error on published benchmarks it was not fitted to (median {error}).</source>
        <translation>可能区间为 P10–P90，来自引擎在未参与拟合的公开基准上的误差（中位数 {error}）。</translation>
    </message>
    <message>
        <source>— Inferonomics</source>
        <translation>— Inferonomics</translation>
    </message>
    <message>
        <source>buy or rent</source>
        <translation>购买或租用</translation>
    </message>
    <message>
        <source>hardware price</source>
        <translation>硬件价格</translation>
    </message>
    <message>
        <source>power and hosting</source>
        <translation>电费和托管</translation>
    </message>
    <message>
        <source>depreciation</source>
        <translation>折旧</translation>
    </message>
    <message>
        <source>model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>precision</source>
        <translation>精度</translation>
    </message>
    <message>
        <source>workload</source>
        <translation>工作负载</translation>
    </message>
    <message>
        <source>load</source>
        <translation>负载</translation>
    </message>
    <message>
        <source>service level</source>
        <translation>服务水平</translation>
    </message>
    <message>
        <source>serving</source>
        <translation>推理服务</translation>
    </message>
    <message>
        <source>prices</source>
        <translation>价格</translation>
    </message>
</context>
<context>
    <name>ResultsPanel</name>
    <message>
        <source>Does not fit</source>
        <translation>放不下</translation>
    </message>
    <message>
        <source>Fits</source>
        <translation>放得下</translation>
    </message>
    <message>
        <source>Fits, full</source>
        <translation>放得下，已占满</translation>
    </message>
    <message>
        <source>likely {low}–{high} · </source>
        <translation>可能区间 {low}–{high} · </translation>
    </message>
    <message>
        <source>Or these {count} with tensor parallel {size} ({cost} per {case}).</source>
        <translation>或用张量并行 {size} 的这 {count} 块（每件{case} {cost}）。</translation>
    </message>
    <message>
        <source>{capacity} (likely {low}–{high})</source>
        <translation>{capacity}（可能 {low}–{high}）</translation>
    </message>
    <message>
        <source>at the slow end over capacity · </source>
        <translation>慢端将超出产能 · </translation>
    </message>
    <message>
        <source>Memory speed</source>
        <translation>内存速度</translation>
    </message>
    <message>
        <source>Compute</source>
        <translation>算力</translation>
    </message>
    <message>
        <source>Links between chips</source>
        <translation>芯片间互联</translation>
    </message>
    <message>
        <source>Memory size</source>
        <translation>内存容量</translation>
    </message>
    <message>
        <source>Software overhead</source>
        <translation>软件开销</translation>
    </message>
    <message>
        <source>Memory speed sets the pace: faster memory or fewer bits per weight help, more compute would not.</source>
        <translation>内存速度决定快慢：更快的内存或更少的权重位数有帮助，更多算力则无济于事。</translation>
    </message>
    <message>
        <source>Arithmetic sets the pace: more FLOPS or a faster number format help more than faster memory.</source>
        <translation>算力决定快慢：更多算力或更快的数值格式比更快的内存更有帮助。</translation>
    </message>
    <message>
        <source>Traffic between chips sets the pace: fewer chips per model copy or faster links help most.</source>
        <translation>芯片间通信决定快慢：每份模型副本用更少的芯片或更快的互联最有帮助。</translation>
    </message>
    <message>
        <source>Memory is full: no more calls fit at once; more or larger-memory chips serve more.</source>
        <translation>内存已满：无法同时容纳更多调用；更多或内存更大的芯片可处理更多。</translation>
    </message>
    <message>
        <source>The serving software&apos;s fixed cost per step sets the pace: bigger batches or another stack help.</source>
        <translation>推理软件每步的固定开销决定快慢：更大的批次或换一个推理框架会有帮助。</translation>
    </message>
    <message>
        <source>The model does not fit in memory: it needs more chips or fewer bits per weight.</source>
        <translation>模型放不进内存：需要更多芯片或更少的权重位数。</translation>
    </message>
    <message>
        <source>Cost per case</source>
        <translation>每件业务成本</translation>
    </message>
    <message>
        <source>What one business case costs: the fleet&apos;s cost per day (depreciation, power and hosting, or rent) divided by the cases it serves per day at the load set.</source>
        <translation>每件业务的成本：集群每日成本（折旧、电费和托管费，或租金）除以在所设负载下每日处理的业务量。</translation>
    </message>
    <message>
        <source>Case latency</source>
        <translation>业务时延</translation>
    </message>
    <message>
        <source>Wall-clock time for one case at the peak hour&apos;s load: its model calls run one after another, each = time to first token + output tokens × time per output token.</source>
        <translation>高峰时段负载下，一件业务的实际耗时：其模型调用依次执行，每次 = 首 Token 时延 + 输出 Token 数 × 每个输出 Token 耗时。</translation>
    </message>
    <message>
        <source>Cases per day</source>
        <translation>每日业务量</translation>
    </message>
    <message>
        <source>The load: cases served per day against what the fleet can serve within the service level, and how busy that keeps it on average and at the peak hour.</source>
        <translation>负载：每日处理的业务量与集群在服务水平内可处理量的对比，以及集群因此在平均和高峰时段的繁忙程度。</translation>
    </message>
    <message>
        <source>Servers needed</source>
        <translation>所需服务器</translation>
    </message>
    <message>
        <source>Whole servers the peak hour&apos;s demand needs within the service level, against the servers this fleet has.</source>
        <translation>在服务水平内满足高峰时段需求所需的整台服务器数，与本集群现有服务器数对比。</translation>
    </message>
    <message>
        <source>What limits it</source>
        <translation>制约因素</translation>
    </message>
    <message>
        <source>What limits speed right now, from the engine&apos;s step-time breakdown (memory bandwidth, compute, communication, memory capacity, overhead).</source>
        <translation>当前限制速度的因素，来自引擎对每步耗时的分解（内存带宽、算力、通信、内存容量、开销）。</translation>
    </message>
    <message>
        <source>Throughput</source>
        <translation>吞吐量</translation>
    </message>
    <message>
        <source>Output tokens per second the whole fleet generates at the chosen concurrency (all replicas together).</source>
        <translation>在所选并发下，整个集群每秒生成的输出 Token 数（所有副本合计）。</translation>
    </message>
    <message>
        <source>Time to first token</source>
        <translation>首 Token 时延</translation>
    </message>
    <message>
        <source>How long a call waits before its first token: prefill of the input tokens plus queueing/scheduling overhead.</source>
        <translation>一次调用等到第一个 Token 的时间：输入 Token 的预填充，加上排队/调度开销。</translation>
    </message>
    <message>
        <source>Time per output token</source>
        <translation>每个输出 Token 耗时</translation>
    </message>
    <message>
        <source>Time between output tokens for one call while decoding; 1 ÷ this = tokens per second each user sees.</source>
        <translation>解码时一次调用相邻输出 Token 的间隔；1 ÷ 此值 = 每位用户看到的每秒 Token 数。</translation>
    </message>
    <message>
        <source>Memory fit</source>
        <translation>内存容纳</translation>
    </message>
    <message>
        <source>Whether the model&apos;s weights plus at least one call&apos;s KV cache fit in the accelerators&apos; memory, and how full memory is at this concurrency.</source>
        <translation>模型权重加上至少一次调用的 KV 缓存能否放进加速卡内存，以及在此并发下内存的占用程度。</translation>
    </message>
    <message>
        <source>Parallelism and KV cache</source>
        <translation>并行与 KV 缓存</translation>
    </message>
    <message>
        <source>How the fleet holds the model: tensor parallelism (accelerators per copy) × replicas, the KV cache each accelerator keeps for calls in flight, and how many calls fit.</source>
        <translation>集群如何承载模型：张量并行（每份副本的加速卡数）× 副本数、每块加速卡为在途调用保留的 KV 缓存，以及能容纳多少调用。</translation>
    </message>
    <message>
        <source>Bottleneck</source>
        <translation>瓶颈</translation>
    </message>
    <message>
        <source>At the operating point: what limits speed (memory bandwidth, compute, communication, memory capacity, overhead), useful FLOPs per second over the chip&apos;s peak, and bytes read per second over its memory bandwidth (the engine&apos;s step-time breakdown).</source>
        <translation>工作点处：限制速度的因素（内存带宽、算力、通信、内存容量、开销）、每秒有效算力占芯片峰值的比例，以及每秒读取字节数占内存带宽的比例（来自引擎对每步耗时的分解）。</translation>
    </message>
    <message>
        <source>What it means</source>
        <translation>业务视角</translation>
    </message>
    <message>
        <source>Engineering detail</source>
        <translation>工程细节</translation>
    </message>
    <message>
        <source>Tokens per second, time to first token, time per output token, memory and KV cache, tensor parallelism, how busy the chip is.</source>
        <translation>每秒 Token 数、首 Token 时延、每个输出 Token 耗时、内存与 KV 缓存、张量并行、芯片繁忙程度。</translation>
    </message>
    <message>
        <source>Cost per {case}</source>
        <translation>每件{case}成本</translation>
    </message>
    <message>
        <source>Over capacity</source>
        <translation>超出产能</translation>
    </message>
    <message>
        <source>{serving} · this fleet: {cost} for each of the {served} a day it serves</source>
        <translation>{serving} · 本集群：每日处理 {served} 件，每件 {cost}</translation>
    </message>
    <message>
        <source>{outlay} to buy</source>
        <translation>购置 {outlay}</translation>
    </message>
    <message>
        <source>rented</source>
        <translation>租用</translation>
    </message>
    <message>
        <source>the fleet&apos;s {monthly} a month over the {cases} it serves; {outlay}.</source>
        <translation>集群每月 {monthly}，分摊到其处理的{cases}上；{outlay}。</translation>
    </message>
    <message>
        <source>Time per {case}</source>
        <translation>每件{case}耗时</translation>
    </message>
    <message>
        <source>{Cases} per day</source>
        <translation>每日{Cases}量</translation>
    </message>
    <message>
        <source>the model does not fit</source>
        <translation>模型放不下</translation>
    </message>
    <message>
        <source>The model does not fit in this fleet&apos;s memory: nothing runs.</source>
        <translation>模型放不进本集群的内存：无法运行。</translation>
    </message>
    <message>
        <source>The model does not fit: no {case} is served.</source>
        <translation>模型放不下：无法处理任何{case}。</translation>
    </message>
    <message>
        <source>useful compute {compute} of peak, memory bandwidth {bandwidth} · </source>
        <translation>有效算力为峰值的 {compute}，内存带宽 {bandwidth} · </translation>
    </message>
    <message>
        <source>Compute bound, though little of it is useful: small batches are padded to the matrix units&apos; tiles, so larger batches or more FLOPS help more than faster memory.</source>
        <translation>受算力限制，但有效部分很少：小批次被填充到矩阵单元的分块大小，因此更大的批次或更多算力比更快的内存更有帮助。</translation>
    </message>
    <message>
        <source>of {units}</source>
        <translation>（每台 {units}）</translation>
    </message>
    <message>
        <source>The model does not fit on this fleet.</source>
        <translation>模型在本集群上放不下。</translation>
    </message>
    <message>
        <source>Even one call at a time misses the service level: no number of servers meets it.</source>
        <translation>即使一次只处理一个调用也达不到服务水平：多少台服务器都无法满足。</translation>
    </message>
    <message>
        <source>No fleet of up to 512 serves the demand within the service level.</source>
        <translation>不超过 512 块的集群都无法在服务水平内满足需求。</translation>
    </message>
    <message>
        <source>You have {have}.</source>
        <translation>您现有 {have}。</translation>
    </message>
    <message>
        <source>serves</source>
        <translation>即可满足</translation>
    </message>
    <message>
        <source>serve</source>
        <translation>即可满足</translation>
    </message>
    <message>
        <source>{value}{per_server} {verb} the busiest hour within the service level; you have {have}.</source>
        <translation>{value}{per_server}{verb}服务水平内的高峰时段；您现有 {have}。</translation>
    </message>
    <message>
        <source>no fleet of up to 512 serves it</source>
        <translation>不超过 512 块的集群都无法满足</translation>
    </message>
    <message>
        <source>{count} would serve it at {cost} per {case}</source>
        <translation>{count} 块可满足，每件{case} {cost}</translation>
    </message>
    <message>
        <source>; target {limit} ✓</source>
        <translation>；目标 {limit} ✓</translation>
    </message>
    <message>
        <source>; meets the service level</source>
        <translation>；满足服务水平</translation>
    </message>
    <message>
        <source>; misses the service level</source>
        <translation>；未达服务水平</translation>
    </message>
    <message>
        <source>at the busiest hour</source>
        <translation>高峰时段</translation>
    </message>
    <message>
        <source>flat out</source>
        <translation>满负荷</translation>
    </message>
    <message>
        <source>at the calls in flight set</source>
        <translation>按设定的在途调用数</translation>
    </message>
    <message>
        <source>{point}: 1 model call, {each}{target}.</source>
        <translation>{point}：1 次模型调用，{each}{target}。</translation>
    </message>
    <message>
        <source>{point}: {calls} model calls one after another, {each} each{target}.</source>
        <translation>{point}：依次执行 {calls} 次模型调用，每次 {each}{target}。</translation>
    </message>
    <message>
        <source>Throughput at the peak</source>
        <translation>高峰吞吐量</translation>
    </message>
    <message>
        <source>{per_accelerator} per accelerator · {per_user} per user</source>
        <translation>每卡 {per_accelerator} · 每用户 {per_user}</translation>
    </message>
    <message>
        <source>of {arriving} arriving: over capacity (the busiest hour at {peak})</source>
        <translation>共到达 {arriving} 件：超出产能（高峰时段为 {peak}）</translation>
    </message>
    <message>
        <source>; {count} would serve it</source>
        <translation>；{count} 块可满足</translation>
    </message>
    <message>
        <source>Serves all {served} {cases} a day and could serve {capacity}: {busy} busy, {peak} at the busiest hour.</source>
        <translation>每日 {served} 件{cases}全部处理，最多可处理 {capacity}：平均繁忙 {busy}，高峰时段 {peak}。</translation>
    </message>
    <message>
        <source>No load meets the service level on this fleet: the figures are at its best latency, one call at a time.</source>
        <translation>这个集群在任何负载下都达不到服务水平：各项数字是它的最佳时延，即一次只处理一个调用。</translation>
    </message>
    <message>
        <source>prefill of {count} input tokens</source>
        <translation>预填充 {count} 个输入 Token</translation>
    </message>
    <message>
        <source>{rate} per user · {count} calls in flight</source>
        <translation>每用户 {rate} · 在途调用 {count} 个</translation>
    </message>
    <message>
        <source>1 replica of {tp}</source>
        <translation>1 个副本，每个 {tp} 块</translation>
    </message>
    <message>
        <source>{replicas} replicas of {tp}</source>
        <translation>{replicas} 个副本，每个 {tp} 块</translation>
    </message>
    <message>
        <source>{replicas} · KV cache {kv} per accelerator · up to {calls} calls in flight</source>
        <translation>{replicas} · 每卡 KV 缓存 {kv} · 最多 {calls} 个在途调用</translation>
    </message>
    <message>
        <source>weights need {weights} per accelerator of {total}; </source>
        <translation>每块加速卡需 {weights} 存放权重，共 {total}；</translation>
    </message>
    <message>
        <source>needs at least {count} accelerators</source>
        <translation>至少需要 {count} 块加速卡</translation>
    </message>
    <message>
        <source>no count fits</source>
        <translation>多少块都放不下</translation>
    </message>
    <message>
        <source>almost full: no room for more or longer calls · </source>
        <translation>接近满载：无法容纳更多或更长的调用 · </translation>
    </message>
    <message>
        <source>uses {share} of {total} · weights {weights}, KV cache {kv} per accelerator</source>
        <translation>占用 {total} 的 {share} · 每卡权重 {weights}、KV 缓存 {kv}</translation>
    </message>
    <message>
        <source>Things about this scenario you should know before trusting the figures.</source>
        <translation>在采信这些数字之前，您应了解此场景的以下情况。</translation>
    </message>
    <message>
        <source>✓ No warnings: the model fits and nothing in this scenario looks out of range.</source>
        <translation>✓ 无警告：模型放得下，此场景中没有超出合理范围的设置。</translation>
    </message>
    <message>
        <source>… and {count} more warnings (point here to read them all)</source>
        <translation>… 另有 {count} 条警告（指向此处可查看全部）</translation>
    </message>
</context>
<context>
    <name>ScenarioNote</name>
    <message>
        <source>About this scenario: {text}</source>
        <translation>关于此场景：{text}</translation>
    </message>
</context>
<context>
    <name>SensitivityView</name>
    <message>
        <source>Swing ±</source>
        <translation>变动幅度 ±</translation>
    </message>
    <message>
        <source>How far each number moves either way (categorical inputs: the neighbouring choice).</source>
        <translation>每个数值向两侧变动的幅度（分类输入：取相邻选项）。</translation>
    </message>
    <message>
        <source>Cost per case</source>
        <translation>每件业务成本</translation>
    </message>
    <message>
        <source>Time per case</source>
        <translation>每件业务耗时</translation>
    </message>
    <message>
        <source>Blue: the input at its low value (or the previous choice); orange: at its high value (or the next choice). Click a bar to select that control.</source>
        <translation>蓝色：输入取低值（或上一个选项）；橙色：取高值（或下一个选项）。点击条形可选中对应的控件。</translation>
    </message>
    <message>
        <source>Whole numbers move by at least one, a fleet of full servers by whole servers.</source>
        <translation>整数至少变动 1；由整台服务器组成的集群按整台服务器变动。</translation>
    </message>
    <message>
        <source>⚠: at one end this fleet cannot serve the demand within the service level; the bar shows what the fleet alone gives, the note how many accelerators it takes.</source>
        <translation>⚠：在某一端本集群无法在服务水平内满足需求；柱条显示的是本集群自身的结果，注释说明需要多少块加速卡。</translation>
    </message>
    <message>
        <source>No tornado: {error}</source>
        <translation>无法生成龙卷风图：{error}</translation>
    </message>
    <message>
        <source>Cost per {case}</source>
        <translation>每件{case}成本</translation>
    </message>
    <message>
        <source>Time per {case}</source>
        <translation>每件{case}耗时</translation>
    </message>
    <message>
        <source>Which input matters: each number ±{swing}% and each choice to its neighbour, everything else held. Now {cost} and {time} per {case}; largest swing first.</source>
        <translation>哪些输入最关键：每个数值变动 ±{swing}%，每个选项换成相邻选项，其余保持不变。当前每件{case} {cost}、耗时 {time}；影响最大的排在最前。</translation>
    </message>
    <message>
        <source>{currency} per {case}</source>
        <translation>{currency}/每件{case}</translation>
    </message>
    <message>
        <source> ⚠ Over capacity already: every figure is this fleet&apos;s alone, which cannot serve the demand.</source>
        <translation> ⚠ 已超出容量：所有数字仅为本集群自身的结果，它无法满足该需求。</translation>
    </message>
    <message>
        <source>{input}: {count} at the low end</source>
        <translation>{input}：低端需 {count}</translation>
    </message>
    <message>
        <source>{input}: {count} at the high end</source>
        <translation>{input}：高端需 {count}</translation>
    </message>
    <message>
        <source>{input}: no fleet size serves the low end</source>
        <translation>{input}：低端任何集群规模都无法满足</translation>
    </message>
    <message>
        <source>{input}: no fleet size serves the high end</source>
        <translation>{input}：高端任何集群规模都无法满足</translation>
    </message>
    <message>
        <source>Base {value}.</source>
        <translation>基准 {value}。</translation>
    </message>
    <message>
        <source>{unit} per {case}</source>
        <translation>{unit}/每件{case}</translation>
    </message>
    <message>
        <source> No figure at one end of: {names}.</source>
        <translation> 以下输入在一端没有数值：{names}。</translation>
    </message>
    <message>
        <source> ⚠ Accelerators needed: {items}.</source>
        <translation> ⚠ 所需加速卡：{items}。</translation>
    </message>
</context>
<context>
    <name>ShareActions</name>
    <message>
        <source>Export &amp;report…</source>
        <translation>导出报告(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <source>Report as PDF…</source>
        <translation>报告（PDF）…</translation>
    </message>
    <message>
        <source>Figures as CSV…</source>
        <translation>数字（CSV）…</translation>
    </message>
    <message>
        <source>Chart as PNG</source>
        <translation>图表（PNG）</translation>
    </message>
    <message>
        <source>Chart as SVG</source>
        <translation>图表（SVG）</translation>
    </message>
    <message>
        <source>Chart data as CSV</source>
        <translation>图表数据（CSV）</translation>
    </message>
    <message>
        <source>Copy &amp;summary</source>
        <translation>复制摘要(&amp;S)</translation>
    </message>
    <message>
        <source>The question, the answer and the key figures as plain text, for an e-mail.</source>
        <translation>以纯文本形式给出问题、答案和关键数字，便于写入邮件。</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;How to read this</source>
        <translation>如何解读(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Inferonomics</source>
        <translation>关于 Inferonomics(&amp;A)</translation>
    </message>
</context>
<context>
    <name>SliderSpin</name>
    <message>
        <source>{name} {typed} is {side} the range allowed; using {used}.</source>
        <translation>{name} {typed} {side}允许的范围；改用 {used}。</translation>
    </message>
    <message>
        <source>below</source>
        <translation>低于</translation>
    </message>
    <message>
        <source>above</source>
        <translation>高于</translation>
    </message>
    <message>
        <source>The value</source>
        <translation>该数值</translation>
    </message>
    <message>
        <source>{name} {typed} is beyond the slider&apos;s range ({low}–{high}): used as typed; the slider rests at its end.</source>
        <translation>{name} {typed} 超出滑块范围（{low}–{high}）：按输入值使用；滑块停在端点。</translation>
    </message>
</context>
<context>
    <name>SpecSheetView</name>
    <message>
        <source>{chip} vs {reference}: FLOPS {flops}, memory bandwidth {bandwidth}, memory {memory}.</source>
        <translation>{chip} 对比 {reference}：算力 {flops}，内存带宽 {bandwidth}，内存 {memory}。</translation>
    </message>
    <message>
        <source>estimate</source>
        <translation>估计值</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>内存</translation>
    </message>
    <message>
        <source>Memory bandwidth</source>
        <translation>内存带宽</translation>
    </message>
    <message>
        <source>Dense {format} TFLOPS</source>
        <translation>稠密 {format} TFLOPS</translation>
    </message>
    <message>
        <source>Scale-up link, per direction</source>
        <translation>高速互联（单向）</translation>
    </message>
    <message>
        <source>Scale-up domain</source>
        <translation>高速互联域</translation>
    </message>
    <message>
        <source>{count} chips</source>
        <translation>{count} 块芯片</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Interconnect</source>
        <translation>互联</translation>
    </message>
    <message>
        <source>Power (TDP)</source>
        <translation>功耗（TDP）</translation>
    </message>
    <message>
        <source>Idle power</source>
        <translation>空闲功耗</translation>
    </message>
    <message>
        <source>Price to buy</source>
        <translation>购买价格</translation>
    </message>
    <message>
        <source>Rent per hour</source>
        <translation>每小时租金</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>发布时间</translation>
    </message>
    <message>
        <source>Beside:</source>
        <translation>对比：</translation>
    </message>
    <message>
        <source>The chip to set beside the scenario&apos;s accelerator; ratios are to this one.</source>
        <translation>与场景加速卡并列对比的芯片；比值以它为基准。</translation>
    </message>
    <message>
        <source>At the operating point: useful compute {compute} of peak, memory bandwidth {bandwidth} of peak, memory {memory} full; limited by {bottleneck}.</source>
        <translation>工作点处：有效算力为峰值的 {compute}，内存带宽为峰值的 {bandwidth}，内存占用 {memory}；受{bottleneck}限制。</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Ratio</source>
        <translation>比值</translation>
    </message>
    <message>
        <source>An estimate, not a published figure: see the notes below.</source>
        <translation>估计值，非公开数据：见下方说明。</translation>
    </message>
    <message>
        <source>Sources for {chip}:</source>
        <translation>{chip} 的来源：</translation>
    </message>
    <message>
        <source>Prices: the catalog&apos;s US dollars converted at the scenario&apos;s rate, {rate} CNY per USD{date}.</source>
        <translation>价格：目录中的美元价格按场景汇率 {rate} 元/美元{date} 换算。</translation>
    </message>
    <message>
        <source>The chip&apos;s spec sheet</source>
        <translation>芯片规格表</translation>
    </message>
    <message>
        <source>The chip&apos;s &amp;spec sheet</source>
        <translation>芯片规格表(&amp;S)</translation>
    </message>
</context>
<context>
    <name>ThroughputInteractivity</name>
    <message>
        <source>Tokens/s per user</source>
        <translation>每用户 Token/秒</translation>
    </message>
    <message>
        <source>Tokens/s per accelerator</source>
        <translation>每卡 Token/秒</translation>
    </message>
    <message>
        <source>Each point is one concurrency level (1 call at a time on the right, memory full on the left): more calls at once raise each accelerator&apos;s output but slow every user. The red dot is your scenario.</source>
        <translation>每个点代表一个并发水平（右端为一次一个调用，左端为内存占满）：同时处理的调用越多，每块加速卡的产出越高，但每位用户都会变慢。红点是您的场景。</translation>
    </message>
    <message>
        <source>Tokens/s per CPU server</source>
        <translation>每台 CPU 服务器 Token/秒</translation>
    </message>
    <message>
        <source>Concurrency 1 → {count} calls in flight (memory limit).</source>
        <translation>并发 1 → {count} 个在途调用（内存上限）。</translation>
    </message>
    <message>
        <source>The model does not fit: no curve.</source>
        <translation>模型放不下：没有曲线。</translation>
    </message>
</context>
<context>
    <name>TimeTicks</name>
    <message>
        <source>1 ms</source>
        <translation>1毫秒</translation>
    </message>
    <message>
        <source>10 ms</source>
        <translation>10毫秒</translation>
    </message>
    <message>
        <source>100 ms</source>
        <translation>100毫秒</translation>
    </message>
    <message>
        <source>1 s</source>
        <translation>1秒</translation>
    </message>
    <message>
        <source>10 s</source>
        <translation>10秒</translation>
    </message>
    <message>
        <source>1 min</source>
        <translation>1分钟</translation>
    </message>
    <message>
        <source>10 min</source>
        <translation>10分钟</translation>
    </message>
    <message>
        <source>1 h</source>
        <translation>1小时</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1天</translation>
    </message>
</context>
<context>
    <name>Units</name>
    <message>
        <source>milliseconds</source>
        <translation>毫秒</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>秒</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>分钟</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>小时</translation>
    </message>
</context>
<context>
    <name>ValidationDialog</name>
    <message>
        <source>id</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>setting</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>measured tok/s</source>
        <translation>实测 Token/秒</translation>
    </message>
    <message>
        <source>predicted tok/s</source>
        <translation>预测 Token/秒</translation>
    </message>
    <message>
        <source>error</source>
        <translation>误差</translation>
    </message>
    <message>
        <source>source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Validation: predicted vs measured</source>
        <translation>验证：预测与实测对比</translation>
    </message>
    <message>
        <source>published measurements (resources/validation)</source>
        <translation>公开实测数据（resources/validation）</translation>
    </message>
    <message>
        <source>all kinds</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <source>Import measurements…</source>
        <translation>导入实测数据…</translation>
    </message>
    <message>
        <source>A measurements CSV (the columns of resources/validation/measurements.csv), a vLLM &apos;bench serve&apos; result JSON or an AIPerf/GenAI-Perf profile export</source>
        <translation>实测数据 CSV（列同 resources/validation/measurements.csv）、vLLM “bench serve” 结果 JSON，或 AIPerf/GenAI-Perf 的 profile 导出文件</translation>
    </message>
    <message>
        <source>Recalibrate into profile…</source>
        <translation>重新校准为配置档…</translation>
    </message>
    <message>
        <source>Refit the engine&apos;s parameters to the imported results and store them as a named calibration profile</source>
        <translation>用导入的结果重新拟合引擎参数，并保存为一个命名的校准配置档</translation>
    </message>
    <message>
        <source>Published set</source>
        <translation>公开数据集</translation>
    </message>
    <message>
        <source>The calibration the open scenario is computed with (saved with it)</source>
        <translation>当前场景计算所用的校准（随场景保存）</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>显示：</translation>
    </message>
    <message>
        <source>Open scenario&apos;s calibration:</source>
        <translation>当前场景的校准：</translation>
    </message>
    <message>
        <source>measured output tokens/s</source>
        <translation>实测输出 Token/秒</translation>
    </message>
    <message>
        <source>predicted output tokens/s</source>
        <translation>预测输出 Token/秒</translation>
    </message>
    <message>
        <source>{name} with profile &apos;{profile}&apos;</source>
        <translation>{name}（配置档“{profile}”）</translation>
    </message>
    <message>
        <source>Import measurements</source>
        <translation>导入实测数据</translation>
    </message>
    <message>
        <source>Benchmark results (*.csv *.json *.jsonl);;All files (*)</source>
        <translation>基准测试结果 (*.csv *.json *.jsonl);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Cannot use {name}: {error}</source>
        <translation>无法使用 {name}：{error}</translation>
    </message>
    <message>
        <source>Recalibrate into profile</source>
        <translation>重新校准为配置档</translation>
    </message>
    <message>
        <source>Import your own benchmark results first.</source>
        <translation>请先导入您自己的基准测试结果。</translation>
    </message>
    <message>
        <source>Profile name:</source>
        <translation>配置档名称：</translation>
    </message>
    <message>
        <source>A profile named &apos;{name}&apos; exists: scenarios that use it will change. Replace it?</source>
        <translation>已有名为“{name}”的配置档：使用它的场景会随之改变。要替换吗？</translation>
    </message>
    <message>
        <source>Profile &apos;{name}&apos; fitted on {rows} rows: median error of output tokens/s {before} with the built-in calibration, {after} with the profile. Choose it under &quot;Open scenario&apos;s calibration&quot; to use it.</source>
        <translation>配置档“{name}”基于 {rows} 行数据拟合：每秒输出 Token 的中位误差，内置校准为 {before}，此配置档为 {after}。在“当前场景的校准”中选择它即可使用。</translation>
    </message>
    <message>
        <source>Built-in</source>
        <translation>内置</translation>
    </message>
    <message>
        <source>{profile} (missing: built-in used)</source>
        <translation>{profile}（缺失：改用内置校准）</translation>
    </message>
    <message>
        <source>Calibration profile</source>
        <translation>校准配置档</translation>
    </message>
    <message>
        <source>{source}: {count} rows</source>
        <translation>{source}：{count} 行</translation>
    </message>
    <message>
        <source>median abs error of output tokens/s {median}, {within} within ±30%</source>
        <translation>输出 Token/秒的中位绝对误差 {median}，{within} 落在 ±30% 以内</translation>
    </message>
    <message>
        <source>held out of the fit (leave-one-source-out): {median}</source>
        <translation>未参与拟合（留一来源交叉验证）：{median}</translation>
    </message>
    <message>
        <source>{count} rows could not be predicted (see the table)</source>
        <translation>{count} 行无法预测（见表格）</translation>
    </message>
</context>
<context>
    <name>ViewExport</name>
    <message>
        <source>Own, rent or pay an API</source>
        <translation>自建、租用还是调用 API</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG 矢量图 (*.svg)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export chart as PNG…</source>
        <translation>将图表导出为 PNG…</translation>
    </message>
    <message>
        <source>Export chart as SVG…</source>
        <translation>将图表导出为 SVG…</translation>
    </message>
    <message>
        <source>Export chart data as CSV…</source>
        <translation>将图表数据导出为 CSV…</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>导出图表</translation>
    </message>
</context>
<context>
    <name>WorkloadControls</name>
    <message>
        <source>Workload</source>
        <translation>工作负载</translation>
    </message>
    <message>
        <source>Change input tokens</source>
        <translation>更改输入 Token 数</translation>
    </message>
    <message>
        <source> tok</source>
        <translation> Token</translation>
    </message>
    <message>
        <source>Tokens sent to the model per call (documents, instructions, history).</source>
        <translation>每次调用发送给模型的 Token 数（文档、指令、历史记录）。</translation>
    </message>
    <message>
        <source>Change output tokens</source>
        <translation>更改输出 Token 数</translation>
    </message>
    <message>
        <source>Tokens the model writes per call (reasoning plus answer).</source>
        <translation>每次调用模型生成的 Token 数（推理过程加答案）。</translation>
    </message>
    <message>
        <source>Change calls per case</source>
        <translation>更改每件业务的调用次数</translation>
    </message>
    <message>
        <source> calls</source>
        <translation> 次调用</translation>
    </message>
    <message>
        <source>Model calls one business case needs, run one after another.</source>
        <translation>一件业务需要的模型调用次数，依次执行。</translation>
    </message>
    <message>
        <source>Change cases per day</source>
        <translation>更改每日业务量</translation>
    </message>
    <message>
        <source> /day</source>
        <translation> /日</translation>
    </message>
    <message>
        <source>The load: business cases arriving per day. Utilization follows from it (cases per day ÷ what the fleet can serve).</source>
        <translation>负载：每日到达的业务量。利用率由它得出（每日业务量 ÷ 集群可处理量）。</translation>
    </message>
    <message>
        <source>Change utilization</source>
        <translation>更改利用率</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>The load as the share of capacity the fleet is busy; cases per day follow from it. Idle time still costs money.</source>
        <translation>以集群繁忙时间占产能的比例表示的负载；每日业务量由它得出。闲置时间同样产生成本。</translation>
    </message>
    <message>
        <source>Change peak factor</source>
        <translation>更改高峰系数</translation>
    </message>
    <message>
        <source>× </source>
        <translation>× </translation>
    </message>
    <message>
        <source>Peak hour ÷ average hour: the fleet is sized, and latency shown, for the peak hour.</source>
        <translation>高峰小时 ÷ 平均小时：集群规模和所示时延均按高峰时段计算。</translation>
    </message>
    <message>
        <source>Follows the load</source>
        <translation>随负载变化</translation>
    </message>
    <message>
        <source>Flat out (memory full)</source>
        <translation>满负荷（内存占满）</translation>
    </message>
    <message>
        <source>Fixed</source>
        <translation>固定</translation>
    </message>
    <message>
        <source>The operating point: where latency is measured. &apos;Follows the load&apos;: the calls in flight that serve the peak hour. &apos;Flat out&apos;: as many as memory holds. &apos;Fixed&apos;: the number below.</source>
        <translation>工作点：测量时延的位置。“随负载变化”：满足高峰时段所需的在途调用数。“满负荷”：内存所能容纳的最大数量。“固定”：下方设定的数量。</translation>
    </message>
    <message>
        <source>Change concurrency</source>
        <translation>更改并发</translation>
    </message>
    <message>
        <source>Calls in flight at once across the fleet. More raises throughput and slows each user.</source>
        <translation>整个集群同时在途的调用数。越多吞吐量越高，但每位用户越慢。</translation>
    </message>
    <message>
        <source>Cases per day</source>
        <translation>每日业务量</translation>
    </message>
    <message>
        <source>Utilization</source>
        <translation>利用率</translation>
    </message>
    <message>
        <source>Input per call</source>
        <translation>每次调用输入</translation>
    </message>
    <message>
        <source>Output per call</source>
        <translation>每次调用输出</translation>
    </message>
    <message>
        <source>Calls per case</source>
        <translation>每件业务调用次数</translation>
    </message>
    <message>
        <source>Peak factor</source>
        <translation>高峰系数</translation>
    </message>
    <message>
        <source>Operating point</source>
        <translation>工作点</translation>
    </message>
    <message>
        <source>Calls in flight</source>
        <translation>在途调用数</translation>
    </message>
    <message>
        <source>Change operating point</source>
        <translation>更改工作点</translation>
    </message>
    <message>
        <source> (follows)</source>
        <translation>（随动）</translation>
    </message>
    <message>
        <source>Utilization (over capacity)</source>
        <translation>利用率（超出产能）</translation>
    </message>
    <message>
        <source>Cases per day (none)</source>
        <translation>每日业务量（无）</translation>
    </message>
    <message>
        <source>Service level</source>
        <translation>服务水平</translation>
    </message>
    <message>
        <source>Max time per case</source>
        <translation>每件业务最长耗时</translation>
    </message>
    <message>
        <source>The longest a case may take at the peak hour; capacity is the load that meets it.</source>
        <translation>高峰时段一件业务允许的最长耗时；产能即满足此要求的负载。</translation>
    </message>
    <message>
        <source>Max first-token wait</source>
        <translation>首 Token 最长等待</translation>
    </message>
    <message>
        <source>The longest a call may wait for its first token.</source>
        <translation>一次调用等待第一个 Token 的最长时间。</translation>
    </message>
    <message>
        <source>Max time per token</source>
        <translation>每 Token 最长耗时</translation>
    </message>
    <message>
        <source>The slowest pace of output tokens a user accepts (0.1 s = 10 tokens/s).</source>
        <translation>用户可接受的最慢输出速度（0.1 秒 = 每秒 10 个 Token）。</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Change service level</source>
        <translation>更改服务水平</translation>
    </message>
    <message>
        <source>Switch this limit on or off.</source>
        <translation>开启或关闭此上限。</translation>
    </message>
</context>
</TS>
