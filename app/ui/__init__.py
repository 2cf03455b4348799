"""Qt views. They observe services through jobs; no HTTP and no SQL here."""
