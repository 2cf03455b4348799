"""Operations: backups and restore, retention, alerts, the support report (no Qt here)."""
