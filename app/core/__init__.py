"""Core layer: settings, secrets, database, HTTP, jobs, journal. No Qt outside core/qt.py."""
