<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AcceleratorComparison</name>
    <message>
        <source>Each accelerator in the catalog sized for the same demand and service level, in whole servers, at its cheapest setup: your price for your chip, catalog prices for the rest. Cheapest first; chips that cannot serve it are listed below with why. Yours is highlighted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{symbol} per {case}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No {cases} a day to size the accelerators for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bars: each at the operating point that follows the load.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cheapest: {name} at {cost} per {case}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off the scale: {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your accelerator cannot serve this demand: {why}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and {count} more (hover for why)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot serve it: {names}{more}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>About the scenario file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Autosave</name>
    <message>
        <source>an unknown time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unsaved scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>was editing {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” ({where}), autosaved {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the recovered scenario as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the recovered scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some autosaved work could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These autosave files could not be read and were kept aside (not deleted):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore unsaved changes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inferonomics did not close normally last time. Restore the unsaved changes of {what}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not restore the scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another scenario was recovered too: {what}. This window shows the one restored first. Save this one to a file so it is not lost?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bottleneck</name>
    <message>
        <source>memory bandwidth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>compute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>communication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>memory capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scheduling overhead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>does not fit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BreakEvenView</name>
    <message>
        <source>Your own price…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API price:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price per million input tokens, in the scenario&apos;s currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>per M in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price per million output tokens, in the scenario&apos;s currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>per M out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cases per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cost per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buy (own)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>model maker&apos;s API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hosted open model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed model, not this one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, unverified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{provider} — {input}/{output} {currency} per M ({kind}, {date}{checked})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No comparison: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ({cost} off-peak, {hours} UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Through the API: {api} per {case}{off_peak}; your fleet: {own} at {served} {cases} a day. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Break-even at {volume} {cases} a day ({monthly} a month): </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No lines: the fleet serves nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buying meets the API at {volume} {cases} a month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renting meets the API at {volume} {cases} a month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No crossing in this range. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashed: your load. Beyond {monthly} a month (this fleet&apos;s capacity) the fleet grows in whole servers. API price: {source}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yours</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseName</name>
    <message>
        <source>claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conversations</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Chart</name>
    <message>
        <source>Cost per case on every accelerator, sized for the same demand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost per case vs fleet size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latency vs concurrency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory per accelerator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Throughput per accelerator vs speed per user</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliText</name>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — over capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (rented, reserved: idle hours paid)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (rented, on demand: busy hours only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Through an API ({provider}): {cost} per case; {note}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time per {case}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time to first token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time per output token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cheapest setups for {demand} {cases} a day (peak ×{peak})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accelerator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cost/{case}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time/{case}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>busy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no demand: give --cases-per-day)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no setup meets this demand and service level)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not possible on {accelerator}: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: {cost} per case, {time} per case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{other} − {base}: {change} per case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cost per case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time per case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{figure} (base {base}), inputs ±{swing}:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <source>Pin this scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pin a file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pin an example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pin the planner&apos;s choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The setup selected in &quot;Cheapest setups for this demand&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline (A):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost per case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open (live)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time per case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases per day served</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capital cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accelerators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accelerators for the peak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What moves cost per case from A to the open scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each input&apos;s share of the change, averaged over every order of making the changes (Shapley): the bars sum to the change. Red raises, green lowers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not pinned: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pin a scenario file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenarios (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &quot;Cheapest setups for this demand&quot; (View menu) and select a setup first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pin a scenario (the buttons above) to see what moves cost per case between it and the open one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · lines: P10–P90</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B: open scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: no input differs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>. Red raises, green lowers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>custom: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ControlsPanel</name>
    <message>
        <source>Hardware</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accelerator type, grouped by vendor: memory per chip and memory bandwidth.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change accelerator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accelerator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change accelerator count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many accelerators the fleet has (1–512; the slider is logarithmic).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accelerators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model served; size in billions of parameters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change model size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model size in billions of parameters: scales the chosen model&apos;s shape up or down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset to catalog size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the chosen model&apos;s real parameter count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset model size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number format of the weights: fewer bits = less memory, faster decode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number format of the KV cache: fewer bits = more requests in memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change weight precision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change KV-cache precision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight precision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KV-cache precision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inference server software; each has its own measured efficiency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change serving stack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>auto (leaves room for KV cache)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accelerators that share one copy of the model (tensor parallelism).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change tensor parallelism</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serving stack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tensor parallel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset to catalog size ({size})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CostControls</name>
    <message>
        <source>Pricing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buy — own the hardware</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rent — cloud, per accelerator-hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buy: the price depreciated over the years, plus power and hosting. Rent: a price per accelerator per hour, all included.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buy or rent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reserved — idle hours are paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On demand — only busy hours are paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rented capacity: reserved instances cost every hour; on-demand capacity costs only the hours the fleet is busy (an ideal autoscaler).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rental billing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rent billing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per server, chassis included</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per accelerator, plus the chassis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the price of a whole server (what a quote for an 8-GPU server says), or the price of one accelerator plus the server&apos;s chassis, CPUs and network. Switching keeps the outlay the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price entered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The price in the scenario&apos;s currency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price per accelerator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalog price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the catalog&apos;s price for this accelerator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change chassis price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What a server adds around its accelerators (CPUs, memory, network cards, chassis), per server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chassis per server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server price ({price}) is below the chassis ({chassis}): lower the chassis first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price entered per server or per accelerator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Own price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> /h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rent per accelerator-hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>catalog: {price} per hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price per {count}-accelerator server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>≈ {price} per accelerator after a {chassis} chassis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>less than its {chassis} chassis: lower the chassis or raise the price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>= {price} per {count}-accelerator server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (catalog price)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalog has no price for this accelerator: enter one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>per hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>per accelerator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalog: {price} {unit} (as of {date}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unstated date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running costs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change {setting}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> /kWh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> /month</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CostVsGpus</name>
    <message>
        <source>Cost per case for the same demand on 1 to 512 accelerators of the chosen type, in whole servers. Fewer than the dashed line cannot serve the peak hour within the service level; more sit idle part of the day. Gaps: the model does not fit. The red dot is your scenario. Shading: the likely range (P10-P90) from the engine&apos;s error on published measurements it was not fitted to, relative as at your scenario.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accelerators (log scale)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost per {case} ({symbol})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No {cases} a day: nothing to serve.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No fleet up to {count} meets this demand and service level.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashed: demand met from {met}; cheapest at {cheapest}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DecideDocks</name>
    <message>
        <source>Plan: {count} × {accelerator} {precision}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare scenarios</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which input matters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Own, rent or pay an API</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Document</name>
    <message>
        <source>Untitled scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pin {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” has changes that are not saved. Save them first?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open the scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About this file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open the example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save scenario as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File changed on disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” was changed on disk since it was opened here (by another program or window). Save anyway and replace those changes with this version?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inferonomics scenarios (*.inferonomics.json *.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LatencyVsConcurrency</name>
    <message>
        <source>Case latency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per output token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How waiting grows with calls in flight: time to first token (prefill + queue), time between output tokens, and the whole case (all its calls in sequence). Dots mark your operating point; dashed lines are the service level&apos;s limits. Shading: the likely range (P10-P90) from the engine&apos;s error on published measurements it was not fitted to, relative as at your operating point.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls in flight (log scale)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time (log scale)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{Case} latency</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Cheapest setups for this demand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag a slider: every figure and chart follows. Ctrl+Z undoes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{app} — {name}[*]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cheapest setups for this demand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xamples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &amp;article&apos;s claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One scenario per claim of the article the app grew from, each with a note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Validation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predicted vs &amp;measured…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency for new scenarios</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language (applies at the next start)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The interface will be in {language} from the next start.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MemoryBreakdown</name>
    <message>
        <source>Weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KV cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reserve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GB per accelerator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How one accelerator&apos;s memory is used: the model&apos;s weights (its share under tensor parallelism), the KV cache of the calls in flight, the serving stack&apos;s reserve, and what is left free.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of {total}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Memory-bandwidth bound: every token streams the weights and KV cache from memory, so faster memory helps more than more FLOPS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compute bound: the matrix units are the limit, so more FLOPS (or a lower-precision format) helps more than faster memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Communication bound: tensor-parallel all-reduces dominate, so a faster interconnect or fewer GPUs per replica helps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory-capacity bound: the KV cache fills memory before the chips are busy, so more memory per GPU (or an FP8 KV cache) allows larger batches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduling-overhead bound: per-step software overhead dominates at this small batch, so more requests in flight raise throughput.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does not fit: the weights and one request&apos;s KV cache exceed the accelerators&apos; memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one call needs {context_count} tokens of context but {model} handles at most {limit_count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>does not fit at tensor parallel size {tensor_parallel}: one replica of {model} at {precision} needs at least {need_count} × {accelerator}; choose &apos;auto&apos; or a larger size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>does not fit: {model} at {precision} needs at least {need_count} × {accelerator}; the scenario has {have_count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>does not fit: one request&apos;s KV cache ({context_count} tokens) exceeds the memory of one {accelerator} even before weights; shorten the calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the price per server is used; the price per accelerator entered is ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{accelerator} has no {precision} matrix units: weights are stored in {precision} but compute at {rate} speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tensor parallel size {asked} exceeds the {have_count} accelerators; using {used}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{idle_count} of {have_count} accelerators sit idle: replicas of {used} do not divide {have_count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a replica of {used} spans more than {domain} accelerators, so its all-reduces cross the slower scale-out network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>memory holds only {held_count} requests in flight, not the {asked_count} asked; the rest would queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no {cases} are served at this load, so cost per {case} has no value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the fleet serves no {cases} at {utilization_share} utilization, so cost per {case} has no value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>over capacity: at the peak hour demand is {peak_capacity} ({have_count} {have_noun}); queues grow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>over capacity: at the peak hour demand is {peak_capacity} ({have_count} {have_noun}); queues grow; {need_count} would serve it within the service level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the fleet is {busy_share} busy on average: {need_count} {need_noun} would serve the peak hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the service level is out of reach at any load with tensor parallel {tensor_parallel}: even with one call at a time, {limit} is {value_s} (limit {limit_s}); figures are at one call per replica</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the service level is out of reach at any load with tensor parallel {tensor_parallel}: even with one call at a time, it misses; figures are at one call per replica</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>misses the service level: {limit} is {value_s}, limit {limit_s}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time per {case}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time to first token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time per output token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accelerator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accelerators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NPUs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{share} of capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{times} times capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than a million times capacity</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlannerView</name>
    <message>
        <source>Accelerators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per model copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost per case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time per case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Busy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this setup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the scenario to the selected setup (Ctrl+Z undoes it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No plan: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No {cases} a day: set the demand (cases per day) to plan for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cheapest setups for {demand} {cases} a day (peak ×{peak}) within the service level, in whole servers at 8 bits or more. Your chip at your price, others at catalog prices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot serve it: {count} (hover for why).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use planned setup</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultsPanel</name>
    <message>
        <source>Does not fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fits, memory-bound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>likely {low}–{high} · </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Things about this scenario you should know before trusting the figures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ No warnings: the model fits and nothing in this scenario looks out of range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and {count} more warnings (point here to read them all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost per case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What one business case costs: the fleet&apos;s cost per day (depreciation, power and hosting, or rent) divided by the cases it serves per day at the load set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case latency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wall-clock time for one case at the peak hour&apos;s load: its model calls run one after another, each = time to first token + output tokens × time per output token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Throughput</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output tokens per second the whole fleet generates at the chosen concurrency (all replicas together).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The load: cases served per day, how busy that keeps the fleet on average and at the peak hour, and what the fleet can serve within the service level.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to first token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long a call waits before its first token: prefill of the input tokens plus queueing/scheduling overhead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time per output token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time between output tokens for one call while decoding; 1 ÷ this = tokens per second each user sees.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether the model&apos;s weights plus at least one call&apos;s KV cache fit in the accelerators&apos; memory, and how full memory is at this concurrency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bottleneck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What limits speed right now, from the engine&apos;s step-time breakdown (memory bandwidth, compute, communication, memory capacity, overhead).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost per {case}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{money} per month · </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{money} to buy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rented</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{serving} · this fleet: {cost} for each of the {served} a day it serves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{fleet} · {cost} per million output tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time per {case}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{Cases} per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the model does not fit: nothing runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the model does not fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>useful compute {compute} of peak, memory bandwidth {bandwidth} · </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compute bound, though little of it is useful: small batches are padded to the matrix units&apos; tiles, so larger batches or more FLOPS help more than faster memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no fleet of up to 512 serves it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} would serve it at {cost} per {case}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · target {limit} ✓</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · meets the service level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · misses the service level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at the peak hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>flat out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at the calls in flight set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{point}: {calls} × {each}{target}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Throughput at the peak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{per_accelerator} per accelerator · {per_user} per user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of {arriving} arriving: over capacity (peak hour at {peak})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; {count} would serve it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{busy} busy (peak hour {peak}) · can serve {capacity}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · flat out: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prefill of {count} input tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{rate} per user · {count} calls in flight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weights need {weights} per accelerator of {total}; </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs at least {count} accelerators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no count fits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uses {share} of {total} · TP {tp} × {replicas} · up to {calls}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScenarioNote</name>
    <message>
        <source>About this scenario: {text}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SensitivityView</name>
    <message>
        <source>Swing ±</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How far each number moves either way (categorical inputs: the neighbouring choice).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost per case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time per case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blue: the input at its low value (or the previous choice); orange: at its high value (or the next choice). Click a bar to select that control.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tornado: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which input matters: each number ±{swing}% and each choice to its neighbour, everything else held. Now {cost} and {time} per {case}; largest swing first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{currency} per {case}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seconds per {case}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> No figure at one end of: {names}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ThroughputInteractivity</name>
    <message>
        <source>Output tokens/s per user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output tokens/s per accelerator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each point is one concurrency level (1 call at a time on the right, memory full on the left): more calls at once raise each accelerator&apos;s output but slow every user. The red dot is your scenario.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concurrency 1 → {count} calls in flight (memory limit).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model does not fit: no curve.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimeTicks</name>
    <message>
        <source>1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>10 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>100 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>10 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>10 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 day</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ValidationDialog</name>
    <message>
        <source>id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>measured tok/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>predicted tok/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validation: predicted vs measured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>published measurements (resources/validation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import measurements…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>measured output tokens/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>predicted output tokens/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import measurements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measurements (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot use {name}: {error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkloadControls</name>
    <message>
        <source>Workload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change input tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> tok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens sent to the model per call (documents, instructions, history).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change output tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens the model writes per call (reasoning plus answer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change calls per case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model calls one business case needs, run one after another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change cases per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> /day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The load: business cases arriving per day. Utilization follows from it (cases per day ÷ what the fleet can serve).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change utilization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The load as the share of capacity the fleet is busy; cases per day follow from it. Idle time still costs money.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change peak factor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>× </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peak hour ÷ average hour: the fleet is sized, and latency shown, for the peak hour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follows the load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flat out (memory full)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The operating point: where latency is measured. &apos;Follows the load&apos;: the calls in flight that serve the peak hour. &apos;Flat out&apos;: as many as memory holds. &apos;Fixed&apos;: the number below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change concurrency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls in flight at once across the fleet. More raises throughput and slows each user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Utilization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input per call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output per call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls per case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peak factor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operating point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls in flight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change operating point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (follows)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Utilization (over capacity)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases per day (none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max time per case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The longest a case may take at the peak hour; capacity is the load that meets it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max first-token wait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The longest a call may wait for its first token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max time per token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The slowest pace of output tokens a user accepts (0.1 s = 10 tokens/s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change service level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch this limit on or off.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
