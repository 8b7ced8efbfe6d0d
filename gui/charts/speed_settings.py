"""Settings that do not change speed at a given concurrency: the two concurrency charts
keep their curves while only these change."""

SPEED_IRRELEVANT = (
    "workload.concurrency",
    "workload.utilization",
    "workload.cases_per_day",
    "workload.peak_factor",
    "workload.case_name",
    "workload.service_level",
    "pricing",
    "name",
    "description",
)
