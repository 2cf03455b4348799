"""On-demand benchmarks (not tests): each prints its figure against a baseline from the same run."""
