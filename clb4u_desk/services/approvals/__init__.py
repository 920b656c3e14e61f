"""Four eyes: proposals that a second person approves or rejects."""
