from .pages import PlanPage
from .reports import AgencyReportsPage, AnnualReportPage, ReportsIndexPage
from .targets import Target, TargetValue
from .tasks import Task

__all__ = [
    "AgencyReportsPage",
    "AnnualReportPage",
    "PlanPage",
    "ReportsIndexPage",
    "Target",
    "TargetValue",
    "Task",
]
