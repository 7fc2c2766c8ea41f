"""Analytical CRM: RFM scoring and segments, lifetime value and churn risk, key indicators."""
