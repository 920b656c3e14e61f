"""The decision log: checkpoints, verification and the evidence pack."""
