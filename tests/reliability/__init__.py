"""Reliability suite (issue 10, items 6-7): kill at every step, and chaos."""
