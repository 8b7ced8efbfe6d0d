<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AcceleratorComparison</name>
    <message>
        <source>Bars: each at the operating point that follows the load.</source>
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
        <source>Could not save the recovered scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some autosaved work could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore unsaved changes?</source>
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
</context>
<context>
    <name>BreakEvenView</name>
    <message>
        <source>API price:</source>
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
        <source>No lines: the fleet serves nothing.</source>
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
        <source>Time per case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What moves cost per case from A to the open scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &quot;Cheapest setups for this demand&quot; (View menu) and select a setup first.</source>
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
</context>
<context>
    <name>CostControls</name>
    <message>
        <source>Pricing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buy or rent</source>
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
        <source>Price entered per server or per accelerator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rent per accelerator-hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running costs</source>
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
        <source>Accelerators (log scale)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Document</name>
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
        <source>Could not save the scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File changed on disk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LatencyVsConcurrency</name>
    <message>
        <source>Calls in flight (log scale)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time (log scale)</source>
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
</context>
<context>
    <name>MemoryBreakdown</name>
    <message>
        <source>GB per accelerator</source>
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
        <source>Use this setup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the scenario to the selected setup (Ctrl+Z undoes it).</source>
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
        <source>Cost per case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case latency</source>
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
        <source>Time to first token</source>
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
        <source>Bottleneck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over capacity</source>
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
</context>
<context>
    <name>ValidationDialog</name>
    <message>
        <source>Validation: predicted vs measured</source>
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
        <source>Model calls one business case needs, run one after another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change cases per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change utilization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change peak factor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peak hour ÷ average hour: the fleet is sized, and latency shown, for the peak hour.</source>
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
        <source>Service level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch this limit on or off.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
