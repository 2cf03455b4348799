"""What Vétélevage keeps raw, for the retention pruning (business rows stay)."""

from app.core.retention_registry import register_raw_payload
from app.integrations.vetelevage import tables as t

register_raw_payload(t.visits, "imported_at", ("raw",))
register_raw_payload(t.held, "created_at", ("raw",))
