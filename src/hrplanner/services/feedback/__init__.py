"""The feedback report: one Excel workbook per organisation with its own figures against the region and
against organisations of its kind (:mod:`.content` gathers, :mod:`.workbook` lays out)."""

from .content import FeedbackContent, Metric, gather
from .workbook import write_feedback, write_feedback_reports

__all__ = ["FeedbackContent", "Metric", "gather", "write_feedback", "write_feedback_reports"]
