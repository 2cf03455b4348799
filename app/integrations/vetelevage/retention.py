"""What Vétélevage keeps raw, for the retention pruning (business rows stay)."""

from app.integrations.vetelevage import tables as t
from app.ops.retention import register_raw_payload

register_raw_payload(t.visits, "imported_at", ("raw",))
register_raw_payload(t.held, "created_at", ("raw",))
