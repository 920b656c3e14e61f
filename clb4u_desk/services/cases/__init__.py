"""Working on a case: state, assignment, deadlines, the queue."""
